#pragma once

#include <QList>
#include <QString>

namespace empathy::bench {

struct Metric
{
    QString name;
    double value = 0;
    QString unit;
    QString target; // e.g. ">= 0.6"; empty when the metric is informational
    bool met = true;
};

// Collects a suite's figures, prints them as a table and writes the shape every suite writes (scripts/bench
// all reads them): {"suite": NAME, "metrics": {NAME: {"value": X, "unit": U, "target": ">= 0.5"}}}, the
// target only for figures that have one.
class BenchReport
{
public:
    explicit BenchReport(QString suite);

    void add(const QString &name, double value, const QString &unit);
    void addAtLeast(const QString &name, double value, const QString &unit, double target);
    void addAtMost(const QString &name, double value, const QString &unit, double target);
    const QList<Metric> &metrics() const { return m_metrics; }
    bool allTargetsMet() const;

    void print() const;
    bool write(const QString &path, QString *error) const;

private:
    QString m_suite;
    QList<Metric> m_metrics;
};

} // namespace empathy::bench
