#pragma once

#include <QString>
#include <QStringList>

namespace empathy::bench {

struct InboxFigures
{
    int rows = 0;                // conversations in the inbox as first shown
    double firstPaintMs = 0;     // open the profile, build the window, paint the first page
    double scrollFrameP99Ms = 0; // scroll 10,000 rows a wheel step at a time, one painted screen per step
    double scrollFrameMaxMs = 0;
    double residentMb = 0; // after the first paint and after scrolling, the larger
    double searchP99Ms = 0;
    double searchMedianMs = 0;
};

// Runs in a process of its own (QApplication, offscreen platform) so that start-up and memory are
// measured as a user would get them. statusAny opens the inbox on all statuses instead of the default
// "open and pending" view.
InboxFigures measureInbox(const QString &profilePath, const QString &settingsDir, bool statusAny,
                          const QStringList &searches);

} // namespace empathy::bench
