#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace empathy {

// The language of the interface: Empathy Desk's translations and Qt's own (standard buttons, text
// field menus), the default QLocale that formats dates, times, numbers and money, and the layout
// direction (Persian is right-to-left). Applying a language installs new translators; Qt then sends
// every widget a LanguageChange event and each retranslates itself, so nothing restarts.
class UiLanguage
{
public:
    // `qtTranslations`: where Qt's qtbase_<code>.qm files are (Qt's translations directory by default).
    explicit UiLanguage(QString qtTranslations = QString());
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    // The languages Empathy Desk is translated into, English first.
    static QStringList codes();
    // A language's own name for itself ("Polski", "فارسی").
    static QString nativeName(const QString &code);
    // The first of the system's (or the given) UI languages we have; English otherwise.
    static QString systemChoice(const QStringList &uiLanguages = QLocale::system().uiLanguages());

    // Switches to `code` ("" follows the system). False, with the reason, when `code` is not one of
    // ours or its translation cannot be loaded; the current language then stays.
    bool apply(const QString &code, QString *error = nullptr);
    // The language in use ("en" before the first apply()).
    QString current() const { return m_current; }

private:
    void removeTranslators();

    QString m_qtTranslations;
    QString m_current = QStringLiteral("en");
    QTranslator m_own;
    QTranslator m_qt;
    bool m_ownInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace empathy
