#include "templates/ReplyTemplate.h"

#include <QFile>

// Resource names must be unique across the static libraries linked into one program.
static void registerTemplateLibrary()
{
    Q_INIT_RESOURCE(templates);
}

namespace empathy {

QList<ReplyTemplate> parseTemplateLibrary(const QString &text, QString *error)
{
    QList<ReplyTemplate> out;
    int lineNumber = 0;
    for (const QString &line : text.split(u'\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        const Language language =
            fields.size() == 3 || fields.size() == 4 ? languageFromCode(fields[0]) : Language::Unknown;
        if (language == Language::Unknown || fields.value(1).trimmed().isEmpty() ||
            fields.value(2).trimmed().isEmpty()) {
            *error = QStringLiteral("line %1: expected language (en, pl, ro, ru, fa), name, text and "
                                    "optionally a purpose, separated by tabs")
                         .arg(lineNumber);
            return {};
        }
        ReplyTemplate t;
        t.language = language;
        t.name = fields[1].trimmed();
        t.body = QString(fields[2]).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        t.builtIn = true;
        t.purpose = fields.value(3).trimmed();
        out.append(t);
    }
    return out;
}

QList<ReplyTemplate> builtInTemplates()
{
    registerTemplateLibrary();
    QFile file(QStringLiteral(":/empathy/templates/library.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    return parseTemplateLibrary(QString::fromUtf8(file.readAll()), &error);
}

} // namespace empathy
