#include "protocol/ReceivedFrameDecoder.h"

#include "protocol/ChangeBatchCollector.h"
#include "protocol/FrameCodec.h"
#include "protocol/SimdJsonView.h"

namespace empathy {

struct ReceivedFrameDecoder::Parser
{
    simdjson::dom::parser parser;
};

namespace {

// The changes of a page or push, read into the batch; false when one is not {seq, kind, data}.
bool collect(simdjson::dom::array changes, ReceivedFrame &out, Change *last)
{
    ChangeBatchCollector<SimdJsonObjectView> collector;
    for (simdjson::dom::element change : changes) {
        int64_t seq = 0;
        std::string_view kind;
        simdjson::dom::object data;
        if (change["seq"].get(seq) != simdjson::SUCCESS || change["kind"].get(kind) != simdjson::SUCCESS ||
            change["data"].get(data) != simdjson::SUCCESS)
            return false;
        const ChangeKind changeKind =
            changeKindFromKey(QString::fromLatin1(kind.data(), qsizetype(kind.size())))
                .value_or(ChangeKind::Unknown);
        collector.add(seq, changeKind, SimdJsonObjectView(data));
        *last = Change{seq, changeKind, {}, {}};
    }
    out.changes = collector.take();
    return true;
}

// A page or a push read with simdjson; nothing when the text is another frame or not well-formed.
std::optional<ReceivedFrame> readBulk(simdjson::dom::parser &parser, const QByteArray &utf8)
{
    simdjson::dom::object frame;
    if (parser.parse(utf8.constData(), size_t(utf8.size()) - simdjson::SIMDJSON_PADDING, false).get(frame) !=
        simdjson::SUCCESS)
        return std::nullopt;
    std::string_view type;
    simdjson::dom::array changes;
    if (frame["type"].get(type) != simdjson::SUCCESS || frame["changes"].get(changes) != simdjson::SUCCESS)
        return std::nullopt;
    ReceivedFrame out;
    Change last;
    if (type == "page") {
        PageFrame page;
        std::string_view generation;
        int64_t lastSeq = 0;
        int64_t head = 0;
        bool more = false;
        if (frame["generation"].get(generation) != simdjson::SUCCESS ||
            frame["last"].get(lastSeq) != simdjson::SUCCESS || frame["head"].get(head) != simdjson::SUCCESS ||
            frame["more"].get(more) != simdjson::SUCCESS || !collect(changes, out, &last))
            return std::nullopt;
        page.generation = QString::fromUtf8(generation.data(), qsizetype(generation.size()));
        page.last = lastSeq;
        page.head = head;
        page.more = more;
        out.frame = page;
        return out;
    }
    if (type == "changes") {
        if (!collect(changes, out, &last))
            return std::nullopt;
        ChangesFrame push;
        if (last.seq != 0)
            push.changes = {last}; // the cursor: only the last seq is read
        out.frame = push;
        return out;
    }
    return std::nullopt;
}

} // namespace

ReceivedFrameDecoder::ReceivedFrameDecoder()
    : m_parser(std::make_unique<Parser>())
{}

ReceivedFrameDecoder::~ReceivedFrameDecoder() = default;

ReceivedFrame ReceivedFrameDecoder::decode(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const qsizetype size = utf8.size();
    utf8.resize(size + qsizetype(simdjson::SIMDJSON_PADDING), '\0'); // simdjson reads past the end
    if (auto bulk = readBulk(m_parser->parser, utf8))
        return std::move(*bulk);
    utf8.truncate(size);
    return {FrameCodec::decode(utf8), {}};
}

} // namespace empathy
