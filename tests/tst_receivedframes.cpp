#include "demo/DemoGenerator.h"
#include "protocol/ChangeBatch.h"
#include "protocol/DomainJson.h"
#include "protocol/FrameCodec.h"
#include "protocol/ReceivedFrameDecoder.h"
#include "protocol/WireTime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace empathy;

namespace {

// A batch written back in the wire form, so two batches compare member by member.
QJsonObject wire(const ChangeBatch &changes)
{
    QJsonObject out;
    const auto list = [&out](const char *name, const auto &objects) {
        QJsonArray array;
        for (const auto &object : objects)
            array.append(DomainJson::write(object));
        out.insert(QLatin1String(name), array);
    };
    list("customers", changes.batch.customers);
    list("conversations", changes.batch.conversations);
    list("messages", changes.batch.messages);
    list("orders", changes.batch.orders);
    list("surveys", changes.batch.surveys);
    list("compensations", changes.batch.compensations);
    list("empathy", changes.batch.empathyEntries);
    list("alerts", changes.batch.alerts);
    list("agents", changes.agents);
    out.insert(QStringLiteral("problems"), QJsonArray::fromStringList(changes.problems));
    return out;
}

// What the desk made of a frame before: FrameCodec, then ChangeBatch from the frame's changes.
ReceivedFrame throughFrameCodec(const QByteArray &text)
{
    ReceivedFrame out{FrameCodec::decode(text), {}};
    if (auto *page = std::get_if<PageFrame>(&out.frame)) {
        out.changes = ChangeBatch::from(page->changes);
        page->changes.clear();
    } else if (auto *push = std::get_if<ChangesFrame>(&out.frame)) {
        out.changes = ChangeBatch::from(push->changes);
        if (!push->changes.isEmpty())
            push->changes = {Change{push->changes.back().seq, push->changes.back().kind, {}, {}}};
    }
    return out;
}

void compareDecoders(const QByteArray &text)
{
    ReceivedFrameDecoder decoder;
    const ReceivedFrame fast = decoder.decode(QString::fromUtf8(text));
    const ReceivedFrame before = throughFrameCodec(text);
    QCOMPARE(FrameCodec::typeOf(fast.frame), FrameCodec::typeOf(before.frame));
    if (const auto *page = std::get_if<PageFrame>(&fast.frame)) {
        const auto &other = std::get<PageFrame>(before.frame);
        QCOMPARE(page->generation, other.generation);
        QCOMPARE(page->last, other.last);
        QCOMPARE(page->head, other.head);
        QCOMPARE(page->more, other.more);
        QVERIFY(page->changes.isEmpty());
    } else if (const auto *push = std::get_if<ChangesFrame>(&fast.frame)) {
        const auto &other = std::get<ChangesFrame>(before.frame);
        QCOMPARE(push->changes.size(), other.changes.size());
        if (!push->changes.isEmpty()) {
            QCOMPARE(push->changes.back().seq, other.changes.back().seq);
            QCOMPARE(push->changes.back().kind, other.changes.back().kind);
        }
    } else {
        QCOMPARE(fast.frame, before.frame);
    }
    QCOMPARE(wire(fast.changes), wire(before.changes));
}

} // namespace

