-- empathy-server storage, version 7: supervisor alerts (docs/supervisor.md) and what deciding them needs.
-- dedupe_key makes each alert fire once: "<kind>:<conversation>:<message or deadline>".
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    raised_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX alerts_by_conversation ON alerts(conversation_id, kind, state);
-- The running summary of each customer's message valences (count, mean, sum of squared deviations),
-- folded in message order; last_message_id keeps a message from being counted twice.
CREATE TABLE customer_baselines (
    customer_id INTEGER PRIMARY KEY,
    messages INTEGER NOT NULL,
    mean DOUBLE PRECISION NOT NULL,
    m2 DOUBLE PRECISION NOT NULL,
    last_message_id INTEGER NOT NULL
);
-- Small named values of the server itself, such as how far the alert rules have read the change log.
CREATE TABLE server_state (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
