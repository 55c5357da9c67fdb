#include "domain/Alert.h"

#include "domain/EnumKeys.h"

namespace empathy {

namespace {

constexpr EnumKeys<AlertKind, 9> kindKeys{{
    {AlertKind::OutsideNormalRange, u"outside_normal_range"},
    {AlertKind::StrongAnger, u"strong_anger"},
    {AlertKind::ChurnRisk, u"churn_risk"},
    {AlertKind::FirstResponseDueSoon, u"first_response_due_soon"},
    {AlertKind::FirstResponseMissed, u"first_response_missed"},
    {AlertKind::ResolutionDueSoon, u"resolution_due_soon"},
    {AlertKind::ResolutionMissed, u"resolution_missed"},
    {AlertKind::RepeatContact, u"repeat_contact"},
    {AlertKind::BotHandover, u"bot_handover"},
}};

constexpr EnumKeys<AlertState, 4> stateKeys{{
    {AlertState::Open, u"open"},
    {AlertState::Acknowledged, u"acknowledged"},
    {AlertState::TakenOver, u"taken_over"},
    {AlertState::Reassigned, u"reassigned"},
}};

} // namespace

QString alertKindKey(AlertKind kind)
{
    return keyOf(kindKeys, kind);
}

std::optional<AlertKind> alertKindFromKey(QStringView key)
{
    return valueOf(kindKeys, key);
}

QString alertStateKey(AlertState state)
{
    return keyOf(stateKeys, state);
}

std::optional<AlertState> alertStateFromKey(QStringView key)
{
    return valueOf(stateKeys, key);
}

bool isDeadlineAlert(AlertKind kind)
{
    switch (kind) {
    case AlertKind::FirstResponseDueSoon:
    case AlertKind::FirstResponseMissed:
    case AlertKind::ResolutionDueSoon:
    case AlertKind::ResolutionMissed:
        return true;
    default:
        return false;
    }
}

} // namespace empathy
