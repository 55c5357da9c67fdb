#include "models/HistoryModel.h"

#include "cache/HistoryReader.h"

#include <QDateTime>

namespace empathy {

HistoryModel::HistoryModel(HistoryReader &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{}

void HistoryModel::setCustomer(CustomerId customer)
{
    m_record.customer.id = customer;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    const CustomerId id = m_record.customer.id;
    m_record = m_reader.customer(id).value_or(CustomerRecord{});
    m_all = m_record.customer.id.isValid() ? m_reader.history(id) : QList<HistoryItem>{};
    m_record.customer.id = id;
    m_sentiment = sentimentCurve(m_all);
    m_turningPoints.clear();
    for (const SentimentPoint &p : m_sentiment) {
        if (p.turningPoint)
            m_turningPoints.insert(p.messageId);
    }
    applyFilter();
    endResetModel();
    emit customerChanged();
}

void HistoryModel::setKinds(int kinds)
{
    if (kinds == m_kinds)
        return;
    beginResetModel();
    m_kinds = kinds;
    applyFilter();
    endResetModel();
}

void HistoryModel::applyFilter()
{
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (int(m_all[i].kind) & m_kinds)
            m_shown.append(i);
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryItem &item = m_all[m_shown[index.row()]];
    const bool message = item.isMessage();
    const bool compensation = item.kind == HistoryKind::Compensation;
    const bool money = item.kind == HistoryKind::Order ||
                       (compensation && item.compensationKind != CompensationKind::Discount);
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return item.text;
    case KindRole:
        return int(item.kind);
    case ItemIdRole:
        return item.id;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(item.at, Qt::UTC);
    case ConversationIdRole:
        return item.conversation.isValid() ? QVariant(item.conversation.value()) : QVariant();
    case ChannelRole:
        return item.kind == HistoryKind::Order || item.kind == HistoryKind::Note ||
                       (item.kind == HistoryKind::Survey && !item.conversation.isValid())
                   ? QVariant()
                   : QVariant(int(item.channel));
    case DirectionRole:
        return message ? QVariant(int(item.direction)) : QVariant();
    case ValenceRole:
        return message && item.valence ? QVariant(*item.valence) : QVariant();
    case SentimentLabelRole:
        return message && item.valence ? QVariant(int(item.label)) : QVariant();
    case TurningPointRole:
        return message && m_turningPoints.contains(item.id);
    case OrderNumberRole:
        return item.kind == HistoryKind::Order ? QVariant(item.orderNumber) : QVariant();
    case AmountMinorRole:
        return money ? QVariant(item.amountMinor) : QVariant();
    case CurrencyRole:
        return money ? QVariant(item.currency) : QVariant();
    case SurveyKindRole:
        return item.kind == HistoryKind::Survey ? QVariant(int(item.surveyKind)) : QVariant();
    case ScoreRole:
        return item.kind == HistoryKind::Survey ? QVariant(item.score) : QVariant();
    case CompensationKindRole:
        return compensation ? QVariant(int(item.compensationKind)) : QVariant();
    case CompensationStatusRole:
        return compensation ? QVariant(int(item.compensationStatus)) : QVariant();
    case PercentRole:
        return compensation && item.compensationKind == CompensationKind::Discount ? QVariant(item.percent)
                                                                                   : QVariant();
    case NoteRole:
        return compensation ? QVariant(item.note) : QVariant();
    case MoodBeforeRole:
        return compensation && item.valence ? QVariant(*item.valence) : QVariant();
    case QuadrantRole:
        return item.kind == HistoryKind::Note ? QVariant(int(item.quadrant)) : QVariant();
    case MoodAfterRole:
        return compensation && item.moodAfter ? QVariant(*item.moodAfter) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{KindRole, "kind"},
                  {ItemIdRole, "itemId"},
                  {TimeRole, "time"},
                  {ConversationIdRole, "conversationId"},
                  {ChannelRole, "channel"},
                  {DirectionRole, "direction"},
                  {TextRole, "text"},
                  {ValenceRole, "valence"},
                  {SentimentLabelRole, "sentimentLabel"},
                  {TurningPointRole, "turningPoint"},
                  {OrderNumberRole, "orderNumber"},
                  {AmountMinorRole, "amountMinor"},
                  {CurrencyRole, "currency"},
                  {SurveyKindRole, "surveyKind"},
                  {ScoreRole, "score"},
                  {CompensationKindRole, "compensationKind"},
                  {CompensationStatusRole, "compensationStatus"},
                  {PercentRole, "percent"},
                  {NoteRole, "note"},
                  {MoodBeforeRole, "moodBefore"},
                  {MoodAfterRole, "moodAfter"},
                  {QuadrantRole, "quadrant"}});
    return names;
}

} // namespace empathy
