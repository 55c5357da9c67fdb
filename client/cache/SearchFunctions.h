#pragma once

namespace empathy {

class SqliteDatabase;

// SQL functions the cache's schema relies on, registered on every cache connection:
// fold_for_search(text) is foldForSearch() (domain/SearchText.h), the folding applied to text before it
// enters a full-text index, so migrations can rebuild an index exactly as the writer fills it.
void registerSearchFunctions(SqliteDatabase &db);

} // namespace empathy
