#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QWebSocket>

namespace empathy::bench {

// An agent's connection as the server sees it, without the desk behind it: says hello, logs in, and
// resumes from the head of the log as a desk synced on an earlier day resumes from its cursor (its first
// page only tells the head), then stays live and receives every frame the server pushes. The server's
// work for it while live is the same as for a desk; the desk's own work (its cache) is left out, because
// on a team it runs on the agent's own computer, not next to the server. For load on the server when the
// benchmark machine cannot also carry hundreds of desks. (Hundreds of desks syncing a whole log at once
// are not this: the initial sync is measured on its own, and the log a live test grows while its clients
// join would make the join the measure.)
class WireClient : public QObject
{
    Q_OBJECT

public:
    // The sessions a worker's clients share: one client of a user logs in with the password, the others
    // resume its session, as a desk coming back does (so a benchmark about sync does not measure Argon2).
    struct Sessions
    {
        QHash<QString, QString> tokens; // user -> token
        QSet<QString> loggingIn;
    };

    WireClient(const QUrl &server, const QString &user, const QString &password, Sessions *sessions = nullptr,
               QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    // Why the client gave up (an error frame, a closed socket); empty while all is well.
    const QString &failure() const { return m_failure; }
    // Live pushes received since it came online.
    qint64 pushesReceived() const { return m_pushes; }

private:
    void received(const QString &text);
    void authenticate();
    void send(const QByteArray &frame);
    void fail(const QString &why);

    QWebSocket m_socket;
    QString m_user;
    QString m_password;
    QString m_generation;
    bool m_online = false;
    bool m_loggedIn = false;
    Sessions *m_sessions;
    bool m_loggingIn = false; // this client logs in for its user's others
    int m_attempts = 0;
    QUrl m_url;
    qint64 m_cursor = 0;
    QString m_failure;
    qint64 m_pushes = 0;
};

} // namespace empathy::bench
