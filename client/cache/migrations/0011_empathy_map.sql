-- Version 11: customers' empathy maps. journey_stage is empathy::JourneyStage (0 not known). A note the
-- agent wrote that the server has not stored yet has a negative id and client_op_id; pending_op is the
-- operation of a change (an edit, a removal) not acknowledged yet; refusal why the server refused one.
-- quadrant is empathy::EmpathyQuadrant; times are milliseconds since the epoch.
ALTER TABLE customers ADD COLUMN journey_stage INTEGER NOT NULL DEFAULT 0;
CREATE TABLE empathy_entries (
    id INTEGER PRIMARY KEY,
    client_op_id TEXT,
    customer_id INTEGER NOT NULL,
    quadrant INTEGER NOT NULL,
    text TEXT NOT NULL,
    source_message INTEGER,
    suggestion TEXT NOT NULL DEFAULT '',
    author INTEGER,
    updated_at INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    conflict_of INTEGER,
    removed INTEGER NOT NULL DEFAULT 0,
    pending_op TEXT NOT NULL DEFAULT '',
    refusal TEXT NOT NULL DEFAULT ''
);
CREATE INDEX empathy_entries_by_customer ON empathy_entries(customer_id);
