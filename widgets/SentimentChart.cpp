#include "SentimentChart.h"

#include "MoodLook.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace empathy {

// The chart is handed to QChartView's constructor: setChart() would release (and leak) the chart the
// default constructor makes.
SentimentChart::SentimentChart(Clock clock, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_clock(std::move(clock))
    , m_chart(chart())
    , m_mood(new QLineSeries)
    , m_messages(new QScatterSeries)
    , m_turns(new QScatterSeries)
    , m_time(new QDateTimeAxis)
    , m_valence(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    retranslate();
    m_messages->setMarkerSize(7.0);
    m_messages->setColor(moodLook(SentimentLabel::Neutral).colour);
    m_messages->setBorderColor(Qt::transparent);
    m_turns->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_turns->setMarkerSize(14.0);
    m_turns->setColor(moodLook(SentimentLabel::Negative).colour);
    m_chart->addSeries(m_mood);
    m_chart->addSeries(m_messages);
    m_chart->addSeries(m_turns);
    m_time->setFormat(QStringLiteral("d MMM"));
    m_time->setTickCount(3);
    m_valence->setRange(-1.0, 1.0);
    m_valence->setTickCount(3);
    m_valence->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    placeAxes();
    applyPalette();
    setMinimumHeight(150);
}

// Time runs the way the text reads: in a right-to-left layout the newest point is on the left and the
// mood scale stands on the right.
void SentimentChart::placeAxes()
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_time->setReverse(rtl);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_valence, rtl ? Qt::AlignRight : Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_mood), static_cast<QAbstractSeries *>(m_messages),
          static_cast<QAbstractSeries *>(m_turns)}) {
        series->attachAxis(m_time);
        series->attachAxis(m_valence);
    }
}

void SentimentChart::applyPalette()
{
    const QColor text = palette().color(QPalette::Text);
    QPen moodPen(text);
    moodPen.setWidthF(2.0);
    m_mood->setPen(moodPen);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->legend()->setLabelColor(text);
    m_time->setLabelsColor(text);
    m_valence->setLabelsColor(text);
    m_valence->setTitleBrush(text);
}

void SentimentChart::retranslate()
{
    setAccessibleName(tr("Customer's sentiment over time"));
    m_mood->setName(tr("Mood"));
    m_messages->setName(tr("Messages"));
    m_turns->setName(tr("Turning points"));
    m_valence->setTitleText(tr("negative … positive"));
}

void SentimentChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LayoutDirectionChange)
        placeAxes();
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

int SentimentChart::dotCount() const
{
    return int(m_messages->count());
}

void SentimentChart::setPoints(const QList<SentimentPoint> &points)
{
    QList<QPointF> mood;
    QList<QPointF> messages;
    QList<QPointF> turns;
    // A long history has more messages than the chart has pixels: beyond maxBuckets, messages close in
    // time share one dot (their mean) and one point of the line (the mood after the last of them).
    // Turning points are always drawn one by one. QDateTimeAxis takes milliseconds since the epoch.
    const qint64 first = points.isEmpty() ? 0 : points.front().at;
    const qint64 span = points.isEmpty() ? 0 : points.back().at - first;
    const bool grouped = points.size() > maxBuckets;
    const auto bucketOf = [&](qint64 at) { return (at - first) * maxBuckets / (span + 1); };
    qsizetype bucketStart = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const SentimentPoint &p = points[i];
        if (p.turningPoint)
            turns.append({qreal(p.at), p.mood});
        const bool closesBucket =
            !grouped || i + 1 == points.size() || bucketOf(points[i + 1].at) != bucketOf(p.at);
        if (!closesBucket)
            continue;
        double valence = 0.0;
        double at = 0.0;
        for (qsizetype k = bucketStart; k <= i; ++k) {
            valence += points[k].valence;
            at += double(points[k].at - first);
        }
        const double n = double(i - bucketStart + 1);
        messages.append({qreal(first) + at / n, valence / n});
        mood.append({qreal(p.at), p.mood});
        bucketStart = i + 1;
    }
    m_mood->replace(mood);
    m_messages->replace(messages);
    m_turns->replace(turns);
    m_points = int(points.size());
    m_turningPoints = int(turns.size());
    if (points.isEmpty()) {
        const QDateTime now = m_clock().toLocalTime(); // the axis shows the agent's local time
        m_time->setRange(now.addDays(-30), now);
        return;
    }
    // Some room on either side; hours when everything happened within a few days.
    const bool short_ = span < 3 * 24 * 3600 * 1000LL;
    const qint64 margin = std::max<qint64>(span / 10, short_ ? 3600 * 1000LL : 24 * 3600 * 1000LL);
    m_time->setFormat(short_ ? QStringLiteral("ddd hh:mm") : QStringLiteral("d MMM"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(points.front().at - margin, Qt::UTC).toLocalTime(),
                     QDateTime::fromMSecsSinceEpoch(points.back().at + margin, Qt::UTC).toLocalTime());
}

} // namespace empathy
