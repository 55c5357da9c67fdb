#include "CommandLine.h"
#include "DesktopSession.h"
#include "UiLanguage.h"

#include <QApplication>

#include <cstdio>
#include <memory>

using namespace empathy;

static bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("EmpathyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("empathy-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMPATHY_VERSION));

    // The kind of application depends on what was asked: generating data needs no GUI, and without a
    // display only a screenshot (rendered offscreen) can be made. Qt's own options (-reverse, -platform)
    // are taken out by QApplication before our parser sees the rest.
    bool headless = false;
    bool screenshot = false;
    bool informational = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        headless = headless || arg.startsWith("--generate-demo") || arg.startsWith("--import-conversations");
        screenshot = screenshot || arg.startsWith("--screenshot");
        informational = informational || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v";
    }
    if (!headless && !informational && !displayAvailable()) {
        if (!screenshot) {
            std::fprintf(stderr, "empathy-desk: no display found; to get a picture of the window instead run "
                                 "'scripts/run --screenshot shot.png'.\n");
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app = headless || informational
                                                ? std::make_unique<QCoreApplication>(argc, argv)
                                                : std::make_unique<QApplication>(argc, argv);

    // The system's language at once, so that even --help and the command line's errors are translated; the
    // session then applies the one chosen in the settings.
    UiLanguage language;
    language.apply(QString());

    QString error;
    std::optional<int> exitCode;
    const CommandLine line = CommandLine::parse(QCoreApplication::arguments(), &error, &exitCode);
    if (exitCode)
        return *exitCode;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "empathy-desk: %s\nTry 'empathy-desk --help'.\n", qPrintable(error));
        return 2;
    }
    return DesktopSession(line, language).run();
}
