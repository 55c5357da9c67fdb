#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QSettings;

namespace empathy {

// Asks where to connect and as whom. The server address and the user name are remembered in the
// settings; the password never is (a session token, kept in the cache, spares typing it next time).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(QSettings &settings, QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    void setError(const QString &message);
    QUrl server() const;
    QString user() const;
    QString password() const;

    void accept() override;

private:
    void validate();

    QSettings &m_settings;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace empathy
