#include "ToneCoach.h"

#include "EmotionEngine.h"
#include "TextScanner.h"

#include <QFile>

namespace empathy::emotion {

namespace {

struct Match
{
    std::uint32_t start = 0;
    std::uint32_t length = 0;
    QString text;
};

std::u16string_view foldedOf(const ScannedText &text, const Token &t)
{
    return std::u16string_view(text.folded.data() + t.foldedStart, t.foldedLength);
}

bool isWord(const Token &t)
{
    return t.kind == TokenKind::Word || t.kind == TokenKind::Number;
}

} // namespace

std::optional<ToneCoach> ToneCoach::loadBuiltIn(QString *error)
{
    EmotionEngine::registerBuiltInData();
    return load(QStringLiteral(":/empathy/emotion"), error);
}

std::optional<ToneCoach> ToneCoach::load(const QString &directory, QString *error)
{
    ToneCoach coach;
    for (Language language : supportedLanguages) {
        const QString path = directory + QStringLiteral("/tone_%1.tsv").arg(languageCode(language));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(path);
            return std::nullopt;
        }
        int lineNumber = 0;
        for (const QString &raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
            ++lineNumber;
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            const QString kind = line.left(tab);
            const int k = kind == u"cliche"    ? Cliche
                          : kind == u"apology" ? Apology
                          : kind == u"formal"  ? Formal
                          : kind == u"warm"    ? Warm
                                               : -1;
            if (tab < 0 || k < 0) {
                *error = QStringLiteral("%1:%2: expected cliche|apology|formal|warm<TAB>phrase")
                             .arg(path)
                             .arg(lineNumber);
                return std::nullopt;
            }
            Phrase phrase;
            phrase.text = line.mid(tab + 1).trimmed();
            ScannedText scanned;
            scanText(phrase.text, scanned);
            for (const Token &t : scanned.tokens) {
                if (isWord(t))
                    phrase.words.emplace_back(foldedOf(scanned, t));
            }
            if (!phrase.words.empty())
                coach.m_phrases[std::size_t(language)][std::size_t(k)].push_back(std::move(phrase));
        }
    }
    return coach;
}

QList<ToneNote> ToneCoach::review(QStringView reply, const ReplyContext &context,
                                  const EmotionEngine &engine) const
{
    QList<ToneNote> notes;
    ScannedText text;
    scanText(reply, text);
    std::vector<std::size_t> words; // indices of word tokens
    for (std::size_t i = 0; i < text.tokens.size(); ++i) {
        if (isWord(text.tokens[i]))
            words.push_back(i);
    }
    if (words.empty())
        return notes;

    const LanguageGuess guess = reply.size() >= 15 ? engine.identifyLanguage(reply) : LanguageGuess{};
    const Language language = context.customerLanguage != Language::Unknown ? context.customerLanguage
                              : guess.language != Language::Unknown         ? guess.language
                                                                            : Language::English;
    const Phrases &phrases = m_phrases[std::size_t(language)];
    auto find = [&](Kind kind) {
        std::vector<Match> found;
        for (const Phrase &p : phrases[std::size_t(kind)]) {
            for (std::size_t w = 0; w + p.words.size() <= words.size(); ++w) {
                bool same = true;
                for (std::size_t k = 0; same && k < p.words.size(); ++k)
                    same = foldedOf(text, text.tokens[words[w + k]]) == p.words[k];
                if (!same)
                    continue;
                const Token &first = text.tokens[words[w]];
                const Token &last = text.tokens[words[w + p.words.size() - 1]];
                found.push_back({first.start, last.start + last.length - first.start, p.text});
            }
        }
        return found;
    };

    for (const Match &m : find(Cliche))
        notes.append({ToneIssue::StockPhrase, m.start, m.length, m.text});

    if (context.customerUpset && find(Apology).empty())
        notes.append({ToneIssue::NoApology, 0, 0, QString()});

    if (context.preferredRegister) {
        const auto formal = find(Formal);
        const auto warm = find(Warm);
        const bool wantsFormal = *context.preferredRegister == Register::Formal;
        const auto &wrong = wantsFormal ? warm : formal;
        const auto &right = wantsFormal ? formal : warm;
        if (!wrong.empty() && wrong.size() > right.size())
            notes.append(
                {ToneIssue::RegisterMismatch, wrong.front().start, wrong.front().length, wrong.front().text});
    }

    if (!context.customerFirstName.isEmpty()) {
        // Names change their endings in Polish, Romanian and Russian ("Anna" → "Anno", "Анна" → "Анне"):
        // a word sharing all but the last two letters of the name counts.
        ScannedText name;
        scanText(context.customerFirstName, name);
        if (!name.tokens.empty()) {
            const std::u16string_view folded = foldedOf(name, name.tokens.front());
            const std::size_t stem =
                folded.size() > 4 ? folded.size() - 2 : std::min<std::size_t>(folded.size(), 3);
            bool named = false;
            for (std::size_t w : words)
                named = named || foldedOf(text, text.tokens[w]).substr(0, stem) == folded.substr(0, stem);
            if (!named)
                notes.append({ToneIssue::MissingName, 0, 0, context.customerFirstName});
        }
    }

    if (guess.language != Language::Unknown && context.customerLanguage != Language::Unknown &&
        guess.language != context.customerLanguage && guess.confidence >= 0.6f)
        notes.append({ToneIssue::LanguageMismatch, 0, 0, languageCode(guess.language)});
    return notes;
}

} // namespace empathy::emotion
