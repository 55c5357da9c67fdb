#pragma once

#include <QString>

#include <array>

namespace empathy {

// The languages Empathy Desk understands. Anything else is Unknown, never a guess.
enum class Language : int
{
    Unknown = 0,
    English,
    Polish,
    Romanian,
    Russian,
    Persian
};

inline constexpr std::array supportedLanguages{Language::English, Language::Polish, Language::Romanian,
                                               Language::Russian, Language::Persian};

// ISO 639-1 code ("en", "pl", "ro", "ru", "fa"); "und" for Unknown.
QString languageCode(Language language);
Language languageFromCode(QStringView code);
bool isRightToLeft(Language language);

} // namespace empathy
