#include "ConversationView.h"

#include "BadgeTooltip.h"
#include "ChannelIcons.h"
#include "code/AsyncCodeHighlighter.h"
#include "domain/Channel.h"
#include "LanguageText.h"
#include "models/ThreadModel.h"
#include "MoodLook.h"
#include "ReplyBox.h"
#include "ThreadDocument.h"

#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>

namespace empathy {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// Serves the channel icons the thread's HTML refers to.
class ThreadBrowser : public QTextBrowser
{
public:
    ThreadBrowser(const ChannelIcons &icons, QWidget *parent)
        : QTextBrowser(parent)
        , m_icons(icons)
    {}

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("empathy-channel")) {
            const auto channel = Channel(name.path().toInt());
            return m_icons.image(channel, 14, devicePixelRatioF());
        }
        return QTextBrowser::loadResource(type, name);
    }

private:
    const ChannelIcons &m_icons;
};

} // namespace

ConversationView::ConversationView(ThreadModel &thread, const ChannelIcons &icons, Clock clock,
                                   QWidget *parent)
    : QWidget(parent)
    , m_thread(thread)
    , m_icons(icons)
    , m_clock(std::move(clock))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_browser(new ThreadBrowser(icons, this))
    , m_reply(new ReplyBox(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);

    auto *page = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("conversationSplitter"));
    splitter->addWidget(m_browser);
    splitter->addWidget(m_reply);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(10, 8, 10, 8);
    pageLayout->addWidget(m_name);
    pageLayout->addWidget(m_details);
    pageLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_thread, &QAbstractItemModel::modelReset, this, &ConversationView::render);
    connect(&m_thread, &QAbstractItemModel::rowsInserted, this, &ConversationView::render);
    connect(&m_thread, &QAbstractItemModel::dataChanged, this, &ConversationView::render);
    connect(m_browser, &QTextBrowser::highlighted, this, &ConversationView::showBadgeTip);
    m_codeReady.setSingleShot(true);
    m_codeReady.setInterval(30);
    connect(&m_codeReady, &QTimer::timeout, this, [this] { renderThread(true); });
    connect(&m_thread, &QAbstractItemModel::modelReset, this, &ConversationView::updateReplyContext);
    connect(&m_thread, &QAbstractItemModel::rowsInserted, this, &ConversationView::updateReplyContext);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.scheme() == u"empathy-badge")
            openCorrectionMenu(link.path().toLongLong(), QCursor::pos());
    });
    retranslate();
}

void ConversationView::retranslate()
{
    m_empty->setText(tr("Select a conversation in the inbox to read it and reply."));
    m_browser->setAccessibleName(tr("Conversation"));
    m_browser->setAccessibleDescription(
        tr("The messages of the conversation with their mood badges; Tab moves between the badges, Enter "
           "corrects one"));
}

void ConversationView::correctLatestCustomerMessage()
{
    for (int row = m_thread.rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = m_thread.index(row, 0);
        if (Direction(index.data(ThreadModel::DirectionRole).toInt()) != Direction::Inbound)
            continue;
        const QRect area = m_browser->viewport()->rect();
        openCorrectionMenu(index.data(ThreadModel::MessageIdRole).toLongLong(),
                           m_browser->viewport()->mapToGlobal(area.center()));
        return;
    }
}

void ConversationView::setEmotion(const emotion::EmotionEngine *engine, const emotion::ToneCoach *coach)
{
    m_emotions = engine;
    m_reply->setCoach(coach, engine);
}

// What the tone coach needs: who the customer is, their language, and whether their last message was upset.
void ConversationView::updateReplyContext()
{
    emotion::ReplyContext context;
    if (m_header) {
        context.customerFirstName = m_header->customerFirstName;
        context.customerLanguage = m_header->preferredLanguage != Language::Unknown
                                       ? m_header->preferredLanguage
                                       : m_header->row.language;
        if (m_header->preferredTone == PreferredTone::Formal)
            context.preferredRegister = emotion::Register::Formal;
        else if (m_header->preferredTone == PreferredTone::Warm)
            context.preferredRegister = emotion::Register::Warm;
    }
    for (int row = m_thread.rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = m_thread.index(row, 0);
        if (Direction(index.data(ThreadModel::DirectionRole).toInt()) != Direction::Inbound)
            continue;
        const QString emotion = index.data(ThreadModel::EmotionRole).toString();
        const QVariant valence = index.data(ThreadModel::ValenceRole);
        context.customerUpset = emotion == u"anger" || emotion == u"frustration" || emotion == u"disgust" ||
                                (valence.isValid() && valence.toDouble() <= -0.4);
        break;
    }
    m_reply->setReplyContext(context);
}

