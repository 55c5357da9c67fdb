#pragma once

#include "code/CodeHighlighter.h"

#include <memory>

namespace empathy {

// KF6SyntaxHighlighting in the process (built only when CMake finds it: newer distributions, the Windows
// and macOS packages). Definitions and themes come from the library's compiled-in repository.
class Kf6CodeHighlighter : public CodeHighlighter
{
public:
    Kf6CodeHighlighter();
    ~Kf6CodeHighlighter() override;

    QString backend() const override { return QStringLiteral("KF6SyntaxHighlighting"); }
    std::optional<QString> highlight(const QString &code, const QString &syntax,
                                     const QString &theme) const override;
    void addDefinitionFolder(const QString &dataFolder) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace empathy
