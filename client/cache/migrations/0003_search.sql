-- Version 3: full-text search over message bodies and customers (names and channel addresses).
-- The text indexed is folded by empathy::foldForSearch (Persian letter variants, ZWNJ, digits, ł)
-- and then by the unicode61 tokenizer, which removes accents, so "zamowienie" finds "zamówienie".
-- Message text is not stored twice: the message index is contentless and keyed by messages.id.
CREATE VIRTUAL TABLE messages_fts USING fts5(
    body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE VIRTUAL TABLE customers_fts USING fts5(
    name,
    addresses,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
