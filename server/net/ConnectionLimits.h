#pragma once

#include <QtGlobal>

namespace empathy {

// What the sync port allows (docs/protocol.md, "Transport"; docs/SECURITY.md lists each limit, what it
// answers and its test). Every figure is configurable (empathy-server --help); these are the defaults.
struct ConnectionLimits
{
    // Admission: a socket over these is closed as soon as it is accepted.
    int maxConnections = 10'000;          // every socket of the port, logged in or not
    int maxUnauthenticated = 512;         // sockets not logged in yet (handshaking, greeting, logging in)
    int maxUnauthenticatedPerSource = 16; // of those, from one address
    int maxConnectionsPerAccount = 16;    // logged in as one account (its desks, a lead's second screen)
    // Deadlines: the TLS and WebSocket handshake, then hello, then the log-in, each from the one before.
    int handshakeTimeoutMs = 5'000;
    int helloTimeoutMs = 5'000;
    int loginTimeoutMs = 10'000;
    // Passwords are checked on worker threads (Argon2id: tens of ms of CPU each); at most this many
    // wait for one, past that a log-in is refused as rate-limited at once.
    int maxLoginChecksWaiting = 64;
    // What a connection may send:
    qint64 maxFrameBytes = 1024 * 1024;
    int maxFramesPerWindow = 200;
    qint64 windowMs = 10'000;
    // A page or a push carries changes up to about this many bytes, and is always sent as one frame:
    // Qt 6.4's QWebSocket splits a fragmented text message inside UTF-8 characters, and the receiving
    // side then drops the connection.
    qint64 maxPageBytes = 4 * 1024 * 1024;
    // A client that has this much unsent gets no pushes until its socket drains; it then catches up
    // from its cursor. Slow clients cost the server bounded memory.
    qint64 maxUnsentBytes = 8 * 1024 * 1024;
    // A client with more than this unsent (it asked for pages and does not read them), or that stayed
    // above maxUnsentBytes for stalledMs, is disconnected; it resumes from its cursor when it reconnects.
    // Larger than a page (maxPageBytes), which is queued whole.
    qint64 disconnectUnsentBytes = 24 * 1024 * 1024;
    int stalledMs = 30'000;
    // A desk asks for its next sync page once it has read the last one: one that asks while more than this
    // is unread is not reading, and is disconnected (it resumes from its cursor).
    qint64 maxUnsentBeforeSync = 256 * 1024;
    // What this process holds for all clients together, not yet written to their sockets: past it a sync
    // page waits until the total falls, and live desks that are behind (more than maxUnsentBeforeSync
    // unread) get no pushes until they read, so many desks syncing or not reading cost bounded memory.
    // Desks that read get every push.
    qint64 maxTotalUnsentBytes = 32 * 1024 * 1024;
    // Web chat visitors (the /chat socket of this port), besides maxFramesPerWindow per socket: messages
    // a minute from one visitor, whichever sockets or tabs they write from, and from one address (an
    // office behind one address has many visitors), each after a burst. A message over them is handed
    // back to the visitor's page with the seconds to wait, and the team is told on the conversation.
    int visitorMessagesPerMinute = 20;
    int visitorMessageBurst = 8;
    int addressMessagesPerMinute = 120;
    int addressMessageBurst = 40;
};

} // namespace empathy
