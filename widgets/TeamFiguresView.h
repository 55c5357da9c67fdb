#pragma once

#include "cache/SupervisorReader.h"
#include "domain/Clock.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSettings;

namespace empathy {

// The team's figures for a chosen period (today, the last 7 or 30 days): first-response and resolution
// times, CSAT, NPS, the share of conversations that recovered from negative to positive, compensation
// granted against the budget the lead sets, alerts raised and how fast they were handled; with a chart of
// the daily first-response time and one of the alerts raised and handled each day.
class TeamFiguresView : public QWidget
{
    Q_OBJECT

public:
    TeamFiguresView(SupervisorReader &reader, Clock clock, QSettings &settings, QWidget *parent = nullptr);

    // Reads the figures of the chosen period (nothing is read before the first call).
    void refresh();
    const TeamFigures &figures() const { return m_figures; }
    // The text of one figure as shown ("Median first response: 12 min"), for tests and screen readers.
    QString figureText(const QString &name) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFigures();
    void fillCharts();
    int periodDays() const;

    SupervisorReader &m_reader;
    Clock m_clock;
    QSettings &m_settings;
    QComboBox *m_period = nullptr;
    QLineEdit *m_budget = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_values;
    QChart *m_responseChart = nullptr;
    QChart *m_alertChart = nullptr;
    QChartView *m_responseView = nullptr;
    QChartView *m_alertView = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    TeamFigures m_figures;
};

} // namespace empathy
