#pragma once

#include "cache/InboxQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSettings;

namespace empathy {

// Search box and filters above the inbox. Emits the query the agent composed; typing in the search
// box updates it as they type (after a pause of a few milliseconds, so fast typists are not slowed).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(AgentId me, QWidget *parent = nullptr);

    InboxQuery query() const;
    QLineEdit *searchField() const { return m_search; }
    void setMe(AgentId me);
    void focusSearch();
    // The filters and sort order (not the search text) survive a restart.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    // Shows only conversations in this language ("" for all); false for a code the bar does not offer.
    bool setLanguageFilter(const QString &code);
    void setSort(InboxSort sort);
    // Searches for `text` at once, as if it had been typed and Enter pressed.
    void setSearch(const QString &text);

signals:
    void queryChanged(const InboxQuery &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitQuery();

    AgentId m_me;
    QLineEdit *m_search;
    QComboBox *m_scope;
    QComboBox *m_status;
    QComboBox *m_channel;
    QComboBox *m_language;
    QComboBox *m_sort;
    QTimer m_searchDelay;
};

} // namespace empathy
