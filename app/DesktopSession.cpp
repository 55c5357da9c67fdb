#include "DesktopSession.h"

#include "Appearance.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "cache/HistoryReader.h"
#include "cache/ProfilePaths.h"
#include "cache/SupervisorReader.h"
#include "Console.h"
#include "CustomerPanel.h"
#include "DemoGeneration.h"
#include "DemoServerLaunch.h"
#include "DeskServices.h"
#include "FilterBar.h"
#include "LoginFlow.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ProfileOpening.h"
#include "ScreenshotRun.h"
#include "SupervisorWindow.h"
#include "sync/SyncEngine.h"
#include "TeamFiguresView.h"
#include "TrainingLaunch.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSslCertificate>

namespace empathy {

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
    CacheOpening opening = openProfile(cachePath, m_line.demo);
    if (!opening.isUsable())
        return cannotOpen(opening);
    if (opening.status == CacheOpening::Status::Recreated)
        printLine(stderr, opening.message);

    const Clock clock = systemClock();
    DeskServices services(*opening.db, paths.dataDir(), clock);
    CacheReader reader(*opening.db);
    CacheWriter writer(*opening.db, services.scorer());
    if (m_line.generateDemo > 0)
        return generateDemo(m_line, reader, writer, cachePath);

    QString password;
    std::unique_ptr<EmbeddedServer> demoServer;
    if (m_line.demo && !(demoServer = launchDemoServer(m_line, paths, &password)))
        return 1;

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

    SyncEngine engine(reader, writer);
    if (demoServer) {
        engine.start(demoServer->url(), m_line.demoUser, password);
        if (!m_line.screenshot.isEmpty())
            screenshot::waitForSync(engine);
    }
    // Before the first sync has said who is logged in, the demo's agent is Alex.
    const AgentId me = reader.ownAgent().isValid() ? reader.ownAgent() : AgentId(1);
    HistoryReader history(*opening.db);
    MainWindow window(reader, history, writer, me, clock, settings);
    window.setPreferences(preferences, demoServer || !m_line.server.isEmpty());
    services.equip(window);
    services.scoreUnscored(writer, window, !m_line.screenshot.isEmpty());
    SupervisorReader supervisor(*opening.db);
    window.setSupervisorReader(&supervisor);
    if (demoServer) {
        window.attachSync(engine);
        if (engine.agent().id.isValid()) // logged in before the window existed (screenshots wait for it)
            window.setRole(engine.agent().role);
    }

    LoginFlow login(engine, window, settings);
    if (const QUrl server = demoServer ? QUrl() : serverToLogIn(preferences); server.isValid()) {
        if (const auto code = logInTo(server, engine, login))
            return *code;
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
            login.logIn(chosen.server);
    });
    applyCommandLineView(window);

    if (!m_line.screenshot.isEmpty())
        return m_line.supervisor && window.supervisorWindow()
                   ? screenshot::ofSupervisor(window, m_line.screenshot)
                   : screenshot::ofDesk(window, m_line.screenshot);
    window.show();
    window.activateWindow(); // the keyboard goes to the desk at once (where no window manager does it)
    if (m_line.supervisor)
        window.showSupervisor();
    return QApplication::exec();
}

int DesktopSession::cannotOpen(const CacheOpening &opening) const
{
    printLine(stderr, opening.message);
    if (hasGui() && m_line.screenshot.isEmpty())
        QMessageBox::critical(
            nullptr, QApplication::translate("DesktopSession", "Empathy Desk cannot open the profile"),
            opening.message);
    return opening.status == CacheOpening::Status::Refused ? 3 : 1;
}

std::optional<int> DesktopSession::logInTo(const QUrl &server, SyncEngine &engine, LoginFlow &login) const
{
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
    if (!login.logIn(server))
        return 0; // the person cancelled
    return std::nullopt;
}

QUrl DesktopSession::serverToLogIn(const Preferences &preferences) const
{
    if (!m_line.server.isEmpty())
        return QUrl(m_line.server);
    if (m_line.screenshot.isEmpty() && preferences.server.isValid())
        return preferences.server;
    return QUrl();
}

// --language-filter, --search, --empathy-map, --supervisor, --team-figures.
void DesktopSession::applyCommandLineView(MainWindow &window)
{
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
}

} // namespace empathy
