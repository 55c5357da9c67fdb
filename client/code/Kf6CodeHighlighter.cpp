#include "code/Kf6CodeHighlighter.h"

#include <QMutex>
#include <QMutexLocker>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace empathy {

namespace {

// Collects one line's formatted stretches as HTML spans with inline styles.
class HtmlLine : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString html;
    QStringView line;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const QString text = line.mid(offset, length).toString().toHtmlEscaped();
        QString style;
        if (format.hasTextColor(theme()))
            style += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
        if (format.isBold(theme()))
            style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(theme()))
            style += QStringLiteral("font-style:italic;");
        html += style.isEmpty() ? text : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text);
    }
};

} // namespace

struct Kf6CodeHighlighter::Private
{
    QMutex mutex; // Repository is not thread-safe; highlighting is quick, so one at a time
    KSyntaxHighlighting::Repository repository;
};

Kf6CodeHighlighter::Kf6CodeHighlighter()
    : d(std::make_unique<Private>())
{}

Kf6CodeHighlighter::~Kf6CodeHighlighter() = default;

void Kf6CodeHighlighter::addDefinitionFolder(const QString &dataFolder)
{
    QMutexLocker lock(&d->mutex);
    // The repository looks for "syntax" and "themes" below each custom path.
    d->repository.addCustomSearchPath(dataFolder + QStringLiteral("/org.kde.syntax-highlighting"));
}

std::optional<QString> Kf6CodeHighlighter::highlight(const QString &code, const QString &syntax,
                                                     const QString &theme) const
{
    QMutexLocker lock(&d->mutex);
    const KSyntaxHighlighting::Definition definition = d->repository.definitionForName(syntax);
    if (!definition.isValid())
        return std::nullopt;
    HtmlLine highlighter;
    highlighter.setDefinition(definition);
    highlighter.setTheme(d->repository.theme(theme));
    KSyntaxHighlighting::State state;
    QStringList lines;
    for (QStringView line : QStringView(code).split(u'\n')) {
        highlighter.html.clear();
        highlighter.line = line;
        state = highlighter.highlightLine(line, state);
        lines.append(highlighter.html);
    }
    return lines.join(u'\n');
}

} // namespace empathy
