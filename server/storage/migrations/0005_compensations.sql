-- empathy-server storage, version 5: compensations and their audit trail (docs/compensation.md).
-- value_minor/value_currency: what the compensation is worth for the limits, fixed when requested.
CREATE TABLE compensations (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    requested_by INTEGER NOT NULL,
    requested_at TEXT NOT NULL,
    decided_at TEXT,
    value_minor INTEGER NOT NULL,
    value_currency TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX compensations_by_conversation ON compensations(conversation_id, kind);
CREATE INDEX compensations_by_agent ON compensations(requested_by, requested_at);
CREATE INDEX compensations_by_status ON compensations(status);
-- Every step of every compensation, never updated or deleted: who did what, when, why, and the
-- customer's mood at that moment.
CREATE TABLE compensation_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    compensation_id INTEGER NOT NULL REFERENCES compensations(id),
    agent_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    note TEXT NOT NULL,
    mood REAL,
    at TEXT NOT NULL
);
CREATE INDEX compensation_events_by_compensation ON compensation_events(compensation_id);
