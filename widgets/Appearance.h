#pragma once

#include "Preferences.h"

#include <QFont>
#include <QPalette>
#include <QString>

namespace empathy {

// The look of the whole application: the system's style, palette and font, or one of our palettes
// (light, dark, high contrast) on the Fusion style, and the text size on top of the system's. Remembers
// what the system gave at start so "System" can always go back to it.
class Appearance
{
public:
    Appearance(); // needs the QApplication
    void apply(Theme theme, int textScalePercent);

    // The palettes, for tests and for the settings dialog's preview.
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette highContrastPalette();

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    QFont m_systemFont;
};

} // namespace empathy
