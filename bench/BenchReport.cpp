#include "BenchReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace empathy::bench {

BenchReport::BenchReport(QString suite)
    : m_suite(std::move(suite))
{}

void BenchReport::add(const QString &name, double value, const QString &unit)
{
    m_metrics.append({name, value, unit, QString(), true});
}

void BenchReport::addAtLeast(const QString &name, double value, const QString &unit, double target)
{
    m_metrics.append({name, value, unit, QStringLiteral(">= %1").arg(target), value >= target});
}

void BenchReport::addAtMost(const QString &name, double value, const QString &unit, double target)
{
    m_metrics.append({name, value, unit, QStringLiteral("<= %1").arg(target), value <= target});
}

bool BenchReport::allTargetsMet() const
{
    return std::all_of(m_metrics.cbegin(), m_metrics.cend(), [](const Metric &m) { return m.met; });
}

void BenchReport::print() const
{
    std::printf("\n%-28s %14s  %-8s %-10s %s\n", "metric", "value", "unit", "target", "");
    for (const Metric &m : m_metrics) {
        std::printf("%-28s %14.3f  %-8s %-10s %s\n", qPrintable(m.name), m.value, qPrintable(m.unit),
                    qPrintable(m.target), m.target.isEmpty() ? "" : (m.met ? "ok" : "MISSED"));
    }
    std::fflush(stdout);
}

bool BenchReport::write(const QString &path, QString *error) const
{
    QJsonObject metrics;
    for (const Metric &m : m_metrics) {
        QJsonObject metric{{QStringLiteral("value"), m.value}, {QStringLiteral("unit"), m.unit}};
        if (!m.target.isEmpty())
            metric.insert(QStringLiteral("target"), m.target);
        metrics.insert(m.name, metric);
    }
    const QJsonObject root{{QStringLiteral("suite"), m_suite}, {QStringLiteral("metrics"), metrics}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson());
    return true;
}

} // namespace empathy::bench
