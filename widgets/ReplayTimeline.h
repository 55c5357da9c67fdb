#pragma once

#include <QWidget>

namespace empathy {

class ReplaySession;

// The replay's timeline: a tick for every message (the customer's above the line, the agent's below),
// the customer's mood curve drawn as far as the playhead, the turning points as diamonds (all of them,
// to jump to), and the playhead. Click or drag to scrub. Mirrored in right-to-left layouts.
class ReplayTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayTimeline(ReplaySession &session, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The replay time at a point of the widget, and back.
    qint64 timeAt(int x) const;
    int xOf(qint64 ms) const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips: the message under the pointer

private:
    void retranslate();
    QRect track() const;
    double yOf(double valence) const;

    ReplaySession &m_session;
};

} // namespace empathy
