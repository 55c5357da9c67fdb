#pragma once

#include <QList>
#include <QString>

namespace empathy::bench {

// wall_refresh_ms: the supervisor's live wall (WallModel, WallFilter sorted by waiting time, WallView
// 1400x800) over `conversations` open conversations while `changesPerSecond` customer messages land in the
// cache, frame by frame at 60 frames a second of simulated time. A frame with changes reads the wall again
// and repaints it; a frame without repaints it (waiting times and countdowns move). Each frame's time is
// the refresh plus the synchronous repaint; storing the messages (the sync engine's work) is not counted.
struct WallFrames
{
    QList<double> frameMs;   // refresh and repaint
    QList<double> refreshMs; // the model's refresh alone, in frames with changes
};

WallFrames measureWallRefresh(const QString &scratch, int conversations, int changesPerSecond, int seconds);

} // namespace empathy::bench
