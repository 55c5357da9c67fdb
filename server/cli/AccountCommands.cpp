#include "cli/AccountCommands.h"

#include "auth/AccountService.h"

#include <QTextStream>

#include <cstdio>

namespace empathy {

int runAccountCommand(const ServerOptions &options, AccountService &accounts)
{
    QString error;
    switch (options.command) {
    case ServerOptions::Command::CreateUser: {
        QTextStream in(stdin);
        error = accounts.createUser(options.login, options.displayName, options.role, in.readLine());
        if (error.isEmpty())
            std::printf("created %s (%s)\n", qPrintable(options.login), qPrintable(roleKey(options.role)));
        break;
    }
    case ServerOptions::Command::DisableUser:
    case ServerOptions::Command::EnableUser: {
        const bool disable = options.command == ServerOptions::Command::DisableUser;
        error = accounts.setDisabled(options.login, disable);
        if (error.isEmpty())
            std::printf("%s %s\n", disable ? "disabled" : "enabled", qPrintable(options.login));
        break;
    }
    case ServerOptions::Command::Serve:
        break;
    }
    if (error.isEmpty())
        return 0;
    std::fprintf(stderr, "empathy-server: %s\n", qPrintable(error));
    return 2;
}

} // namespace empathy
