#include "LanguageText.h"

#include <QCoreApplication>

namespace empathy {

QString languageName(Language language)
{
    switch (language) {
    case Language::English:
        return QCoreApplication::translate("LanguageText", "English");
    case Language::Polish:
        return QCoreApplication::translate("LanguageText", "Polish");
    case Language::Romanian:
        return QCoreApplication::translate("LanguageText", "Romanian");
    case Language::Russian:
        return QCoreApplication::translate("LanguageText", "Russian");
    case Language::Persian:
        return QCoreApplication::translate("LanguageText", "Persian");
    case Language::Unknown:
        break;
    }
    return QCoreApplication::translate("LanguageText", "another language");
}

} // namespace empathy
