#include "ReplayTimeline.h"

#include "MoodLook.h"
#include "replay/ReplaySession.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace empathy {

namespace {

constexpr int margin = 10;
constexpr int tickHeight = 7;

} // namespace

ReplayTimeline::ReplayTimeline(ReplaySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    retranslate();
    connect(&session, &ReplaySession::playheadMoved, this, qOverload<>(&QWidget::update));
}

void ReplayTimeline::retranslate()
{
    setAccessibleName(tr("Replay timeline"));
    setAccessibleDescription(tr("The customer's mood over the conversation; click to move the replay there"));
}

void ReplayTimeline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

QSize ReplayTimeline::sizeHint() const
{
    return {600, 110};
}

QSize ReplayTimeline::minimumSizeHint() const
{
    return {200, 80};
}

QRect ReplayTimeline::track() const
{
    return rect().adjusted(margin, margin, -margin, -margin);
}

int ReplayTimeline::xOf(qint64 ms) const
{
    const QRect t = track();
    const qint64 duration = std::max<qint64>(1, m_session.durationMs());
    const int offset = int(std::lround(double(t.width()) * double(ms) / double(duration)));
    return layoutDirection() == Qt::RightToLeft ? t.right() - offset : t.left() + offset;
}

qint64 ReplayTimeline::timeAt(int x) const
{
    const QRect t = track();
    const int offset = layoutDirection() == Qt::RightToLeft ? t.right() - x : x - t.left();
    const double share = std::clamp(double(offset) / std::max(1, t.width()), 0.0, 1.0);
    return qint64(std::llround(share * double(m_session.durationMs())));
}

double ReplayTimeline::yOf(double valence) const
{
    // The curve uses the band above the message ticks: +1 at its top, -1 at its bottom.
    const QRect t = track();
    const double top = t.top();
    const double bottom = t.bottom() - 2 * tickHeight - 6;
    return top + (1.0 - valence) / 2.0 * (bottom - top);
}

void ReplayTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRect t = track();
    p.fillRect(rect(), pal.color(QPalette::Base));

    // The neutral line and the band of the curve.
    QColor faint = pal.color(QPalette::Text);
    faint.setAlphaF(0.25);
    p.setPen(QPen(faint, 1, Qt::DotLine));
    p.drawLine(QPointF(t.left(), yOf(0)), QPointF(t.right(), yOf(0)));

    // Message ticks: the customer's above the axis, the agent's below; future ones faint.
    const int axis = t.bottom() - tickHeight;
    const auto &messages = m_session.messages();
    for (int i = 0; i < messages.size(); ++i) {
        const bool customer = messages.at(i).direction == Direction::Inbound;
        QColor colour = pal.color(QPalette::Text);
        if (customer && messages.at(i).sentiment.isScored())
            colour = moodLook(messages.at(i).sentiment.label).colour;
        if (i >= m_session.shown())
            colour.setAlphaF(0.3);
        p.setPen(QPen(colour, 2));
        const int x = xOf(m_session.offsetOf(i));
        p.drawLine(x, axis, x, customer ? axis - tickHeight : axis + tickHeight);
    }
    p.setPen(QPen(faint, 1));
    p.drawLine(t.left(), axis, t.right(), axis);

    // The mood curve as far as it has been played.
    const ConversationMood &mood = m_session.mood();
    const QList<int> &curveMessages = m_session.curveMessages();
    QPainterPath curve;
    bool started = false;
    for (qsizetype k = 0; k < curveMessages.size(); ++k) {
        if (curveMessages.at(k) >= m_session.shown())
            break;
        const QPointF point(xOf(m_session.offsetOf(curveMessages.at(k))), yOf(mood.curve.at(std::size_t(k))));
        if (!started)
            curve.moveTo(point);
        else
            curve.lineTo(point);
        started = true;
    }
    p.setPen(QPen(pal.color(QPalette::Text), 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(curve);
    for (qsizetype k = 0; k < curveMessages.size() && curveMessages.at(k) < m_session.shown(); ++k) {
        const double v = mood.curve.at(std::size_t(k));
        p.setBrush(moodLook(labelOfValence(v)).colour);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(xOf(m_session.offsetOf(curveMessages.at(k))), yOf(v)), 3.5, 3.5);
    }

    // Turning points: diamonds on the axis, filled once played.
    for (int message : m_session.turningPoints()) {
        const QPointF c(xOf(m_session.offsetOf(message)), axis);
        QPolygonF diamond({c + QPointF(0, -6), c + QPointF(6, 0), c + QPointF(0, 6), c + QPointF(-6, 0)});
        p.setPen(QPen(pal.color(QPalette::Text), 1.5));
        p.setBrush(message < m_session.shown() ? pal.color(QPalette::Text) : pal.color(QPalette::Base));
        p.drawPolygon(diamond);
    }

    // The playhead.
    const int x = xOf(m_session.playheadMs());
    p.setPen(QPen(pal.color(QPalette::Highlight), 2));
    p.drawLine(x, t.top(), x, t.bottom());
}

void ReplayTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_session.seek(timeAt(event->position().toPoint().x()));
}

void ReplayTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_session.seek(timeAt(event->position().toPoint().x()));
}

bool ReplayTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    int nearest = -1;
    int best = 6;
    for (int i = 0; i < m_session.messages().size(); ++i) {
        const int distance = std::abs(xOf(m_session.offsetOf(i)) - help->pos().x());
        if (distance <= best) {
            best = distance;
            nearest = i;
        }
    }
    if (nearest < 0) {
        QToolTip::hideText();
        return true;
    }
    const Message &m = m_session.messages().at(nearest);
    QString text = m.body.left(140);
    if (m.body.size() > 140)
        text += u'…';
    QString tip =
        QStringLiteral("<b>%1</b><br/>%2").arg(tr("Message %1").arg(nearest + 1), text.toHtmlEscaped());
    if (m_session.turningPoints().contains(nearest))
        tip += QStringLiteral("<br/><i>%1</i>").arg(tr("The customer's mood turns here."));
    QToolTip::showText(help->globalPos(), tip, this);
    return true;
}

} // namespace empathy
