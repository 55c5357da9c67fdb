#include "domain/Compensation.h"

#include "domain/EnumKeys.h"

namespace empathy {

namespace {

constexpr EnumKeys<CompensationKind, 6> kindKeys{{
    {CompensationKind::Discount, u"discount"},
    {CompensationKind::Voucher, u"voucher"},
    {CompensationKind::FreeShipping, u"free_shipping"},
    {CompensationKind::Gift, u"gift"},
    {CompensationKind::PartialRefund, u"partial_refund"},
    {CompensationKind::FullRefund, u"full_refund"},
}};

constexpr EnumKeys<CompensationStatus, 6> statusKeys{{
    {CompensationStatus::Queued, u"queued"},
    {CompensationStatus::Pending, u"pending"},
    {CompensationStatus::Granted, u"granted"},
    {CompensationStatus::Denied, u"denied"},
    {CompensationStatus::Reversed, u"reversed"},
    {CompensationStatus::Refused, u"refused"},
}};

} // namespace

QString compensationKindKey(CompensationKind kind)
{
    return keyOf(kindKeys, kind);
}

std::optional<CompensationKind> compensationKindFromKey(QStringView key)
{
    return valueOf(kindKeys, key);
}

QString compensationStatusKey(CompensationStatus status)
{
    return keyOf(statusKeys, status);
}

std::optional<CompensationStatus> compensationStatusFromKey(QStringView key)
{
    return valueOf(statusKeys, key);
}

} // namespace empathy
