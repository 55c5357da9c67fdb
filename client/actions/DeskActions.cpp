#include "actions/DeskActions.h"

#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "sql/SqliteError.h"

namespace empathy {

DeskActions::DeskActions(CacheReader &reader, CacheWriter &writer, Clock clock, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_writer(writer)
    , m_clock(std::move(clock))
{}

DeskActions::Result DeskActions::run(const std::function<bool()> &write)
{
    Result result;
    try {
        result.queued = write();
    } catch (const SqliteError &error) {
        result.error = error.message();
    } catch (const std::exception &error) {
        result.error = QString::fromLocal8Bit(error.what());
    }
    if (result.queued)
        emit queued();
    return result;
}

DeskActions::Result DeskActions::reply(ConversationId conversation, const QString &body,
                                       MessagePurpose purpose)
{
    return run([&] {
        const auto header = m_reader.header(conversation);
        const Language language = header ? header->row.language : Language::Unknown;
        return m_writer.queueReply(conversation, body, m_agent, m_clock(), language, purpose).isValid();
    });
}

DeskActions::Result DeskActions::privateNote(ConversationId conversation, const QString &body)
{
    return reply(conversation, body, MessagePurpose::PrivateNote);
}

DeskActions::Result DeskActions::correctSentiment(MessageId message, SentimentLabel label)
{
    return run([&] { return !m_writer.queueCorrection(message, label, m_clock()).isEmpty(); });
}

DeskActions::Result DeskActions::setCustomerTone(ConversationId conversation, PreferredTone tone)
{
    return run([&] { return !m_writer.queueCustomerTone(conversation, tone, m_clock()).isEmpty(); });
}

DeskActions::Result DeskActions::resolve(ConversationId conversation)
{
    return run([&] {
        return !m_writer.queueConversationStatus(conversation, ConversationStatus::Resolved, m_clock())
                    .isEmpty();
    });
}

DeskActions::Result DeskActions::compensate(const Compensation &request)
{
    return run([&] { return !m_writer.queueCompensation(request, m_clock()).isEmpty(); });
}

DeskActions::Result DeskActions::decideCompensation(CompensationId compensation, bool approve,
                                                    const QString &note)
{
    return run([&] {
        return !m_writer.queueCompensationDecision(compensation, approve, note, m_clock()).isEmpty();
    });
}

DeskActions::Result DeskActions::reverseCompensation(CompensationId compensation, const QString &note)
{
    return run([&] { return !m_writer.queueCompensationReversal(compensation, note, m_clock()).isEmpty(); });
}

DeskActions::Result DeskActions::writeEmpathyNote(ConversationId conversation, const EmpathyEntry &entry,
                                                  bool dismissed)
{
    return run(
        [&] { return !m_writer.queueEmpathyNote(conversation, entry, m_clock(), dismissed).isEmpty(); });
}

DeskActions::Result DeskActions::removeEmpathyNote(ConversationId conversation, EmpathyEntryId entry)
{
    return run([&] { return !m_writer.queueEmpathyRemoval(conversation, entry, m_clock()).isEmpty(); });
}

DeskActions::Result DeskActions::setJourneyStage(ConversationId conversation, JourneyStage stage)
{
    return run([&] { return !m_writer.queueJourneyStage(conversation, stage, m_clock()).isEmpty(); });
}

DeskActions::Result DeskActions::acknowledgeAlert(AlertId alert)
{
    return run([&] {
        return !m_writer.queueAlertAction(alert, CacheWriter::AlertAction::Acknowledge, AgentId(), m_clock())
                    .isEmpty();
    });
}

DeskActions::Result DeskActions::takeOver(AlertId alert)
{
    return run([&] {
        return !m_writer.queueAlertAction(alert, CacheWriter::AlertAction::TakeOver, AgentId(), m_clock())
                    .isEmpty();
    });
}

DeskActions::Result DeskActions::reassign(AlertId alert, AgentId to)
{
    return run([&] {
        return !m_writer.queueAlertAction(alert, CacheWriter::AlertAction::Reassign, to, m_clock()).isEmpty();
    });
}

} // namespace empathy
