#pragma once

#include "domain/Channel.h"
#include "domain/Ids.h"
#include "domain/Language.h"

#include <QJsonObject>
#include <QSortFilterProxyModel>

#include <optional>

namespace empathy {

// What the lead chose to see on the wall: a saved view is one of these with a name.
struct WallCriteria
{
    enum class Agent
    {
        Anyone,
        Unassigned,
        One
    };
    Agent agent = Agent::Anyone;
    AgentId agentId; // with Agent::One
    std::optional<Channel> channel;
    std::optional<Language> language;
    bool unhappyOnly = false; // the customer's mood is negative
    bool withAlertsOnly = false;
    bool promiseAtRiskOnly = false; // due soon or broken
    QString text;                   // part of the customer's or the agent's name
    int sortColumn = -1;            // WallModel::Column, -1 for the model's order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    QJsonObject toJson() const;
    static WallCriteria fromJson(const QJsonObject &json); // unknown or missing members keep defaults
    friend bool operator==(const WallCriteria &, const WallCriteria &) = default;
};

// Filters and sorts the WallModel by WallCriteria; sorting follows WallModel::SortRole and keeps up as
// rows change.
class WallFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WallFilter(QObject *parent = nullptr);

    void setCriteria(const WallCriteria &criteria);
    WallCriteria criteria() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    WallCriteria m_criteria;
};

} // namespace empathy
