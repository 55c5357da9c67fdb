#include "Preferences.h"

#include <QSettings>

namespace empathy {

namespace {

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromKey(const QString &key)
{
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        if (themeKey(theme) == key)
            return theme;
    }
    return Theme::System;
}

// Stable names in the settings file, so reordering the enum never turns a rule back on.
QString toneRuleKey(emotion::ToneIssue issue)
{
    switch (issue) {
    case emotion::ToneIssue::StockPhrase:
        return QStringLiteral("stock-phrase");
    case emotion::ToneIssue::MissingName:
        return QStringLiteral("missing-name");
    case emotion::ToneIssue::RegisterMismatch:
        return QStringLiteral("register");
    case emotion::ToneIssue::NoApology:
        return QStringLiteral("no-apology");
    case emotion::ToneIssue::LanguageMismatch:
        break;
    }
    return QStringLiteral("language");
}

constexpr emotion::ToneIssue allToneIssues[] = {
    emotion::ToneIssue::StockPhrase, emotion::ToneIssue::MissingName, emotion::ToneIssue::RegisterMismatch,
    emotion::ToneIssue::NoApology, emotion::ToneIssue::LanguageMismatch};

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.language = settings.value(QStringLiteral("ui/language")).toString();
    p.theme = themeFromKey(settings.value(QStringLiteral("ui/theme")).toString());
    p.textScalePercent = std::clamp(settings.value(QStringLiteral("ui/textScale"), 100).toInt(), 80, 200);
    p.flashOnCustomerMessage = settings.value(QStringLiteral("notify/customerMessage"), true).toBool();
    p.alertMessages = settings.value(QStringLiteral("notify/alertMessages"), true).toBool();
    p.alertSound = settings.value(QStringLiteral("notify/alertSound"), false).toBool();
    p.server = QUrl(settings.value(QStringLiteral("login/server")).toString());
    const QStringList off = settings.value(QStringLiteral("toneCoach/off")).toStringList();
    for (emotion::ToneIssue issue : allToneIssues) {
        if (off.contains(toneRuleKey(issue)))
            p.toneRulesOff.append(issue);
    }
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.setValue(QStringLiteral("ui/theme"), themeKey(theme));
    settings.setValue(QStringLiteral("ui/textScale"), textScalePercent);
    settings.setValue(QStringLiteral("notify/customerMessage"), flashOnCustomerMessage);
    settings.setValue(QStringLiteral("notify/alertMessages"), alertMessages);
    settings.setValue(QStringLiteral("notify/alertSound"), alertSound);
    if (server.isValid())
        settings.setValue(QStringLiteral("login/server"), server.toString());
    else
        settings.remove(QStringLiteral("login/server"));
    QStringList off;
    for (emotion::ToneIssue issue : allToneIssues) {
        if (toneRulesOff.contains(issue))
            off.append(toneRuleKey(issue));
    }
    settings.setValue(QStringLiteral("toneCoach/off"), off);
    settings.sync();
}

} // namespace empathy
