#include "demo/DemoFill.h"

#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "demo/DemoGenerator.h"
#include "domain/Clock.h"
#include "sql/SqliteError.h"

#include <QCoreApplication>

namespace empathy {

QString demoGeneratedAtKey()
{
    return QStringLiteral("demo_generated_at");
}

QString fillDemoProfile(CacheReader &reader, CacheWriter &writer, const DemoFillOptions &options,
                        const std::function<void(int)> &progress)
{
    if (options.conversations < 1)
        return QCoreApplication::translate("DemoFill", "the number of demo conversations must be at least 1");
    const qint64 existing = reader.conversationCount();
    if (existing > 0)
        return QCoreApplication::translate(
                   "DemoFill", "this profile already holds %1 conversations; generate into a new profile")
            .arg(existing);

    QList<PhraseBook> books;
    for (Language language : supportedLanguages) {
        QString error;
        auto book = PhraseBook::load(language, &error);
        if (!book)
            return error;
        books.append(std::move(*book));
    }
    DemoOptions demo;
    demo.seed = options.seed;
    demo.now = options.now.isValid() ? options.now : systemClock()();
    demo.meanMessages = options.meanMessages;
    DemoGenerator generator(demo, std::move(books));

    try {
        writer.writeAgents(generator.agents());
        writer.setOwnAgent(generator.ownAgent());
        writer.setMeta(demoGeneratedAtKey(), demo.now.toString(Qt::ISODate));
        int done = 0;
        while (done < options.conversations) {
            const int count = std::min(options.batchSize, options.conversations - done);
            const DataBatch batch = generator.next(count);
            writer.writeBatch(batch);
            QList<ConversationId> read;
            for (const Conversation &conversation : batch.conversations) {
                if (conversation.status != ConversationStatus::Open)
                    read.append(conversation.id);
            }
            writer.markRead(read);
            done += count;
            if (progress)
                progress(done);
        }
    } catch (const SqliteError &error) {
        return error.message();
    }
    return {};
}

} // namespace empathy
