#include "Metrics.h"

#include <QJsonArray>

#include <cmath>

namespace empathy::emotion::tool {

namespace {
double ratio(int a, int b)
{
    return b == 0 ? 0.0 : double(a) / double(b);
}
double rounded(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}
double f1(double p, double r)
{
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
} // namespace

Metrics::Metrics(QStringList macroClasses)
    : m_macroClasses(std::move(macroClasses))
{}

void Metrics::add(const QSet<QString> &gold, const QString &goldFirst, const QString &predicted)
{
    ++m_n;
    if (gold.contains(predicted)) {
        ++m_correct;
        ++m_counts[predicted].tp;
    } else {
        ++m_counts[predicted].fp;
    }
    for (const QString &g : gold) {
        if (g != predicted)
            ++m_counts[g].fn;
    }
    ++m_confusion[goldFirst][predicted];
}

double Metrics::accuracy() const
{
    return ratio(m_correct, m_n);
}

double Metrics::macroF1() const
{
    if (m_macroClasses.isEmpty())
        return 0.0;
    double sum = 0;
    for (const QString &c : m_macroClasses) {
        const Counts k = m_counts.value(c);
        sum += f1(ratio(k.tp, k.tp + k.fp), ratio(k.tp, k.tp + k.fn));
    }
    return sum / double(m_macroClasses.size());
}

QJsonObject Metrics::toJson() const
{
    QJsonObject classes;
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
        const Counts &k = it.value();
        const double p = ratio(k.tp, k.tp + k.fp);
        const double r = ratio(k.tp, k.tp + k.fn);
        classes.insert(it.key(), QJsonObject{{QStringLiteral("precision"), rounded(p)},
                                             {QStringLiteral("recall"), rounded(r)},
                                             {QStringLiteral("f1"), rounded(f1(p, r))},
                                             {QStringLiteral("support"), k.tp + k.fn}});
    }
    QJsonObject confusion;
    for (auto it = m_confusion.constBegin(); it != m_confusion.constEnd(); ++it) {
        QJsonObject row;
        for (auto jt = it.value().constBegin(); jt != it.value().constEnd(); ++jt)
            row.insert(jt.key(), jt.value());
        confusion.insert(it.key(), row);
    }
    return QJsonObject{{QStringLiteral("n"), m_n},
                       {QStringLiteral("accuracy"), rounded(accuracy())},
                       {QStringLiteral("macro_f1"), rounded(macroF1())},
                       {QStringLiteral("macro_f1_classes"), QJsonArray::fromStringList(m_macroClasses)},
                       {QStringLiteral("per_class"), classes},
                       {QStringLiteral("confusion"), confusion}};
}

} // namespace empathy::emotion::tool
