#include "domain/Clock.h"

namespace empathy {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace empathy
