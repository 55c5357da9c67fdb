#include "ApologyDrafter.h"

#include "EmotionEngine.h"
#include "templates/ReplyTemplate.h"
#include "TextScanner.h"

#include <QFile>

namespace empathy::emotion {

namespace {

QStringList placeholders()
{
    return MessageTemplate::knownPlaceholders();
}

std::vector<std::u16string> foldedWords(const QString &text)
{
    ScannedText scanned;
    scanText(text, scanned);
    std::vector<std::u16string> words;
    for (const Token &t : scanned.tokens) {
        if (t.kind == TokenKind::Word || t.kind == TokenKind::Number)
            words.emplace_back(scanned.folded.data() + t.foldedStart, t.foldedLength);
    }
    return words;
}

bool wordMatches(const std::u16string &cue, const std::u16string &word)
{
    if (!cue.empty() && cue.back() == u'*')
        return word.size() >= cue.size() - 1 && word.compare(0, cue.size() - 1, cue, 0, cue.size() - 1) == 0;
    return cue == word;
}

int countCues(const std::vector<std::vector<std::u16string>> &cues, const std::vector<std::u16string> &words)
{
    int hits = 0;
    for (const auto &cue : cues) {
        for (std::size_t i = 0; i + cue.size() <= words.size(); ++i) {
            bool all = true;
            for (std::size_t k = 0; k < cue.size() && all; ++k)
                all = wordMatches(cue[k], words[i + k]);
            hits += all;
        }
    }
    return hits;
}

} // namespace

std::optional<ApologyDrafter> ApologyDrafter::loadBuiltIn(QString *error)
{
    EmotionEngine::registerBuiltInData();
    return load(QStringLiteral(":/empathy/emotion"), error);
}

std::optional<ApologyDrafter> ApologyDrafter::load(const QString &directory, QString *error)
{
    ApologyDrafter drafter;
    const QStringList known = placeholders();
    for (Language language : supportedLanguages) {
        const QString path = directory + QStringLiteral("/apology_%1.tsv").arg(languageCode(language));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(path);
            return std::nullopt;
        }
        Language_ &target = drafter.m_languages[std::size_t(language)];
        bool formal = false;
        bool warm = false;
        int lineNumber = 0;
        for (const QString &raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
            ++lineNumber;
            if (raw.trimmed().isEmpty() || raw.startsWith(u'#'))
                continue;
            const QStringList fields = raw.split(u'\t');
            auto fail = [&](const QString &why) {
                *error = QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(why);
                return std::nullopt;
            };
            auto parse = [&](MessageTemplate &t, const QString &text) {
                QList<TemplateError> errors;
                QString unescaped = text;
                unescaped.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
                if (t.parse(unescaped, &errors, known))
                    return true;
                *error = QStringLiteral("%1:%2: column %3: %4")
                             .arg(path)
                             .arg(lineNumber)
                             .arg(errors.front().column)
                             .arg(errors.front().message);
                return false;
            };
            if (fields.value(0) == u"problem" && fields.size() == 4) {
                Problem problem;
                problem.key = fields[1];
                for (const QString &cue : fields[2].split(u',', Qt::SkipEmptyParts)) {
                    std::vector<std::u16string> words;
                    for (const QString &word : cue.trimmed().split(u' ', Qt::SkipEmptyParts)) {
                        std::u16string folded = foldTerm(word.endsWith(u'*') ? word.chopped(1) : word);
                        if (word.endsWith(u'*'))
                            folded += u'*';
                        words.push_back(folded);
                    }
                    if (!words.empty())
                        problem.cues.push_back(std::move(words));
                }
                if (!parse(problem.phrase, fields[3]))
                    return std::nullopt;
                target.problems.push_back(std::move(problem));
            } else if (fields.value(0) == u"template" && fields.size() == 3 &&
                       (fields[1] == u"formal" || fields[1] == u"warm")) {
                if (!parse(fields[1] == u"formal" ? target.formal : target.warm, fields[2]))
                    return std::nullopt;
                (fields[1] == u"formal" ? formal : warm) = true;
            } else {
                return fail(QStringLiteral("expected problem<TAB>key<TAB>cues<TAB>phrase or "
                                           "template<TAB>formal|warm<TAB>text"));
            }
        }
        // The apology itself: the reply library's, unless the file has its own.
        for (const ReplyTemplate &t : builtInTemplates()) {
            const bool isFormal = t.purpose == apologyFormalPurpose;
            if (t.language != language || (!isFormal && t.purpose != apologyWarmPurpose) ||
                (isFormal ? formal : warm))
                continue;
            QList<TemplateError> errors;
            if (!(isFormal ? target.formal : target.warm).parse(t.body, &errors, known)) {
                *error = QStringLiteral("library template \"%1\": %2").arg(t.name, errors.front().message);
                return std::nullopt;
            }
            (isFormal ? formal : warm) = true;
        }
        if (!formal || !warm || target.problems.empty() || !target.problems.back().cues.empty()) {
            *error =
                QStringLiteral("%1: needs a formal and a warm template and, last, a problem without cues")
                    .arg(path);
            return std::nullopt;
        }
    }
    return drafter;
}

QString ApologyDrafter::findProblem(const Language_ &language, const QStringList &messages,
                                    const Problem **found) const
{
    // The newest message that names a problem decides; within it, the problem named most.
    for (const QString &message : messages) {
        const std::vector<std::u16string> words = foldedWords(message);
        const Problem *best = nullptr;
        int bestHits = 0;
        for (const Problem &problem : language.problems) {
            const int hits = countCues(problem.cues, words);
            if (hits > bestHits) {
                best = &problem;
                bestHits = hits;
            }
        }
        if (best) {
            *found = best;
            return best->key;
        }
    }
    *found = &language.problems.back();
    return found[0]->key;
}

