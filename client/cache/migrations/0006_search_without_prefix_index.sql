-- Version 6: message search without FTS5 prefix indexes. They tripled the index work for every stored
-- message (half the cost of an initial sync) and bought little: with results read newest first and a
-- limit, a two-letter prefix takes 6-10 ms and a three-letter one under 3 ms on a million messages
-- (docs/PERFORMANCE.md). The index is rebuilt from the stored messages with the same folding the
-- writer applies (fold_for_search, registered on every cache connection).
DROP TABLE messages_fts;
CREATE VIRTUAL TABLE messages_fts USING fts5(
    body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO messages_fts(rowid, body) SELECT id, fold_for_search(body) FROM messages;
