#include "templates/MessageTemplate.h"

#include <QCoreApplication>

namespace empathy {

const QStringList &MessageTemplate::knownPlaceholders()
{
    static const QStringList names{
        QStringLiteral("customer.first_name"),
        QStringLiteral("customer.first_name_vocative"), // the Polish vocative ("Anno"); the name elsewhere
        QStringLiteral("customer.female"),              // "yes" when the first name reads as a woman's
        QStringLiteral("customer.name"),
        QStringLiteral("order.id"),
        QStringLiteral("order.summary"),
        QStringLiteral("problem"),
        QStringLiteral("compensation"),
        QStringLiteral("agent.first_name"),
        QStringLiteral("agent.name"),
        QStringLiteral("company.name"),
    };
    return names;
}

bool MessageTemplate::parse(const QString &text, QList<TemplateError> *errors, const QStringList &known)
{
    QList<TemplateError> found;
    // The open blocks: where they started, and which of their branches receives nodes.
    struct Open
    {
        Node node;
        bool inElse = false;
        int line = 0;
        int column = 0;
    };
    QList<Open> stack;
    QList<Node> root;
    auto target = [&]() -> QList<Node> & {
        if (stack.isEmpty())
            return root;
        Open &top = stack.last();
        return top.inElse ? top.node.otherwise : top.node.then;
    };
    auto addText = [&](const QString &t) {
        if (!t.isEmpty())
            target().append(Node{Node::Text, t, {}, {}});
    };
    int line = 1;
    int column = 1;
    auto advance = [&](QStringView part) {
        for (QChar c : part) {
            if (c == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
    };
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), at);
        if (open < 0) {
            addText(text.mid(at));
            break;
        }
        addText(text.mid(at, open - at));
        advance(QStringView(text).mid(at, open - at));
        const int tagLine = line;
        const int tagColumn = column;
        const qsizetype close = text.indexOf(QStringLiteral("}}"), open + 2);
        if (close < 0) {
            found.append({tagLine, tagColumn, tr("\"{{\" is never closed with \"}}\"")});
            break;
        }
        const QString tag = text.mid(open + 2, close - open - 2).trimmed();
        advance(QStringView(text).mid(open, close + 2 - open));
        at = close + 2;
        if (tag.startsWith(u'#')) {
            const QStringList words = tag.mid(1).split(u' ', Qt::SkipEmptyParts);
            if (words.size() != 2 || words[0] != u"if") {
                found.append({tagLine, tagColumn, tr("only {{#if name}} blocks are known: %1").arg(tag)});
                continue;
            }
            if (!known.contains(words[1]))
                found.append({tagLine, tagColumn, tr("unknown placeholder \"%1\"").arg(words[1])});
            stack.append({Node{Node::If, words[1], {}, {}}, false, tagLine, tagColumn});
        } else if (tag == u"else") {
            if (stack.isEmpty() || stack.last().inElse)
                found.append({tagLine, tagColumn, tr("{{else}} outside an {{#if}} block")});
            else
                stack.last().inElse = true;
        } else if (tag.startsWith(u'/')) {
            if (tag != u"/if")
                found.append({tagLine, tagColumn, tr("unknown closing tag {{%1}}").arg(tag)});
            else if (stack.isEmpty())
                found.append({tagLine, tagColumn, tr("{{/if}} without an {{#if}} before it")});
            else {
                Node node = stack.takeLast().node;
                target().append(node);
            }
        } else if (!known.contains(tag)) {
            found.append({tagLine, tagColumn, tr("unknown placeholder \"%1\"").arg(tag)});
        } else {
            target().append(Node{Node::Value, tag, {}, {}});
        }
    }
    for (const Open &open : stack)
        found.append(
            {open.line, open.column, tr("{{#if %1}} is never closed with {{/if}}").arg(open.node.text)});
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return false;
    m_nodes = root;
    return true;
}

void MessageTemplate::renderNodes(const QList<Node> &nodes, const QHash<QString, QString> &values,
                                  QString &out)
{
    for (const Node &node : nodes) {
        switch (node.kind) {
        case Node::Text:
            out += node.text;
            break;
        case Node::Value:
            out += values.value(node.text);
            break;
        case Node::If:
            renderNodes(values.value(node.text).trimmed().isEmpty() ? node.otherwise : node.then, values,
                        out);
            break;
        }
    }
}

QString MessageTemplate::render(const QHash<QString, QString> &values) const
{
    QString out;
    renderNodes(m_nodes, values, out);
    return out;
}

} // namespace empathy
