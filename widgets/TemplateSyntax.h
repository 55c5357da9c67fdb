#pragma once

#include <QString>

namespace empathy {

class CodeHighlighter;

// KDE Syntax-Highlighting learns Empathy Desk's template language from the definition shipped in
// resources/syntax/empathy-template.xml: it is written below `dataFolder` (where the library looks for
// definitions) and the folder is given to the highlighter. False when it cannot be written.
bool installTemplateSyntax(CodeHighlighter &highlighter, const QString &dataFolder);

// The definition's name, as the highlighter knows it.
inline QString templateSyntaxName()
{
    return QStringLiteral("Empathy Template");
}

} // namespace empathy
