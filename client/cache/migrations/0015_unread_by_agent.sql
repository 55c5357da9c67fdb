-- Version 15: the conversations with unread customer messages, by agent, so the desk can tell at once
-- whether one of its agent's customers wrote (the taskbar notice) without reading every conversation.
CREATE INDEX conversations_unread_by_agent
    ON conversations(assignee_id, unread_count) WHERE unread_count > 0;
