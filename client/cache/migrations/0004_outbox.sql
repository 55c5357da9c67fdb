-- Version 4: the outbox. An operation the agent performs offline is stored here in the same
-- transaction as its local effect, with a client-generated id, and removed only when the server
-- acknowledges it.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);
ALTER TABLE messages ADD COLUMN client_op_id TEXT;
