#include "UiLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>

namespace empathy {

UiLanguage::UiLanguage(QString qtTranslations)
    : m_qtTranslations(qtTranslations.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                                : std::move(qtTranslations))
{}

UiLanguage::~UiLanguage()
{
    removeTranslators();
}

QStringList UiLanguage::codes()
{
    return {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("ro"), QStringLiteral("ru"),
            QStringLiteral("fa")};
}

QString UiLanguage::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = locale.toUpper(name.left(1)).at(0);
    return name;
}

QString UiLanguage::systemChoice(const QStringList &uiLanguages)
{
    for (const QString &language : uiLanguages) {
        const QString code = QLocale(language).name().section(u'_', 0, 0);
        if (codes().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool UiLanguage::apply(const QString &requested, QString *error)
{
    const QString code = requested.isEmpty() ? systemChoice() : requested;
    if (!codes().contains(code)) {
        if (error)
            *error = QCoreApplication::translate("UiLanguage", "Empathy Desk is not translated into “%1”.")
                         .arg(code);
        return false;
    }
    // English is the source language: no translator of ours, none of Qt's.
    const QString ownFile = QStringLiteral(":/i18n/empathy_%1.qm").arg(code);
    if (code != QLatin1String("en") && !QFile::exists(ownFile)) {
        if (error)
            *error =
                QCoreApplication::translate("UiLanguage", "The %1 translation is missing from this build.")
                    .arg(nativeName(code));
        return false;
    }
    removeTranslators();
    if (code != QLatin1String("en") && m_own.load(ownFile)) {
        // Qt's standard words (OK, Cancel, Copy, Paste); ours where the system has none (Romanian on
        // Debian 12).
        m_qtInstalled = m_qt.load(QStringLiteral("qtbase_") + code, m_qtTranslations) ||
                        m_qt.load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code));
        if (m_qtInstalled)
            QCoreApplication::installTranslator(&m_qt);
        m_ownInstalled = QCoreApplication::installTranslator(&m_own);
    }
    const QLocale locale(code == QLatin1String("en") && QLocale::system().language() == QLocale::English
                             ? QLocale::system()
                             : QLocale(code));
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    m_current = code;
    if (!m_ownInstalled && !m_qtInstalled) // nothing installed, nothing removed: say it changed anyway
        QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(QEvent::LanguageChange));
    return true;
}

void UiLanguage::removeTranslators()
{
    if (m_ownInstalled)
        QCoreApplication::removeTranslator(&m_own);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_ownInstalled = m_qtInstalled = false;
}

} // namespace empathy
