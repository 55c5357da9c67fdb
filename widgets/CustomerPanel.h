#pragma once

#include "domain/Clock.h"
#include "history/CustomerFacts.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTabWidget;

namespace empathy {

class ChannelIcons;
class EmpathyMapModel;
class EmpathyMapView;
class HistoryModel;
class SentimentChart;

// Beside the conversation: who the customer is and what they have been through, on every channel.
// Key facts (preferred language and channel, lifetime value, open conversations), contact fatigue
// against a limit, the order they keep coming back about, their sentiment over time with its turning
// points, and the timeline of messages, orders and surveys, filterable by kind.
class CustomerPanel : public QWidget
{
    Q_OBJECT

public:
    CustomerPanel(HistoryModel &model, EmpathyMapModel &empathyModel, const ChannelIcons &icons, Clock clock,
                  QWidget *parent = nullptr);

    void showCustomer(CustomerId customer);
    // Reads the customer's history again (new messages, orders, answers).
    void reload();

    // This many unasked contacts in seven days is enough: the panel warns, and so does sending one more
    // (MainWindow).
    void setContactLimit(int perSevenDays);
    int contactLimit() const { return m_contactLimit; }
    ContactCount contacts() const { return m_contacts; }
    bool overContactLimit() const { return m_contacts.last7Days >= m_contactLimit; }

    HistoryModel &model() const { return m_model; }
    QListView *timeline() const { return m_timeline; }
    SentimentChart *chart() const { return m_chart; }
    QString factsText() const; // everything the header says, for tests and the accessible description
    void setKinds(int kinds);
    QComboBox *toneChooser() const { return m_tone; }
    QPushButton *compensateButton() const { return m_compensate; }
    EmpathyMapView *empathyMap() const { return m_empathy; }
    // Brings the empathy map (or the timeline) to the front of the panel's lower half.
    void showEmpathyMap(bool show = true);
    // Team leads approve, deny and reverse compensations from the timeline's context menu; everyone can
    // tell the customer about a granted one.
    void setDecidesCompensation(bool lead) { m_lead = lead; }
    // The actions the timeline's context menu offers for the row, owned by `owner` (the menu).
    QList<QAction *> compensationActions(const QModelIndex &index, QObject *owner);

signals:
    // The agent chose how the customer likes to be addressed (MainWindow stores and syncs it).
    void toneChosen(PreferredTone tone);
    void compensateRequested();
    void compensationDecisionRequested(CompensationId id, bool approve);
    void compensationReversalRequested(CompensationId id);
    // A granted compensation, worded ("Voucher 20,00 PLN"), to tell the customer about.
    void compensationMessageRequested(const QString &compensation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFacts();

    HistoryModel &m_model;
    Clock m_clock;
    int m_contactLimit = 3;
    ContactCount m_contacts;
    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_fatigue = nullptr;
    QLabel *m_repeat = nullptr;
    QComboBox *m_tone = nullptr;
    SentimentChart *m_chart = nullptr;
    QCheckBox *m_messages = nullptr;
    QCheckBox *m_orders = nullptr;
    QCheckBox *m_surveys = nullptr;
    QCheckBox *m_apologies = nullptr;
    QCheckBox *m_compensations = nullptr;
    QCheckBox *m_notes = nullptr;
    QPushButton *m_compensate = nullptr;
    QTabWidget *m_tabs = nullptr;
    EmpathyMapView *m_empathy = nullptr;
    bool m_lead = false;
    QListView *m_timeline = nullptr;
};

} // namespace empathy
