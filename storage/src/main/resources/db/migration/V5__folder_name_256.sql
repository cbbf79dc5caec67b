-- A folder name may have 256 characters ([MS-ASCMD] FolderCreate/FolderUpdate DisplayName), one more
-- than V1 allowed. name_key is the lower-cased name: lower-casing U+0130 gives two UTF-16 units, so the
-- key may be up to twice as long as the name. The unique key (account_id, parent_id, name_key) stays
-- within MariaDB's 3,072-byte index limit: 16 + 512 x 4 bytes (utf8mb4). Portable subset, docs/adr/0002.
ALTER TABLE folder MODIFY display_name VARCHAR(256) NOT NULL;
ALTER TABLE folder MODIFY name_key VARCHAR(512) NOT NULL;
