#include "protocol/FrameCodec.h"

#include "protocol/JsonReader.h"
#include "protocol/WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace empathy {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

// A page's or push's changes: [{seq, kind, data}, …]. A kind this build does not know stays in the list
// as ChangeKind::Unknown, for ChangeBatch to skip and report.
QList<Change> readChanges(JsonReader &r, const char *name)
{
    const QJsonArray array = r.array(name);
    QList<Change> list;
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QJsonObject change = item.toObject();
        const QJsonValue seq = change.value(QStringLiteral("seq"));
        const QJsonValue kind = change.value(QStringLiteral("kind"));
        const QJsonValue data = change.value(QStringLiteral("data"));
        if (!seq.isDouble() || !kind.isString() || !data.isObject()) {
            r.fail(name, "a list of {seq, kind, data}");
            return {};
        }
        list.append(Change{seq.toInteger(), changeKindFromKey(kind.toString()).value_or(ChangeKind::Unknown),
                           data.toObject(), QByteArray()});
    }
    return list;
}

ErrorFrame badMessage(const QString &why)
{
    return {ErrorCode::BadMessage, why, QString()};
}

} // namespace

QString FrameCodec::typeOf(const Frame &frame)
{
    struct Visitor
    {
        QString operator()(const HelloFrame &) const { return QStringLiteral("hello"); }
        QString operator()(const WelcomeFrame &) const { return QStringLiteral("welcome"); }
        QString operator()(const LoginFrame &) const { return QStringLiteral("login"); }
        QString operator()(const ResumeFrame &) const { return QStringLiteral("resume"); }
        QString operator()(const LogoutFrame &) const { return QStringLiteral("logout"); }
        QString operator()(const SessionFrame &) const { return QStringLiteral("session"); }
        QString operator()(const ErrorFrame &) const { return QStringLiteral("error"); }
        QString operator()(const SyncFrame &) const { return QStringLiteral("sync"); }
        QString operator()(const PageFrame &) const { return QStringLiteral("page"); }
        QString operator()(const ChangesFrame &) const { return QStringLiteral("changes"); }
        QString operator()(const ResyncFrame &) const { return QStringLiteral("resync"); }
        QString operator()(const OpFrame &) const { return QStringLiteral("op"); }
        QString operator()(const AckFrame &) const { return QStringLiteral("ack"); }
    };
    return std::visit(Visitor(), frame);
}

namespace {

// Pages are the bulk of the traffic: their changes are written as text, splicing each change's
// already-encoded data, instead of building and serialising one large JSON tree.
QByteArray encodeChanges(const QList<Change> &changes)
{
    QByteArray out;
    qsizetype size = 2;
    for (const Change &change : changes)
        size += change.encodedData.size() + 64;
    out.reserve(size);
    out.append('[');
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &change = changes.at(i);
        if (i > 0)
            out.append(',');
        out.append("{\"seq\":").append(QByteArray::number(change.seq)).append(",\"kind\":\"");
        out.append(changeKindKey(change.kind).toLatin1()).append("\",\"data\":");
        out.append(change.encodedData.isEmpty() ? QJsonDocument(change.data).toJson(QJsonDocument::Compact)
                                                : change.encodedData);
        out.append('}');
    }
    out.append(']');
    return out;
}

QByteArray withChanges(QJsonObject envelope, const QString &type, const QList<Change> &changes)
{
    envelope.insert(QStringLiteral("type"), type);
    QByteArray text = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    text.chop(1); // the closing brace
    return text.append(",\"changes\":").append(encodeChanges(changes)).append('}');
}

} // namespace

