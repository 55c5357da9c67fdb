#pragma once

#include "training/TrainingPack.h"

#include <QByteArray>

#include <optional>

namespace empathy {

// The pack on disk: one UTF-8 JSON document (docs/training.md has the format), conventionally
// `*.empathypack`. Reading checks every member and says where the first problem is; saving writes a
// temporary file and renames it, so a failed save never leaves half a pack.
struct TrainingPackFile
{
    static constexpr int version = 1;

    static QByteArray encode(const TrainingPack &pack);
    static std::optional<TrainingPack> decode(const QByteArray &bytes, QString *error);

    static std::optional<TrainingPack> load(const QString &path, QString *error);
    static bool save(const TrainingPack &pack, const QString &path, QString *error);
};

QString packRoleKey(PackRole role);
std::optional<PackRole> packRoleFromKey(QStringView key);

} // namespace empathy
