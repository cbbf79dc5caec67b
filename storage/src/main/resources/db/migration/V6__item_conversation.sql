-- The ConversationId of a message as a column of its own, so that Sync's ConversationMode can find the
-- messages of a folder that share a conversation with those in the date window through an index
-- instead of reading every item's properties. NULL for other classes and for an id over 64 bytes (the
-- server derives 16-byte ids). V7 fills it in for the messages stored before. Portable subset, docs/adr/0002.
ALTER TABLE item ADD COLUMN conversation_id VARBINARY(64);
CREATE INDEX ix_item_conversation ON item (folder_id, conversation_id);
