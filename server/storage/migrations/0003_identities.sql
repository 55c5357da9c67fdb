-- empathy-server storage, version 3: customers found by their address on a channel (a web chat visitor
-- id, an e-mail address), so a returning visitor is the same customer.
CREATE TABLE customer_identities (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    PRIMARY KEY (kind, value)
);
