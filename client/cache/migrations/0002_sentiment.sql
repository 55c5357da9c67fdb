-- Version 2: room for what the emotion engine says about each message, and the agent's correction.
ALTER TABLE messages ADD COLUMN valence REAL;
ALTER TABLE messages ADD COLUMN sentiment_label INTEGER;
ALTER TABLE messages ADD COLUMN sentiment_confidence REAL;
ALTER TABLE messages ADD COLUMN sentiment_intensity REAL;
ALTER TABLE messages ADD COLUMN sentiment_corrected INTEGER NOT NULL DEFAULT 0;
