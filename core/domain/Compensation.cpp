#include "domain/Compensation.h"

#include <array>
#include <utility>

namespace empathy {

namespace {

constexpr std::array<std::pair<CompensationKind, QStringView>, 6> kindKeys{{
    {CompensationKind::Discount, u"discount"},
    {CompensationKind::Voucher, u"voucher"},
    {CompensationKind::FreeShipping, u"free_shipping"},
    {CompensationKind::Gift, u"gift"},
    {CompensationKind::PartialRefund, u"partial_refund"},
    {CompensationKind::FullRefund, u"full_refund"},
}};

constexpr std::array<std::pair<CompensationStatus, QStringView>, 6> statusKeys{{
    {CompensationStatus::Queued, u"queued"},
    {CompensationStatus::Pending, u"pending"},
    {CompensationStatus::Granted, u"granted"},
    {CompensationStatus::Denied, u"denied"},
    {CompensationStatus::Reversed, u"reversed"},
    {CompensationStatus::Refused, u"refused"},
}};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, QStringView>, N> &keys, Enum value)
{
    for (const auto &[v, key] : keys) {
        if (v == value)
            return key.toString();
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QStringView>, N> &keys, QStringView key)
{
    for (const auto &[v, k] : keys) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

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
