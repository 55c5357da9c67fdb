#include "TemplateHighlighter.h"

#include "code/AsyncCodeHighlighter.h"
#include "TemplateSyntax.h"

#include <QTextBlock>
#include <QTextDocument>

namespace empathy {

namespace {

const QString theme = QStringLiteral("Breeze Light");

} // namespace

TemplateHighlighter::TemplateHighlighter(QTextDocument *document, AsyncCodeHighlighter *code)
    : QSyntaxHighlighter(document)
    , m_code(code)
{
    if (m_code)
        connect(m_code, &AsyncCodeHighlighter::ready, this, &TemplateHighlighter::request);
    connect(document, &QTextDocument::contentsChanged, this, [this] {
        if (!m_applying)
            request();
    });
    request();
}

// Asks for the current text; when the answer is already known, its colours go on at once.
void TemplateHighlighter::request()
{
    const QTextDocument *doc = document();
    if (!m_code || !doc)
        return;
    const QString text = doc->toPlainText();
    if (text == m_for && !m_ranges.empty())
        return;
    const QString html = m_code->cached(text, templateSyntaxName(), theme);
    if (html.isNull())
        return; // on its way: ready() asks again
    // The HTML's text is the template's text; its spans carry the colours.
    QTextDocument parsed;
    parsed.setHtml(QStringLiteral("<pre>") + html + QStringLiteral("</pre>"));
    std::vector<Range> ranges;
    for (QTextBlock block = parsed.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.hasProperty(QTextFormat::ForegroundBrush) || format.fontWeight() > QFont::Normal)
                ranges.push_back({fragment.position(), fragment.length(), format});
        }
    }
    if (parsed.toPlainText() != text)
        return; // not this text after all (the program changed its whitespace): leave it plain
    m_for = text;
    m_ranges = std::move(ranges);
    m_applying = true;
    rehighlight();
    m_applying = false;
    emit highlighted();
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
    if (document()->toPlainText() != m_for)
        return;
    const int start = currentBlock().position();
    const int end = start + int(text.size());
    for (const Range &r : m_ranges) {
        const int from = std::max(r.start, start);
        const int to = std::min(r.start + r.length, end);
        if (from < to) {
            QTextCharFormat format;
            if (r.format.hasProperty(QTextFormat::ForegroundBrush))
                format.setForeground(r.format.foreground());
            format.setFontWeight(r.format.fontWeight());
            format.setFontUnderline(r.format.fontUnderline());
            setFormat(from - start, to - from, format);
        }
    }
}

QTextCharFormat TemplateHighlighter::formatAt(int position) const
{
    for (const Range &r : m_ranges) {
        if (position >= r.start && position < r.start + r.length)
            return r.format;
    }
    return {};
}

} // namespace empathy
