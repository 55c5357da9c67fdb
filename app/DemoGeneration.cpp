#include "DemoGeneration.h"

#include "cache/CacheReader.h"
#include "Console.h"
#include "demo/DemoFill.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace empathy {

int generateDemo(const CommandLine &line, CacheReader &reader, CacheWriter &writer, const QString &cachePath)
{
    DemoFillOptions options;
    options.conversations = line.generateDemo;
    options.seed = line.seed;
    options.meanMessages = line.meanMessages;
    options.now = line.demoNow;
    QElapsedTimer timer;
    timer.start();
    const QString error = fillDemoProfile(reader, writer, options, [&](int done) {
        if (done % 10000 == 0 || done == options.conversations)
            printLine(stdout,
                      QCoreApplication::translate("DesktopSession", "generated %1 of %2 conversations")
                          .arg(done)
                          .arg(options.conversations));
    });
    if (!error.isEmpty()) {
        printLine(stderr,
                  QCoreApplication::translate("DesktopSession", "empathy-desk: cannot generate demo data: %1")
                      .arg(error));
        return 2;
    }
    printLine(stdout, QCoreApplication::translate("DesktopSession",
                                                  "profile '%1': %2 conversations, %3 messages in %4 s (%5)")
                          .arg(line.profile)
                          .arg(reader.conversationCount())
                          .arg(reader.messageCount())
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                          .arg(cachePath));
    return 0;
}

} // namespace empathy
