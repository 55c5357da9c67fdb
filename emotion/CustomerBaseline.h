#pragma once

#include <vector>

namespace empathy::emotion {

// What is normal for one customer: the mean and spread of the valence of their past messages. With
// little history it leans on the global baseline of all customers (shrinkage towards it with the
// weight of `priorMessages` messages), so a first angry message is judged against everyone's normal.
struct Baseline
{
    double mean = 0.0;
    double spread = 0.0;       // standard deviation
    int messages = 0;          // how many of the customer's own messages it rests on
    bool mostlyGlobal = false; // fewer than `priorMessages` of their own
};

// The global baseline used when a customer has no history; teams can measure their own.
inline constexpr Baseline globalBaseline{0.05, 0.45, 0, true};
inline constexpr int priorMessages = 5;
// Spread never counts as smaller than this: a customer who always wrote the same still varies a little.
inline constexpr double minimumSpread = 0.15;
// How many spreads from the mean a message must be to be outside the customer's normal range.
inline constexpr double normalRangeSpreads = 2.0;

Baseline customerBaseline(const std::vector<double> &pastValences, const Baseline &global = globalBaseline);
// The same from a running summary of the past messages: how many, their mean and their (population)
// variance, so a server can keep it per customer without reading the history again.
Baseline customerBaseline(int count, double mean, double variance, const Baseline &global = globalBaseline);
bool outsideNormalRange(double valence, const Baseline &baseline);

} // namespace empathy::emotion
