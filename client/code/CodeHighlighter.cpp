#include "code/CodeHighlighter.h"

#include "code/ProgramCodeHighlighter.h"
#ifdef EMPATHY_HAVE_KF6_SYNTAX_HIGHLIGHTING
#include "code/Kf6CodeHighlighter.h"
#endif

namespace empathy {

std::unique_ptr<CodeHighlighter> makeCodeHighlighter()
{
#ifdef EMPATHY_HAVE_KF6_SYNTAX_HIGHLIGHTING
    return std::make_unique<Kf6CodeHighlighter>();
#else
    const QString program = ProgramCodeHighlighter::findProgram();
    if (program.isEmpty())
        return nullptr;
    return std::make_unique<ProgramCodeHighlighter>(program);
#endif
}

} // namespace empathy
