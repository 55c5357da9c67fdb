#include "TeamFiguresView.h"

#include "DurationText.h"
#include "MoneyText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QValueAxis>
#include <QVBoxLayout>

namespace empathy {

namespace {

const QString budgetKey = QStringLiteral("supervisor/compensationBudget"); // "500.00 EUR" a month

QString share(const std::optional<double> &value)
{
    return value ? QLocale().toString(qRound(*value * 100)) + QLocale().percent() : QStringLiteral("—");
}

QString duration(const std::optional<double> &seconds)
{
    return seconds ? DurationText::compact(qint64(*seconds)) : QStringLiteral("—");
}

} // namespace

TeamFiguresView::TeamFiguresView(SupervisorReader &reader, Clock clock, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_clock(std::move(clock))
    , m_settings(settings)
{
    m_period = new QComboBox(this);
    for (int days : {1, 7, 30})
        m_period->addItem(QString(), days);
    m_period->setCurrentIndex(1);
    m_budget = new QLineEdit(m_settings.value(budgetKey).toString(), this);
    m_budget->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral(R"(^\s*(\d+([.,]\d{1,2})?\s+[A-Za-z]{3})?\s*$)")), m_budget));
    auto *top = new QHBoxLayout;
    m_periodLabel = new QLabel(this);
    m_periodLabel->setBuddy(m_period);
    m_budgetLabel = new QLabel(this);
    m_budgetLabel->setBuddy(m_budget);
    top->addWidget(m_periodLabel);
    top->addWidget(m_period);
    top->addSpacing(16);
    top->addWidget(m_budgetLabel);
    top->addWidget(m_budget);
    top->addStretch(1);

    m_form = new QFormLayout;
    for (const QString &name :
         {QStringLiteral("conversations"), QStringLiteral("first_response"), QStringLiteral("resolution"),
          QStringLiteral("csat"), QStringLiteral("nps"), QStringLiteral("recovered"),
          QStringLiteral("compensation"), QStringLiteral("alerts")}) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values.insert(name, value);
    }
    for (const char *name : {"conversations", "first_response", "resolution", "csat", "nps", "recovered",
                             "compensation", "alerts"})
        m_form->addRow(QString(), m_values[QLatin1String(name)]);

    m_responseChart = new QChart;
    m_responseChart->legend()->hide();
    auto *responseView = m_responseView = new QChartView(m_responseChart, this);
    responseView->setRenderHint(QPainter::Antialiasing);
    m_alertChart = new QChart;
    auto *alertView = m_alertView = new QChartView(m_alertChart, this);
    alertView->setRenderHint(QPainter::Antialiasing);
    auto *charts = new QHBoxLayout;
    charts->addWidget(responseView);
    charts->addWidget(alertView);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_form);
    layout->addLayout(charts, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &TeamFiguresView::refresh);
    connect(m_budget, &QLineEdit::editingFinished, this, [this] {
        m_settings.setValue(budgetKey, m_budget->text().trimmed());
        showFigures();
    });
    retranslate();
}

void TeamFiguresView::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setItemText(0, tr("Today"));
    m_period->setItemText(1, tr("Last 7 days"));
    m_period->setItemText(2, tr("Last 30 days"));
    m_budgetLabel->setText(tr("Compensation &budget for 30 days:"));
    m_budget->setPlaceholderText(tr("e.g. 500.00 EUR"));
    m_budget->setAccessibleName(tr("Compensation budget for 30 days"));
    const QList<QPair<const char *, QString>> rows{{"conversations", tr("Conversations opened:")},
                                                   {"first_response", tr("First response:")},
                                                   {"resolution", tr("Resolution:")},
                                                   {"csat", tr("CSAT:")},
                                                   {"nps", tr("NPS:")},
                                                   {"recovered", tr("Recovered from negative to positive:")},
                                                   {"compensation", tr("Compensation granted:")},
                                                   {"alerts", tr("Alerts:")}};
    for (const auto &[name, text] : rows) {
        QLabel *value = m_values[QLatin1String(name)];
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(value))) {
            label->setText(text);
            value->setAccessibleName(QString(text).remove(u':'));
        }
    }
    m_responseChart->setTitle(tr("Median first response per day (minutes)"));
    m_responseView->setAccessibleName(m_responseChart->title());
    m_alertChart->setTitle(tr("Alerts per day"));
    m_alertView->setAccessibleName(m_alertChart->title());
}

