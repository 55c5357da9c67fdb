#pragma once

#include "ToneCoach.h"

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace empathy {

enum class Theme
{
    System, // the desktop's own style, palette and font size (including its high-contrast palette)
    Light,
    Dark,
    HighContrast,
};

// What the agent chose in the settings dialog, kept in the profile's settings file.
struct Preferences
{
    QString language; // "en", "pl", "ro", "ru", "fa"; empty follows the system
    Theme theme = Theme::System;
    int textScalePercent = 100;             // on top of the system's font size
    bool flashOnCustomerMessage = true;     // the taskbar entry flashes when one of my customers writes
    bool alertMessages = true;              // leads: a desktop message for every new alert
    bool alertSound = false;                // leads: and a sound
    QUrl server;                            // where to log in when started without --server or --demo
    QList<emotion::ToneIssue> toneRulesOff; // the tone coach's rules the agent turned off

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const Preferences &other) const = default;
};

} // namespace empathy
