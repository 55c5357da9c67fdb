#include "DesktopSession.h"

#include "ApologyDrafter.h"
#include "Appearance.h"
#include "cache/CacheFile.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "cache/HistoryReader.h"
#include "cache/ProfilePaths.h"
#include "cache/SupervisorReader.h"
#include "cache/TemplateStore.h"
#include "code/AsyncCodeHighlighter.h"
#include "code/CodeHighlighter.h"
#include "CustomerPanel.h"
#include "demo/DemoFill.h"
#include "DomainScoring.h"
#include "EmbeddedServer.h"
#include "FilterBar.h"
#include "InboxView.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "models/AlertModel.h"
#include "models/InboxModel.h"
#include "models/WallModel.h"
#include "sql/SqliteError.h"
#include "SupervisorWindow.h"
#include "sync/SyncEngine.h"
#include "TeamFiguresView.h"
#include "TemplateSyntax.h"
#include "ToneCoach.h"
#include "TrainingLaunch.h"
#include "UiLanguage.h"
#include "WallView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSslCertificate>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace empathy {

namespace {

void printLine(std::FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
    std::fflush(stream);
}

// A demo profile that holds data but never synced was filled by the local generator: the demo now
// syncs with its server, and the two must not mix.
bool isUnsyncedDemo(SqliteDatabase &db)
{
    CacheReader reader(db);
    return reader.conversationCount() > 0 && reader.syncCursor().generation.isEmpty();
}

// The demo team's password, made once per data directory and kept beside the demo server's store.
QString demoPassword(const QString &serverDir)
{
    QDir().mkpath(serverDir);
    QFile file(serverDir + QStringLiteral("/demo-password"));
    if (file.open(QIODevice::ReadOnly)) {
        const QString stored = QString::fromLatin1(file.readAll()).trimmed();
        if (stored.size() >= 8)
            return stored;
        file.close();
    }
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(password.toLatin1());
    }
    return password;
}

// For screenshots: the first sync, then a few seconds of live customers.
// Renders a window to a PNG; the exit code of a screenshot run.
int writeScreenshot(QWidget &window, const QString &path)
{
    const QPixmap shot = window.grab();
    if (shot.isNull() || !shot.save(path, "PNG")) {
        printLine(stderr, QCoreApplication::translate("DesktopSession",
                                                      "empathy-desk: cannot write the screenshot to %1")
                              .arg(path));
        return 1;
    }
    printLine(stdout, QCoreApplication::translate("DesktopSession", "screenshot written to %1 (%2x%3)")
                          .arg(path)
                          .arg(shot.width())
                          .arg(shot.height()));
    return 0;
}

void waitForSync(SyncEngine &engine)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &SyncEngine::stateChanged, &loop, [&](SyncEngine::State state) {
        if (state == SyncEngine::State::Online || state == SyncEngine::State::Refused)
            loop.quit();
    });
    timeout.start(60000);
    if (engine.state() != SyncEngine::State::Online)
        loop.exec();
    timeout.start(4000);
    loop.exec();
}

bool hasGui()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

DesktopSession::DesktopSession(CommandLine commandLine, UiLanguage &language)
    : m_line(std::move(commandLine))
    , m_language(language)
{}

