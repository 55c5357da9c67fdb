#include "history/CustomerFacts.h"

#include "domain/ConversationMood.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace empathy {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

// The history oldest first (it comes newest first).
QList<const HistoryItem *> oldestFirst(const QList<HistoryItem> &history)
{
    QList<const HistoryItem *> items;
    items.reserve(history.size());
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        items.append(&*it);
    return items;
}

} // namespace

ContactCount companyContacts(const QList<HistoryItem> &history, qint64 nowMs)
{
    ContactCount count;
    struct Last
    {
        Direction direction;
        qint64 at;
    };
    QHash<qint64, Last> last; // per conversation
    for (const HistoryItem *item : oldestFirst(history)) {
        if (!item->isMessage())
            continue;
        const auto previous = last.constFind(item->conversation.value());
        const bool unasked = item->direction == Direction::Outbound &&
                             (previous == last.cend() || (previous->direction == Direction::Outbound &&
                                                          item->at - previous->at >= followUpGapMs));
        last.insert(item->conversation.value(), {item->direction, item->at});
        if (!unasked || item->at > nowMs)
            continue;
        count.last7Days += item->at > nowMs - 7 * dayMs;
        count.last30Days += item->at > nowMs - 30 * dayMs;
    }
    return count;
}

bool customerAwaitsReply(const QList<HistoryItem> &history, ConversationId conversation)
{
    for (const HistoryItem &item : history) { // newest first: the first message of the conversation decides
        if (item.isMessage() && item.conversation == conversation)
            return item.direction == Direction::Inbound;
    }
    return false;
}

std::optional<RepeatContact> repeatContact(const QList<HistoryItem> &history, qint64 nowMs, int windowDays)
{
    QStringList numbers;
    for (const HistoryItem &item : history) {
        if (item.kind == HistoryKind::Order && !item.orderNumber.isEmpty())
            numbers.append(QRegularExpression::escape(item.orderNumber));
    }
    // A known order number standing on its own, or "#" followed by digits.
    const QRegularExpression mention(
        numbers.isEmpty() ? QStringLiteral("#(\\d{3,})")
                          : QStringLiteral("(?<![\\d\\w])(%1)(?!\\d)|#(\\d{3,})").arg(numbers.join(u'|')));
    struct Mentions
    {
        QSet<qint64> conversations;
        qint64 first = 0;
        qint64 last = 0;
    };
    std::map<QString, Mentions> byOrder;
    const qint64 since = nowMs - qint64(windowDays) * dayMs;
    for (const HistoryItem *item : oldestFirst(history)) {
        if (!item->isMessage() || item->direction != Direction::Inbound || item->at < since ||
            item->at > nowMs)
            continue;
        auto matches = mention.globalMatch(item->text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            const QString number = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            Mentions &mentions = byOrder[number];
            if (mentions.conversations.isEmpty())
                mentions.first = item->at;
            mentions.last = item->at;
            mentions.conversations.insert(item->conversation.value());
        }
    }
    // The order with the most conversations; between equals, the one mentioned last.
    std::optional<RepeatContact> result;
    qint64 resultLast = 0;
    for (const auto &[number, mentions] : byOrder) {
        const int contacts = int(mentions.conversations.size());
        if (contacts < 2 || (result && (contacts < result->contacts ||
                                        (contacts == result->contacts && mentions.last <= resultLast))))
            continue;
        const int days = int(std::max<qint64>(1, (mentions.last - mentions.first + dayMs - 1) / dayMs));
        result = RepeatContact{number, contacts, days};
        resultLast = mentions.last;
    }
    return result;
}

std::optional<Channel> preferredChannel(const QList<HistoryItem> &history)
{
    std::map<int, int> counts;
    for (const HistoryItem &item : history) {
        if (item.isMessage() && item.direction == Direction::Inbound)
            ++counts[int(item.channel)];
    }
    if (counts.empty())
        return std::nullopt;
    const auto best = std::max_element(counts.begin(), counts.end(),
                                       [](const auto &a, const auto &b) { return a.second < b.second; });
    return Channel(best->first);
}

QList<Money> lifetimeValue(const QList<HistoryItem> &history)
{
    std::map<QString, qint64> sums;
    for (const HistoryItem &item : history) {
        if (item.kind == HistoryKind::Order)
            sums[item.currency] += item.amountMinor;
    }
    QList<Money> result;
    for (const auto &[currency, minor] : sums)
        result.append(Money{minor, currency});
    std::stable_sort(result.begin(), result.end(),
                     [](const Money &a, const Money &b) { return a.minorUnits > b.minorUnits; });
    return result;
}

QList<SentimentPoint> sentimentCurve(const QList<HistoryItem> &history)
{
    QList<SentimentPoint> points;
    std::vector<double> valences;
    for (const HistoryItem *item : oldestFirst(history)) {
        if (!item->isMessage() || item->direction != Direction::Inbound || !item->valence)
            continue;
        points.append({item->at, item->id, *item->valence, 0.0, false});
        valences.push_back(*item->valence);
    }
    const ConversationMood mood = conversationMood(valences);
    for (qsizetype i = 0; i < points.size(); ++i)
        points[i].mood = mood.curve[std::size_t(i)];
    for (std::size_t index : mood.turningPoints)
        points[qsizetype(index)].turningPoint = true;
    return points;
}

} // namespace empathy
