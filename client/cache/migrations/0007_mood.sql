-- Version 7: what the emotion engine says beyond the label (the strongest emotion, churn risk), and each
-- conversation's current mood, its trend and intensity, kept up to date by CacheWriter with the messages,
-- so an inbox row shows them without reading messages.
ALTER TABLE messages ADD COLUMN sentiment_emotion TEXT;
ALTER TABLE messages ADD COLUMN sentiment_churn REAL;
ALTER TABLE conversations ADD COLUMN mood REAL;
ALTER TABLE conversations ADD COLUMN mood_trend INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN mood_intensity REAL;
