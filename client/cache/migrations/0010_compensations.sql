-- Version 10: compensations (empathy::Compensation). Synced ones have the server's id; one the agent asked
-- for and the server has not answered has a negative id and its outbox operation's id (client_op_id), and
-- shows as queued: never as granted until the server says so. kind and status are the enums' values;
-- times are milliseconds since the epoch.
CREATE TABLE compensations (
    id INTEGER PRIMARY KEY,
    client_op_id TEXT,
    conversation_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    order_id INTEGER,
    kind INTEGER NOT NULL,
    status INTEGER NOT NULL,
    percent INTEGER NOT NULL DEFAULT 0,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    requested_by INTEGER,
    requested_at INTEGER NOT NULL,
    decided_by INTEGER,
    decided_at INTEGER,
    note TEXT NOT NULL DEFAULT '',
    held_because TEXT NOT NULL DEFAULT '',
    mood_before REAL,
    refusal TEXT NOT NULL DEFAULT ''
);
CREATE INDEX compensations_by_customer ON compensations(customer_id);
CREATE INDEX compensations_by_op ON compensations(client_op_id);
