-- Version 9: what an agent's message is for (empathy::MessagePurpose: 0 plain, 1 apology), so the
-- customer's history shows apologies as such.
ALTER TABLE messages ADD COLUMN purpose INTEGER NOT NULL DEFAULT 0;