QModelIndex ConversationView::messageIndex(qint64 messageId) const
{
    for (int row = 0; row < m_thread.rowCount(); ++row) {
        const QModelIndex index = m_thread.index(row, 0);
        if (index.data(ThreadModel::MessageIdRole).toLongLong() == messageId)
            return index;
    }
    return {};
}

void ConversationView::showBadgeTip(const QUrl &link)
{
    if (link.scheme() != u"empathy-badge") {
        QToolTip::hideText();
        return;
    }
    const QModelIndex index = messageIndex(link.path().toLongLong());
    if (index.isValid())
        QToolTip::showText(QCursor::pos(), badgeTooltip(index, m_emotions), m_browser);
}

void ConversationView::openCorrectionMenu(qint64 messageId, const QPoint &globalPos)
{
    const QModelIndex index = messageIndex(messageId);
    if (!index.isValid() || !index.data(ThreadModel::SentimentLabelRole).isValid())
        return;
    const auto current = SentimentLabel(index.data(ThreadModel::SentimentLabelRole).toInt());
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("correctionMenu"));
    menu.setAccessibleName(tr("Correct the mood"));
    menu.addSection(tr("This message is really…"));
    for (SentimentLabel label :
         {SentimentLabel::Positive, SentimentLabel::Neutral, SentimentLabel::Negative}) {
        const MoodLook look = moodLook(label);
        QAction *action = menu.addAction(look.symbol + u' ' + labelName(label));
        action->setCheckable(true);
        action->setChecked(label == current);
        connect(action, &QAction::triggered, this,
                [this, messageId, label] { emit correctionRequested(messageId, label); });
    }
    menu.exec(globalPos);
}

void ConversationView::showHeader(const std::optional<ConversationHeader> &header)
{
    m_header = header;
    updateReplyContext();
    if (!header) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const InboxRow &row = header->row;
    m_name->setText(row.customerName);
    // The name sits on the layout's leading edge whatever its script (a label would follow the text's).
    const Qt::Alignment edge = layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    m_name->setAlignment(Qt::AlignVCenter | Qt::AlignAbsolute | edge);
    m_details->setAlignment(Qt::AlignVCenter | Qt::AlignAbsolute | edge);
    QStringList parts;
    parts << ChannelIcons::name(row.channel);
    parts << tr("Language: %1").arg(languageName(row.language));
    parts << (row.assignee.isValid() ? tr("Assigned to %1").arg(row.assigneeName) : tr("Unassigned"));
    if (!row.subject.isEmpty())
        parts << tr("Subject: %1").arg(row.subject);
    parts << header->identities.join(QStringLiteral(", "));
    m_details->setText(parts.join(QStringLiteral(" · ")));
    m_stack->setCurrentIndex(1);
}

QString ConversationView::threadText() const
{
    return m_browser->toPlainText();
}

void ConversationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showHeader(m_header);
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LayoutDirectionChange ||
        event->type() == QEvent::LanguageChange)
        render();
}

void ConversationView::setCodeHighlighter(AsyncCodeHighlighter *highlighter)
{
    if (m_code)
        disconnect(m_code, nullptr, &m_codeReady, nullptr);
    m_code = highlighter;
    if (m_code)
        connect(m_code, &AsyncCodeHighlighter::ready, &m_codeReady, qOverload<>(&QTimer::start));
    render();
}

void ConversationView::renderThread(bool keepScroll)
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    ThreadStyle style;
    style.codeBackground = mix(base, pal.color(QPalette::Text), 0.04);
    if (m_code) {
        const QString theme =
            base.lightnessF() < 0.5 ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light");
        style.codeHtml = [this, theme](const QString &code, const QString &syntax) {
            const QString html = m_code->cached(code, syntax, theme);
            return html.isNull() ? code.toHtmlEscaped() : html;
        };
    }
    style.inboundBackground = mix(base, pal.color(QPalette::Text), 0.07);
    style.outboundBackground = mix(base, pal.color(QPalette::Highlight), 0.16);
    style.noteBackground = mix(base, QColor(0xE6, 0x9F, 0x00), 0.22); // Okabe–Ito orange: "inside the team"
    style.metaText = mix(base, pal.color(QPalette::Text), 0.6);
    style.now = m_clock();
    style.rightToLeft = layoutDirection() == Qt::RightToLeft;

    QTextDocument *document = m_browser->document();
    document->setDefaultTextOption([this] {
        QTextOption option;
        option.setTextDirection(layoutDirection());
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        return option;
    }());
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(threadHtml(m_thread, style));
    m_browser->verticalScrollBar()->setValue(keepScroll ? scroll : m_browser->verticalScrollBar()->maximum());
}

} // namespace empathy
