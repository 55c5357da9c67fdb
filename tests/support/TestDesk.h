#pragma once

#include "domain/DataBatch.h"
#include "sync/SyncEngine.h"
#include "TestProfile.h"

#include <QTest>
#include <QUrl>

namespace empathy::test {

// A desktop client for sync tests: its own cache and sync engine, reconnecting fast.
struct Desk
{
    TestProfile profile;
    SyncEngine engine{profile.reader(), profile.writer()};

    Desk() { engine.setBackoff(20, 200); }
    qint64 count(const char *sql) { return profile.db().scalar(sql); }
    // Logs in as one of the seeded test accounts (password "password-<login>") and waits until online.
    [[nodiscard]] bool logIn(const QUrl &server, const QString &login)
    {
        engine.start(server, login, QStringLiteral("password-") + login);
        return QTest::qWaitFor([this] { return engine.state() == SyncEngine::State::Online; }, 20000);
    }
};

// The first conversation of a batch nobody is assigned to and that is not resolved.
inline ConversationId firstUnassigned(const DataBatch &batch)
{
    for (const Conversation &c : batch.conversations) {
        if (!c.assignee.isValid() && c.status != ConversationStatus::Resolved)
            return c.id;
    }
    return {};
}

} // namespace empathy::test
