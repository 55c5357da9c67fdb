-- empathy-server storage, version 8: when each open conversation's deadlines are next looked at, so the
-- deadline alerts read the few conversations whose moment came instead of every open one every few
-- seconds. The promises are kept beside it: storing a conversation with the same ones keeps its moment.
-- Conversations stored before are looked at once, at the next check, which sets their moment.
ALTER TABLE conversations ADD COLUMN first_response_due INTEGER;
ALTER TABLE conversations ADD COLUMN resolution_due INTEGER;
ALTER TABLE conversations ADD COLUMN deadline_check INTEGER;
UPDATE conversations SET deadline_check = 0 WHERE status <> 'resolved';
CREATE INDEX conversations_by_deadline_check ON conversations(deadline_check) WHERE deadline_check IS NOT NULL;
