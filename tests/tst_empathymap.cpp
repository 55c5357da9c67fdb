// The empathy map: suggestions from the customer's history, accepting, editing, dismissing and removing
// notes, the journey stage, two agents editing at once through a real server (nothing overwritten
// unseen), and the export to PNG and PDF.
#include "CustomerHistoryFixture.h"
#include "EmpathyMapView.h"
#include "history/EmpathySuggestions.h"
#include "models/EmpathyMapModel.h"
#include "models/HistoryModel.h"
#include "protocol/DomainJson.h"
#include "sync/SyncEngine.h"
#include "TestDesk.h"
#include "TestProfile.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

namespace {

const EmpathySuggestion *find(const QList<EmpathySuggestion> &list, const QString &key)
{
    for (const EmpathySuggestion &s : list) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QList<EmpathyNote> shown(Desk &desk, CustomerId customer)
{
    QList<EmpathyNote> out;
    for (const EmpathyNote &note : desk.profile.history().empathyNotes(customer)) {
        if (!note.entry.removed)
            out.append(note);
    }
    return out;
}

QStringList texts(const QList<EmpathyNote> &notes)
{
    QStringList out;
    for (const EmpathyNote &note : notes)
        out << note.entry.text;
    out.sort();
    return out;
}

} // namespace

class TestEmpathyMap : public QObject
{
    Q_OBJECT

private slots:
    void suggestedFromWhatTheCustomerWroteAndDid()
    {
        TestProfile profile;
        CustomerHistoryFixture fixture;
        fixture.writeTo(profile.writer());
        const QList<HistoryItem> history = profile.history().history(CustomerId(1));
        const QList<EmpathySuggestion> suggestions = suggestEmpathy(history, {}, fixture.now());

        const EmpathySuggestion *says = find(suggestions, u"says:m130"_qs);
        QVERIFY(says); // the strongest feeling she wrote, quoted to its first sentence
        QCOMPARE(says->text, u"Order 100482 is a joke."_qs);
        QCOMPARE(says->source, MessageId(130));
        QVERIFY(find(suggestions, u"feels:frustration"_qs));
        QCOMPARE(find(suggestions, u"feels:anger"_qs)->source, MessageId(121));
        QCOMPARE(find(suggestions, u"does:churn:m130"_qs)->quadrant, EmpathyQuadrant::Does);
        const EmpathySuggestion *repeat = find(suggestions, u"does:order:100482"_qs);
        QVERIFY(repeat);
        QCOMPARE(repeat->count, 3);
        QVERIFY(find(suggestions, u"pains:order:100482"_qs));
        QCOMPARE(find(suggestions, u"pains:s3001"_qs)->count, 3); // NPS 3 of 10
        QVERIFY(find(suggestions, u"gains:s3000"_qs));            // CSAT 5 of 5
        QCOMPARE(find(suggestions, u"gains:m103"_qs)->text, u"Thank you, that is great"_qs);
        for (const EmpathySuggestion &s : suggestions)
            QVERIFY2(!s.key.contains(u"m200"_qs), qPrintable(s.key)); // Boris's message is not hers

        // Accepted or dismissed ones are not suggested again.
        EmpathyNote accepted;
        accepted.entry.suggestion = u"says:m130"_qs;
        EmpathyNote dismissed;
        dismissed.entry.suggestion = u"feels:anger"_qs;
        dismissed.entry.removed = true;
        const QList<EmpathySuggestion> after = suggestEmpathy(history, {accepted, dismissed}, fixture.now());
        QVERIFY(!find(after, u"says:m130"_qs));
        QVERIFY(!find(after, u"feels:anger"_qs));
        QVERIFY(!find(suggestions, u"says:m100"_qs)); // at most three a quadrant: the next strongest moves up
        QVERIFY(find(after, u"says:m100"_qs));
    }

