-- Empathy Desk local cache, version 1: the domain tables.
-- Times are milliseconds since the Unix epoch (UTC); enums are the integer values fixed in core/domain.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role INTEGER NOT NULL
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT 'und',
    created_at INTEGER NOT NULL
);

-- One identity per channel address; the same person is one customer whatever channel they use.
CREATE TABLE customer_identities (
    kind INTEGER NOT NULL,
    value TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;
CREATE INDEX customer_identities_by_customer ON customer_identities(customer_id);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    channel INTEGER NOT NULL,
    status INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    assignee_id INTEGER REFERENCES agents(id),
    subject TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'und',
    created_at INTEGER NOT NULL,
    first_response_due INTEGER,
    resolution_due INTEGER,
    -- Summary columns, maintained by the cache writer from the messages so the inbox reads one row.
    last_message_at INTEGER NOT NULL,
    last_preview TEXT NOT NULL DEFAULT '',
    last_direction INTEGER NOT NULL DEFAULT 1,
    waiting_since INTEGER,
    unread_count INTEGER NOT NULL DEFAULT 0,
    message_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_by_last_message ON conversations(last_message_at DESC, id DESC);
CREATE INDEX conversations_by_customer ON conversations(customer_id);

-- Positive ids come from the server (or the demo generator); replies written here and not yet
-- acknowledged have negative ids until the server assigns theirs.
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    direction INTEGER NOT NULL,
    author_id INTEGER,
    body TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    language TEXT NOT NULL DEFAULT 'und',
    delivery INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX messages_by_conversation ON messages(conversation_id, sent_at);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    total_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    placed_at INTEGER NOT NULL
);
CREATE INDEX orders_by_customer ON orders(customer_id, placed_at);

CREATE TABLE survey_answers (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    kind INTEGER NOT NULL,
    score INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    answered_at INTEGER NOT NULL,
    CHECK ((kind = 1 AND score BETWEEN 0 AND 10) OR (kind = 2 AND score BETWEEN 1 AND 5))
);
CREATE INDEX survey_answers_by_customer ON survey_answers(customer_id, answered_at);
