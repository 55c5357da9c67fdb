-- empathy-server storage, version 4: agents' corrections of the emotion engine's labels, kept with the
-- text and the engine's own answer so that the engine can be improved from them (docs/EMOTION.md).
CREATE TABLE sentiment_corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id INTEGER NOT NULL,
    agent_id INTEGER NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    engine_label TEXT,
    engine_valence REAL,
    corrected_label TEXT NOT NULL,
    corrected_at TEXT NOT NULL
);
CREATE INDEX sentiment_corrections_by_message ON sentiment_corrections(message_id);
