#pragma once

#include "CommandLine.h"

#include <QUrl>

#include <optional>

namespace empathy {

class LoginFlow;
class MainWindow;
class SyncEngine;
struct CacheOpening;
class UiLanguage;
struct Preferences;

// One run of the desktop client: opens the profile's cache, fills a demo profile when asked, and shows the
// main window (or renders it to a PNG) synced with the demo server or a real one. Owns what it creates;
// the pieces it wires are named in app/ (ProfileOpening, DemoGeneration, DemoServerLaunch, DeskServices,
// LoginFlow, ScreenshotRun).
class DesktopSession
{
public:
    DesktopSession(CommandLine commandLine, UiLanguage &language);
    // Needs a QApplication unless only --generate-demo was asked for. Returns the exit code.
    int run();

private:
    // Says why the profile cannot be opened; the exit code (3: a newer version's cache).
    int cannotOpen(const CacheOpening &opening) const;
    // Logs in to a real server (its CA certificates trusted); an exit code when the run ends here.
    std::optional<int> logInTo(const QUrl &server, SyncEngine &engine, LoginFlow &login) const;
    // The server to log in to without --demo: --server, else the settings' (not for screenshots).
    QUrl serverToLogIn(const Preferences &preferences) const;
    void applyCommandLineView(MainWindow &window);

    CommandLine m_line;
    UiLanguage &m_language;
};

} // namespace empathy