int DesktopSession::run()
{
    if (!m_line.importConversations.isEmpty())
        return importConversations(m_line);
    if (!m_line.replay.isEmpty())
        return runReplay(m_line);
    const ProfilePaths paths(m_line.dataDir);
    const QString cachePath = paths.cacheFile(m_line.profile);
    CacheOpening opening = CacheFile::open(cachePath);
    if (m_line.demo && opening.isUsable() && isUnsyncedDemo(*opening.db)) {
        printLine(stdout, QCoreApplication::translate("DesktopSession",
                                                      "The demo profile held generated data; it now "
                                                      "syncs with the demo server and starts afresh."));
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

    // The emotion engine scores what arrives unscored, explains badges and drives the tone coach.
    QString emotionError;
    const auto emotionEngine = emotion::EmotionEngine::loadBuiltIn(&emotionError);
    const auto toneCoach = emotionEngine ? emotion::ToneCoach::loadBuiltIn(&emotionError) : std::nullopt;
    if (!emotionEngine || !toneCoach)
        printLine(stderr, QCoreApplication::translate("DesktopSession",
                                                      "empathy-desk: the emotion engine is not available: %1")
                              .arg(emotionError));
    MessageScorer scorer;
    if (emotionEngine)
        scorer = [&engine = *emotionEngine](Message &m) { emotion::scoreMessage(engine, m); };

    CacheReader reader(*opening.db);
    CacheWriter writer(*opening.db, scorer);

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
    std::unique_ptr<EmbeddedServer> demoServer;
    QString password;
    if (m_line.demo) {
        EmbeddedServer::Options options;
        options.program = QCoreApplication::applicationDirPath() + QStringLiteral("/empathy-server");
        options.dataDir = paths.dataDir() + QStringLiteral("/demo-server");
        options.password = password = demoPassword(options.dataDir);
        options.seedConversations = m_line.demoSize;
        options.rate = m_line.demoRate;
        demoServer = std::make_unique<EmbeddedServer>(options);
        QString error;
        printLine(stdout, QCoreApplication::translate("DesktopSession", "Starting the demo server…"));
        if (!demoServer->start(&error)) {
            printLine(stderr, QStringLiteral("empathy-desk: %1").arg(error));
            if (hasGui() && m_line.screenshot.isEmpty())
                QMessageBox::critical(nullptr, QApplication::translate("DesktopSession", "Empathy Desk"),
                                      error);
            return 1;
        }
        printLine(stdout, QCoreApplication::translate("DesktopSession", "Demo server at %1")
                              .arg(demoServer->url().toString()));
        printLine(stdout, QCoreApplication::translate("DesktopSession", "Web chat page for customers: %1")
                              .arg(demoServer->chatPage().toString()));
    }

    QSettings settings(paths.dataDir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    // The agent's settings: the look and the language before any window exists.
    Preferences preferences = Preferences::load(settings);
    std::optional<Appearance> appearance;
    if (hasGui()) {
        appearance.emplace();
        appearance->apply(preferences.theme, preferences.textScalePercent);
    }
    QString languageError;
    if (!m_language.apply(m_line.uiLanguage.isEmpty() ? preferences.language : m_line.uiLanguage,
                          &languageError))
        printLine(stderr, QStringLiteral("empathy-desk: %1").arg(languageError));
    // Without --server and --demo, the desk logs in where the settings say (when they say).
    const QString serverAddress =
        !m_line.server.isEmpty() ? m_line.server
        : (!demoServer && m_line.screenshot.isEmpty() && preferences.server.isValid())
            ? preferences.server.toString()
            : QString();
    SyncEngine engine(reader, writer);
    if (demoServer) {
        // The demo agent is Alex; the inbox's "mine" needs their id before the first sync has told it.
        engine.start(demoServer->url(), m_line.demoUser, password);
        if (!m_line.screenshot.isEmpty())
            waitForSync(engine);
    }
    const AgentId me = reader.ownAgent().isValid() ? reader.ownAgent() : AgentId(1);
    HistoryReader history(*opening.db);
    MainWindow window(reader, history, writer, me, systemClock(), settings);
    window.setEmotion(emotionEngine.get(), toneCoach ? &*toneCoach : nullptr);
    window.setPreferences(preferences, demoServer || !m_line.server.isEmpty());
    QString apologyError;
    const auto apologies = emotion::ApologyDrafter::loadBuiltIn(&apologyError);
    if (!apologies)
        printLine(stderr, QStringLiteral("empathy-desk: apologies unavailable: %1").arg(apologyError));
    window.setApologyDrafter(apologies ? &*apologies : nullptr);
    std::unique_ptr<CodeHighlighter> highlighterBackend = makeCodeHighlighter();
    if (highlighterBackend &&
        !installTemplateSyntax(*highlighterBackend, paths.dataDir() + QStringLiteral("/syntax-highlighting")))
        printLine(stderr, QStringLiteral("empathy-desk: the template syntax could not be installed in %1")
                              .arg(paths.dataDir()));
    AsyncCodeHighlighter codeHighlighter(std::move(highlighterBackend));
    window.setCodeHighlighter(&codeHighlighter);
    TemplateStore templates(*opening.db);
    try {
        templates.addBuiltIns(builtInTemplates(), QDateTime::currentDateTimeUtc());
    } catch (const SqliteError &error) {
        printLine(stderr,
                  QStringLiteral("empathy-desk: built-in templates not added: %1").arg(error.message()));
    }
    window.setTemplateStore(&templates);
    // Messages cached before this client could score them get their badges a few thousand at a time,
    // between events, so the window stays responsive on a big profile.
    QTimer backfill;
    QObject::connect(&backfill, &QTimer::timeout, &window, [&] {
        if (writer.scoreUnscoredMessages(2000) == 0)
            backfill.stop();
        window.refreshFromCache();
    });
    if (emotionEngine && m_line.screenshot.isEmpty())
        backfill.start(0);
    else if (emotionEngine)
        while (writer.scoreUnscoredMessages(2000) > 0) {
        }
    SupervisorReader supervisor(*opening.db);
    window.setSupervisorReader(&supervisor);
    if (demoServer) {
        window.attachSync(engine);
        if (engine.agent().id.isValid()) // logged in before the window existed (screenshots wait for it)
            window.setRole(engine.agent().role);
    }

    // A real server: ask who logs in (address and user remembered, never the password); a refused log-in
    // asks again with the server's reason.
    bool syncAttached = demoServer != nullptr;
    LoginDialog login(settings, &window); // lives as long as the session: a refused log-in asks again
    const auto logIn = [&](const QUrl &server) {
        login.setServer(server);
        if (login.exec() != QDialog::Accepted)
            return false;
        if (!syncAttached) {
            window.attachSync(engine);
            QObject::connect(
                &engine, &SyncEngine::stateChanged, &window,
                [&](SyncEngine::State state) {
                    if (state != SyncEngine::State::Refused)
                        return;
                    login.setError(engine.lastError());
                    if (login.exec() == QDialog::Accepted)
                        engine.start(login.server(), login.user(), login.password());
                },
                Qt::QueuedConnection);
            syncAttached = true;
        }
        engine.start(login.server(), login.user(), login.password());
        return true;
    };
    if (!demoServer && !serverAddress.isEmpty()) {
        if (!m_line.screenshot.isEmpty()) {
            printLine(stderr, QStringLiteral("empathy-desk: --screenshot cannot be combined with --server"));
            return 2;
        }
        if (!m_line.caCert.isEmpty()) {
            const QList<QSslCertificate> trusted = QSslCertificate::fromPath(m_line.caCert);
            if (trusted.isEmpty()) {
                printLine(stderr, QStringLiteral("empathy-desk: no certificate in %1").arg(m_line.caCert));
                return 2;
            }
            engine.trustCertificates(trusted);
        }
        if (!logIn(QUrl(serverAddress)))
            return 0;
    }
    if (opening.status == CacheOpening::Status::Recreated)
        window.showNotice(opening.message);
    if (!languageError.isEmpty())
        window.showNotice(languageError);

    // Settings chosen in the dialog: kept, and the language, the look and the server follow at once.
    QObject::connect(&window, &MainWindow::preferencesChosen, &window, [&](const Preferences &chosen) {
        const Preferences before = std::exchange(preferences, chosen);
        chosen.save(settings);
        if (appearance &&
            (chosen.theme != before.theme || chosen.textScalePercent != before.textScalePercent))
            appearance->apply(chosen.theme, chosen.textScalePercent);
        QString error;
        if (chosen.language != before.language && !m_language.apply(chosen.language, &error))
            window.showNotice(error);
        if (!demoServer && m_line.server.isEmpty() && chosen.server != before.server &&
            chosen.server.isValid())
            logIn(chosen.server);
    });

    if (!m_line.languageFilter.isEmpty())
        window.filterBar()->setLanguageFilter(m_line.languageFilter);
    if (!m_line.search.isEmpty())
        window.filterBar()->setSearch(m_line.search);
    window.customerPanel()->showEmpathyMap(m_line.empathyMap);
    if (m_line.supervisor && !window.supervisorWindow())
        printLine(stderr, QCoreApplication::translate(
                              "DesktopSession", "empathy-desk: the supervisor view is for team leads; log in "
                                                "as one (with --demo: --as julia)"));
    if (m_line.teamFigures && window.supervisorWindow())
        window.supervisorWindow()->tabs()->setCurrentWidget(window.supervisorWindow()->figures());
    if (!m_line.screenshot.isEmpty() && m_line.supervisor && window.supervisorWindow())
        return screenshotOfSupervisor(window);
    if (!m_line.screenshot.isEmpty()) {
        window.refreshFromCache();
        if (window.inboxModel()->rowCount() > 0)
            window.selectConversation(window.inboxModel()->conversationAt(0));
        window.show();
        QCoreApplication::processEvents();
        window.inboxView()->loadVisibleRows();
        QCoreApplication::processEvents();
        return writeScreenshot(window, m_line.screenshot);
    }

    window.show();
    window.activateWindow(); // the keyboard goes to the desk at once (where no window manager does it)
    if (m_line.supervisor)
        window.showSupervisor();
    return QApplication::exec();
}

int DesktopSession::screenshotOfSupervisor(MainWindow &window)
{
    window.refreshFromCache();
    SupervisorWindow &supervisor = *window.supervisorWindow();
    supervisor.show(); // reads the wall
    // The wall sorted by the open alerts, the newest open alert chosen, so the picture shows why it fired.
    supervisor.wall()->sortByColumn(WallModel::AlertsColumn, Qt::DescendingOrder);
    for (int row = 0; row < supervisor.alerts()->rowCount(); ++row) {
        const QModelIndex alert = supervisor.alerts()->index(row);
        if (AlertState(alert.data(AlertModel::StateRole).toInt()) == AlertState::Open &&
            alert.data(AlertModel::MessageRole).isValid()) {
            supervisor.selectAlert(AlertId(alert.data(AlertModel::AlertIdRole).toLongLong()));
            break;
        }
    }
    QCoreApplication::processEvents();
    return writeScreenshot(supervisor, m_line.screenshot);
}

} // namespace empathy
