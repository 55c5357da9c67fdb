#include "Commands.h"
#include "EmotionEngine.h"
#include "LabelledFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace empathy::emotion::tool {

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

using Clock = std::chrono::steady_clock;

} // namespace

// bench FILE... [--repeat n] [--max-length 500]: throughput on one thread over the texts of the
// files, then the latency of each message, then memory. The engine is loaded here so that its
// memory can be measured.
int runBench(const QString &dataDirectory, const QStringList &args)
{
    int repeat = 3;
    int maxLength = 500;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--repeat")
            repeat = args.value(++i).toInt();
        else if (args.at(i) == u"--max-length")
            maxLength = args.value(++i).toInt();
        else
            files.append(args.at(i));
    }
    std::vector<QString> texts;
    for (const QString &path : files) {
        std::vector<LabelledText> rows;
        QString error;
        if (!readLabelledFile(path, &rows, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        for (LabelledText &row : rows) {
            if (row.text.size() <= maxLength)
                texts.push_back(std::move(row.text));
        }
    }
    if (texts.empty()) {
        std::fprintf(stderr, "usage: empathy-emotion bench FILE.tsv... [--repeat n] [--max-length n]\n");
        return 2;
    }
    const double rssBefore = residentMegabytes();
    QString error;
    const auto engine = dataDirectory.isEmpty() ? EmotionEngine::loadBuiltIn(&error)
                                                : EmotionEngine::load(dataDirectory, &error);
    if (!engine) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double rssLoaded = residentMegabytes();

    double checksum = 0;
    for (const QString &t : texts) // warm-up
        checksum += engine->analyze(t).valence;
    // Each round timed on its own and the median round reported, as bench/emotion/peers.js does for the
    // npm packages: one slow round (another process, a page fault storm) does not decide the figure.
    std::vector<double> rounds;
    for (int r = 0; r < std::max(repeat, 1); ++r) {
        const auto start = Clock::now();
        for (const QString &t : texts)
            checksum += engine->analyze(t).valence;
        rounds.push_back(double(texts.size()) / std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::sort(rounds.begin(), rounds.end());
    const double throughput = rounds[rounds.size() / 2];

    std::vector<double> latency;
    latency.reserve(texts.size());
    for (const QString &t : texts) {
        const auto begin = Clock::now();
        checksum += engine->analyze(t).valence;
        latency.push_back(std::chrono::duration<double, std::micro>(Clock::now() - begin).count());
    }
    std::sort(latency.begin(), latency.end());
    // Now with what scoring uses besides the loaded data: the thread's scratch and its word memos.
    const double rssAfterRun = residentMegabytes();
    auto percentile = [&](double p) {
        return latency[std::min(latency.size() - 1, std::size_t(p * latency.size()))];
    };

    const QJsonObject json{
        {QStringLiteral("messages"), qint64(texts.size())},
        {QStringLiteral("repeat"), repeat},
        {QStringLiteral("throughput_msgs_per_s"), qRound64(throughput)},
        {QStringLiteral("p50_us"), percentile(0.50)},
        {QStringLiteral("p99_us"), percentile(0.99)},
        {QStringLiteral("max_us"), latency.back()},
        {QStringLiteral("engine_rss_mb"), rssLoaded},
        {QStringLiteral("engine_rss_growth_mb"), rssLoaded - rssBefore},
        {QStringLiteral("engine_rss_growth_after_run_mb"), rssAfterRun - rssBefore},
        {QStringLiteral("engine_data_mb"), double(engine->memoryBytes()) / (1024.0 * 1024.0)},
        {QStringLiteral("checksum"), checksum}};
    const QByteArray out = QJsonDocument(json).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    return 0;
}

} // namespace empathy::emotion::tool
