#include "DemoServerLaunch.h"

#include "cache/ProfilePaths.h"
#include "Console.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QUuid>

namespace empathy {

namespace {

// The demo team's password, made once per data directory and kept beside the demo server's store.
QString demoPassword(const QString &serverDir)
{
    QDir().mkpath(serverDir);
    QFile file(serverDir + QStringLiteral("/demo-password"));
    if (file.open(QIODevice::ReadOnly)) {
        const QString stored = QString::fromLatin1(file.readAll()).trimmed();
        if (stored.size() >= 8)
            return stored;
        file.close();
    }
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(password.toLatin1());
    }
    return password;
}

} // namespace

std::unique_ptr<EmbeddedServer> launchDemoServer(const CommandLine &line, const ProfilePaths &paths,
                                                 QString *password)
{
    EmbeddedServer::Options options;
    options.program = QCoreApplication::applicationDirPath() + QStringLiteral("/empathy-server");
    options.dataDir = paths.dataDir() + QStringLiteral("/demo-server");
    options.password = *password = demoPassword(options.dataDir);
    options.seedConversations = line.demoSize;
    options.rate = line.demoRate;
    auto server = std::make_unique<EmbeddedServer>(options);
    QString error;
    printLine(stdout, QCoreApplication::translate("DesktopSession", "Starting the demo server…"));
    if (!server->start(&error)) {
        printLine(stderr, QStringLiteral("empathy-desk: %1").arg(error));
        if (hasGui() && line.screenshot.isEmpty())
            QMessageBox::critical(nullptr, QCoreApplication::translate("DesktopSession", "Empathy Desk"),
                                  error);
        return nullptr;
    }
    printLine(
        stdout,
        QCoreApplication::translate("DesktopSession", "Demo server at %1").arg(server->url().toString()));
    printLine(stdout, QCoreApplication::translate("DesktopSession", "Web chat page for customers: %1")
                          .arg(server->chatPage().toString()));
    return server;
}

} // namespace empathy
