-- The outbound queue (docs/mail-out.md): every message an account sends, until each recipient is
-- delivered or has failed. Portable subset, see docs/adr/0002.
--
-- outbound_message keeps the MIME as a blob; the foreign key and the blob collector's check keep the
-- blob alive while the message is queued. Once every recipient is final, blob_id is cleared (the blob
-- may then be collected) and finished_at set; the row itself stays a while to recognise a repeated
-- ClientId. client_id is unique per account; NULLs (no ClientId) never collide.
CREATE TABLE outbound_message (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  account_id    BIGINT        NOT NULL,
  client_id     VARCHAR(255),
  envelope_from VARCHAR(320)  NOT NULL,
  blob_id       BIGINT,
  byte_size     BIGINT        NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  finished_at   DATETIME(6),
  PRIMARY KEY (id),
  UNIQUE KEY uq_outbound_client (account_id, client_id),
  KEY ix_outbound_blob (blob_id),
  KEY ix_outbound_finished (finished_at),
  CONSTRAINT fk_outbound_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_outbound_blob FOREIGN KEY (blob_id) REFERENCES blob_object (id)
) ${table_options};

-- One row per envelope recipient. state: 0 pending, 1 sent, 2 failed. A sender claims pending rows
-- by writing its lease_token and lease_until in one conditional UPDATE, so two server processes on
-- one database never hold the same row; a lease that runs out (the holder died) may be claimed again.
CREATE TABLE outbound_recipient (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  message_id      BIGINT        NOT NULL,
  address         VARCHAR(320)  NOT NULL,
  local_delivery  TINYINT(1)    NOT NULL,
  state           TINYINT       NOT NULL,
  attempts        INT           NOT NULL,
  next_attempt_at DATETIME(6)   NOT NULL,
  lease_token     VARCHAR(64),
  lease_until     DATETIME(6),
  last_error      VARCHAR(1000),
  updated_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_outbound_due (state, next_attempt_at),
  KEY ix_outbound_lease (lease_token),
  CONSTRAINT fk_orcpt_message FOREIGN KEY (message_id) REFERENCES outbound_message (id) ON DELETE CASCADE
) ${table_options};
