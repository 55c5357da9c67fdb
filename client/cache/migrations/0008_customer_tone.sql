-- Version 8: how the customer likes to be addressed (empathy::PreferredTone: 0 not known, 1 formal,
-- 2 warm), noted by agents in the history panel, synced with the customer, used by the tone coach.
ALTER TABLE customers ADD COLUMN preferred_tone INTEGER NOT NULL DEFAULT 0;
