#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace empathy {

// Colours code with KDE Syntax-Highlighting: in-process through KF6SyntaxHighlighting when the build has
// it, otherwise through its `kate-syntax-highlighter` program (Debian libkf5syntaxhighlighting-tools).
// Both give the same thing: the code as HTML spans with inline colours, without the surrounding <pre>.
class CodeHighlighter
{
public:
    virtual ~CodeHighlighter() = default;

    // "KF6SyntaxHighlighting" or "kate-syntax-highlighter".
    virtual QString backend() const = 0;
    // `syntax` is a definition name ("JSON", "XML", "Python"), `theme` a theme name ("Breeze Light").
    // Blocking (a few milliseconds in-process, tens through the program): call it from a worker thread;
    // safe to call from several at once. Nothing when the syntax is unknown or the backend failed.
    virtual std::optional<QString> highlight(const QString &code, const QString &syntax,
                                             const QString &theme) const = 0;
    // Makes the definitions in `dataFolder`/org.kde.syntax-highlighting/syntax/ known (Empathy Desk's
    // template language). Call before highlighting starts.
    virtual void addDefinitionFolder(const QString &dataFolder) = 0;
};

// The in-process backend when the build has it, else the program when it is installed, else nothing:
// messages then show code in a plain monospace block.
std::unique_ptr<CodeHighlighter> makeCodeHighlighter();

} // namespace empathy
