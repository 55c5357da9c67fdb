#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

namespace empathy::bench {

// The value below which the given share of samples fall (nearest-rank method).
inline double percentile(QList<double> samples, double share)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(share * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

} // namespace empathy::bench
