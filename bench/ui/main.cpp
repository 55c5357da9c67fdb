// empathy-bench-ui: how fast the workstation's views open (scripts/bench ui).
//
// history_open_ms: the customer history panel opening for a customer with 5,000 history items (messages
// on four channels, orders, survey answers): reading the history, computing the figures and the
// sentiment curve, laying out and painting the panel with its chart and timeline. Two such customers are
// opened in turn, so every opening reads and paints everything again.
//
// wall_refresh_ms and alert_latency_p99_ms: the supervisor view (see WallRefresh.h and AlertLatency.h).
#include "AlertLatency.h"
#include "BenchReport.h"
#include "cache/CacheFile.h"
#include "cache/CacheWriter.h"
#include "cache/HistoryReader.h"
#include "ChannelIcons.h"
#include "CustomerPanel.h"
#include "domain/Clock.h"
#include "models/EmpathyMapModel.h"
#include "models/HistoryModel.h"
#include "Stats.h"
#include "WallRefresh.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace empathy;
using namespace empathy::bench;

namespace {

constexpr qint64 minuteMs = 60 * 1000;

// A customer with `items` history entries: 80 % messages in conversations of 20 on four channels, 10 %
// orders, 10 % survey answers, spread over the last year before `now`.
void addCustomer(DataBatch &batch, qint64 customerId, int items, const QDateTime &now, qint64 &nextId)
{
    Customer customer;
    customer.id = CustomerId(customerId);
    customer.displayName = QStringLiteral("Customer %1").arg(customerId);
    customer.firstName = customer.displayName;
    customer.preferredLanguage = Language::English;
    customer.identities = {{IdentityKind::Email, QStringLiteral("c%1@example.com").arg(customerId)}};
    customer.createdAt = now.addDays(-400);
    batch.customers.append(customer);
    const int messages = items * 8 / 10;
    const int orders = items / 10;
    const int surveys = items - messages - orders;
    const qint64 span = 365LL * 24 * 60 * minuteMs;
    const Channel channels[] = {Channel::Email, Channel::WebChat, Channel::Telegram, Channel::Phone};
    ConversationId conversation;
    for (int i = 0; i < messages; ++i) {
        const QDateTime at = now.addMSecs(-span + span * i / messages);
        if (i % 20 == 0) {
            Conversation c;
            c.id = ConversationId(++nextId);
            c.customer = customer.id;
            c.channel = channels[(i / 20) % 4];
            c.status = ConversationStatus::Resolved;
            c.language = Language::English;
            c.createdAt = at;
            batch.conversations.append(c);
            conversation = c.id;
        }
        Message m;
        m.id = MessageId(++nextId);
        m.conversation = conversation;
        m.direction = i % 2 ? Direction::Outbound : Direction::Inbound;
        m.author = i % 2 ? AgentId(1) : AgentId();
        m.body = i % 2 ? QStringLiteral("We are looking into order #%1 right now.").arg(100000 + i % 97)
                       : QStringLiteral("Where is my order #%1? It has been days.").arg(100000 + i % 97);
        m.sentAt = at;
        m.language = Language::English;
        if (m.direction == Direction::Inbound) {
            const float valence = float((i * 37) % 200 - 100) / 100.0f;
            m.sentiment.valence = valence;
            m.sentiment.label = labelOfValence(valence);
        }
        batch.messages.append(m);
    }
    for (int i = 0; i < orders; ++i)
        batch.orders.append(Order{OrderId(++nextId), customer.id, QString::number(100000 + i),
                                  Money{1999 + i, QStringLiteral("EUR")}, QStringLiteral("Shoes"),
                                  now.addMSecs(-span + span * i / orders)});
    for (int i = 0; i < surveys; ++i) {
        SurveyAnswer s;
        s.id = SurveyAnswerId(++nextId);
        s.customer = customer.id;
        s.kind = i % 2 ? SurveyKind::Nps : SurveyKind::Csat;
        s.score = i % 2 ? i % 11 : 1 + i % 5;
        s.answeredAt = now.addMSecs(-span + span * i / surveys);
        batch.surveys.append(s);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Write the figures here."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("items"), QStringLiteral("History items per customer."),
                      QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Openings measured."), QStringLiteral("n"),
                      QStringLiteral("40")});
    parser.addOption({QStringLiteral("part"),
                      QStringLiteral("Run only one part: history, wall or alerts (default: all)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("agents"), QStringLiteral("Agents' clients in the alert test."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Customer messages a second in the alert test."),
                      QStringLiteral("n"), QStringLiteral("500")});
    parser.addOption(
        {QStringLiteral("logins"),
         QStringLiteral("Demo-team logins the alert test's clients use in turn (default: the agents)."),
         QStringLiteral("list"), QStringLiteral("alex,kasia,ioana,dmitry,sara,tom,olga,radu,nima")});
    parser.addOption({QStringLiteral("agent-clients"),
                      QStringLiteral("How the alert test runs the agents: wire (their connections, the "
                                     "server's whole load) or desks (a cache and sync engine each, on this "
                                     "machine too)."),
                      QStringLiteral("wire|desks"), QStringLiteral("wire")});
    parser.process(app);
    const QString agentClients = parser.value(QStringLiteral("agent-clients"));
    if (agentClients != u"wire" && agentClients != u"desks") {
        std::fprintf(stderr, "--agent-clients is wire or desks\n");
        return 2;
    }
    const QString part = parser.value(QStringLiteral("part"));
    if (!part.isEmpty() && part != u"history" && part != u"wall" && part != u"alerts") {
        std::fprintf(stderr, "--part is history, wall or alerts\n");
        return 2;
    }
    const int items = std::max(10, parser.value(QStringLiteral("items")).toInt());
    const int repeat = std::max(2, parser.value(QStringLiteral("repeat")).toInt());

    QTemporaryDir dir;
    CacheOpening opening = CacheFile::open(dir.filePath(QStringLiteral("ui.sqlite")));
    if (!opening.isUsable()) {
        std::fprintf(stderr, "%s\n", qPrintable(opening.message));
        return 1;
    }
    BenchReport report(QStringLiteral("ui"));
    try {
        if (part.isEmpty() || part == u"history") {
            const QDateTime now = systemClock()();
            {
                DataBatch batch;
                qint64 nextId = 1000;
                addCustomer(batch, 1, items, now, nextId);
                addCustomer(batch, 2, items, now, nextId);
                CacheWriter(*opening.db).writeBatch(batch);
            }

            HistoryReader reader(*opening.db);
            HistoryModel model(reader);
            EmpathyMapModel empathy(reader, model, [now] { return now; }); // suggestions are part of opening
            ChannelIcons icons;
            CustomerPanel panel(model, empathy, icons, [now] { return now; });
            panel.resize(420, 860);
            panel.show();
            QCoreApplication::processEvents();

            auto openOnce = [&](CustomerId id) {
                QElapsedTimer timer;
                timer.start();
                panel.showCustomer(id);
                const QPixmap painted = panel.grab(); // lays out and paints the chart and the visible rows
                QCoreApplication::processEvents();
                if (painted.isNull() || model.items().size() != items)
                    throw std::runtime_error("the panel did not show the whole history");
                return double(timer.nsecsElapsed()) / 1e6;
            };
            openOnce(CustomerId(1)); // warm-up: fonts, icons, statements
            openOnce(CustomerId(2));
            QList<double> samples;
            for (int i = 0; i < repeat; ++i)
                samples.append(openOnce(CustomerId(1 + i % 2)));

            report.addAtMost(QStringLiteral("history_open_ms"), percentile(samples, 0.95),
                             QStringLiteral("ms"), 100);
            report.add(QStringLiteral("history_open_p50_ms"), percentile(samples, 0.5), QStringLiteral("ms"));
            report.add(QStringLiteral("history_items"), items, QStringLiteral("items"));
        }
        if (part.isEmpty() || part == u"wall") {
            // 2,000 open conversations, 50 changes a second, 10 s at 60 frames a second.
            const WallFrames wall = measureWallRefresh(dir.path(), 2000, 50, 10);
            const QList<double> &frames = wall.frameMs;
            report.add(QStringLiteral("wall_model_refresh_p50_ms"), percentile(wall.refreshMs, 0.5),
                       QStringLiteral("ms"));
            report.addAtMost(QStringLiteral("wall_refresh_ms"), percentile(frames, 0.99),
                             QStringLiteral("ms"), 8);
            report.add(QStringLiteral("wall_refresh_p50_ms"), percentile(frames, 0.5), QStringLiteral("ms"));
        }
        if (part.isEmpty() || part == u"alerts") {
            const int agents = std::max(1, parser.value(QStringLiteral("agents")).toInt());
            const double rate = std::max(1.0, parser.value(QStringLiteral("rate")).toDouble());
            const AgentClients kind = agentClients == u"desks" ? AgentClients::Desks : AgentClients::Wire;
            std::printf("alerts: %d agents (%s), %g customer messages a second…\n", agents,
                        qPrintable(agentClients), rate);
            std::fflush(stdout);
            const AlertLatency latency = measureAlertLatency(dir.path(), agents, kind, rate, 4, 10000,
                                                             parser.value(QStringLiteral("logins")));
            report.addAtLeast(QStringLiteral("alert_agents_online"), latency.agentsOnline,
                              QStringLiteral("n"), agents);
            if (!latency.latenciesMs.isEmpty()) {
                report.addAtMost(QStringLiteral("alert_latency_p99_ms"),
                                 percentile(latency.latenciesMs, 0.99), QStringLiteral("ms"), 1000);
                report.add(QStringLiteral("alert_latency_p50_ms"), percentile(latency.latenciesMs, 0.5),
                           QStringLiteral("ms"));
            }
            report.add(QStringLiteral("alerts_measured"), double(latency.latenciesMs.size()),
                       QStringLiteral("n"));
        }
    } catch (const std::exception &error) {
        std::fprintf(stderr, "empathy-bench-ui: %s\n", error.what());
        return 1;
    }
    report.print();
    QString error;
    if (parser.isSet(QStringLiteral("out")) && !report.write(parser.value(QStringLiteral("out")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
