#pragma once

#include "LoginDialog.h"

#include <QUrl>

namespace empathy {

class MainWindow;
class SyncEngine;

// Logging in to a real server: asks who logs in (the address and user are remembered, the password
// never is) and starts the sync engine; a log-in the server refuses asks again with the server's reason.
class LoginFlow
{
public:
    LoginFlow(SyncEngine &engine, MainWindow &window, QSettings &settings);

    // Asks for the log-in to this server; false when the person cancelled.
    bool logIn(const QUrl &server);

private:
    void attach();

    SyncEngine &m_engine;
    MainWindow &m_window;
    LoginDialog m_dialog; // lives as long as the session: a refused log-in asks again
    bool m_attached = false;
};

} // namespace empathy
