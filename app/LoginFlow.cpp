#include "LoginFlow.h"

#include "MainWindow.h"
#include "sync/SyncEngine.h"

namespace empathy {

LoginFlow::LoginFlow(SyncEngine &engine, MainWindow &window, QSettings &settings)
    : m_engine(engine)
    , m_window(window)
    , m_dialog(settings, &window)
{}

bool LoginFlow::logIn(const QUrl &server)
{
    m_dialog.setServer(server);
    if (m_dialog.exec() != QDialog::Accepted)
        return false;
    attach();
    m_engine.start(m_dialog.server(), m_dialog.user(), m_dialog.password());
    return true;
}

// The first log-in attaches the engine to the window, once.
void LoginFlow::attach()
{
    if (m_attached)
        return;
    m_attached = true;
    m_window.attachSync(m_engine);
    QObject::connect(
        &m_engine, &SyncEngine::stateChanged, &m_window,
        [this](SyncEngine::State state) {
            if (state != SyncEngine::State::Refused)
                return;
            m_dialog.setError(m_engine.lastError());
            if (m_dialog.exec() == QDialog::Accepted)
                m_engine.start(m_dialog.server(), m_dialog.user(), m_dialog.password());
        },
        Qt::QueuedConnection);
}

} // namespace empathy