void TeamFiguresView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showFigures();
        fillCharts();
    }
    if (event->type() == QEvent::LayoutDirectionChange)
        fillCharts();
}

int TeamFiguresView::periodDays() const
{
    return m_period->currentData().toInt();
}

void TeamFiguresView::refresh()
{
    const QDateTime now = m_clock().toUTC();
    const QDateTime end(now.date().addDays(1), QTime(0, 0), Qt::UTC);
    m_figures = m_reader.figures(end.addDays(-periodDays()), end);
    showFigures();
    fillCharts();
}

void TeamFiguresView::showFigures()
{
    const TeamFigures &f = m_figures;
    const QLocale locale;
    m_values[QStringLiteral("conversations")]->setText(locale.toString(f.conversations));
    m_values[QStringLiteral("first_response")]->setText(
        tr("median %1; 9 in 10 within %2")
            .arg(duration(f.firstResponseMedian), duration(f.firstResponseP90)));
    m_values[QStringLiteral("resolution")]->setText(
        tr("median %1 over %n resolved", nullptr, f.resolved).arg(duration(f.resolutionMedian)));
    m_values[QStringLiteral("csat")]->setText(
        tr("%1 satisfied (%n answer(s))", nullptr, f.csatAnswers).arg(share(f.csatSatisfied)));
    m_values[QStringLiteral("nps")]->setText(
        f.nps ? tr("%1 (%n answer(s))", nullptr, f.npsAnswers).arg(locale.toString(qRound(*f.nps)))
              : QStringLiteral("—"));
    m_values[QStringLiteral("recovered")]->setText(
        tr("%1 of %n conversation(s) with an unhappy customer", nullptr, f.hadNegativeMood)
            .arg(share(f.recoveredShare)));

    QStringList spent;
    for (auto it = f.compensationGranted.cbegin(); it != f.compensationGranted.cend(); ++it)
        spent << moneyText(it.value(), it.key());
    QString compensation = spent.isEmpty() ? tr("none") : spent.join(QStringLiteral(", "));
    const QStringList budget = m_settings.value(budgetKey).toString().simplified().split(u' ');
    if (budget.size() == 2) {
        const qint64 monthly = qRound64(QString(budget[0]).replace(u',', u'.').toDouble() * 100);
        const QString currency = budget[1].toUpper();
        const qint64 forPeriod = monthly * periodDays() / 30;
        if (forPeriod > 0) {
            const qint64 used = f.compensationGranted.value(currency);
            compensation += tr(" — %1 of the budget of %2 for this period")
                                .arg(share(double(used) / double(forPeriod)), moneyText(forPeriod, currency));
        }
    }
    m_values[QStringLiteral("compensation")]->setText(compensation);
    m_values[QStringLiteral("alerts")]->setText(
        tr("%n raised, %1 handled, median time to handle %2", nullptr, f.alertsRaised)
            .arg(locale.toString(f.alertsHandled), duration(f.alertHandlingMedian)));
}

void TeamFiguresView::fillCharts()
{
    QStringList days;
    auto *response = new QBarSet(tr("First response"));
    auto *raised = new QBarSet(tr("Raised"));
    auto *handled = new QBarSet(tr("Handled"));
    double longest = 1;
    int most = 1;
    for (const TeamFigures::Day &d : std::as_const(m_figures.days)) {
        days << QLocale().toString(d.day, QStringLiteral("d MMM"));
        const double minutes = d.firstResponseMedian.value_or(0) / 60.0;
        *response << minutes;
        *raised << d.alertsRaised;
        *handled << d.alertsHandled;
        longest = std::max(longest, minutes);
        most = std::max(most, d.alertsRaised);
    }
    // Days run the way the text reads; in right-to-left layouts the scale stands on the right.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const auto fill = [&days, rtl](QChart *chart, const QList<QBarSet *> &sets, double top) {
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        auto *series = new QBarSeries;
        for (QBarSet *set : sets)
            series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(days);
        auto *y = new QValueAxis;
        y->setRange(0, std::max(4.0, top * 1.1));
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%.0f"));
        x->setReverse(rtl);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, rtl ? Qt::AlignRight : Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    fill(m_responseChart, {response}, longest);
    fill(m_alertChart, {raised, handled}, most);
}

QString TeamFiguresView::figureText(const QString &name) const
{
    const QLabel *value = m_values.value(name);
    return value ? value->text() : QString();
}

} // namespace empathy