    void acceptEditDismissAndRemoveInTheView()
    {
        TestProfile profile;
        CustomerHistoryFixture().writeTo(profile.writer());
        HistoryModel history(profile.history());
        EmpathyMapModel model(profile.history(), history, fixedClock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EmpathyMapView view(model);
        view.resize(600, 500);
        history.setCustomer(CustomerId(1));
        QVERIFY(model.rowCount() > 5);
        QListView *says = view.quadrantList(EmpathyQuadrant::Says);
        QVERIFY(says->model()->rowCount() >= 1);
        QVERIFY(EmpathyMapView::rowText(says->model()->index(0, 0)).contains(u"Suggested: “"_qs));

        // The view asks; here the cache takes what it asks for, as MainWindow does.
        const ConversationId conversation(13);
        connect(&view, &EmpathyMapView::noteWritten, this, [&](const EmpathyEntry &e) {
            profile.writer().queueEmpathyNote(conversation, e, fixedNow());
            history.reload();
        });
        connect(&view, &EmpathyMapView::suggestionDismissed, this, [&](const EmpathyEntry &e) {
            profile.writer().queueEmpathyNote(conversation, e, fixedNow(), true);
            history.reload();
        });
        connect(&view, &EmpathyMapView::noteRemoved, this, [&](EmpathyEntryId id) {
            profile.writer().queueEmpathyRemoval(conversation, id, fixedNow());
            history.reload();
        });
        auto sourceIndex = [&](EmpathyQuadrant quadrant, int row) {
            auto *proxy = static_cast<QAbstractProxyModel *>(view.quadrantList(quadrant)->model());
            return proxy->mapToSource(proxy->index(row, 0));
        };
        view.accept(sourceIndex(EmpathyQuadrant::Says, 0), u"“Order 100482 is a joke.”"_qs);
        for (int row = 0; row < model.rowCount(); ++row) // the suggestion became the note
            QVERIFY(!(model.isSuggestion(row) && model.suggestionAt(row).key == u"says:m130"_qs));
        QModelIndex note = sourceIndex(EmpathyQuadrant::Says, 0);
        QVERIFY(!note.data(EmpathyMapModel::IsSuggestionRole).toBool());
        QCOMPARE(note.data(EmpathyMapModel::SourceMessageRole).toLongLong(), 130);
        QVERIFY(note.data(EmpathyMapModel::PendingRole).toBool());
        QVERIFY(EmpathyMapView::rowText(note).endsWith(u"(saving…)"_qs));
        int notesInTimeline = 0; // the customer's timeline has the note too, as a kind of its own
        for (const HistoryItem &item : history.items())
            notesInTimeline += item.kind == HistoryKind::Note && item.quadrant == EmpathyQuadrant::Says;
        QCOMPARE(notesInTimeline, 1);

        const int feelsBefore = view.quadrantList(EmpathyQuadrant::Feels)->model()->rowCount();
        view.dismiss(sourceIndex(EmpathyQuadrant::Feels, 0));
        QCOMPARE(view.quadrantList(EmpathyQuadrant::Feels)->model()->rowCount(), feelsBefore - 1);
        history.reload();
        QCOMPARE(view.quadrantList(EmpathyQuadrant::Feels)->model()->rowCount(),
                 feelsBefore - 1); // stays gone

        view.remove(sourceIndex(EmpathyQuadrant::Says, 0)); // never sent: it and its operation go
        QCOMPARE(profile.reader().outbox().size(), 1);      // the dismissal only
        QCOMPARE(profile.reader().outbox().front().kind, u"empathy_put"_qs);

        // The stage: shown from the customer, chosen in the combo box.
        QSignalSpy stage(&view, &EmpathyMapView::stageChosen);
        view.stageChooser()->activated(view.stageChooser()->findData(int(JourneyStage::Delivery)));
        QCOMPARE(stage.size(), 1);
        QCOMPARE(stage[0][0].value<JourneyStage>(), JourneyStage::Delivery);
    }

    void exportsPngAndPdf()
    {
        TestProfile profile;
        CustomerHistoryFixture().writeTo(profile.writer());
        HistoryModel history(profile.history());
        EmpathyMapModel model(profile.history(), history, fixedClock());
        EmpathyMapView view(model);
        view.resize(640, 480);
        history.setCustomer(CustomerId(1));
        QTemporaryDir dir;
        const QString png = dir.filePath(u"map.png"_qs);
        const QString pdf = dir.filePath(u"map.pdf"_qs);
        QVERIFY(view.exportPng(png));
        QVERIFY(view.exportPdf(pdf));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(640, 480) * view.devicePixelRatioF());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 2000);
        QVERIFY(!view.exportPng(dir.filePath(u"no/such/dir/map.png"_qs))); // a failure is reported
    }

