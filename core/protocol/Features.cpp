#include "protocol/Features.h"

namespace empathy {

QStringList allFeatures()
{
    return {feature::syncPages.toString(), feature::ops.toString()};
}

QStringList commonFeatures(const QStringList &ours, const QStringList &theirs)
{
    QStringList common;
    for (const QString &feature : ours) {
        if (theirs.contains(feature))
            common.append(feature);
    }
    return common;
}

} // namespace empathy
