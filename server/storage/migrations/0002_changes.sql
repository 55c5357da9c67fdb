-- empathy-server storage, version 2: the domain objects, the ordered change log, and applied operations.
-- Objects are kept in their wire form (data, JSON) with the columns visibility and operations need.
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    data TEXT NOT NULL
);
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    assignee_id INTEGER,
    status TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX conversations_by_customer ON conversations(customer_id);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX messages_by_conversation ON messages(conversation_id);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE survey_answers (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    conversation_id INTEGER,
    data TEXT NOT NULL
);
-- Every change, in the order clients apply them. customer_id and conversation_id say whose it is, for
-- deciding who may read it.
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    customer_id INTEGER,
    conversation_id INTEGER,
    data TEXT NOT NULL
);
-- Operations applied, by their client-generated id, with the acknowledgement sent: a repeat gets it again.
CREATE TABLE operations (
    op_id TEXT PRIMARY KEY,
    agent_id INTEGER NOT NULL,
    ack TEXT NOT NULL
);
