#include "domain/SearchText.h"

namespace empathy {

namespace {

char16_t foldChar(char16_t c)
{
    switch (c) {
    case u'\u064A': // ARABIC LETTER YEH
    case u'\u0649': // ARABIC LETTER ALEF MAKSURA
        return u'\u06CC';
    case u'\u0643': // ARABIC LETTER KAF
        return u'\u06A9';
    case u'\u0629': // TEH MARBUTA
        return u'\u0647';
    case u'\u015F': // ş
        return u'\u0219';
    case u'\u0163': // ţ
        return u'\u021B';
    case u'\u0142': // ł
        return u'l';
    default:
        break;
    }
    if (c >= u'\u06F0' && c <= u'\u06F9') // extended Arabic-Indic (Persian) digits
        return char16_t(u'0' + (c - u'\u06F0'));
    if (c >= u'\u0660' && c <= u'\u0669') // Arabic-Indic digits
        return char16_t(u'0' + (c - u'\u0660'));
    return c;
}

} // namespace

QString foldForSearch(QStringView text)
{
    // Folded in place in the lowered copy: one allocation per text.
    QString out = text.toString().toLower();
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *write = begin;
    for (const char16_t *read = begin, *end = begin + out.size(); read != end; ++read) {
        const char16_t c = *read;
        if (c == u'\u200C' || c == u'\u0640') // ZWNJ, tatweel
            continue;
        *write++ = foldChar(c);
    }
    out.truncate(write - begin);
    return out;
}

} // namespace empathy
