#include "models/WallFilter.h"

#include "domain/Sla.h"
#include "models/InboxRoles.h"
#include "models/WallModel.h"

namespace empathy {

QJsonObject WallCriteria::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("agent"), agent == Agent::Anyone       ? QStringLiteral("anyone")
                                         : agent == Agent::Unassigned ? QStringLiteral("unassigned")
                                                                      : QString::number(agentId.value()));
    if (channel)
        json.insert(QStringLiteral("channel"), channelKey(*channel));
    if (language)
        json.insert(QStringLiteral("language"), languageCode(*language));
    json.insert(QStringLiteral("unhappy_only"), unhappyOnly);
    json.insert(QStringLiteral("with_alerts_only"), withAlertsOnly);
    json.insert(QStringLiteral("promise_at_risk_only"), promiseAtRiskOnly);
    json.insert(QStringLiteral("text"), text);
    json.insert(QStringLiteral("sort_column"), sortColumn);
    json.insert(QStringLiteral("sort_descending"), sortOrder == Qt::DescendingOrder);
    return json;
}

WallCriteria WallCriteria::fromJson(const QJsonObject &json)
{
    WallCriteria c;
    const QString agent = json.value(QStringLiteral("agent")).toString();
    if (agent == u"unassigned") {
        c.agent = Agent::Unassigned;
    } else if (const qint64 id = agent.toLongLong(); id > 0) {
        c.agent = Agent::One;
        c.agentId = AgentId(id);
    }
    c.channel = channelFromKey(json.value(QStringLiteral("channel")).toString());
    if (json.contains(QStringLiteral("language"))) {
        const Language language = languageFromCode(json.value(QStringLiteral("language")).toString());
        if (language != Language::Unknown)
            c.language = language;
    }
    c.unhappyOnly = json.value(QStringLiteral("unhappy_only")).toBool();
    c.withAlertsOnly = json.value(QStringLiteral("with_alerts_only")).toBool();
    c.promiseAtRiskOnly = json.value(QStringLiteral("promise_at_risk_only")).toBool();
    c.text = json.value(QStringLiteral("text")).toString();
    c.sortColumn =
        std::clamp(json.value(QStringLiteral("sort_column")).toInt(-1), -1, int(WallModel::ColumnCount) - 1);
    c.sortOrder =
        json.value(QStringLiteral("sort_descending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
    return c;
}

WallFilter::WallFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(WallModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void WallFilter::setCriteria(const WallCriteria &criteria)
{
    const bool resort =
        criteria.sortColumn != m_criteria.sortColumn || criteria.sortOrder != m_criteria.sortOrder;
    m_criteria = criteria;
    invalidateFilter();
    if (resort)
        sort(criteria.sortColumn, criteria.sortOrder);
}

WallCriteria WallFilter::criteria() const
{
    WallCriteria c = m_criteria;
    c.sortColumn = sortColumn();
    c.sortOrder = sortOrder();
    return c;
}

bool WallFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const WallCriteria &c = m_criteria;
    const QVariant assignee = index.data(AssigneeIdRole);
    if (c.agent == WallCriteria::Agent::Unassigned && assignee.isValid())
        return false;
    if (c.agent == WallCriteria::Agent::One && assignee.toLongLong() != c.agentId.value())
        return false;
    if (c.channel && index.data(ChannelRole).toInt() != int(*c.channel))
        return false;
    if (c.language && index.data(LanguageRole).toString() != languageCode(*c.language))
        return false;
    if (c.unhappyOnly) {
        const QVariant mood = index.data(MoodRole);
        if (!mood.isValid() || mood.toDouble() > -0.1)
            return false;
    }
    if (c.withAlertsOnly && index.data(WallModel::OpenAlertsRole).toInt() == 0)
        return false;
    if (c.promiseAtRiskOnly) {
        const int state = index.data(SlaStateRole).toInt();
        if (state != int(SlaState::DueSoon) && state != int(SlaState::Breached))
            return false;
    }
    if (!c.text.isEmpty() && !index.data(CustomerNameRole).toString().contains(c.text, Qt::CaseInsensitive) &&
        !index.data(AssigneeNameRole).toString().contains(c.text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace empathy
