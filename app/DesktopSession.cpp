#include "DesktopSession.h"

#include "cache/CacheFile.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "cache/ProfilePaths.h"
#include "demo/DemoFill.h"
#include "InboxView.h"
#include "MainWindow.h"
#include "models/InboxModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

namespace empathy {

namespace {

void printLine(std::FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
    std::fflush(stream);
}

bool isStaleDemo(SqliteDatabase &db)
{
    CacheReader reader(db);
    const QDateTime generated = QDateTime::fromString(reader.meta(demoGeneratedAtKey()), Qt::ISODate);
    return generated.isValid() && generated.secsTo(QDateTime::currentDateTimeUtc()) > 12 * 3600;
}

bool hasGui()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

DesktopSession::DesktopSession(CommandLine commandLine)
    : m_line(std::move(commandLine))
{}

int DesktopSession::run()
{
    const ProfilePaths paths(m_line.dataDir);
    const QString cachePath = paths.cacheFile(m_line.profile);
    CacheOpening opening = CacheFile::open(cachePath);
    if (m_line.demo && opening.isUsable() && isStaleDemo(*opening.db)) {
        // Generated waiting times and SLA countdowns are relative to when the demo was made; a day-old
        // demo would show every customer waiting for a day. Start it afresh.
        printLine(stdout,
                  QCoreApplication::translate(
                      "DesktopSession", "The demo profile is more than 12 hours old; creating it afresh."));
        opening.db.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(cachePath + QLatin1String(suffix));
        opening = CacheFile::open(cachePath);
    }
    if (!opening.isUsable()) {
        printLine(stderr, opening.message);
        if (hasGui() && m_line.screenshot.isEmpty())
            QMessageBox::critical(
                nullptr, QApplication::translate("DesktopSession", "Empathy Desk cannot open the profile"),
                opening.message);
        return opening.status == CacheOpening::Status::Refused ? 3 : 1;
    }
    if (opening.status == CacheOpening::Status::Recreated)
        printLine(stderr, opening.message);

    CacheReader reader(*opening.db);
    CacheWriter writer(*opening.db);

    const auto fill = [&](int conversations) {
        DemoFillOptions options;
        options.conversations = conversations;
        options.seed = m_line.seed;
        options.meanMessages = m_line.meanMessages;
        options.now = m_line.demoNow;
        QElapsedTimer timer;
        timer.start();
        const QString error = fillDemoProfile(reader, writer, options, [&](int done) {
            if (done % 10000 == 0 || done == conversations)
                printLine(stdout,
                          QCoreApplication::translate("DesktopSession", "generated %1 of %2 conversations")
                              .arg(done)
                              .arg(conversations));
        });
        if (error.isEmpty())
            printLine(stdout,
                      QCoreApplication::translate("DesktopSession",
                                                  "profile '%1': %2 conversations, %3 messages in %4 s (%5)")
                          .arg(m_line.profile)
                          .arg(reader.conversationCount())
                          .arg(reader.messageCount())
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                          .arg(cachePath));
        return error;
    };

    if (m_line.generateDemo > 0) {
        const QString error = fill(m_line.generateDemo);
        if (!error.isEmpty()) {
            printLine(stderr, QCoreApplication::translate("DesktopSession",
                                                          "empathy-desk: cannot generate demo data: %1")
                                  .arg(error));
            return 2;
        }
        return 0;
    }
    if (m_line.demo && reader.conversationCount() == 0) {
        printLine(stdout, QCoreApplication::translate("DesktopSession",
                                                      "Creating the demo profile with %1 conversations…")
                              .arg(m_line.demoSize));
        const QString error = fill(m_line.demoSize);
        if (!error.isEmpty()) {
            printLine(stderr, QCoreApplication::translate("DesktopSession",
                                                          "empathy-desk: cannot create the demo profile: %1")
                                  .arg(error));
            return 2;
        }
    }

    QSettings settings(paths.dataDir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(reader, writer, reader.ownAgent(), systemClock(), settings);
    if (opening.status == CacheOpening::Status::Recreated)
        window.showNotice(opening.message);

    if (!m_line.screenshot.isEmpty()) {
        if (window.inboxModel()->rowCount() > 0)
            window.selectConversation(window.inboxModel()->conversationAt(0));
        window.show();
        QCoreApplication::processEvents();
        window.inboxView()->loadVisibleRows();
        QCoreApplication::processEvents();
        const QPixmap shot = window.grab();
        if (shot.isNull() || !shot.save(m_line.screenshot, "PNG")) {
            printLine(stderr, QCoreApplication::translate("DesktopSession",
                                                          "empathy-desk: cannot write the screenshot to %1")
                                  .arg(m_line.screenshot));
            return 1;
        }
        printLine(stdout, QCoreApplication::translate("DesktopSession", "screenshot written to %1 (%2x%3)")
                              .arg(m_line.screenshot)
                              .arg(shot.width())
                              .arg(shot.height()));
        return 0;
    }

    window.show();
    return QApplication::exec();
}

} // namespace empathy
