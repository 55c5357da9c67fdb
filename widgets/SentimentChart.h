#pragma once

#include "domain/Clock.h"
#include "history/CustomerFacts.h"

#include <QChartView>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace empathy {

// The customer's feeling over time: the smoothed mood as a line, each scored message as a dot, and the
// turning points as larger triangles, on a time axis from the first message to the last. The y axis is
// labelled with words, not only numbers, and the legend names every series, so nothing rests on colour.
class SentimentChart : public QChartView
{
    Q_OBJECT

public:
    // More messages than this are drawn grouped by time (see setPoints()).
    static constexpr qsizetype maxBuckets = 240;

    // `clock` says what "now" is when there is nothing to draw (the last 30 days are shown).
    explicit SentimentChart(Clock clock, QWidget *parent = nullptr);

    void setPoints(const QList<SentimentPoint> &points);
    int pointCount() const { return m_points; }
    int turningPointCount() const { return m_turningPoints; }
    int dotCount() const; // message dots drawn: one per message, or per group of them

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void placeAxes();
    void applyPalette();
    Clock m_clock;
    QChart *m_chart = nullptr;
    QLineSeries *m_mood = nullptr;
    QScatterSeries *m_messages = nullptr;
    QScatterSeries *m_turns = nullptr;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_valence = nullptr;
    int m_points = 0;
    int m_turningPoints = 0;
};

} // namespace empathy
