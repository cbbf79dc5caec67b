-- What each device last asked to be told about (Ping): its heartbeat and the folders it watches,
-- reused when a later request omits them, also after a restart. Portable subset, see docs/adr/0002.
-- Folder ids are not foreign keys: a watched folder that is deleted stays listed until the device
-- saves a new watch, so that the next request can tell the device to refresh its folders.

CREATE TABLE device_watch (
  device_id         BIGINT      NOT NULL,
  heartbeat_seconds INT         NOT NULL,
  updated_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (device_id),
  CONSTRAINT fk_dwatch_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE device_watch_folder (
  device_id BIGINT NOT NULL,
  folder_id BIGINT NOT NULL,
  PRIMARY KEY (device_id, folder_id),
  CONSTRAINT fk_dwfolder_watch FOREIGN KEY (device_id) REFERENCES device_watch (device_id) ON DELETE CASCADE
) ${table_options};