    void travelsInTheProtocol()
    {
        EmpathyEntry e;
        e.id = EmpathyEntryId(4);
        e.customer = CustomerId(2);
        e.quadrant = EmpathyQuadrant::Pains;
        e.text = u"Late parcel"_qs;
        e.source = MessageId(9);
        e.suggestion = u"pains:order:1"_qs;
        e.revision = 3;
        e.conflictOf = EmpathyEntryId(1);
        e.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QString error;
        const auto back = DomainJson::readEmpathyEntry(DomainJson::write(e), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->quadrant, EmpathyQuadrant::Pains);
        QCOMPARE(back->conflictOf, EmpathyEntryId(1));
        QCOMPARE(back->revision, 3);
        QCOMPARE(back->source, MessageId(9));
        QJsonObject odd = DomainJson::write(e);
        odd.insert(u"quadrant"_qs, u"hopes"_qs);
        QVERIFY(!DomainJson::readEmpathyEntry(odd, &error));
    }

    void twoAgentsEditingAtOnceLoseNothing()
    {
        TestServer server(40);
        Desk lead;
        Desk alex;
        QVERIFY(lead.logIn(server.url(), u"julia"_qs));
        QVERIFY(alex.logIn(server.url(), u"alex"_qs));
        const ConversationId conversation = firstUnassigned(server.seeded());
        const CustomerId customer = alex.profile.reader().inboxRow(conversation)->customer;

        EmpathyEntry note;
        note.quadrant = EmpathyQuadrant::Thinks;
        note.text = u"Thinks we forgot her"_qs;
        alex.profile.writer().queueEmpathyNote(conversation, note, QDateTime::currentDateTimeUtc());
        alex.engine.flushOutbox();
        QTRY_COMPARE(texts(shown(lead, customer)), QStringList{u"Thinks we forgot her"_qs});
        QTRY_VERIFY(shown(alex, customer).front().entry.id.value() > 0);
        const EmpathyEntryId id = shown(lead, customer).front().entry.id;
        QTRY_COMPARE(alex.profile.reader().pendingOperationCount(), 0);

        // Both edit revision 1 before either hears of the other.
        EmpathyEntry mine = shown(alex, customer).front().entry;
        mine.text = u"Thinks we forgot her order"_qs;
        EmpathyEntry theirs = shown(lead, customer).front().entry;
        theirs.text = u"Worried the refund never comes"_qs;
        alex.profile.writer().queueEmpathyNote(conversation, mine, QDateTime::currentDateTimeUtc());
        lead.profile.writer().queueEmpathyNote(conversation, theirs, QDateTime::currentDateTimeUtc());
        alex.engine.flushOutbox();
        QTRY_COMPARE(alex.profile.reader().pendingOperationCount(), 0);
        lead.engine.flushOutbox();
        QTRY_COMPARE(lead.profile.reader().pendingOperationCount(), 0);

        const QStringList both{u"Thinks we forgot her order"_qs, u"Worried the refund never comes"_qs};
        QTRY_COMPARE(texts(shown(alex, customer)), both);
        QTRY_COMPARE(texts(shown(lead, customer)), both);
        int copies = 0;
        for (const EmpathyEntry &e : server.store().empathyEntries(customer))
            copies += e.conflictOf == id;
        QCOMPARE(copies, 1); // the second edit is kept beside the first, marked as written at the same time

        // A removal made on an older revision is refused; the newer words stay, in every client.
        const EmpathyEntry current = server.store().empathyEntry(id).value();
        alex.profile.writer().queueEmpathyRemoval(conversation, id, QDateTime::currentDateTimeUtc());
        EmpathyEntry again = current;
        again.text = u"Thinks we forgot her order, again"_qs;
        lead.profile.writer().queueEmpathyNote(conversation, again, QDateTime::currentDateTimeUtc());
        lead.engine.flushOutbox();
        QTRY_COMPARE(server.store().empathyEntry(id)->revision, current.revision + 1);
        QSignalSpy failed(&alex.engine, &SyncEngine::operationFailed);
        alex.engine.flushOutbox();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed[0][1].toString(), u"conflict"_qs);
        QTRY_VERIFY(texts(shown(alex, customer)).contains(u"Thinks we forgot her order, again"_qs));
        QVERIFY(!server.store().empathyEntry(id)->removed);

        // The journey stage travels with the customer.
        alex.profile.writer().queueJourneyStage(conversation, JourneyStage::Delivery,
                                                QDateTime::currentDateTimeUtc());
        alex.engine.flushOutbox();
        QTRY_COMPARE(lead.profile.history().customer(customer)->customer.journeyStage,
                     JourneyStage::Delivery);
    }
};

QTEST_MAIN(TestEmpathyMap)
#include "tst_empathymap.moc"
