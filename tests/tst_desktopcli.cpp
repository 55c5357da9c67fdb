#include "cache/CacheFile.h"
#include "ProcessRun.h"
#include "sql/SqliteStatement.h"

#include <QCryptographicHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace empathy;

// Runs the real empathy-desk executable the way users and scripts/run do.
class TestDesktopCli : public QObject
{
    Q_OBJECT

private:
    using Result = empathy::test::ProcessResult;

    static Result run(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return empathy::test::runProcess(QStringLiteral(EMPATHY_DESK_BINARY), arguments, {}, env);
    }

private slots:
    void versionAndHelp()
    {
        const Result version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("empathy-desk ")));
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--generate-demo")));
        QVERIFY(help.out.contains(QStringLiteral("--screenshot")));
    }

    void badInputIsExplained()
    {
        const Result unknown = run({QStringLiteral("--frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        const Result badNumber = run({QStringLiteral("--generate-demo"), QStringLiteral("lots")});
        QCOMPARE(badNumber.exitCode, 2);
        QVERIFY(badNumber.err.contains(QStringLiteral("--generate-demo")));
        const Result badProfile = run({QStringLiteral("--profile"), QStringLiteral("../etc")});
        QCOMPARE(badProfile.exitCode, 2);
    }

    void generatesThenScreenshots()
    {
        QTemporaryDir dir;
        const Result generated =
            run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--profile"),
                 QStringLiteral("shop"), QStringLiteral("--generate-demo"), QStringLiteral("300")});
        QCOMPARE(generated.exitCode, 0);
        QVERIFY(generated.out.contains(QStringLiteral("300 conversations")));
        // A second fill of the same profile is refused rather than mixed in.
        const Result again =
            run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--profile"),
                 QStringLiteral("shop"), QStringLiteral("--generate-demo"), QStringLiteral("10")});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("already holds 300")));

        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Result shot = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--profile"),
                                 QStringLiteral("shop"), QStringLiteral("--screenshot"), png});
        QCOMPARE(shot.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // Not a blank picture: the inbox rows put many colours on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 50);
    }

    void sameSeedAndTimeGiveTheSameProfile()
    {
        QTemporaryDir dir;
        QStringList hashes;
        for (const QString &profile : {QStringLiteral("a"), QStringLiteral("b")}) {
            const Result made = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--profile"),
                                     profile, QStringLiteral("--generate-demo"), QStringLiteral("120"),
                                     QStringLiteral("--seed"), QStringLiteral("9"),
                                     QStringLiteral("--demo-now"), QStringLiteral("2026-03-16T10:30:00Z")});
            QCOMPARE(made.exitCode, 0);
            CacheOpening opening =
                CacheFile::open(dir.filePath(QStringLiteral("profiles/%1.sqlite").arg(profile)));
            auto rows =
                opening.db->prepare("SELECT id, conversation_id, body, sent_at FROM messages ORDER BY id");
            QCryptographicHash hash(QCryptographicHash::Sha256);
            while (rows.step())
                hash.addData(QStringLiteral("%1|%2|%3|%4;")
                                 .arg(rows.int64(0))
                                 .arg(rows.int64(1))
                                 .arg(rows.text(2))
                                 .arg(rows.int64(3))
                                 .toUtf8());
            hashes << QString::fromLatin1(hash.result().toHex());
        }
        QCOMPARE(hashes.at(0), hashes.at(1));
        const Result bad = run({QStringLiteral("--generate-demo"), QStringLiteral("5"),
                                QStringLiteral("--demo-now"), QStringLiteral("yesterday")});
        QCOMPARE(bad.exitCode, 2);
    }

    void demoRunsALiveServerAndSyncs()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("demo.png"));
        const Result demo =
            run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--demo"),
                 QStringLiteral("--demo-size"), QStringLiteral("60"), QStringLiteral("--demo-rate"),
                 QStringLiteral("5"), QStringLiteral("--screenshot"), png});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(demo.out.contains(QStringLiteral("Demo server at ws://127.0.0.1:")));
        QVERIFY(!QImage(png).isNull());
        CacheOpening opening = CacheFile::open(dir.filePath(QStringLiteral("profiles/demo.sqlite")));
        QVERIFY(opening.db->scalar("SELECT count(*) FROM conversations") > 0);
        // Simulated customers wrote while the client watched: conversations beyond the 60 seeded ones.
        QVERIFY(opening.db->scalar("SELECT max(id) FROM conversations") > 60);
        // The demo server stopped with the app, cleanly.
        QFile log(dir.filePath(QStringLiteral("demo-server/server.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("\"event\":\"stopped\""));
    }

    void generatedDemoProfileMakesWayForTheSyncedOne()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--generate-demo"),
                      QStringLiteral("80")})
                     .exitCode,
                 0);
        const Result demo = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--demo"),
                                 QStringLiteral("--demo-size"), QStringLiteral("30"),
                                 QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("d.png"))});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(demo.out.contains(QStringLiteral("starts afresh")));
        CacheOpening opening = CacheFile::open(dir.filePath(QStringLiteral("profiles/demo.sqlite")));
        auto generation = opening.db->prepare("SELECT value FROM meta WHERE key = 'sync_generation'");
        QVERIFY(generation.step());
        QVERIFY(!generation.text(0).isEmpty());
        QVERIFY(opening.db->scalar("SELECT count(*) FROM conversations") < 80);
    }

    void newerCacheIsRefusedWithAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles/future.sqlite"));
        {
            CacheOpening opening = CacheFile::open(path);
            QVERIFY(opening.isUsable());
            opening.db->exec("PRAGMA user_version = 500");
        }
        const Result result = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--profile"),
                                   QStringLiteral("future"), QStringLiteral("--screenshot"),
                                   dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QStringLiteral("newer version")));
    }
};

QTEST_MAIN(TestDesktopCli)
#include "tst_desktopcli.moc"
