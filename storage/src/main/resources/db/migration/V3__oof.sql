-- Out-of-office settings, one row per account (none until the owner first sets them). The three
-- replies (internal senders, known external senders, all other external senders) are columns of that
-- row: there are always exactly three, and they are read and written together. Portable subset, see
-- docs/adr/0002.

CREATE TABLE account_oof (
  account_id             BIGINT      NOT NULL,
  state                  TINYINT     NOT NULL,
  start_time             DATETIME(6),
  end_time               DATETIME(6),
  internal_enabled       TINYINT(1)  NOT NULL,
  internal_html          TINYINT(1)  NOT NULL,
  internal_message       MEDIUMTEXT,
  known_enabled          TINYINT(1)  NOT NULL,
  known_html             TINYINT(1)  NOT NULL,
  known_message          MEDIUMTEXT,
  external_enabled       TINYINT(1)  NOT NULL,
  external_html          TINYINT(1)  NOT NULL,
  external_message       MEDIUMTEXT,
  updated_at             DATETIME(6) NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT fk_oof_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ${table_options};
