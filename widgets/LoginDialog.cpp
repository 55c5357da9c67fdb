#include "LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace empathy {

LoginDialog::LoginDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Log in to Empathy Desk"));
    m_server->setPlaceholderText(tr("ws://server:8765"));
    m_server->setAccessibleName(tr("Server address"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Not needed while your last session is valid"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));

    m_server->setText(m_settings.value(QStringLiteral("login/server")).toString());
    m_user->setText(m_settings.value(QStringLiteral("login/user")).toString());

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::setServer(const QUrl &server)
{
    m_server->setText(server.toString());
}

void LoginDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QUrl LoginDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::accept()
{
    const QUrl url = server();
    if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss") || url.host().isEmpty()) {
        setError(tr("The server address looks like ws://host:port or wss://host:port."));
        m_server->setFocus();
        return;
    }
    if (user().isEmpty()) {
        setError(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    m_settings.setValue(QStringLiteral("login/server"), url.toString());
    m_settings.setValue(QStringLiteral("login/user"), user());
    QDialog::accept();
}

} // namespace empathy
