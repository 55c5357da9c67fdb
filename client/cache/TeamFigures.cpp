#include "cache/TeamFigures.h"

#include "domain/Compensation.h"
#include "domain/ConversationMood.h"
#include "domain/Message.h"
#include "domain/SurveyAnswer.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"

#include <QDateTime>

#include <algorithm>

namespace empathy {

namespace {

std::optional<double> quantile(QList<double> values, double share)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype at =
        std::min<qsizetype>(values.size() - 1, qsizetype(share * double(values.size() - 1) + 0.5));
    return values.at(at);
}

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

} // namespace

TeamFigures teamFigures(SqliteDatabase &db, const QDateTime &from, const QDateTime &to)
{
    TeamFigures f;
    const qint64 start = from.toMSecsSinceEpoch();
    const qint64 end = to.toMSecsSinceEpoch();
    QHash<QDate, TeamFigures::Day> days;
    QHash<QDate, QList<double>> dailyFirstResponses;
    for (QDate d = from.toUTC().date();
         d < to.toUTC().date() || (d == to.toUTC().date() && to.time() != QTime(0, 0)); d = d.addDays(1)) {
        TeamFigures::Day day;
        day.day = d;
        days.insert(d, day);
    }

    // First response: from the customer's first message to the first answer by a person (not the
    // assistant, not a private note, not the survey). Resolution: to the satisfaction question sent when
    // it was resolved, else its last message.
    auto conversations =
        db.prepare("SELECT c.id, c.created_at, c.status, "
                   "(SELECT min(sent_at) FROM messages WHERE conversation_id = c.id AND direction = 1), "
                   "(SELECT min(sent_at) FROM messages WHERE conversation_id = c.id AND direction = 2 AND "
                   "purpose IN (?3, ?4) "
                   "AND id > 0), "
                   "(SELECT min(sent_at) FROM messages WHERE conversation_id = c.id AND purpose = ?5), "
                   "c.last_message_at "
                   "FROM conversations c WHERE c.created_at >= ?1 AND c.created_at < ?2");
    conversations.bind(1, start)
        .bind(2, end)
        .bind(3, int(MessagePurpose::Plain))
        .bind(4, int(MessagePurpose::Apology))
        .bind(5, int(MessagePurpose::Survey));
    QList<double> firstResponses;
    QList<double> resolutions;
    QList<qint64> ids;
    while (conversations.step()) {
        ++f.conversations;
        ids.append(conversations.int64(0));
        const qint64 created = conversations.int64(1);
        auto day = days.find(dayOf(created));
        if (day != days.end())
            ++day->conversations;
        if (!conversations.isNull(3) && !conversations.isNull(4) &&
            conversations.int64(4) >= conversations.int64(3)) {
            const double seconds = double(conversations.int64(4) - conversations.int64(3)) / 1000.0;
            firstResponses.append(seconds);
            dailyFirstResponses[dayOf(created)].append(seconds);
        }
        if (conversations.int32(2) == 3) { // resolved
            ++f.resolved;
            const qint64 done = conversations.isNull(5) ? conversations.int64(6) : conversations.int64(5);
            resolutions.append(double(std::max<qint64>(0, done - created)) / 1000.0);
        }
    }
    f.firstResponseMedian = quantile(firstResponses, 0.5);
    f.firstResponseP90 = quantile(firstResponses, 0.9);
    f.resolutionMedian = quantile(resolutions, 0.5);
    for (auto it = dailyFirstResponses.cbegin(); it != dailyFirstResponses.cend(); ++it) {
        if (auto day = days.find(it.key()); day != days.end())
            day->firstResponseMedian = quantile(it.value(), 0.5);
    }

    // Recovery: of the conversations where the customer was negative at some point, the share that ended
    // positive (the mood rules of core).
    auto valences =
        db.prepare("SELECT valence FROM messages WHERE conversation_id = ?1 AND direction = 1 AND "
                   "valence IS NOT NULL ORDER BY sent_at, id");
    int recovered = 0;
    for (qint64 id : std::as_const(ids)) {
        std::vector<double> values;
        valences.bind(1, id);
        while (valences.step())
            values.push_back(valences.real(0));
        valences.reset();
        if (std::none_of(values.begin(), values.end(), [](double v) { return v <= -neutralBand; }))
            continue;
        ++f.hadNegativeMood;
        if (conversationMood(values).recovered)
            ++recovered;
    }
    if (f.hadNegativeMood > 0)
        f.recoveredShare = double(recovered) / f.hadNegativeMood;

    auto surveys =
        db.prepare("SELECT kind, score FROM survey_answers WHERE answered_at >= ?1 AND answered_at < ?2");
    surveys.bind(1, start).bind(2, end);
    int satisfied = 0;
    int promoters = 0;
    int detractors = 0;
    while (surveys.step()) {
        const int score = surveys.int32(1);
        if (SurveyKind(surveys.int32(0)) == SurveyKind::Csat) {
            ++f.csatAnswers;
            satisfied += score >= 4 ? 1 : 0;
        } else {
            ++f.npsAnswers;
            promoters += score >= 9 ? 1 : 0;
            detractors += score <= 6 ? 1 : 0;
        }
    }
    if (f.csatAnswers > 0)
        f.csatSatisfied = double(satisfied) / f.csatAnswers;
    if (f.npsAnswers > 0)
        f.nps = 100.0 * double(promoters - detractors) / f.npsAnswers;

    auto compensations =
        db.prepare("SELECT currency, sum(amount_minor) FROM compensations WHERE status = ?3 AND "
                   "id > 0 AND requested_at >= ?1 AND requested_at < ?2 GROUP BY currency");
    compensations.bind(1, start).bind(2, end).bind(3, int(CompensationStatus::Granted));
    while (compensations.step()) {
        if (!compensations.text(0).isEmpty())
            f.compensationGranted.insert(compensations.text(0), compensations.int64(1));
    }

    auto alerts =
        db.prepare("SELECT raised_at, handled_at FROM alerts WHERE raised_at >= ?1 AND raised_at < ?2");
    alerts.bind(1, start).bind(2, end);
    QList<double> handling;
    while (alerts.step()) {
        ++f.alertsRaised;
        auto day = days.find(dayOf(alerts.int64(0)));
        if (day != days.end())
            ++day->alertsRaised;
        if (!alerts.isNull(1)) {
            ++f.alertsHandled;
            if (day != days.end())
                ++day->alertsHandled;
            handling.append(double(std::max<qint64>(0, alerts.int64(1) - alerts.int64(0))) / 1000.0);
        }
    }
    f.alertHandlingMedian = quantile(handling, 0.5);

    f.days = days.values();
    std::sort(f.days.begin(), f.days.end(), [](const auto &a, const auto &b) { return a.day < b.day; });
    return f;
}

} // namespace empathy
