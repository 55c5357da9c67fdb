#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace empathy {

class AsyncCodeHighlighter;

// Colours a template being edited with KDE Syntax-Highlighting ("Empathy Template", see TemplateSyntax):
// the whole text is highlighted off the GUI thread, and the colours of the answer are laid on the
// document's blocks once it comes back for the text still in the editor. Typing never waits for it.
class TemplateHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    TemplateHighlighter(QTextDocument *document, AsyncCodeHighlighter *code);

    // How many formatted stretches the current text has (0 until the highlighter answered).
    int formattedRanges() const { return int(m_ranges.size()); }
    // The format at a position of the document, for tests.
    QTextCharFormat formatAt(int position) const;

signals:
    void highlighted();

protected:
    void highlightBlock(const QString &text) override;

private:
    void request();

    struct Range
    {
        int start;
        int length;
        QTextCharFormat format;
    };
    AsyncCodeHighlighter *m_code;
    QString m_for; // the text the ranges belong to
    std::vector<Range> m_ranges;
    bool m_applying = false;
};

} // namespace empathy
