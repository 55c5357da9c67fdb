-- Version 12: the reply template library of this profile (empathy::ReplyTemplate): the built-in
-- templates are added once (built_in = 1; agents may edit them), agents add their own. One name per
-- language. Kept in this profile, not synced with the team yet.
CREATE TABLE reply_templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    built_in INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    UNIQUE(language, name)
);
