-- Version 5: the inbox's default order (newest first) read from one covering index, filters included,
-- so opening "open and pending" or "mine" on 100,000 conversations never visits the table itself.
DROP INDEX conversations_by_last_message;
CREATE INDEX conversations_inbox_newest
    ON conversations(last_message_at DESC, id DESC, status, channel, assignee_id, language);
