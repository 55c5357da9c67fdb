// empathy-server: the reference sync server. Reads what the administrator asked for and runs it: an
// account command, or serving (cli/ServeCommand).
#include "auth/AccountService.h"
#include "auth/PasswordHasher.h"
#include "cli/AccountCommands.h"
#include "cli/ServeCommand.h"
#include "cli/ServerOptions.h"
#include "net/ServerLog.h"
#include "storage/SqlServerStore.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace empathy;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EmpathyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("empathy-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMPATHY_VERSION));

    QString error;
    std::optional<int> exitCode;
    ServerOptions options = ServerOptions::parse(QCoreApplication::arguments(), &error, &exitCode);
    if (!error.isEmpty())
        std::fprintf(stderr, "empathy-server: %s\nTry 'empathy-server --help'.\n", qPrintable(error));
    if (exitCode)
        return *exitCode;
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    ServerLog log;
    try {
        SqlServerStore store(options.dataDir);
        PasswordHasher hasher;
        AccountService accounts(store, hasher, systemClock());
        if (options.command != ServerOptions::Command::Serve)
            return runAccountCommand(options, accounts);
        return serve(options, store, accounts, log);
    } catch (const std::exception &failure) {
        std::fprintf(stderr, "empathy-server: %s\n", failure.what());
        return 1;
    }
}
