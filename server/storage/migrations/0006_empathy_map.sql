-- empathy-server storage, version 6: the notes of customers' empathy maps (empathy::EmpathyEntry), in
-- their wire form; removed ones stay (marked), so a dismissed suggestion does not come back.
CREATE TABLE empathy_entries (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX empathy_entries_by_customer ON empathy_entries(customer_id);
