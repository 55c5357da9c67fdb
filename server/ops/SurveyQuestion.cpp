#include "ops/SurveyQuestion.h"

namespace empathy {

QString satisfactionQuestion(Language language)
{
    switch (language) {
    case Language::Polish:
        return QStringLiteral(
            "Jak oceniasz naszą pomoc w tej sprawie? Odpowiedz liczbą od 1 (źle) do 5 (świetnie).");
    case Language::Romanian:
        return QStringLiteral(
            "Cât de mulțumit sunteți de ajutorul nostru? Răspundeți cu un număr de la 1 (deloc) "
            "la 5 (foarte).");
    case Language::Russian:
        return QStringLiteral("Как вы оцениваете нашу помощь? Ответьте числом от 1 (плохо) до 5 (отлично).");
    case Language::Persian:
        return QStringLiteral(
            "چقدر از کمک ما راضی بودید؟ لطفاً با عددی از ۱ (اصلاً) تا ۵ (خیلی زیاد) پاسخ دهید.");
    case Language::English:
    case Language::Unknown:
        break;
    }
    return QStringLiteral(
        "How satisfied are you with our help? Please answer with a number from 1 (not at all) "
        "to 5 (very).");
}

} // namespace empathy
