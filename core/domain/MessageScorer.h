#pragma once

#include "domain/Message.h"

#include <functional>

namespace empathy {

// Gives a customer's message its sentiment before it is stored (the emotion engine, in practice).
// Channels receive one instead of the engine itself, so they do not depend on how scoring is done;
// an empty scorer leaves messages unscored.
using MessageScorer = std::function<void(Message &)>;

} // namespace empathy
