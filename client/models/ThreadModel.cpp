#include "models/ThreadModel.h"

#include "cache/CacheReader.h"

namespace empathy {

ThreadModel::ThreadModel(CacheReader &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{}

void ThreadModel::readHeader()
{
    m_agentNames.clear();
    const QList<Agent> agents = m_reader.agents();
    for (const Agent &agent : agents)
        m_agentNames.insert(agent.id.value(), agent.displayName);
    const auto row = m_reader.inboxRow(m_conversation);
    m_customerName = row ? row->customerName : QString();
    m_channel = row ? row->channel : Channel::Email;
}

void ThreadModel::setConversation(ConversationId conversation)
{
    beginResetModel();
    m_conversation = conversation;
    if (conversation.isValid()) {
        readHeader();
        m_messages = m_reader.messages(conversation);
    } else {
        m_messages.clear();
    }
    endResetModel();
}

void ThreadModel::reload()
{
    if (!m_conversation.isValid())
        return;
    QList<Message> fresh = m_reader.messages(m_conversation);
    const qsizetype old = m_messages.size();
    bool isExtension = fresh.size() >= old;
    for (qsizetype i = 0; isExtension && i < old; ++i)
        isExtension =
            fresh.at(i).id == m_messages.at(i).id && fresh.at(i).delivery == m_messages.at(i).delivery;
    if (!isExtension) {
        beginResetModel();
        m_messages = std::move(fresh);
        endResetModel();
        return;
    }
    // Scores that changed (an agent's correction, a late score) are announced row by row.
    for (qsizetype i = 0; i < old; ++i) {
        const Sentiment &a = fresh.at(i).sentiment;
        const Sentiment &b = m_messages.at(i).sentiment;
        if (a.valence != b.valence || a.label != b.label || a.correctedByAgent != b.correctedByAgent ||
            a.emotion != b.emotion) {
            m_messages[i].sentiment = a;
            emit dataChanged(index(int(i)), index(int(i)));
        }
    }
    if (fresh.size() == old)
        return;
    beginInsertRows(QModelIndex(), int(old), int(fresh.size()) - 1);
    m_messages = std::move(fresh);
    endInsertRows();
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case MessageIdRole:
        return m.id.value();
    case DirectionRole:
        return int(m.direction);
    case AuthorNameRole:
        return m.direction == Direction::Inbound ? m_customerName : m_agentNames.value(m.author.value());
    case SentAtRole:
        return m.sentAt;
    case LanguageRole:
        return languageCode(m.language);
    case DeliveryRole:
        return int(m.delivery);
    case ChannelRole:
        return int(m_channel);
    case ValenceRole:
        return m.sentiment.isScored() ? QVariant(double(*m.sentiment.valence)) : QVariant();
    case SentimentLabelRole:
        return m.sentiment.isScored() ? QVariant(int(m.sentiment.label)) : QVariant();
    case SentimentConfidenceRole:
        return m.sentiment.isScored() ? QVariant(double(m.sentiment.confidence)) : QVariant();
    case IntensityRole:
        return m.sentiment.isScored() ? QVariant(double(m.sentiment.intensity)) : QVariant();
    case EmotionRole:
        return m.sentiment.isScored() ? QVariant(m.sentiment.emotion) : QVariant();
    case ChurnRiskRole:
        return m.sentiment.isScored() ? QVariant(double(m.sentiment.churnRisk)) : QVariant();
    case CorrectedRole:
        return m.sentiment.correctedByAgent;
    case PurposeRole:
        return int(m.purpose);
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{MessageIdRole, "messageId"},
                  {DirectionRole, "direction"},
                  {AuthorNameRole, "authorName"},
                  {BodyRole, "body"},
                  {SentAtRole, "sentAt"},
                  {LanguageRole, "language"},
                  {DeliveryRole, "delivery"},
                  {ChannelRole, "channel"},
                  {ValenceRole, "valence"},
                  {SentimentLabelRole, "sentimentLabel"},
                  {SentimentConfidenceRole, "sentimentConfidence"},
                  {IntensityRole, "intensity"},
                  {EmotionRole, "emotion"},
                  {ChurnRiskRole, "churnRisk"},
                  {CorrectedRole, "corrected"},
                  {PurposeRole, "purpose"}});
    return names;
}

} // namespace empathy
