#pragma once

#include "domain/Channel.h"
#include "domain/Message.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace empathy {

class CacheReader;

// The messages of one conversation, oldest first. Qt::DisplayRole is the message body.
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role : int
    {
        MessageIdRole = Qt::UserRole + 1, // qint64; negative while only this client has the message
        DirectionRole,                    // int, empathy::Direction
        AuthorNameRole,                   // QString: the customer's or the agent's name
        BodyRole,                         // QString
        SentAtRole,                       // QDateTime (UTC)
        LanguageRole,                     // QString, ISO 639-1 or "und"
        DeliveryRole,                     // int, empathy::DeliveryState
        ChannelRole,                      // int, empathy::Channel the message came through
    };

    explicit ThreadModel(CacheReader &reader, QObject *parent = nullptr);

    ConversationId conversation() const { return m_conversation; }
    void setConversation(ConversationId conversation);
    // Reads the conversation again: new messages are inserted, anything else resets the model.
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void readHeader();

    CacheReader &m_reader;
    ConversationId m_conversation;
    QString m_customerName;
    Channel m_channel = Channel::Email;
    QHash<qint64, QString> m_agentNames;
    QList<Message> m_messages;
};

} // namespace empathy