ApologyDraft ApologyDrafter::draft(const ApologyContext &context, const QString &templateText) const
{
    ApologyDraft draft;
    draft.language = context.language == Language::Unknown ? Language::English : context.language;
    const Language_ &language = m_languages[std::size_t(draft.language)];
    const Problem *problem = nullptr;
    draft.problem = findProblem(language, context.customerMessages, &problem);
    QHash<QString, QString> values{
        {QStringLiteral("customer.first_name"), context.customerFirstName},
        {QStringLiteral("customer.first_name_vocative"), vocative(context.customerFirstName, draft.language)},
        {QStringLiteral("customer.female"),
         looksFemale(context.customerFirstName, draft.language) ? QStringLiteral("yes") : QString()},
        {QStringLiteral("order.id"), context.orderNumber},
        {QStringLiteral("order.summary"), context.orderSummary},
        {QStringLiteral("agent.first_name"), context.agentFirstName},
    };
    values.insert(QStringLiteral("problem"), problem->phrase.render(values));
    MessageTemplate own;
    QList<TemplateError> errors;
    const bool useOwn = !templateText.isEmpty() && own.parse(templateText, &errors, placeholders());
    const MessageTemplate &text =
        useOwn ? own : (context.tone == PreferredTone::Warm ? language.warm : language.formal);
    draft.text = text.render(values);
    return draft;
}

bool ApologyDrafter::looksFemale(const QString &firstName, Language language)
{
    const QString name = firstName.trimmed().toLower();
    if (name.isEmpty())
        return false;
    switch (language) {
    case Language::Polish:
        return name.endsWith(u'a') && name != u"kuba" && name != u"barnaba";
    case Language::Russian:
        return (name.endsWith(u'а') || name.endsWith(u'я')) && name != u"никита" && name != u"илья" &&
               name != u"фома" && name != u"лука" && name != u"кузьма";
    case Language::Romanian:
        return (name.endsWith(u'a') || name.endsWith(u'ă')) && name != u"mihnea" && name != u"luca" &&
               name != u"toma" && name != u"horea";
    default:
        return false;
    }
}

QString ApologyDrafter::vocative(const QString &firstName, Language language)
{
    const QString name = firstName.trimmed();
    if (language != Language::Polish || name.size() < 2)
        return name;
    static const QHash<QString, QString> men{
        {QStringLiteral("Jan"), QStringLiteral("Janie")},
        {QStringLiteral("Piotr"), QStringLiteral("Piotrze")},
        {QStringLiteral("Paweł"), QStringLiteral("Pawle")},
        {QStringLiteral("Michał"), QStringLiteral("Michale")},
        {QStringLiteral("Tomasz"), QStringLiteral("Tomaszu")},
        {QStringLiteral("Marcin"), QStringLiteral("Marcinie")},
        {QStringLiteral("Jakub"), QStringLiteral("Jakubie")},
        {QStringLiteral("Krzysztof"), QStringLiteral("Krzysztofie")},
        {QStringLiteral("Andrzej"), QStringLiteral("Andrzeju")},
        {QStringLiteral("Łukasz"), QStringLiteral("Łukaszu")},
        {QStringLiteral("Mateusz"), QStringLiteral("Mateuszu")},
        {QStringLiteral("Kamil"), QStringLiteral("Kamilu")},
        {QStringLiteral("Adam"), QStringLiteral("Adamie")},
        {QStringLiteral("Marek"), QStringLiteral("Marku")},
        {QStringLiteral("Grzegorz"), QStringLiteral("Grzegorzu")},
        {QStringLiteral("Wojciech"), QStringLiteral("Wojciechu")},
        {QStringLiteral("Bartosz"), QStringLiteral("Bartoszu")},
        {QStringLiteral("Dawid"), QStringLiteral("Dawidzie")},
        {QStringLiteral("Szymon"), QStringLiteral("Szymonie")},
        {QStringLiteral("Filip"), QStringLiteral("Filipie")},
        {QStringLiteral("Kacper"), QStringLiteral("Kacprze")},
        {QStringLiteral("Maciej"), QStringLiteral("Macieju")},
        {QStringLiteral("Rafał"), QStringLiteral("Rafale")},
        {QStringLiteral("Robert"), QStringLiteral("Robercie")},
        {QStringLiteral("Stanisław"), QStringLiteral("Stanisławie")},
        {QStringLiteral("Józef"), QStringLiteral("Józefie")},
        {QStringLiteral("Aleksander"), QStringLiteral("Aleksandrze")},
        {QStringLiteral("Daniel"), QStringLiteral("Danielu")},
        {QStringLiteral("Karol"), QStringLiteral("Karolu")},
        {QStringLiteral("Dominik"), QStringLiteral("Dominiku")},
        {QStringLiteral("Patryk"), QStringLiteral("Patryku")},
        {QStringLiteral("Damian"), QStringLiteral("Damianie")},
        {QStringLiteral("Kuba"), QStringLiteral("Kubo")},
    };
    if (const auto it = men.constFind(name); it != men.cend())
        return *it;
    if (name.endsWith(u'a')) // Anna -> Anno, Katarzyna -> Katarzyno, Zofia -> Zofio
        return name.chopped(1) + u'o';
    return name;
}

} // namespace empathy::emotion
