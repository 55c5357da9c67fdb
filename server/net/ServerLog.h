#pragma once

#include "domain/Clock.h"

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace empathy {

// Structured log: one JSON object per line with a UTC time, a level and an event name.
class ServerLog
{
public:
    explicit ServerLog(std::FILE *stream = stderr, Clock clock = systemClock())
        : m_stream(stream)
        , m_clock(std::move(clock))
    {}

    void info(const QString &event, const QJsonObject &fields = {}) { write("info", event, fields); }
    void warning(const QString &event, const QJsonObject &fields = {}) { write("warning", event, fields); }
    void error(const QString &event, const QJsonObject &fields = {}) { write("error", event, fields); }

private:
    void write(const char *level, const QString &event, const QJsonObject &fields);

    std::FILE *m_stream;
    Clock m_clock;
};

} // namespace empathy
