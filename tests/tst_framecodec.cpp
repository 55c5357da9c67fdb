#include "demo/DemoRandom.h"
#include "protocol/FrameCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace empathy;

class TestFrameCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 13; ++i)
            QTest::addRow("frame %d", i) << i;
    }

    void roundTrips()
    {
        QFETCH(int, which);
        const Agent agent{AgentId(7), QStringLiteral("sara"), QStringLiteral("Sara Karimi"), AgentRole::Lead};
        const QList<Frame> frames{
            HelloFrame{1,
                       QStringLiteral("empathy-desk 0.1.0"),
                       {QStringLiteral("sync-pages"), QStringLiteral("ops")}},
            WelcomeFrame{
                1, QStringLiteral("empathy-server 0.1.0"), QStringLiteral("gen-1"), {QStringLiteral("ops")}},
            LoginFrame{QStringLiteral("sara"), QStringLiteral("pässwörd \"quoted\"")},
            ResumeFrame{QStringLiteral("abc123")},
            LogoutFrame{},
            SessionFrame{QStringLiteral("tok"), QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), agent},
            ErrorFrame{ErrorCode::Forbidden, QStringLiteral("no"), QStringLiteral("op-1")},
            SyncFrame{QStringLiteral("gen-1"), 1200, 5000},
            PageFrame{
                QStringLiteral("gen-1"),
                {Change{1201, ChangeKind::Message, QJsonObject{{QStringLiteral("id"), 9}}, QByteArray()},
                 Change{1202, ChangeKind::Conversation, QJsonObject{{QStringLiteral("id"), 3}},
                        QByteArray()}},
                1202,
                250000,
                true},
            ChangesFrame{
                {Change{7, ChangeKind::Customer,
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("مریم")}}, QByteArray()}}},
            ResyncFrame{QStringLiteral("gen-2"), QStringLiteral("generation_changed")},
            OpFrame{QStringLiteral("5b0d"), QStringLiteral("reply"),
                    QJsonObject{{QStringLiteral("conversation"), 42},
                                {QStringLiteral("body"), QStringLiteral("Hi")}}},
            AckFrame{QStringLiteral("5b0d"), QJsonObject{{QStringLiteral("message"), 10042}}, QString(),
                     QString()}};
        const Frame frame = frames.at(which);
        const QByteArray text = FrameCodec::encode(frame);
        QVERIFY(QJsonDocument::fromJson(text).isObject());
        QCOMPARE(FrameCodec::decode(text), frame);
    }

    void refusedAckRoundTrips()
    {
        const AckFrame refused{
            QStringLiteral("op"), {}, QStringLiteral("forbidden"), QStringLiteral("not yours")};
        const Frame back = FrameCodec::decode(FrameCodec::encode(refused));
        QCOMPARE(std::get<AckFrame>(back), refused);
        QVERIFY(!std::get<AckFrame>(back).ok());
    }

    void everyErrorCodeHasAStableKey()
    {
        for (int code = int(ErrorCode::BadMessage); code <= int(ErrorCode::Internal); ++code) {
            const QString key = errorCodeKey(ErrorCode(code));
            QCOMPARE(errorCodeFromKey(key), std::optional<ErrorCode>(ErrorCode(code)));
        }
        QCOMPARE(errorCodeKey(ErrorCode::TokenExpired), QStringLiteral("token_expired"));
        QVERIFY(!errorCodeFromKey(u"nonsense"));
    }

    void badInputBecomesAnErrorFrame_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("code");
        QTest::newRow("not json") << QByteArray("hello?") << int(ErrorCode::BadMessage);
        QTest::newRow("array") << QByteArray("[1,2]") << int(ErrorCode::BadMessage);
        QTest::newRow("no type") << QByteArray("{\"user\":\"a\"}") << int(ErrorCode::BadMessage);
        QTest::newRow("type not string") << QByteArray("{\"type\":3}") << int(ErrorCode::BadMessage);
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"teleport\"}") << int(ErrorCode::UnknownType);
        QTest::newRow("login without password")
            << QByteArray("{\"type\":\"login\",\"user\":\"a\"}") << int(ErrorCode::BadMessage);
        QTest::newRow("protocol as text")
            << QByteArray("{\"type\":\"hello\",\"protocol\":\"1\",\"client\":\"x\"}")
            << int(ErrorCode::BadMessage);
        QTest::newRow("fractional protocol")
            << QByteArray("{\"type\":\"hello\",\"protocol\":1.5,\"client\":\"x\"}")
            << int(ErrorCode::BadMessage);
        QTest::newRow("features not strings")
            << QByteArray("{\"type\":\"hello\",\"protocol\":1,\"client\":\"x\",\"features\":[1]}")
            << int(ErrorCode::BadMessage);
        QTest::newRow("truncated") << QByteArray("{\"type\":\"login\",\"user\":\"al")
                                   << int(ErrorCode::BadMessage);
    }

    void badInputBecomesAnErrorFrame()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, code);
        const Frame frame = FrameCodec::decode(text);
        const auto *error = std::get_if<ErrorFrame>(&frame);
        QVERIFY(error);
        QCOMPARE(int(error->code), code);
        QVERIFY(!error->message.isEmpty());
    }

    void randomAndTruncatedFramesNeverCrash()
    {
        DemoRandom random(1234);
        const QByteArray valid = FrameCodec::encode(
            SessionFrame{QStringLiteral("t"), QDateTime::currentDateTimeUtc(),
                         Agent{AgentId(1), QStringLiteral("a"), QStringLiteral("A"), AgentRole::Agent}});
        int errors = 0;
        for (int i = 0; i < 10000; ++i) {
            QByteArray text;
            if (i % 2 == 0) {
                text = valid.left(random.below(int(valid.size())));
            } else {
                text.resize(random.below(200));
                for (char &c : text)
                    c = char(random.below(256));
            }
            const Frame frame = FrameCodec::decode(text);
            errors += std::holds_alternative<ErrorFrame>(frame) ? 1 : 0;
        }
        QCOMPARE(errors, 10000);
    }
};

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "tst_framecodec.moc"
