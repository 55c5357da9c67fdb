#pragma once

#include <QStringList>

namespace empathy {

// The optional capabilities a peer lists in its hello or welcome (docs/protocol.md, "Handshake"). A
// capability is used only when both sides list it; unknown ones are ignored.
namespace feature {
inline constexpr QStringView syncPages = u"sync-pages"; // paged initial sync and live changes
inline constexpr QStringView ops = u"ops";              // operations (op / ack)
} // namespace feature

// Every capability this build has.
QStringList allFeatures();
// The capabilities both sides have, in the order of `ours`.
QStringList commonFeatures(const QStringList &ours, const QStringList &theirs);

} // namespace empathy
