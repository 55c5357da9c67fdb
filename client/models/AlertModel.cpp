#include "models/AlertModel.h"

namespace empathy {

namespace {

QVariant optionalNumber(const std::optional<float> &value)
{
    return value ? QVariant(double(*value)) : QVariant();
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC()) : QVariant();
}

bool sameRow(const AlertRow &a, const AlertRow &b)
{
    return a.alert.state == b.alert.state && a.pending == b.pending && a.refusal == b.refusal &&
           a.handledByName == b.handledByName && a.reassignedToName == b.reassignedToName &&
           a.customerName == b.customerName && a.messageBody == b.messageBody;
}

} // namespace

AlertModel::AlertModel(SupervisorReader &reader, Clock clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
    , m_clock(std::move(clock))
{
    refresh();
}

void AlertModel::refresh()
{
    const qint64 since = m_clock().addSecs(-m_windowSeconds).toMSecsSinceEpoch();
    QList<AlertRow> fresh = m_reader.alerts(since);
    // The usual change: new alerts on top of the ones shown, some of those handled meanwhile.
    qsizetype added = 0;
    while (added < fresh.size() && !m_seen.contains(fresh[added].alert.id.value()))
        ++added;
    bool sameTail = fresh.size() - added == m_rows.size();
    for (qsizetype i = 0; sameTail && i < m_rows.size(); ++i)
        sameTail = m_rows[i].alert.id == fresh[added + i].alert.id;

    QList<AlertRow> announced;
    for (qsizetype i = 0; i < added; ++i) {
        if (m_loaded && fresh[i].alert.isOpen())
            announced.append(fresh[i]);
    }
    if (sameTail) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (!sameRow(m_rows[i], fresh[added + i])) {
                m_rows[i] = fresh[added + i];
                emit dataChanged(index(int(i)), index(int(i)));
            }
        }
        if (added > 0) {
            beginInsertRows(QModelIndex(), 0, int(added) - 1);
            m_rows = std::move(fresh);
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
    }
    m_seen.clear();
    for (const AlertRow &row : std::as_const(m_rows))
        m_seen.insert(row.alert.id.value());
    m_loaded = true;
    // Oldest first, so notifications come in the order the alerts fired.
    for (auto it = announced.crbegin(); it != announced.crend(); ++it)
        emit raised(*it);
}

int AlertModel::openCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const AlertRow &r) { return r.alert.isOpen(); }));
}

int AlertModel::rowOf(AlertId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].alert.id == id)
            return int(i);
    }
    return -1;
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRow &row = m_rows.at(index.row());
    const Alert &a = row.alert;
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return row.customerName;
    case AlertIdRole:
        return a.id.value();
    case KindRole:
        return int(a.kind);
    case StateRole:
        return int(a.state);
    case RaisedAtRole:
        return a.raisedAt.toUTC();
    case ConversationIdRole:
        return a.conversation.value();
    case CustomerIdRole:
        return a.customer.value();
    case AgentNameRole:
        return optionalText(row.agentName);
    case ChannelRole:
        return int(row.channel);
    case MessageRole:
        return a.message.isValid() ? QVariant(row.messageBody) : QVariant();
    case EmotionRole:
        return optionalText(a.emotion);
    case StrengthRole:
        return a.strength > 0 ? QVariant(double(a.strength)) : QVariant();
    case ValenceRole:
        return optionalNumber(a.valence);
    case BaselineMeanRole:
        return optionalNumber(a.baselineMean);
    case BaselineSpreadRole:
        return optionalNumber(a.baselineSpread);
    case BaselineMessagesRole:
        return a.baselineMean ? QVariant(a.baselineMessages) : QVariant();
    case DueRole:
        return optionalTime(a.due);
    case HandledByRole:
        return optionalText(row.handledByName);
    case HandledAtRole:
        return optionalTime(a.handledAt);
    case ReassignedToRole:
        return optionalText(row.reassignedToName);
    case PendingRole:
        return row.pending;
    case RefusalRole:
        return optionalText(row.refusal);
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{AlertIdRole, "alertId"},
                  {KindRole, "kind"},
                  {StateRole, "state"},
                  {RaisedAtRole, "raisedAt"},
                  {ConversationIdRole, "conversationId"},
                  {CustomerIdRole, "customerId"},
                  {CustomerNameRole, "customerName"},
                  {AgentNameRole, "agentName"},
                  {ChannelRole, "channel"},
                  {MessageRole, "message"},
                  {EmotionRole, "emotion"},
                  {StrengthRole, "strength"},
                  {ValenceRole, "valence"},
                  {BaselineMeanRole, "baselineMean"},
                  {BaselineSpreadRole, "baselineSpread"},
                  {BaselineMessagesRole, "baselineMessages"},
                  {DueRole, "due"},
                  {HandledByRole, "handledBy"},
                  {HandledAtRole, "handledAt"},
                  {ReassignedToRole, "reassignedTo"},
                  {PendingRole, "pending"},
                  {RefusalRole, "refusal"}});
    return names;
}

} // namespace empathy
