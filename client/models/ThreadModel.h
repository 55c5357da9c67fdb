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
        // The emotion engine's result for a customer's message; invalid QVariant until it is scored.
        ValenceRole,             // double, -1 .. +1
        SentimentLabelRole,      // int, empathy::SentimentLabel
        SentimentConfidenceRole, // double, 0 .. 1
        IntensityRole,           // double, 0 .. 1
        EmotionRole,             // QString: the strongest emotion's machine name, may be empty
        ChurnRiskRole,           // double, 0 .. 1
        CorrectedRole,           // bool: the label is an agent's correction
        PurposeRole,             // int, empathy::MessagePurpose (a private note, the assistant's answer, ...)
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
