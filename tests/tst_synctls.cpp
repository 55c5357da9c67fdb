#include "sync/SyncEngine.h"
#include "TestProfile.h"
#include "TestServer.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

// wss:// between desk and server, with a self-signed certificate made for this test.
class TestSyncTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_tls;
    QList<QSslCertificate> m_certificates;

private slots:
    void initTestCase()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "openssl is needed to make a test certificate");
        QProcess make;
        make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                             m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                             m_dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        m_certificates = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(m_certificates.size(), 1);
        QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!key.isNull());
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(m_certificates.front());
        m_tls.setPrivateKey(key);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    void trustedServerSyncsOverWss()
    {
        TestServer server(30);
        server.startSecure(m_tls);
        QCOMPARE(server.url().scheme(), QStringLiteral("wss"));
        TestProfile lead;
        SyncEngine engine(lead.reader(), lead.writer());
        engine.trustCertificates(m_certificates);
        engine.start(server.url(), QStringLiteral("julia"), QStringLiteral("password-julia"));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Online, 30000);
        QCOMPARE(lead.reader().conversationCount(), server.seeded().conversations.size());
    }

    void untrustedServerIsNotTalkedTo()
    {
        TestServer server(5);
        server.startSecure(m_tls);
        TestProfile lead;
        SyncEngine engine(lead.reader(), lead.writer());
        engine.setBackoff(100, 500);
        engine.start(server.url(), QStringLiteral("julia"), QStringLiteral("password-julia"));
        QTRY_VERIFY_WITH_TIMEOUT(!engine.lastError().isEmpty(), 30000);
        QVERIFY(engine.state() != SyncEngine::State::Online);
        QCOMPARE(lead.reader().conversationCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_synctls.moc"
