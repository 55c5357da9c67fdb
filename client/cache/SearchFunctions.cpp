#include "cache/SearchFunctions.h"

#include "domain/SearchText.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteError.h"

#include <sqlite3.h>

namespace empathy {

namespace {

void foldFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
    const int bytes = sqlite3_value_bytes16(argv[0]);
    const QString folded = foldForSearch(QStringView(text, bytes / qsizetype(sizeof(char16_t))));
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

} // namespace

void registerSearchFunctions(SqliteDatabase &db)
{
    const int rc = sqlite3_create_function_v2(db.handle(), "fold_for_search", 1,
                                              SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                              &foldFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw SqliteError(
            rc,
            QStringLiteral("cannot register fold_for_search: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

} // namespace empathy
