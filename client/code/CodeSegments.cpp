#include "code/CodeSegments.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace empathy {

namespace {

const QString logSyntax = QStringLiteral("Log File (simplified)");

bool isStackLine(const QString &line)
{
    static const QRegularExpression frame(
        QStringLiteral("^\\s+(at [\\w$.<>]+\\(.*\\)|at [\\w$.<>`]+ in .*|File \".*\", line \\d+.*|\\.\\.\\. "
                       "\\d+ more)\\s*$"));
    return frame.match(line).hasMatch();
}

bool startsStack(const QString &line)
{
    static const QRegularExpression head(
        QStringLiteral("^(Traceback \\(most recent call last\\):|(Exception in thread "
                       ".*|[\\w$.]+(Exception|Error)(: .*)?)|Caused by: .*)\\s*$"));
    return head.match(line).hasMatch();
}

bool isLogLine(const QString &line)
{
    static const QRegularExpression log(
        QStringLiteral("^\\s*(\\[?\\d{4}-\\d{2}-\\d{2}[ "
                       "T]\\d{2}:\\d{2}(:\\d{2})?|\\[?\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\]?\\s+|"
                       "\\[?(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\\]?[\\s:])"));
    return log.match(line).hasMatch();
}

// Where the bracket at `open` closes (the index after it), skipping strings; -1 when it never does. One
// pass, so a long log whose lines start with "[" costs no more than reading it.
qsizetype closingBracket(const QString &text, qsizetype open)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype k = open; k >= 0 && k < text.size(); ++k) {
        const QChar c = text[k];
        if (inString) {
            if (c == u'\\')
                ++k;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u'}' || c == u']') {
            if (--depth == 0)
                return k + 1;
        }
    }
    return -1;
}

bool isJson(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 2 || !((t.front() == u'{' && t.back() == u'}') || (t.front() == u'[' && t.back() == u']')))
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(t.toUtf8(), &error);
    return error.error == QJsonParseError::NoError;
}

bool isXml(const QString &text)
{
    static const QRegularExpression xml(
        QStringLiteral("^\\s*(<\\?xml[^>]*\\?>\\s*)?<([A-Za-z_][\\w.:-]*)[^>]*>[\\s\\S]*</\\2>\\s*$"));
    return xml.match(text).hasMatch();
}

// Unfenced prose: finds code in it line by line.
void splitUnfenced(const QString &text, QList<TextSegment> &out)
{
    if (text.trimmed().isEmpty()) {
        if (!text.isEmpty())
            out.append({text, {}});
        return;
    }
    if (isJson(text)) {
        out.append({text.trimmed(), QStringLiteral("JSON")});
        return;
    }
    if (isXml(text)) {
        out.append({text.trimmed(), QStringLiteral("XML")});
        return;
    }
    const QStringList lines = text.split(u'\n');
    QStringList prose;
    auto flushProse = [&] {
        if (!prose.isEmpty())
            out.append({prose.join(u'\n'), {}});
        prose.clear();
    };
    for (qsizetype i = 0; i < lines.size();) {
        // A block of lines that starts with "{" or "[", ends where its bracket closes, and parses as JSON.
        if (const QString t = lines[i].trimmed(); t.startsWith(u'{') || t.startsWith(u'[')) {
            const QString rest = lines.mid(i).join(u'\n');
            const qsizetype end = closingBracket(rest, rest.indexOf(t.front()));
            const qsizetype lineEnd = end < 0 ? -1 : rest.indexOf(u'\n', end);
            const QString block = end < 0 ? QString() : rest.left(lineEnd < 0 ? rest.size() : lineEnd);
            if (end >= 0 && block.mid(end).trimmed().isEmpty() && isJson(block)) {
                flushProse();
                out.append({block, QStringLiteral("JSON")});
                i += block.count(u'\n') + 1;
                continue;
            }
        }
        if (startsStack(lines[i]) && i + 1 < lines.size() && isStackLine(lines[i + 1])) {
            qsizetype j = i + 1;
            while (j < lines.size() && (isStackLine(lines[j]) || startsStack(lines[j]) ||
                                        (lines[j].startsWith(u' ') && !lines[j].trimmed().isEmpty())))
                ++j;
            flushProse();
            out.append({lines.mid(i, j - i).join(u'\n'), logSyntax});
            i = j;
            continue;
        }
        if (isLogLine(lines[i]) && i + 1 < lines.size() && isLogLine(lines[i + 1])) {
            qsizetype j = i;
            while (j < lines.size() && (isLogLine(lines[j]) || isStackLine(lines[j])))
                ++j;
            flushProse();
            out.append({lines.mid(i, j - i).join(u'\n'), logSyntax});
            i = j;
            continue;
        }
        prose.append(lines[i]);
        ++i;
    }
    flushProse();
}

// The syntax a fenced block without a tag looks like.
QString guessSyntax(const QString &code)
{
    if (isJson(code))
        return QStringLiteral("JSON");
    if (isXml(code))
        return QStringLiteral("XML");
    return logSyntax;
}

} // namespace

QString syntaxForFence(QStringView tag)
{
    static const QList<std::pair<QString, QString>> aliases{
        {QStringLiteral("json"), QStringLiteral("JSON")},
        {QStringLiteral("xml"), QStringLiteral("XML")},
        {QStringLiteral("html"), QStringLiteral("HTML")},
        {QStringLiteral("yaml"), QStringLiteral("YAML")},
        {QStringLiteral("yml"), QStringLiteral("YAML")},
        {QStringLiteral("python"), QStringLiteral("Python")},
        {QStringLiteral("py"), QStringLiteral("Python")},
        {QStringLiteral("java"), QStringLiteral("Java")},
        {QStringLiteral("js"), QStringLiteral("JavaScript")},
        {QStringLiteral("javascript"), QStringLiteral("JavaScript")},
        {QStringLiteral("sql"), QStringLiteral("SQL")},
        {QStringLiteral("bash"), QStringLiteral("Bash")},
        {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("c"), QStringLiteral("C")},
        {QStringLiteral("cpp"), QStringLiteral("C++")},
        {QStringLiteral("c++"), QStringLiteral("C++")},
        {QStringLiteral("diff"), QStringLiteral("Diff")},
        {QStringLiteral("ini"), QStringLiteral("INI Files")},
        {QStringLiteral("log"), QStringLiteral("Log File (simplified)")},
    };
    const QString key = tag.trimmed().toString().toLower();
    for (const auto &[alias, syntax] : aliases) {
        if (alias == key)
            return syntax;
    }
    return {};
}

QList<TextSegment> splitCode(const QString &body)
{
    QList<TextSegment> out;
    static const QRegularExpression fence(QStringLiteral("```([\\w+#-]*)[ \\t]*\\n([\\s\\S]*?)\\n?```"));
    qsizetype at = 0;
    auto matches = fence.globalMatch(body);
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        splitUnfenced(body.mid(at, m.capturedStart() - at), out);
        const QString code = m.captured(2);
        QString syntax = syntaxForFence(m.captured(1));
        if (syntax.isEmpty())
            syntax = guessSyntax(code);
        out.append({code, syntax});
        at = m.capturedEnd();
    }
    splitUnfenced(body.mid(at), out);
    if (out.isEmpty())
        out.append({body, {}});
    return out;
}

} // namespace empathy
