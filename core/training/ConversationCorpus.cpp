#include "ConversationCorpus.h"

#include "training/TrainingPackFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace empathy {

namespace {

// Twitter's text comes with &amp; &lt; &gt; escaped.
QString withoutHtmlEntities(QString text)
{
    if (!text.contains(u'&'))
        return text;
    return text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace

QDateTime parseCorpusTime(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid())
        return at.toUTC();
    // Twitter: "Wed Oct 11 06:55:44 +0000 2017"
    static const QRegularExpression twitter(
        QStringLiteral(R"(^\w{3} (\w{3} \d{2} \d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$)"));
    const QRegularExpressionMatch m = twitter.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    at =
        QLocale::c().toDateTime(m.captured(1) + u' ' + m.captured(5), QStringLiteral("MMM dd HH:mm:ss yyyy"));
    if (!at.isValid())
        return {};
    at.setTimeSpec(Qt::UTC);
    const int offset = (m.captured(3).toInt() * 60 + m.captured(4).toInt()) * 60;
    return at.addSecs(m.captured(2) == u"+" ? -offset : offset);
}

std::optional<QList<SourceConversation>> readConversationCorpus(const QString &path, QStringList *problems,
                                                                QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    auto problem = [&](int line, const QString &why) {
        if (problems)
            problems->append(QStringLiteral("line %1: %2").arg(line).arg(why));
    };
    QList<SourceConversation> out;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject thread = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            problem(lineNumber, QStringLiteral("not JSON (%1), skipped").arg(parseError.errorString()));
            continue;
        }
        const QJsonArray turns = thread.value(QStringLiteral("turns")).toArray();
        if (turns.isEmpty()) {
            problem(lineNumber, QStringLiteral("no turns, skipped"));
            continue;
        }
        SourceConversation source;
        PackConversation &c = source.conversation;
        const QJsonValue id = thread.value(QStringLiteral("id"));
        c.id = id.isString() ? id.toString() : QString::number(id.toVariant().toLongLong());
        c.source = thread.value(QStringLiteral("source")).toString();
        c.topic = thread.value(QStringLiteral("domain")).toString();
        if (!c.topic.isEmpty())
            source.companies.append(c.topic);
        for (qsizetype i = 0; i < turns.size(); ++i) {
            const QJsonObject turn = turns.at(i).toObject();
            PackMessage message;
            const QString role = turn.value(QStringLiteral("role")).toString();
            const auto known = packRoleFromKey(role);
            if (!known)
                problem(lineNumber, QStringLiteral("turn %1: role \"%2\" kept as system").arg(i).arg(role));
            message.role = known.value_or(PackRole::System);
            const QJsonValue speaker = turn.value(QStringLiteral("speaker"));
            message.speaker =
                speaker.isString() ? speaker.toString() : QString::number(speaker.toVariant().toLongLong());
            const QJsonValue time = turn.value(QStringLiteral("time"));
            if (time.isString()) {
                message.at = parseCorpusTime(time.toString());
                if (!message.at.isValid())
                    problem(lineNumber, QStringLiteral("turn %1: time \"%2\" not understood, estimated")
                                            .arg(i)
                                            .arg(time.toString()));
            }
            message.text = withoutHtmlEntities(turn.value(QStringLiteral("text")).toString());
            // Generic labels ("customer", "agent", "action") name no one.
            const bool generic = message.speaker.compare(role, Qt::CaseInsensitive) == 0 ||
                                 message.speaker == u"action" || message.speaker.isEmpty();
            if (!generic) {
                if (message.role == PackRole::Customer && !source.customerHandles.contains(message.speaker))
                    source.customerHandles.append(message.speaker);
                else if (message.role == PackRole::Agent && message.speaker != c.topic &&
                         !source.agentHandles.contains(message.speaker))
                    source.agentHandles.append(message.speaker);
            }
            c.messages.append(message);
        }
        out.append(source);
    }
    return out;
}

} // namespace empathy
