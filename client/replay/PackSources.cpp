#include "PackSources.h"

#include "cache/CacheReader.h"
#include "cache/HistoryReader.h"

#include <QHash>

namespace empathy {

namespace {

QString identityKind(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::Email:
        return QStringLiteral("email");
    case IdentityKind::Phone:
        return QStringLiteral("phone");
    case IdentityKind::Telegram:
    case IdentityKind::Viber:
    case IdentityKind::Vk:
    case IdentityKind::WebVisitor:
        return QStringLiteral("handle");
    }
    return QStringLiteral("handle");
}

} // namespace

QList<SourceConversation> packSources(CacheReader &reader, HistoryReader &history,
                                      const QList<ConversationId> &conversations)
{
    QHash<qint64, QString> agentNames;
    for (const Agent &agent : reader.agents())
        agentNames.insert(agent.id.value(), agent.displayName);
    QList<SourceConversation> out;
    for (ConversationId id : conversations) {
        const std::optional<InboxRow> row = reader.inboxRow(id);
        if (!row)
            continue;
        SourceConversation source;
        PackConversation &c = source.conversation;
        c.id = QString::number(id.value());
        c.source = QStringLiteral("empathy-desk");
        c.topic = row->subject;
        c.language = row->language;
        const std::optional<CustomerRecord> record = history.customer(row->customer);
        const QString customerName = record ? record->customer.displayName : row->customerName;
        source.customers.append(customerName);
        if (record) {
            if (!record->customer.firstName.isEmpty())
                source.customers.append(record->customer.firstName);
            for (const CustomerIdentity &identity : record->customer.identities)
                source.values.append({identity.value, identityKind(identity.kind)});
        }
        for (const Message &m : reader.messages(id)) {
            if (!customerSees(m.purpose))
                continue; // a lead's private note is the team's, not part of the conversation
            PackMessage message;
            message.role = m.direction == Direction::Inbound ? PackRole::Customer : PackRole::Agent;
            message.speaker =
                m.direction == Direction::Inbound ? customerName : agentNames.value(m.author.value());
            if (m.direction == Direction::Outbound && !message.speaker.isEmpty() &&
                !source.agents.contains(message.speaker))
                source.agents.append(message.speaker);
            message.at = m.sentAt;
            message.text = m.body;
            c.messages.append(message);
        }
        if (!c.messages.isEmpty())
            out.append(source);
    }
    return out;
}

} // namespace empathy
