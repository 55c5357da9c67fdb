#include "TrainingPackFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace empathy {

namespace {

const QString formatName = QStringLiteral("empathy-desk-training-pack");

QJsonValue timeValue(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// Reads an optional time; false when present but not a time.
bool readTime(const QJsonValue &value, QDateTime *at)
{
    if (value.isNull() || value.isUndefined()) {
        *at = QDateTime();
        return true;
    }
    *at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at->isValid();
}

} // namespace

QString packRoleKey(PackRole role)
{
    switch (role) {
    case PackRole::Customer:
        return QStringLiteral("customer");
    case PackRole::Agent:
        return QStringLiteral("agent");
    case PackRole::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("system");
}

std::optional<PackRole> packRoleFromKey(QStringView key)
{
    for (PackRole role : {PackRole::Customer, PackRole::Agent, PackRole::System}) {
        if (key == packRoleKey(role))
            return role;
    }
    return std::nullopt;
}

QByteArray TrainingPackFile::encode(const TrainingPack &pack)
{
    QJsonArray conversations;
    for (const PackConversation &c : pack.conversations) {
        QJsonArray messages;
        for (const PackMessage &m : c.messages) {
            messages.append(QJsonObject{{QStringLiteral("role"), packRoleKey(m.role)},
                                        {QStringLiteral("speaker"), m.speaker},
                                        {QStringLiteral("at"), timeValue(m.at)},
                                        {QStringLiteral("text"), m.text}});
        }
        QJsonArray annotations;
        for (const PackAnnotation &a : c.annotations) {
            annotations.append(QJsonObject{{QStringLiteral("message"), a.message},
                                           {QStringLiteral("text"), a.text},
                                           {QStringLiteral("author"), a.author},
                                           {QStringLiteral("at"), timeValue(a.at)}});
        }
        conversations.append(QJsonObject{{QStringLiteral("id"), c.id},
                                         {QStringLiteral("source"), c.source},
                                         {QStringLiteral("topic"), c.topic},
                                         {QStringLiteral("language"), languageCode(c.language)},
                                         {QStringLiteral("messages"), messages},
                                         {QStringLiteral("annotations"), annotations}});
    }
    QJsonObject replaced;
    for (auto it = pack.replaced.begin(); it != pack.replaced.end(); ++it)
        replaced.insert(it.key(), it.value());
    const QJsonObject root{
        {QStringLiteral("format"), formatName}, {QStringLiteral("version"), version},
        {QStringLiteral("title"), pack.title},  {QStringLiteral("created"), timeValue(pack.created)},
        {QStringLiteral("replaced"), replaced}, {QStringLiteral("conversations"), conversations}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<TrainingPack> TrainingPackFile::decode(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<TrainingPack> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return fail(QStringLiteral("not a training pack (\"format\" is not \"%1\")").arg(formatName));
    const int fileVersion = root.value(QStringLiteral("version")).toInt();
    if (fileVersion < 1 || fileVersion > version)
        return fail(QStringLiteral("pack version %1 is not one this build reads (up to %2)")
                        .arg(fileVersion)
                        .arg(version));
    TrainingPack pack;
    pack.title = root.value(QStringLiteral("title")).toString();
    if (!readTime(root.value(QStringLiteral("created")), &pack.created))
        return fail(QStringLiteral("\"created\" is not a time"));
    const QJsonObject replaced = root.value(QStringLiteral("replaced")).toObject();
    for (auto it = replaced.begin(); it != replaced.end(); ++it)
        pack.replaced.insert(it.key(), it.value().toInt());
    const QJsonValue list = root.value(QStringLiteral("conversations"));
    if (!list.isArray())
        return fail(QStringLiteral("\"conversations\" is missing"));
    const QJsonArray conversations = list.toArray();
    for (qsizetype ci = 0; ci < conversations.size(); ++ci) {
        const QJsonObject c = conversations.at(ci).toObject();
        const QString where = QStringLiteral("conversations[%1]").arg(ci);
        PackConversation conversation;
        conversation.id = c.value(QStringLiteral("id")).toString();
        conversation.source = c.value(QStringLiteral("source")).toString();
        conversation.topic = c.value(QStringLiteral("topic")).toString();
        conversation.language = languageFromCode(c.value(QStringLiteral("language")).toString());
        const QJsonArray messages = c.value(QStringLiteral("messages")).toArray();
        if (messages.isEmpty())
            return fail(where + QStringLiteral(": no messages"));
        for (qsizetype mi = 0; mi < messages.size(); ++mi) {
            const QJsonObject m = messages.at(mi).toObject();
            const QString at = where + QStringLiteral(".messages[%1]").arg(mi);
            PackMessage message;
            const auto role = packRoleFromKey(m.value(QStringLiteral("role")).toString());
            if (!role)
                return fail(at + QStringLiteral(": \"role\" must be customer, agent or system"));
            message.role = *role;
            message.speaker = m.value(QStringLiteral("speaker")).toString();
            if (!readTime(m.value(QStringLiteral("at")), &message.at))
                return fail(at + QStringLiteral(": \"at\" is not a time"));
            if (!m.value(QStringLiteral("text")).isString())
                return fail(at + QStringLiteral(": \"text\" is missing"));
            message.text = m.value(QStringLiteral("text")).toString();
            conversation.messages.append(message);
        }
        const QJsonArray annotations = c.value(QStringLiteral("annotations")).toArray();
        for (qsizetype ai = 0; ai < annotations.size(); ++ai) {
            const QJsonObject a = annotations.at(ai).toObject();
            const QString at = where + QStringLiteral(".annotations[%1]").arg(ai);
            PackAnnotation annotation;
            annotation.message = a.value(QStringLiteral("message")).toInt(-1);
            if (annotation.message < 0 || annotation.message >= conversation.messages.size())
                return fail(at + QStringLiteral(": \"message\" is not a message of the conversation"));
            annotation.text = a.value(QStringLiteral("text")).toString();
            annotation.author = a.value(QStringLiteral("author")).toString();
            if (!readTime(a.value(QStringLiteral("at")), &annotation.at))
                return fail(at + QStringLiteral(": \"at\" is not a time"));
            conversation.annotations.append(annotation);
        }
        pack.conversations.append(conversation);
    }
    return pack;
}

std::optional<TrainingPack> TrainingPackFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto pack = decode(file.readAll(), &why);
    if (!pack && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return pack;
}

bool TrainingPackFile::save(const TrainingPack &pack, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encode(pack)) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace empathy
