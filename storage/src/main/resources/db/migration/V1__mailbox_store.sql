-- The mailbox store schema. Portable subset of H2 (MODE=MariaDB) and MariaDB: see docs/adr/0002.
-- ${table_options} is empty on H2 and "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" on MariaDB:
-- binary collation everywhere, case folding happens in Java into the *_key columns.
-- All timestamps are UTC.

CREATE TABLE account (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  login_key        VARCHAR(255) NOT NULL,
  display_name     VARCHAR(255),
  password_hash    VARCHAR(255) NOT NULL,
  enabled          TINYINT(1)   NOT NULL DEFAULT 1,
  policy           MEDIUMTEXT   NOT NULL,
  hierarchy_modseq BIGINT       NOT NULL DEFAULT 0,
  created_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_account_login (login_key)
) ${table_options};

CREATE TABLE account_address (
  address_key  VARCHAR(320) NOT NULL,
  account_id   BIGINT       NOT NULL,
  address      VARCHAR(320) NOT NULL,
  seq_no       INT          NOT NULL,
  PRIMARY KEY (address_key),
  KEY ix_address_account (account_id),
  CONSTRAINT fk_address_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE folder (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  account_id   BIGINT       NOT NULL,
  parent_id    BIGINT       NOT NULL,
  display_name VARCHAR(255) NOT NULL,
  name_key     VARCHAR(255) NOT NULL,
  folder_type  INT          NOT NULL,
  modseq       BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_folder_name (account_id, parent_id, name_key),
  CONSTRAINT fk_folder_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE hierarchy_journal (
  account_id BIGINT  NOT NULL,
  modseq     BIGINT  NOT NULL,
  folder_id  BIGINT  NOT NULL,
  kind       TINYINT NOT NULL,
  PRIMARY KEY (account_id, modseq),
  CONSTRAINT fk_hjournal_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE blob_object (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  sha256     CHAR(64),
  byte_size  BIGINT      NOT NULL DEFAULT 0,
  chunks     INT         NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  last_used  DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_blob_sha256 (sha256),
  KEY ix_blob_last_used (last_used)
) ${table_options};

CREATE TABLE blob_chunk (
  blob_id    BIGINT   NOT NULL,
  seq_no     INT      NOT NULL,
  chunk_data LONGBLOB NOT NULL,
  PRIMARY KEY (blob_id, seq_no),
  CONSTRAINT fk_chunk_blob FOREIGN KEY (blob_id) REFERENCES blob_object (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE item (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  account_id    BIGINT       NOT NULL,
  folder_id     BIGINT       NOT NULL,
  item_class    TINYINT      NOT NULL,
  modseq        BIGINT       NOT NULL,
  subject       VARCHAR(255),
  window_start  DATETIME(6),
  window_end    DATETIME(6),
  is_read       TINYINT(1)   NOT NULL DEFAULT 0,
  flag_status   INT          NOT NULL DEFAULT 0,
  completed     TINYINT(1)   NOT NULL DEFAULT 0,
  mime_blob_id  BIGINT,
  preview       MEDIUMTEXT,
  props_version INT          NOT NULL,
  properties    MEDIUMTEXT   NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  modified_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_item_folder_window (folder_id, window_end),
  CONSTRAINT fk_item_folder FOREIGN KEY (folder_id) REFERENCES folder (id),
  CONSTRAINT fk_item_mime FOREIGN KEY (mime_blob_id) REFERENCES blob_object (id)
) ${table_options};

CREATE TABLE attachment (
  item_id          BIGINT       NOT NULL,
  seq_no           INT          NOT NULL,
  display_name     VARCHAR(1024) NOT NULL,
  content_type     VARCHAR(255),
  content_id       VARCHAR(998),
  content_location VARCHAR(2048),
  attach_method    INT          NOT NULL,
  byte_size        BIGINT       NOT NULL,
  is_inline        TINYINT(1)   NOT NULL,
  blob_id          BIGINT,
  extra            MEDIUMTEXT   NOT NULL,
  PRIMARY KEY (item_id, seq_no),
  CONSTRAINT fk_attachment_item FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE,
  CONSTRAINT fk_attachment_blob FOREIGN KEY (blob_id) REFERENCES blob_object (id)
) ${table_options};

-- Every blob an item uses (MIME, attachments, blob-valued properties): what keeps a blob alive.
CREATE TABLE blob_ref (
  item_id BIGINT NOT NULL,
  blob_id BIGINT NOT NULL,
  PRIMARY KEY (item_id, blob_id),
  KEY ix_blob_ref_blob (blob_id),
  CONSTRAINT fk_blobref_item FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE,
  CONSTRAINT fk_blobref_blob FOREIGN KEY (blob_id) REFERENCES blob_object (id)
) ${table_options};

CREATE TABLE change_journal (
  folder_id BIGINT  NOT NULL,
  modseq    BIGINT  NOT NULL,
  item_id   BIGINT  NOT NULL,
  kind      TINYINT NOT NULL,
  PRIMARY KEY (folder_id, modseq),
  CONSTRAINT fk_journal_folder FOREIGN KEY (folder_id) REFERENCES folder (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE device (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  account_id  BIGINT       NOT NULL,
  device_key  VARCHAR(128) NOT NULL,
  device_id   VARCHAR(128) NOT NULL,
  device_type VARCHAR(255),
  model       VARCHAR(255),
  os          VARCHAR(255),
  user_agent  VARCHAR(512),
  extra       MEDIUMTEXT   NOT NULL,
  policy_key  BIGINT       NOT NULL DEFAULT 0,
  wipe_state  TINYINT      NOT NULL DEFAULT 0,
  first_seen  DATETIME(6)  NOT NULL,
  last_seen   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_device (account_id, device_key),
  CONSTRAINT fk_device_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE collection_state (
  device_id     BIGINT      NOT NULL,
  collection_id BIGINT      NOT NULL,
  sync_key      BIGINT      NOT NULL,
  acked_modseq  BIGINT      NOT NULL,
  pending_since  BIGINT,
  pending_cursor BIGINT,
  pending_up_to  BIGINT,
  sync_options  MEDIUMTEXT  NOT NULL,
  created_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (device_id, collection_id, sync_key),
  CONSTRAINT fk_cstate_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ${table_options};

-- The items a device holds, as validity ranges of sync keys: held at key K when
-- added_key <= K and (removed_key IS NULL or removed_key > K).
CREATE TABLE held_item (
  device_id     BIGINT NOT NULL,
  collection_id BIGINT NOT NULL,
  item_id       BIGINT NOT NULL,
  added_key     BIGINT NOT NULL,
  removed_key   BIGINT,
  PRIMARY KEY (device_id, collection_id, item_id),
  CONSTRAINT fk_held_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE client_add (
  device_id     BIGINT       NOT NULL,
  collection_id BIGINT       NOT NULL,
  client_id     VARCHAR(128) NOT NULL,
  item_id       BIGINT       NOT NULL,
  sync_key      BIGINT       NOT NULL,
  PRIMARY KEY (device_id, collection_id, client_id),
  CONSTRAINT fk_cadd_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE hierarchy_state (
  device_id    BIGINT      NOT NULL,
  sync_key     BIGINT      NOT NULL,
  acked_modseq BIGINT      NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (device_id, sync_key),
  CONSTRAINT fk_hstate_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE hierarchy_state_folder (
  device_id BIGINT NOT NULL,
  sync_key  BIGINT NOT NULL,
  folder_id BIGINT NOT NULL,
  PRIMARY KEY (device_id, sync_key, folder_id),
  CONSTRAINT fk_hsfolder_state FOREIGN KEY (device_id, sync_key) REFERENCES hierarchy_state (device_id, sync_key) ON DELETE CASCADE
) ${table_options};
