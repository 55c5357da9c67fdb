#pragma once

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace empathy::emotion::tool {

// Counts for a classification run where each item has a set of gold labels (usually one) and one
// predicted label: accuracy, per-class precision/recall/F1, macro-F1 over chosen classes, and the
// confusion matrix (first gold label against the prediction).
class Metrics
{
public:
    explicit Metrics(QStringList macroClasses);

    void add(const QSet<QString> &gold, const QString &goldFirst, const QString &predicted);
    QJsonObject toJson() const;
    double accuracy() const;
    double macroF1() const;
    int count() const { return m_n; }

private:
    struct Counts
    {
        int tp = 0;
        int fp = 0;
        int fn = 0;
    };
    QStringList m_macroClasses;
    QMap<QString, Counts> m_counts;
    QMap<QString, QMap<QString, int>> m_confusion;
    int m_n = 0;
    int m_correct = 0;
};

} // namespace empathy::emotion::tool
