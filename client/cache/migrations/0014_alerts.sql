-- Version 14: supervisor alerts (empathy::Alert), only ever received by leads and admins. The columns the
-- supervisor view filters and sorts by, and the alert in its wire form (data). pending_op is the outbox
-- operation of a lead's action not yet confirmed; refusal the server's reason when it refused one.
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    state INTEGER NOT NULL,
    raised_at INTEGER NOT NULL,
    handled_at INTEGER,
    data TEXT NOT NULL,
    pending_op TEXT,
    refusal TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alerts_by_raised ON alerts(raised_at);
CREATE INDEX alerts_by_conversation ON alerts(conversation_id);
CREATE INDEX alerts_by_op ON alerts(pending_op);
