#pragma once

#include <QTableView>

namespace empathy {

class ChannelIcons;

// The supervisor's live wall as a table: one row per open conversation, with the customer, the agent, the
// channel (icon and name), the mood (symbol, word, trend arrow, in the mood's colour), how long the
// customer has waited, the promise's countdown, the language and the open alerts. Meaning never rests on
// colour alone. Sorting is by clicking a header; the model (a WallFilter) keeps the order as rows change.
class WallView : public QTableView
{
    Q_OBJECT

public:
    explicit WallView(const ChannelIcons &icons, QWidget *parent = nullptr);

    // The text of a cell, as the view shows and screen readers read it.
    static QString cellText(const QModelIndex &index);

signals:
    void conversationActivated(qint64 conversation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    const ChannelIcons &m_icons;
};

} // namespace empathy
