#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace empathy {

// A problem in a template, where it starts (1-based line and column of the tag).
struct TemplateError
{
    int line = 0;
    int column = 0;
    QString message;
};

// A reply template: text with placeholders `{{customer.first_name}}` and blocks
// `{{#if order.id}} ... {{else}} ... {{/if}}` (the condition holds when the value is not empty; blocks
// nest). parse() reports every unknown placeholder and unbalanced block with its line and column, so
// the editor can refuse to save; render() fills a parsed template in.
class MessageTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)

public:
    // The placeholders Empathy Desk fills in.
    static const QStringList &knownPlaceholders();

    // False and the errors (in order) when the text is not a valid template.
    bool parse(const QString &text, QList<TemplateError> *errors,
               const QStringList &known = knownPlaceholders());
    // Unknown values render as empty text.
    QString render(const QHash<QString, QString> &values) const;

private:
    struct Node
    {
        enum Kind
        {
            Text,
            Value,
            If
        } kind = Text;
        QString text; // the text, or the placeholder's name
        QList<Node> then;
        QList<Node> otherwise;
    };
    static void renderNodes(const QList<Node> &nodes, const QHash<QString, QString> &values, QString &out);

    QList<Node> m_nodes;
};

} // namespace empathy
