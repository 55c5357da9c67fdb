#include "TemplateSyntax.h"

#include "code/CodeHighlighter.h"

#include <QDir>
#include <QFile>

// Resource names must be unique across the static libraries linked into one program.
static void registerWidgetResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace empathy {

bool installTemplateSyntax(CodeHighlighter &highlighter, const QString &dataFolder)
{
    registerWidgetResources();
    const QString folder = dataFolder + QStringLiteral("/org.kde.syntax-highlighting/syntax");
    if (!QDir().mkpath(folder))
        return false;
    QFile source(QStringLiteral(":/empathy/syntax/empathy-template.xml"));
    QFile target(folder + QStringLiteral("/empathy-template.xml"));
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (target.write(source.readAll()) < 0 || !target.flush())
        return false;
    highlighter.addDefinitionFolder(dataFolder);
    return true;
}

} // namespace empathy
