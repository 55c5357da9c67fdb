#include "ThreadDocument.h"

#include "ChannelIcons.h"
#include "code/CodeSegments.h"
#include "domain/Channel.h"
#include "domain/Message.h"
#include "DurationText.h"
#include "models/ThreadModel.h"
#include "MoodLook.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLocale>

namespace empathy {

QString channelIconUrl(int channel)
{
    return QStringLiteral("empathy-channel:%1").arg(channel);
}

namespace {

QString escapedBody(const QString &body)
{
    QString html = body.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br/>"));
    return html;
}

// A run of text kept whole in its own direction inside a paragraph of the other: "21 Nov 2026 16:48" in a
// right-to-left header would otherwise come apart around its spaces ("Nov 2026 16:48 … 21").
QString inOwnDirection(const QString &text)
{
    return (text.isRightToLeft() ? QChar(0x202B) : QChar(0x202A)) + text + QChar(0x202C); // RLE/LRE … PDF
}

QString proseBlock(const QString &text)
{
    const bool rtl = text.isRightToLeft();
    return QStringLiteral("<p dir=\"%1\" align=\"%2\">%3</p>")
        .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"),
             rtl ? QStringLiteral("right") : QStringLiteral("left"), escapedBody(text));
}

// A message's paragraphs: prose in its own direction, code, data and logs as left-to-right monospace
// blocks, highlighted when the style can.
QString bodyBlocks(const QString &body, const ThreadStyle &style)
{
    const QList<TextSegment> segments = splitCode(body);
    QString html;
    for (const TextSegment &segment : segments) {
        if (!segment.isCode()) {
            html += proseBlock(segment.text);
            continue;
        }
        const QString inner =
            style.codeHtml ? style.codeHtml(segment.text, segment.syntax) : segment.text.toHtmlEscaped();
        html +=
            QStringLiteral(
                "<pre dir=\"ltr\" align=\"left\" style=\"background-color: %1; font-family: monospace;\">"
                "%2</pre>")
                .arg(style.codeBackground.isValid() ? style.codeBackground.name() : QStringLiteral("#f4f4f4"),
                     inner);
    }
    return html;
}

// What the server's notice says to the team, in the desk's language; a notice this desk does not know is
// shown by its key.
QString noticeText(const QString &key)
{
    if (key == notice::visitorThrottled)
        return QCoreApplication::translate(
            "ThreadDocument",
            "\u26A0 The customer wrote faster than the web chat allows. Their page gave back "
            "what they typed and asked them to wait a moment before sending it again.");
    return QCoreApplication::translate("ThreadDocument", "Notice from the server: %1").arg(key);
}

} // namespace

QString badgeUrl(qint64 messageId)
{
    return QStringLiteral("empathy-badge:%1").arg(messageId);
}

QString badgeHtml(const QModelIndex &message)
{
    const auto label = SentimentLabel(message.data(ThreadModel::SentimentLabelRole).toInt());
    const MoodLook look = moodLook(label, message.data(ThreadModel::EmotionRole).toString());
    QString text = look.symbol + QStringLiteral("&nbsp;") + look.word.toHtmlEscaped();
    if (message.data(ThreadModel::CorrectedRole).toBool())
        text += QStringLiteral("&nbsp;\u270E"); // ✎: an agent's correction
    return QStringLiteral("<a href=\"%1\" style=\"text-decoration: none;\">"
                          "<span style=\"background-color: %2; color: #ffffff;\">&nbsp;%3&nbsp;</span></a>")
        .arg(badgeUrl(message.data(ThreadModel::MessageIdRole).toLongLong()), look.colour.name(), text);
}

QString threadHtml(const QAbstractItemModel &thread, const ThreadStyle &style)
{
    QString html;
    html.reserve(thread.rowCount() * 600);
    for (int row = 0; row < thread.rowCount(); ++row) {
        const QModelIndex index = thread.index(row, 0);
        const bool outbound =
            Direction(index.data(ThreadModel::DirectionRole).toInt()) == Direction::Outbound;
        const QString body = index.data(ThreadModel::BodyRole).toString();
        const QDateTime sentAt = index.data(ThreadModel::SentAtRole).toDateTime().toLocalTime();
        const auto delivery = DeliveryState(index.data(ThreadModel::DeliveryRole).toInt());
        const int channel = index.data(ThreadModel::ChannelRole).toInt();
        const auto purpose = MessagePurpose(index.data(ThreadModel::PurposeRole).toInt());
        if (purpose == MessagePurpose::Notice) { // a line between the messages, not anyone's bubble
            html +=
                QStringLiteral("<p align=\"center\" style=\"color: %1; margin-top: 8px;\">%2 &middot; %3</p>")
                    .arg(style.metaText.name(), noticeText(body).toHtmlEscaped(),
                         inOwnDirection(DurationText::dateTime(sentAt)));
            continue;
        }

        QString meta =
            QStringLiteral(
                "<img src=\"%1\" width=\"14\" height=\"14\"/>&nbsp;<b>%2</b> &middot; %3 &middot; %4")
                .arg(channelIconUrl(channel),
                     // A mark of the layout's direction after the name keeps a Persian name from
                     // pulling the date that follows into its own right-to-left run, and the reverse.
                     index.data(ThreadModel::AuthorNameRole).toString().toHtmlEscaped() +
                         (style.rightToLeft ? QChar(0x200F) : QChar(0x200E)),
                     inOwnDirection(DurationText::dateTime(sentAt)),
                     inOwnDirection(ChannelIcons::name(Channel(channel)).toHtmlEscaped()));
        if (!outbound && index.data(ThreadModel::SentimentLabelRole).isValid())
            meta += QStringLiteral(" &middot; ") + badgeHtml(index);
        if (purpose == MessagePurpose::PrivateNote)
            meta += QStringLiteral(" &middot; <b>%1</b>")
                        .arg(QCoreApplication::translate(
                            "ThreadDocument", "\U0001F512 Private note: the customer does not see it"));
        else if (purpose == MessagePurpose::Automated)
            meta += QStringLiteral(" &middot; %1")
                        .arg(QCoreApplication::translate("ThreadDocument", "automated assistant"));
        if (delivery == DeliveryState::Pending)
            meta += QStringLiteral(" &middot; <b>%1</b>")
                        .arg(QCoreApplication::translate("ThreadDocument",
                                                         "\u23F3 Pending: not on the server yet"));
        else if (delivery == DeliveryState::Failed)
            meta += QStringLiteral(" &middot; <b>%1</b>")
                        .arg(QCoreApplication::translate("ThreadDocument", "\u26A0 Not delivered"));

        const QString bubble =
            QStringLiteral("<td bgcolor=\"%1\" style=\"padding: 8px;\">"
                           "<p style=\"color: %2; margin-bottom: 4px;\" align=\"%5\">%3</p>%4</td>")
                .arg(purpose == MessagePurpose::PrivateNote && style.noteBackground.isValid()
                         ? style.noteBackground.name()
                     : outbound ? style.outboundBackground.name()
                                : style.inboundBackground.name(),
                     style.metaText.name(), meta, bodyBlocks(body, style),
                     style.rightToLeft ? QStringLiteral("right") : QStringLiteral("left"));
        const QString spacer = QStringLiteral("<td width=\"22%\"></td>");
        html += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 8px;\"><tr>");
        // Tables are not mirrored by the rich-text engine, so the leading side is chosen here.
        const bool bubbleFirst = outbound == style.rightToLeft;
        html += bubbleFirst ? bubble + spacer : spacer + bubble;
        html += QStringLiteral("</tr></table>");
    }
    return html;
}

} // namespace empathy