QByteArray FrameCodec::encode(const Frame &frame)
{
    if (const auto *page = std::get_if<PageFrame>(&frame))
        return withChanges({{QStringLiteral("generation"), page->generation},
                            {QStringLiteral("last"), page->last},
                            {QStringLiteral("head"), page->head},
                            {QStringLiteral("more"), page->more}},
                           QStringLiteral("page"), page->changes);
    if (const auto *changes = std::get_if<ChangesFrame>(&frame))
        return withChanges({}, QStringLiteral("changes"), changes->changes);

    struct Visitor
    {
        QJsonObject operator()(const HelloFrame &f) const
        {
            return {{QStringLiteral("protocol"), f.protocol},
                    {QStringLiteral("client"), f.client},
                    {QStringLiteral("features"), toArray(f.features)}};
        }
        QJsonObject operator()(const WelcomeFrame &f) const
        {
            return {{QStringLiteral("protocol"), f.protocol},
                    {QStringLiteral("server"), f.server},
                    {QStringLiteral("generation"), f.generation},
                    {QStringLiteral("features"), toArray(f.features)}};
        }
        QJsonObject operator()(const LoginFrame &f) const
        {
            return {{QStringLiteral("user"), f.user}, {QStringLiteral("password"), f.password}};
        }
        QJsonObject operator()(const ResumeFrame &f) const { return {{QStringLiteral("token"), f.token}}; }
        QJsonObject operator()(const LogoutFrame &) const { return {}; }
        QJsonObject operator()(const SessionFrame &f) const
        {
            const QJsonObject agent{{QStringLiteral("id"), f.agent.id.value()},
                                    {QStringLiteral("login"), f.agent.login},
                                    {QStringLiteral("name"), f.agent.displayName},
                                    {QStringLiteral("role"), roleKey(f.agent.role)}};
            return {{QStringLiteral("token"), f.token},
                    {QStringLiteral("expires"), wireTime(f.expires)},
                    {QStringLiteral("agent"), agent}};
        }
        QJsonObject operator()(const ErrorFrame &f) const
        {
            QJsonObject object{{QStringLiteral("code"), errorCodeKey(f.code)},
                               {QStringLiteral("message"), f.message}};
            if (!f.ref.isEmpty())
                object.insert(QStringLiteral("ref"), f.ref);
            return object;
        }
        QJsonObject operator()(const SyncFrame &f) const
        {
            return {{QStringLiteral("generation"), f.generation},
                    {QStringLiteral("after"), f.after},
                    {QStringLiteral("limit"), f.limit}};
        }
        QJsonObject operator()(const PageFrame &f) const
        {
            return {{QStringLiteral("generation"), f.generation},
                    {QStringLiteral("changes"), changesArray(f.changes)},
                    {QStringLiteral("last"), f.last},
                    {QStringLiteral("head"), f.head},
                    {QStringLiteral("more"), f.more}};
        }
        QJsonObject operator()(const ChangesFrame &f) const
        {
            return {{QStringLiteral("changes"), changesArray(f.changes)}};
        }
        QJsonObject operator()(const ResyncFrame &f) const
        {
            return {{QStringLiteral("generation"), f.generation}, {QStringLiteral("reason"), f.reason}};
        }
        QJsonObject operator()(const OpFrame &f) const
        {
            return {{QStringLiteral("id"), f.id},
                    {QStringLiteral("kind"), f.kind},
                    {QStringLiteral("data"), f.data}};
        }
        QJsonObject operator()(const AckFrame &f) const
        {
            QJsonObject object{{QStringLiteral("id"), f.id}};
            if (f.ok())
                object.insert(QStringLiteral("result"), f.result);
            else
                object.insert(QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("code"), f.errorCode},
                                          {QStringLiteral("message"), f.errorMessage}});
            return object;
        }

        static QJsonArray changesArray(const QList<Change> &changes)
        {
            QJsonArray array;
            for (const Change &change : changes)
                array.append(QJsonObject{{QStringLiteral("seq"), change.seq},
                                         {QStringLiteral("kind"), changeKindKey(change.kind)},
                                         {QStringLiteral("data"), change.data}});
            return array;
        }
    };
    QJsonObject object = std::visit(Visitor(), frame);
    object.insert(QStringLiteral("type"), typeOf(frame));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Frame FrameCodec::decode(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badMessage(
            QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return badMessage(QStringLiteral("a frame is a JSON object"));
    const QJsonObject object = document.object();
    const QJsonValue typeValue = object.value(QStringLiteral("type"));
    if (!typeValue.isString())
        return badMessage(QStringLiteral("a frame needs a \"type\" string"));
    const QString type = typeValue.toString();

    JsonReader r(object);
    Frame frame;
    if (type == u"hello") {
        frame = HelloFrame{int(r.integer("protocol")), r.string("client"), r.strings("features")};
    } else if (type == u"welcome") {
        frame = WelcomeFrame{int(r.integer("protocol")), r.string("server"), r.string("generation"),
                             r.strings("features")};
    } else if (type == u"login") {
        frame = LoginFrame{r.string("user"), r.string("password")};
    } else if (type == u"resume") {
        frame = ResumeFrame{r.string("token")};
    } else if (type == u"logout") {
        frame = LogoutFrame{};
    } else if (type == u"session") {
        SessionFrame session;
        session.token = r.string("token");
        session.expires = r.time("expires");
        const QJsonObject agentObject = r.object("agent");
        JsonReader agent(agentObject);
        session.agent.id = AgentId(agent.integer("id"));
        session.agent.login = agent.string("login");
        session.agent.displayName = agent.string("name");
        const auto role = roleFromKey(agent.string("role"));
        if (!agent.error().isEmpty() || !role)
            return badMessage(QStringLiteral("\"agent\" must hold id, login, name and a known role"));
        session.agent.role = *role;
        frame = session;
    } else if (type == u"error") {
        const auto code = errorCodeFromKey(r.string("code"));
        ErrorFrame error{code.value_or(ErrorCode::Internal), r.string("message"), r.optionalString("ref")};
        frame = error;
    } else if (type == u"sync") {
        frame = SyncFrame{r.string("generation"), r.integer("after"), int(r.integer("limit"))};
    } else if (type == u"page") {
        PageFrame page;
        page.generation = r.string("generation");
        page.changes = readChanges(r, "changes");
        page.last = r.integer("last");
        page.head = r.integer("head");
        page.more = r.boolean("more");
        frame = page;
    } else if (type == u"changes") {
        frame = ChangesFrame{readChanges(r, "changes")};
    } else if (type == u"resync") {
        frame = ResyncFrame{r.string("generation"), r.string("reason")};
    } else if (type == u"op") {
        frame = OpFrame{r.string("id"), r.string("kind"), r.object("data")};
    } else if (type == u"ack") {
        AckFrame ack;
        ack.id = r.string("id");
        if (object.contains(QStringLiteral("error"))) {
            const QJsonObject errorObject = r.object("error");
            JsonReader e(errorObject);
            ack.errorCode = e.string("code");
            ack.errorMessage = e.optionalString("message");
            if (!e.error().isEmpty())
                return badMessage(QStringLiteral("ack: \"error\" needs a \"code\""));
        } else {
            ack.result = r.object("result");
        }
        frame = ack;
    } else {
        return ErrorFrame{ErrorCode::UnknownType, QStringLiteral("unknown frame type \"%1\"").arg(type),
                          QString()};
    }
    if (!r.error().isEmpty())
        return badMessage(QStringLiteral("%1: %2").arg(type, r.error()));
    return frame;
}

} // namespace empathy
