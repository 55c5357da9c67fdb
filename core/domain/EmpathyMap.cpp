#include "domain/EmpathyMap.h"

#include <array>
#include <utility>

namespace empathy {

namespace {

constexpr std::array<std::pair<JourneyStage, QStringView>, 6> stageKeys{{
    {JourneyStage::Unknown, u"none"},
    {JourneyStage::BeforePurchase, u"before_purchase"},
    {JourneyStage::Purchase, u"purchase"},
    {JourneyStage::Delivery, u"delivery"},
    {JourneyStage::Support, u"support"},
    {JourneyStage::After, u"after"},
}};

constexpr std::array<std::pair<EmpathyQuadrant, QStringView>, 6> quadrantKeys{{
    {EmpathyQuadrant::Says, u"says"},
    {EmpathyQuadrant::Thinks, u"thinks"},
    {EmpathyQuadrant::Does, u"does"},
    {EmpathyQuadrant::Feels, u"feels"},
    {EmpathyQuadrant::Pains, u"pains"},
    {EmpathyQuadrant::Gains, u"gains"},
}};

template<typename Enum>
QString keyOf(const std::array<std::pair<Enum, QStringView>, 6> &keys, Enum value)
{
    for (const auto &[v, key] : keys) {
        if (v == value)
            return key.toString();
    }
    return QString();
}

template<typename Enum>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QStringView>, 6> &keys, QStringView key)
{
    for (const auto &[v, k] : keys) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

} // namespace

QString journeyStageKey(JourneyStage stage)
{
    return keyOf(stageKeys, stage);
}

std::optional<JourneyStage> journeyStageFromKey(QStringView key)
{
    return valueOf(stageKeys, key);
}

QString empathyQuadrantKey(EmpathyQuadrant quadrant)
{
    return keyOf(quadrantKeys, quadrant);
}

std::optional<EmpathyQuadrant> empathyQuadrantFromKey(QStringView key)
{
    return valueOf(quadrantKeys, key);
}

} // namespace empathy
