#include "protocol/ChangeBatch.h"
#include "protocol/FrameCodec.h"
#include "protocol/Operation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace empathy;

namespace {

QJsonObject recorded()
{
    QFile file(QStringLiteral(EMPATHY_TEST_DATA "/protocol-v1-recorded.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// One of every operation, every field set that its kind carries.
QList<Operation> everyOperation()
{
    EmpathyPutOp edit;
    edit.conversation = ConversationId(3);
    edit.quadrant = EmpathyQuadrant::Thinks;
    edit.text = QStringLiteral("Thinks we forgot her order");
    edit.entry = EmpathyEntryId(34);
    edit.baseRevision = 1;
    EmpathyPutOp suggestion;
    suggestion.conversation = ConversationId(13);
    suggestion.quadrant = EmpathyQuadrant::Feels;
    suggestion.text = QStringLiteral("Frustrated");
    suggestion.source = MessageId(130);
    suggestion.suggestion = QStringLiteral("feels:frustration");
    suggestion.dismissed = true;
    return {
        ReplyOp{ConversationId(42), QStringLiteral("Przepraszam, już sprawdzam."), MessagePurpose::Apology},
        AssignOp{ConversationId(20), AgentId(1)},
        StatusOp{ConversationId(11), ConversationStatus::Resolved},
        CorrectSentimentOp{MessageId(910000), SentimentLabel::Negative},
        SetCustomerToneOp{ConversationId(3), PreferredTone::Warm},
        CompensateOp{ConversationId(18), CompensationKind::Discount, QStringLiteral("late parcel"),
                     OrderId(11), 15, Money{}},
        DecideCompensationOp{CompensationId(1), true, QStringLiteral("loyal customer")},
        ReverseCompensationOp{CompensationId(1), QStringLiteral("granted twice by phone")},
        edit,
        suggestion,
        EmpathyRemoveOp{ConversationId(3), EmpathyEntryId(34), 2},
        SetJourneyStageOp{ConversationId(3), JourneyStage::Delivery},
        HandleAlertOp{AlertId(5), HandleAlertOp::Action::Reassign, AgentId(2)},
        PrivateNoteOp{ConversationId(21), QStringLiteral("Offer the voucher, please.")}};
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private slots:
    void everyKindIsOneTypeWithItsOwnKey()
    {
        const QStringList kinds = operationKinds();
        QCOMPARE(kinds.size(), qsizetype(std::variant_size_v<Operation>));
        QCOMPARE(QSet<QString>(kinds.cbegin(), kinds.cend()).size(), kinds.size());
        for (const QString &kind : kinds)
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(kind).hasMatch(),
                     qPrintable(kind));
    }

    // docs/protocol.md lists every kind the code knows, and the code every kind it lists.
    void theProtocolDocumentListsEveryKind()
    {
        QFile file(QStringLiteral(EMPATHY_SOURCE_DIR "/docs/protocol.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(file.readAll());
        const auto line = QRegularExpression(QStringLiteral("Kinds in version 1: ([^.]+)\\.")).match(doc);
        QVERIFY2(line.hasMatch(), "docs/protocol.md names the operation kinds in one sentence");
        QStringList documented;
        auto names = QRegularExpression(QStringLiteral("`([a-z_]+)`")).globalMatch(line.captured(1));
        while (names.hasNext())
            documented.append(names.next().captured(1));
        QStringList known = operationKinds();
        documented.sort();
        known.sort();
        QCOMPARE(documented, known);
    }

    void roundTrips_data()
    {
        QTest::addColumn<int>("which");
        const QList<Operation> operations = everyOperation();
        for (int i = 0; i < operations.size(); ++i)
            QTest::addRow("%d %s", i, qPrintable(kindOf(operations[i]))) << i;
    }

    void roundTrips()
    {
        QFETCH(int, which);
        const Operation operation = everyOperation().at(which);
        // Through the wire's text, as a frame.
        const OpFrame sent{QStringLiteral("op-1"), kindOf(operation), dataOf(operation)};
        const auto frame = FrameCodec::decode(FrameCodec::encode(sent));
        const auto *received = std::get_if<OpFrame>(&frame);
        QVERIFY(received);
        QString error;
        const auto decoded = decodeOperation(received->kind, received->data, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, operation);
    }

    void badDataIsRefusedInWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("no conversation") << QStringLiteral("reply") << QStringLiteral(R"({"body":"hi"})")
                                         << QStringLiteral("\"conversation\" must be a whole number");
        QTest::newRow("conversation as text")
            << QStringLiteral("status") << QStringLiteral(R"({"conversation":"7","status":"open"})")
            << QStringLiteral("\"conversation\" must be a whole number");
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QStringLiteral(R"({"conversation":7,"status":"closed"})")
            << QStringLiteral("status is open, pending or resolved");
        QTest::newRow("unknown purpose")
            << QStringLiteral("reply")
            << QStringLiteral(R"({"conversation":7,"body":"x","purpose":"survey"})")
            << QStringLiteral("purpose is plain or apology");
        QTest::newRow("unknown compensation")
            << QStringLiteral("compensate")
            << QStringLiteral(R"({"conversation":7,"kind":"cash","reason":"x"})")
            << QStringLiteral(
                   "kind is discount, voucher, free_shipping, gift, partial_refund or full_refund");
        QTest::newRow("decision") << QStringLiteral("decide_compensation")
                                  << QStringLiteral(R"({"compensation":1,"decision":"maybe"})")
                                  << QStringLiteral("decision is approve or deny");
        QTest::newRow("alert action")
            << QStringLiteral("handle_alert") << QStringLiteral(R"({"alert":1,"action":"ignore"})")
            << QStringLiteral("action is acknowledge, take_over or reassign");
        QTest::newRow("body as number")
            << QStringLiteral("private_note") << QStringLiteral(R"({"conversation":1,"body":5})")
            << QStringLiteral("\"body\" must be a string");
        QTest::newRow("unknown kind") << QStringLiteral("teleport") << QStringLiteral("{}")
                                      << QStringLiteral("unknown operation kind \"teleport\"");
    }

    void badDataIsRefusedInWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, data);
        QFETCH(QString, error);
        QString said;
        QVERIFY(!decodeOperation(kind, parsed(data), &said));
        QCOMPARE(said, error);
    }

    // Frames recorded from the 0.1.0 build (tests/data/protocol-v1-recorded.json): every operation kind the
    // desks and test clients sent, read by the types and written again exactly as they were.
    void recordedOperationsReadAndWriteTheSame()
    {
        const QJsonArray operations = recorded().value(QStringLiteral("operations")).toArray();
        QVERIFY(!operations.isEmpty());
        QSet<QString> kinds;
        for (const QJsonValue &value : operations) {
            const QJsonObject entry = value.toObject();
            const QString kind = entry.value(QStringLiteral("kind")).toString();
            const Frame opFrame = FrameCodec::decode(entry.value(QStringLiteral("op")).toString().toUtf8());
            const auto *op = std::get_if<OpFrame>(&opFrame);
            QVERIFY2(op, qPrintable(kind));
            QCOMPARE(op->kind, kind);
            const Frame ackFrame = FrameCodec::decode(entry.value(QStringLiteral("ack")).toString().toUtf8());
            const auto *ack = std::get_if<AckFrame>(&ackFrame);
            QVERIFY2(ack, qPrintable(kind));
            QCOMPARE(ack->id, op->id);
            QString error;
            const auto operation = decodeOperation(op->kind, op->data, &error);
            if (!operation) { // data 0.1.0 refused as invalid is refused by the type, in the same words
                QCOMPARE(ack->errorCode, errorCodeKey(ErrorCode::Invalid));
                QCOMPARE(error, ack->errorMessage);
                continue;
            }
            QCOMPARE(kindOf(*operation), kind);
            QCOMPARE(dataOf(*operation), op->data);
            if (ack->ok()) {
                const auto typed = decodeAck(kind, ack->result, &error);
                QVERIFY2(typed, qPrintable(kind + QStringLiteral(" ack: ") + error));
                QCOMPARE(std::visit([](const auto &a) { return a.toJson(); }, *typed), ack->result);
            } else {
                QVERIFY2(errorCodeFromKey(ack->errorCode).has_value(), qPrintable(ack->errorCode));
                QVERIFY(!ack->errorMessage.isEmpty());
            }
            kinds.insert(kind);
        }
        const QStringList all = operationKinds();
        QCOMPARE(kinds, QSet<QString>(all.cbegin(), all.cend()));
    }

    // A cache's outbox written by the 0.1.0 desk still sends: its rows read as operations (the fields
    // only that desk kept, such as a reply's local id, are left behind) and go out as that desk sent them.
    void recordedOutboxRowsStillSend()
    {
        const QJsonArray rows = recorded().value(QStringLiteral("outbox")).toArray();
        QVERIFY(!rows.isEmpty());
        const QStringList localOnly{QStringLiteral("local_id"), QStringLiteral("author"),
                                    QStringLiteral("sent_at")};
        for (const QJsonValue &value : rows) {
            const QString kind = value[QStringLiteral("kind")].toString();
            QJsonObject payload = parsed(value[QStringLiteral("payload")].toString());
            QString error;
            const auto operation = decodeOperation(kind, payload, &error);
            QVERIFY2(operation, qPrintable(kind + QStringLiteral(": ") + error));
            for (const QString &field : localOnly)
                payload.remove(field);
            QCOMPARE(dataOf(*operation), payload);
        }
    }

    // The handshake, pages, pushes of every change kind and the error frames of 0.1.0 read without a
    // problem, and every change lands in the batch the cache stores.
    void recordedFramesRead()
    {
        const QJsonArray frames = recorded().value(QStringLiteral("frames")).toArray();
        QVERIFY(frames.size() > 10);
        QSet<ChangeKind> kinds;
        for (const QJsonValue &value : frames) {
            const QByteArray text = value[QStringLiteral("text")].toString().toUtf8();
            const Frame frame = FrameCodec::decode(text);
            if (const auto *error = std::get_if<ErrorFrame>(&frame)) {
                // Recorded error frames are errors the server sent, each with a known code.
                QVERIFY2(parsed(QString::fromUtf8(text)).value(QStringLiteral("type")).toString() == u"error",
                         qPrintable(error->message));
                QVERIFY(errorCodeFromKey(parsed(QString::fromUtf8(text))[QStringLiteral("code")].toString()));
                continue;
            }
            QCOMPARE(FrameCodec::decode(FrameCodec::encode(frame)), frame);
            const auto *changes = std::get_if<ChangesFrame>(&frame);
            if (!changes)
                continue;
            const ChangeBatch batch = ChangeBatch::from(changes->changes);
            QVERIFY2(batch.problems.isEmpty(), qPrintable(batch.problems.join(u'\n')));
            for (const Change &change : changes->changes)
                kinds.insert(change.kind);
        }
        QCOMPARE(kinds.size(), 9); // customer, conversation, message, order, survey, compensation,
                                   // empathy, agent, alert
        QVERIFY(!kinds.contains(ChangeKind::Unknown));
    }

    // A newer server's change of a kind this build does not know is skipped and named, never applied.
    void anUnknownChangeKindIsSkippedAndSaid()
    {
        const Frame frame = FrameCodec::decode(
            R"({"type":"changes","changes":[{"seq":5,"kind":"hologram","data":{"id":1}},)"
            R"({"seq":6,"kind":"agent","data":{"id":2,"login":"ana","name":"Ana","role":"agent"}}]})");
        const auto *changes = std::get_if<ChangesFrame>(&frame);
        QVERIFY(changes);
        QCOMPARE(changes->changes.at(0).kind, ChangeKind::Unknown);
        const ChangeBatch batch = ChangeBatch::from(changes->changes);
        QCOMPARE(batch.agents.size(), 1);
        QCOMPARE(batch.problems.size(), 1);
        QVERIFY(batch.problems.front().startsWith(QStringLiteral("change 5 (unknown kind)")));
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
