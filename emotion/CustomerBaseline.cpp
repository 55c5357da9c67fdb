#include "CustomerBaseline.h"

#include <algorithm>
#include <cmath>

namespace empathy::emotion {

Baseline customerBaseline(const std::vector<double> &past, const Baseline &global)
{
    const double n = double(past.size());
    double mean = 0.0;
    for (double v : past)
        mean += v;
    mean = past.empty() ? 0.0 : mean / n;
    double variance = 0.0;
    for (double v : past)
        variance += (v - mean) * (v - mean);
    variance = past.empty() ? 0.0 : variance / n;
    return customerBaseline(int(past.size()), mean, variance, global);
}

Baseline customerBaseline(int count, double mean, double variance, const Baseline &global)
{
    const double n = std::max(0, count);
    if (count <= 0) {
        mean = 0.0;
        variance = 0.0;
    }
    const double k = priorMessages;
    Baseline b;
    b.messages = std::max(0, count);
    b.mean = (n * mean + k * global.mean) / (n + k);
    // Pooled variance around the blended mean: the customer's own spread, the global one, and how far
    // the two means lie apart.
    const double pooled =
        (n * (variance + (mean - b.mean) * (mean - b.mean)) +
         k * (global.spread * global.spread + (global.mean - b.mean) * (global.mean - b.mean))) /
        (n + k);
    b.spread = std::sqrt(pooled);
    b.mostlyGlobal = count < priorMessages;
    return b;
}

bool outsideNormalRange(double valence, const Baseline &baseline)
{
    return std::abs(valence - baseline.mean) > normalRangeSpreads * std::max(baseline.spread, minimumSpread);
}

} // namespace empathy::emotion
