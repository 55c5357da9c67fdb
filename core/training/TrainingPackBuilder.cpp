#include "TrainingPackBuilder.h"

#include "training/PersonalDataScrubber.h"

namespace empathy {

TrainingPack buildTrainingPack(const QList<SourceConversation> &sources, const QString &title,
                               const QDateTime &created)
{
    return *buildTrainingPack(sources, title, created, [](int, int) { return true; });
}

std::optional<TrainingPack> buildTrainingPack(const QList<SourceConversation> &sources, const QString &title,
                                              const QDateTime &created, const PackProgress &progress)
{
    PersonalDataScrubber scrubber;
    // Everyone first, so a name is replaced even in a conversation before the one it belongs to.
    for (const SourceConversation &source : sources) {
        for (const QString &company : source.companies)
            scrubber.keep(company);
        for (const QString &name : source.customers)
            scrubber.addPerson(name, PersonKind::Customer);
        for (const QString &name : source.agents)
            scrubber.addPerson(name, PersonKind::Agent);
        for (const QString &handle : source.customerHandles)
            scrubber.addHandle(handle, PersonKind::Customer);
        for (const QString &handle : source.agentHandles)
            scrubber.addHandle(handle, PersonKind::Agent);
        for (const auto &[value, kind] : source.values)
            scrubber.addValue(value, kind);
    }
    for (const SourceConversation &source : sources) {
        for (const PackMessage &message : source.conversation.messages)
            scrubber.learnWords(message.text);
    }
    for (const SourceConversation &source : sources) {
        for (const PackMessage &message : source.conversation.messages)
            scrubber.learnNames(message.text);
    }

    TrainingPack pack;
    pack.title = scrubber.scrub(title);
    pack.created = created;
    for (const SourceConversation &source : sources) {
        PackConversation conversation = source.conversation;
        conversation.id = scrubber.scrub(conversation.id);
        conversation.topic = scrubber.scrub(conversation.topic);
        for (PackMessage &message : conversation.messages) {
            const QString known = scrubber.standInOf(message.speaker);
            message.speaker = known.isEmpty() ? scrubber.scrub(message.speaker) : known;
            message.text = scrubber.scrub(message.text);
        }
        for (PackAnnotation &annotation : conversation.annotations)
            annotation.text = scrubber.scrub(annotation.text);
        pack.conversations.append(conversation);
        if (!progress(int(pack.conversations.size()), int(sources.size())))
            return std::nullopt;
    }
    pack.replaced = scrubber.replacedCounts();
    return pack;
}

} // namespace empathy
