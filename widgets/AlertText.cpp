#include "AlertText.h"

#include "ChannelIcons.h"
#include "DurationText.h"
#include "models/AlertModel.h"
#include "MoodLook.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace empathy {

namespace {

QString percent(double share)
{
    return QLocale().toString(qRound(share * 100)) + QLocale().percent();
}

QString signedNumber(double value)
{
    return QLocale().toString(std::abs(value) < 0.005 ? 0.0 : value, 'f', 2); // never "-0.00"
}

} // namespace

QString AlertText::kind(AlertKind kind)
{
    switch (kind) {
    case AlertKind::OutsideNormalRange:
        return tr("Unusual for this customer");
    case AlertKind::StrongAnger:
        return tr("Strong anger");
    case AlertKind::ChurnRisk:
        return tr("Wants to leave");
    case AlertKind::FirstResponseDueSoon:
        return tr("First answer due soon");
    case AlertKind::FirstResponseMissed:
        return tr("First answer overdue");
    case AlertKind::ResolutionDueSoon:
        return tr("Resolution due soon");
    case AlertKind::ResolutionMissed:
        return tr("Resolution overdue");
    case AlertKind::RepeatContact:
        return tr("Back again within days");
    case AlertKind::BotHandover:
        return tr("Handed over by the assistant");
    }
    return QString();
}

QString AlertText::state(AlertState state)
{
    switch (state) {
    case AlertState::Open:
        return tr("open");
    case AlertState::Acknowledged:
        return tr("acknowledged");
    case AlertState::TakenOver:
        return tr("taken over");
    case AlertState::Reassigned:
        return tr("reassigned");
    }
    return QString();
}

QString AlertText::summary(const QModelIndex &a, const QDateTime &now)
{
    const auto alertState = AlertState(a.data(AlertModel::StateRole).toInt());
    QString first = QStringLiteral("%1 — %2").arg(kind(AlertKind(a.data(AlertModel::KindRole).toInt())),
                                                  a.data(AlertModel::CustomerNameRole).toString());
    if (alertState != AlertState::Open)
        first += QStringLiteral(" (%1)").arg(state(alertState));
    else if (a.data(AlertModel::PendingRole).toBool())
        first += QStringLiteral(" (%1)").arg(tr("sending…"));
    const QVariant agent = a.data(AlertModel::AgentNameRole);
    const QString second = QStringLiteral("%1 · %2 · %3")
                               .arg(agent.isValid() ? agent.toString() : tr("nobody assigned"),
                                    ChannelIcons::name(Channel(a.data(AlertModel::ChannelRole).toInt())),
                                    DurationText::when(a.data(AlertModel::RaisedAtRole).toDateTime(), now));
    return first + QChar(QChar::LineSeparator) + second;
}

QString AlertText::why(const QModelIndex &a, const QDateTime &now)
{
    const auto alertKind = AlertKind(a.data(AlertModel::KindRole).toInt());
    QStringList lines;
    const QVariant message = a.data(AlertModel::MessageRole);
    if (message.isValid())
        lines << tr("The customer wrote: “%1”").arg(message.toString().left(400));
    const QVariant emotion = a.data(AlertModel::EmotionRole);
    const QVariant strength = a.data(AlertModel::StrengthRole);
    if (emotion.isValid() && strength.isValid())
        lines << tr("Strongest feeling: %1, at %2.")
                     .arg(emotionWord(emotion.toString()), percent(strength.toDouble()));
    const QVariant valence = a.data(AlertModel::ValenceRole);
    const QVariant mean = a.data(AlertModel::BaselineMeanRole);
    const QVariant spread = a.data(AlertModel::BaselineSpreadRole);
    if (valence.isValid())
        lines << tr("Mood of the message: %1 (from −1 to +1).").arg(signedNumber(valence.toDouble()));
    if (mean.isValid() && spread.isValid()) {
        const int own = a.data(AlertModel::BaselineMessagesRole).toInt();
        const QString range = tr("This customer’s normal range: %1 ± %2")
                                  .arg(signedNumber(mean.toDouble()), signedNumber(2 * spread.toDouble()));
        lines << (own < 5 ? tr("%1, mostly from all customers: %n message(s) of their own.", nullptr, own)
                                .arg(range)
                          : tr("%1, from %n of their own messages.", nullptr, own).arg(range));
    }
    const QVariant due = a.data(AlertModel::DueRole);
    if (due.isValid()) {
        const QDateTime when = due.toDateTime();
        const bool missed =
            alertKind == AlertKind::FirstResponseMissed || alertKind == AlertKind::ResolutionMissed;
        const qint64 seconds = std::abs(now.secsTo(when));
        lines << (missed ? tr("The promise was %1; it is %2 overdue.")
                               .arg(DurationText::dateTime(when), DurationText::compact(seconds))
                         : tr("The promise is %1, in %2.")
                               .arg(DurationText::dateTime(when), DurationText::compact(seconds)));
    }
    if (alertKind == AlertKind::RepeatContact)
        lines << tr("The customer had another conversation in the days before this one.");
    if (alertKind == AlertKind::BotHandover)
        lines << tr("The automated assistant answered and the customer still needs a person.");
    const auto alertState = AlertState(a.data(AlertModel::StateRole).toInt());
    if (alertState != AlertState::Open) {
        const QString who = a.data(AlertModel::HandledByRole).toString();
        const QString when = DurationText::when(a.data(AlertModel::HandledAtRole).toDateTime(), now);
        if (alertState == AlertState::Reassigned)
            lines << tr("Given to %1 by %2, %3.")
                         .arg(a.data(AlertModel::ReassignedToRole).toString(), who, when);
        else if (alertState == AlertState::TakenOver)
            lines << tr("Taken over by %1, %2.").arg(who, when);
        else
            lines << tr("Acknowledged by %1, %2.").arg(who, when);
    }
    if (const QVariant refusal = a.data(AlertModel::RefusalRole); refusal.isValid())
        lines << tr("The server refused the last action: %1").arg(refusal.toString());
    return lines.join(u'\n');
}

} // namespace empathy