// The desk reads pages and pushes with simdjson (ReceivedFrameDecoder); whatever it is given, it must
// make of it exactly what FrameCodec and ChangeBatch make.
class TestReceivedFrames : public QObject
{
    Q_OBJECT

private slots:
    void recordedFramesReadAlike()
    {
        QFile file(QStringLiteral(EMPATHY_TEST_DATA "/protocol-v1-recorded.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray frames = QJsonDocument::fromJson(file.readAll())[QStringLiteral("frames")].toArray();
        QVERIFY(!frames.isEmpty());
        for (const QJsonValue &frame : frames)
            compareDecoders(frame[QStringLiteral("text")].toString().toUtf8());
    }

    // A generated page: customers, conversations, messages in five languages, orders, surveys.
    void aGeneratedPageReadsAlike()
    {
        QList<PhraseBook> books;
        for (Language language : supportedLanguages)
            books.append(*PhraseBook::load(language));
        DemoOptions options;
        options.seed = 5;
        options.now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        DemoGenerator generator(options, books);
        const DataBatch batch = generator.next(60);
        QList<Change> changes;
        qint64 seq = 0;
        const auto add = [&](ChangeKind kind, const QJsonObject &data) {
            changes.append(Change{++seq, kind, data, {}});
        };
        for (const Agent &a : generator.agents())
            add(ChangeKind::Agent, DomainJson::write(a));
        for (const Customer &c : batch.customers)
            add(ChangeKind::Customer, DomainJson::write(c));
        for (const Conversation &c : batch.conversations)
            add(ChangeKind::Conversation, DomainJson::write(c));
        for (const Message &m : batch.messages)
            add(ChangeKind::Message, DomainJson::write(m));
        for (const Order &o : batch.orders)
            add(ChangeKind::Order, DomainJson::write(o));
        for (const SurveyAnswer &a : batch.surveys)
            add(ChangeKind::Survey, DomainJson::write(a));
        // A later state of an object replaces the earlier one in both.
        Conversation changed = batch.conversations.front();
        changed.status = ConversationStatus::Resolved;
        add(ChangeKind::Conversation, DomainJson::write(changed));
        compareDecoders(FrameCodec::encode(PageFrame{QStringLiteral("gen"), changes, seq, seq + 10, true}));
        compareDecoders(FrameCodec::encode(ChangesFrame{changes.mid(0, 40)}));
    }

    // Bad objects are skipped and said, a newer server's kind too; the rest arrives.
    void problemsAreTheSame()
    {
        compareDecoders(
            R"({"type":"changes","changes":[)"
            R"({"seq":1,"kind":"message","data":{"id":"seven"}},)"
            R"({"seq":2,"kind":"hologram","data":{"id":1}},)"
            R"({"seq":3,"kind":"agent","data":{"id":2,"login":"ana","name":"Ana","role":"agent"}},)"
            R"({"seq":4,"kind":"order","data":{"id":5,"customer":1,"number":"1","total_minor":5.5,)"
            R"("currency":"EUR","placed_at":"yesterday"}},)"
            // numbers of another type than written: whole where a fraction is allowed and back
            R"({"seq":5,"kind":"alert","data":{"id":9,"kind":"strong_anger","conversation":1,)"
            R"("customer":1,"raised_at":"2026-03-01T09:00:00.000Z","state":"open","strength":1,)"
            R"("valence":-1,"baseline_messages":5.5,"baseline_mean":0}}]})");
    }

    // What is not a page or push, or not well-formed, reads as FrameCodec reads it (errors included).
    void everythingElseGoesThroughFrameCodec_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("welcome") << QByteArray(
            R"({"type":"welcome","protocol":1,"server":"s","generation":"g",)"
            R"("features":["ops"]})");
        QTest::newRow("ack") << QByteArray(R"({"type":"ack","id":"x","result":{"seq":4}})");
        QTest::newRow("not json") << QByteArray("{\"type\":\"page\",");
        QTest::newRow("page without more")
            << QByteArray(R"({"type":"page","generation":"g","last":1,"head":1,)"
                          R"("changes":[]})");
        QTest::newRow("change without data")
            << QByteArray(R"({"type":"changes","changes":[{"seq":1,"kind":"agent"}]})");
        QTest::newRow("empty push") << QByteArray(R"({"type":"changes","changes":[]})");
    }

    void everythingElseGoesThroughFrameCodec()
    {
        QFETCH(QByteArray, text);
        compareDecoders(text);
    }

    void wireTimesReadAsQDateTimeReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"2026-03-01T09:00:00.123Z", "1999-12-31T23:59:59.999Z", "2024-02-29T00:00:00.000Z",
              "2026-03-01T09:00:00Z", "2026-03-01T10:00:00.500+01:00", "2023-02-29T00:00:00.000Z",
              "2026-13-01T00:00:00.000Z", "2026-03-01T24:00:00.000Z", "yesterday", ""})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void wireTimesReadAsQDateTimeReadsThem()
    {
        QFETCH(QString, text);
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        const QDateTime read = readWireTime(text);
        QCOMPARE(read.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(read, expected);
            QCOMPARE(read.timeSpec(), Qt::UTC);
            QCOMPARE(readWireTime(wireTime(read)), read);
        }
    }
};

QTEST_GUILESS_MAIN(TestReceivedFrames)
#include "tst_receivedframes.moc"
