#include "domain/EmpathyMap.h"

#include "domain/EnumKeys.h"

namespace empathy {

namespace {

constexpr EnumKeys<JourneyStage, 6> stageKeys{{
    {JourneyStage::Unknown, u"none"},
    {JourneyStage::BeforePurchase, u"before_purchase"},
    {JourneyStage::Purchase, u"purchase"},
    {JourneyStage::Delivery, u"delivery"},
    {JourneyStage::Support, u"support"},
    {JourneyStage::After, u"after"},
}};

constexpr EnumKeys<EmpathyQuadrant, 6> quadrantKeys{{
    {EmpathyQuadrant::Says, u"says"},
    {EmpathyQuadrant::Thinks, u"thinks"},
    {EmpathyQuadrant::Does, u"does"},
    {EmpathyQuadrant::Feels, u"feels"},
    {EmpathyQuadrant::Pains, u"pains"},
    {EmpathyQuadrant::Gains, u"gains"},
}};

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
