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

// Newest first: later raised, and among alerts raised at once the higher id.
bool newerThan(const AlertRow &a, const AlertRow &b)
{
    const qint64 at = a.alert.raisedAt.toMSecsSinceEpoch();
    const qint64 bt = b.alert.raisedAt.toMSecsSinceEpoch();
    return at != bt ? at > bt : a.alert.id.value() > b.alert.id.value();
}

} // namespace

AlertModel::AlertModel(SupervisorReader &reader, Clock clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
    , m_clock(std::move(clock))
{
    reload();
}

void AlertModel::reload()
{
    const qint64 since = m_clock().addSecs(-m_windowSeconds).toMSecsSinceEpoch();
    QList<AlertRow> fresh = m_reader.alerts(since);
    QList<AlertRow> announced;
    if (m_loaded) {
        for (const AlertRow &row : std::as_const(fresh)) {
            if (row.alert.isOpen() && rowOf(row.alert.id) < 0)
                announced.append(row);
        }
    }
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
    m_touched = 0;
    for (const AlertRow &row : std::as_const(m_rows))
        m_touched = std::max(m_touched, row.touched);
    m_loaded = true;
    announce(announced);
}

// Only what was written since the last look is read: each alert changed in place, put in or taken out at
// its place; then those that left the window (handled, raised before it) go.
void AlertModel::refresh()
{
    if (!m_loaded) {
        reload();
        return;
    }
    const qint64 since = m_clock().addSecs(-m_windowSeconds).toMSecsSinceEpoch();
    const auto shown = [since](const AlertRow &row) {
        return row.alert.isOpen() || row.alert.raisedAt.toMSecsSinceEpoch() >= since;
    };
    const QList<AlertRow> changed = m_reader.alertsTouchedAfter(m_touched);
    QList<AlertRow> announced;
    // Oldest first, so that rows of one refresh land in order and notifications come in the order fired.
    for (auto it = changed.crbegin(); it != changed.crend(); ++it) {
        const AlertRow &row = *it;
        m_touched = std::max(m_touched, row.touched);
        const int at = rowOf(row.alert.id);
        if (at >= 0 && shown(row)) {
            if (!sameRow(m_rows[at], row)) {
                m_rows[at] = row;
                emit dataChanged(index(at), index(at));
            }
        } else if (at >= 0) {
            beginRemoveRows(QModelIndex(), at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        } else if (shown(row)) {
            const auto place = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, newerThan);
            const int position = int(place - m_rows.cbegin());
            beginInsertRows(QModelIndex(), position, position);
            m_rows.insert(position, row);
            endInsertRows();
            if (row.alert.isOpen())
                announced.append(row);
        }
    }
    for (int at = int(m_rows.size()) - 1; at >= 0; --at) {
        if (!shown(m_rows[at])) {
            beginRemoveRows(QModelIndex(), at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        }
    }
    announce(announced);
}

void AlertModel::announce(const QList<AlertRow> &alerts)
{
    for (const AlertRow &row : alerts)
        emit raised(row);
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
