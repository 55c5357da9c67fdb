#pragma once

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace empathy {

class SqliteDatabase;

// The team's figures for a period, from a lead's cache (docs/supervisor.md, "Team figures"). Times are
// seconds; shares are 0..1; a figure with nothing to measure in the period is empty.
struct TeamFigures
{
    struct Day
    {
        QDate day; // UTC
        int conversations = 0;
        std::optional<double> firstResponseMedian;
        int alertsRaised = 0;
        int alertsHandled = 0;
    };

    int conversations = 0; // opened in the period
    std::optional<double> firstResponseMedian;
    std::optional<double> firstResponseP90;
    int resolved = 0;
    std::optional<double> resolutionMedian;
    int csatAnswers = 0;
    std::optional<double> csatSatisfied; // share of 4 and 5 out of 5
    int npsAnswers = 0;
    std::optional<double> nps;                  // promoters minus detractors, -100..100
    int hadNegativeMood = 0;                    // conversations where the customer was negative at some point
    std::optional<double> recoveredShare;       // of those, how many ended positive
    QHash<QString, qint64> compensationGranted; // minor units per currency
    int alertsRaised = 0;
    int alertsHandled = 0;
    std::optional<double> alertHandlingMedian;
    QList<Day> days;
};

// Computes the figures of conversations, answers, compensations and alerts from `from` (inclusive) to
// `to` (exclusive), UTC.
TeamFigures teamFigures(SqliteDatabase &db, const QDateTime &from, const QDateTime &to);

} // namespace empathy
