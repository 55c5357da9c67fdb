#pragma once

#include "code/CodeHighlighter.h"

#include <QStringList>

namespace empathy {

// Runs `kate-syntax-highlighter --stdin -s SYNTAX -t THEME -f html` and keeps what is inside its <pre>.
class ProgramCodeHighlighter : public CodeHighlighter
{
public:
    // The program's path; empty when it is not installed.
    static QString findProgram();
    explicit ProgramCodeHighlighter(QString program);

    QString backend() const override { return QStringLiteral("kate-syntax-highlighter"); }
    std::optional<QString> highlight(const QString &code, const QString &syntax,
                                     const QString &theme) const override;
    // The program finds definitions through XDG_DATA_DIRS: the folder goes first in it.
    void addDefinitionFolder(const QString &dataFolder) override { m_dataFolders.append(dataFolder); }

private:
    QString m_program;
    QStringList m_dataFolders;
};

} // namespace empathy
