#include "domain/Language.h"

namespace empathy {

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Polish:
        return QStringLiteral("pl");
    case Language::Romanian:
        return QStringLiteral("ro");
    case Language::Russian:
        return QStringLiteral("ru");
    case Language::Persian:
        return QStringLiteral("fa");
    case Language::Unknown:
        break;
    }
    return QStringLiteral("und");
}

Language languageFromCode(QStringView code)
{
    for (Language language : supportedLanguages) {
        if (languageCode(language) == code)
            return language;
    }
    return Language::Unknown;
}

bool isRightToLeft(Language language)
{
    return language == Language::Persian;
}

} // namespace empathy
