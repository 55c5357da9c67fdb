#include "LoginDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace empathy;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    static QLineEdit *field(LoginDialog &dialog, const QString &accessibleName)
    {
        const auto edits = dialog.findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (edit->accessibleName() == accessibleName)
                return edit;
        }
        return nullptr;
    }

private slots:
    void remembersServerAndUserButNeverThePassword()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        {
            LoginDialog dialog(settings);
            dialog.setServer(QUrl(QStringLiteral("ws://support.example.com:8765")));
            QTest::keyClicks(field(dialog, QStringLiteral("User name")), QStringLiteral("alex"));
            QTest::keyClicks(field(dialog, QStringLiteral("Password")), QStringLiteral("s3cret-passw0rd"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.server(), QUrl(QStringLiteral("ws://support.example.com:8765")));
            QCOMPARE(dialog.password(), QStringLiteral("s3cret-passw0rd"));
        }
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("alex"));
        QVERIFY(stored.contains("support.example.com"));
        QVERIFY(!stored.contains("s3cret"));

        LoginDialog again(settings);
        QCOMPARE(again.user(), QStringLiteral("alex"));
        QCOMPARE(again.server().host(), QStringLiteral("support.example.com"));
        QVERIFY(again.password().isEmpty());
    }

    void refusesAddressesThatAreNotWebSockets()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        LoginDialog dialog(settings);
        dialog.show();
        dialog.setServer(QUrl(QStringLiteral("http://support.example.com")));
        QTest::keyClicks(field(dialog, QStringLiteral("User name")), QStringLiteral("alex"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        const auto labels = dialog.findChildren<QLabel *>();
        const bool explained = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("ws://"));
        });
        QVERIFY(explained);
        QVERIFY(!settings.contains(QStringLiteral("login/server")));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
