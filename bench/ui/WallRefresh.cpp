#include "WallRefresh.h"

#include "cache/CacheFile.h"
#include "cache/CacheWriter.h"
#include "cache/SupervisorReader.h"
#include "ChannelIcons.h"
#include "domain/Clock.h"
#include "domain/DataBatch.h"
#include "models/WallFilter.h"
#include "models/WallModel.h"
#include "WallView.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <stdexcept>

namespace empathy::bench {

namespace {

constexpr qint64 minuteMs = 60 * 1000;

Message customerMessage(qint64 id, ConversationId conversation, const QDateTime &at, QRandomGenerator &random)
{
    Message m;
    m.id = MessageId(id);
    m.conversation = conversation;
    m.direction = Direction::Inbound;
    m.body = QStringLiteral("Any news about my order? It is the %1th day.").arg(random.bounded(2, 30));
    m.sentAt = at;
    m.language = Language::English;
    const float valence = float(random.bounded(200) - 100) / 100.0f;
    m.sentiment.valence = valence;
    m.sentiment.label = labelOfValence(valence);
    m.sentiment.intensity = float(random.bounded(100)) / 100.0f;
    return m;
}

} // namespace

WallFrames measureWallRefresh(const QString &scratch, int conversations, int changesPerSecond, int seconds)
{
    const QString path = scratch + QStringLiteral("/wall.sqlite");
    QFile::remove(path);
    CacheOpening cache = CacheFile::open(path);
    if (!cache.isUsable())
        throw std::runtime_error(cache.message.toStdString());
    CacheWriter writer(*cache.db);
    QRandomGenerator random(7);
    QDateTime now = systemClock()();
    QList<Agent> team;
    for (int i = 1; i <= 40; ++i)
        team.append(Agent{AgentId(i), QStringLiteral("agent%1").arg(i), QStringLiteral("Agent %1").arg(i),
                          AgentRole::Agent});
    writer.writeAgents(team);
    qint64 nextMessage = 1;
    {
        DataBatch batch;
        for (int i = 1; i <= conversations; ++i) {
            Customer customer;
            customer.id = CustomerId(i);
            customer.displayName = QStringLiteral("Customer %1").arg(i);
            customer.firstName = customer.displayName;
            customer.createdAt = now.addDays(-30);
            batch.customers.append(customer);
            Conversation c;
            c.id = ConversationId(i);
            c.customer = customer.id;
            c.channel = allChannels[size_t(i % int(allChannels.size()))];
            c.assignee = i % 5 == 0 ? AgentId() : AgentId(1 + i % 40);
            c.language = supportedLanguages[size_t(i % int(supportedLanguages.size()))];
            c.createdAt = now.addMSecs(-random.bounded(1, 600) * minuteMs);
            c.firstResponseDue = c.createdAt.addSecs(30 * 60);
            c.resolutionDue = c.createdAt.addSecs(24 * 3600);
            batch.conversations.append(c);
            batch.messages.append(customerMessage(nextMessage++, c.id, c.createdAt, random));
        }
        writer.writeBatch(batch);
    }

    SupervisorReader reader(*cache.db);
    WallModel model(reader, [&now] { return now; });
    model.refresh();
    WallFilter filter;
    filter.setSourceModel(&model);
    WallCriteria sorted;
    sorted.sortColumn = WallModel::WaitingColumn;
    sorted.sortOrder = Qt::DescendingOrder;
    filter.setCriteria(sorted);
    ChannelIcons icons;
    WallView view(icons);
    view.setModel(&filter);
    view.resize(1400, 800);
    view.show();
    QCoreApplication::processEvents();
    if (model.rowCount() != conversations)
        throw std::runtime_error("the wall does not list every open conversation");

    const int frames = seconds * 60;
    double due = 0;
    WallFrames out;
    out.frameMs.reserve(frames);
    for (int frame = 0; frame < frames; ++frame) {
        now = now.addMSecs(1000 / 60);
        due += double(changesPerSecond) / 60.0;
        bool changed = false;
        if (due >= 1.0) {
            DataBatch batch;
            for (; due >= 1.0; due -= 1.0)
                batch.messages.append(customerMessage(
                    nextMessage++, ConversationId(random.bounded(1, conversations + 1)), now, random));
            writer.writeBatch(batch);
            changed = true;
        }
        QElapsedTimer timer;
        timer.start();
        if (changed) {
            model.refresh();
            out.refreshMs.append(double(timer.nsecsElapsed()) / 1e6);
        }
        view.viewport()->repaint();
        out.frameMs.append(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    return out;
}

} // namespace empathy::bench
