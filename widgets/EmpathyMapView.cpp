#include "EmpathyMapView.h"

#include "models/EmpathyMapModel.h"
#include "MoodLook.h"
#include "TextDelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace empathy {

namespace {

constexpr std::array<EmpathyQuadrant, empathyQuadrantCount> quadrants{
    EmpathyQuadrant::Says,  EmpathyQuadrant::Thinks, EmpathyQuadrant::Does,
    EmpathyQuadrant::Feels, EmpathyQuadrant::Pains,  EmpathyQuadrant::Gains};

// Suggestions in italics and the placeholder colour; notes wrap whole.
void styleNote(QStyleOptionViewItem *option, const QModelIndex &index)
{
    option->features |= QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideNone;
    if (index.data(EmpathyMapModel::IsSuggestionRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}

} // namespace

EmpathyMapView::EmpathyMapView(EmpathyMapModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_stage = new QComboBox(this);
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stage->setMinimumContentsLength(4);
    for (JourneyStage stage : {JourneyStage::Unknown, JourneyStage::BeforePurchase, JourneyStage::Purchase,
                               JourneyStage::Delivery, JourneyStage::Support, JourneyStage::After})
        m_stage->addItem(QString(), int(stage));
    connect(m_stage, &QComboBox::activated, this,
            [this](int index) { emit stageChosen(JourneyStage(m_stage->itemData(index).toInt())); });
    auto *png = m_png = new QPushButton(this);
    connect(png, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("png")); });
    auto *pdf = m_pdf = new QPushButton(this);
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_stage, 1);
    top->addWidget(png);
    top->addWidget(pdf);

    m_grid = new QWidget(this);
    auto *grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (std::size_t i = 0; i < quadrants.size(); ++i) {
        const EmpathyQuadrant quadrant = quadrants[i];
        auto *box = new QFrame(m_grid);
        box->setFrameShape(QFrame::StyledPanel);
        auto *proxy = new QSortFilterProxyModel(box);
        proxy->setSourceModel(&m_model);
        proxy->setFilterRole(EmpathyMapModel::QuadrantRole);
        proxy->setFilterRegularExpression(QStringLiteral("^%1$").arg(int(quadrant)));
        auto *list = new QListView(box);
        list->setModel(proxy);
        list->setItemDelegate(new TextDelegate(&EmpathyMapView::rowText, &styleNote, list));
        list->setWordWrap(true);
        list->setContextMenuPolicy(Qt::CustomContextMenu);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        connect(list, &QListView::activated, this,
                [this, proxy](const QModelIndex &index) { activate(proxy->mapToSource(index)); });
        connect(list, &QWidget::customContextMenuRequested, this, [this, list, proxy](const QPoint &at) {
            const QModelIndex index = proxy->mapToSource(list->indexAt(at));
            if (!index.isValid() || m_readOnly)
                return;
            QMenu menu(this);
            if (index.data(EmpathyMapModel::IsSuggestionRole).toBool()) {
                menu.addAction(tr("Accept"), this, [this, index] { accept(index, suggestionWords(index)); });
                menu.addAction(tr("Edit and accept…"), this, [this, index] { activate(index); });
                menu.addAction(tr("Dismiss"), this, [this, index] { dismiss(index); });
            } else {
                menu.addAction(tr("Edit…"), this, [this, index] { activate(index); });
                menu.addAction(tr("Remove"), this, [this, index] { remove(index); });
            }
            menu.exec(list->viewport()->mapToGlobal(at));
        });
        auto *add = new QToolButton(box);
        m_addButtons[std::size_t(quadrant) - 1] = add;
        add->setText(QStringLiteral("+"));
        add->setAutoRaise(true);
        connect(add, &QToolButton::clicked, this, [this, quadrant] {
            const QString text = askText(tr("Add to %1").arg(quadrantName(quadrant)), QString());
            if (text.isEmpty())
                return;
            EmpathyEntry entry;
            entry.quadrant = quadrant;
            entry.text = text;
            emit noteWritten(entry);
        });
        auto *title = m_titles[std::size_t(quadrant) - 1] = new QLabel(box);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setBuddy(list);
        auto *header = new QHBoxLayout;
        header->setContentsMargins(0, 0, 0, 0);
        header->addWidget(title, 1);
        header->addWidget(add);
        list->setFrameShape(QFrame::NoFrame);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 2, 4, 4);
        boxLayout->setSpacing(0);
        boxLayout->addLayout(header);
        boxLayout->addWidget(list, 1);
        m_lists[std::size_t(quadrant) - 1] = list;
        grid->addWidget(box, int(i) / 2, int(i) % 2);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_grid, 1);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &EmpathyMapView::showStage);
    retranslate();
    showStage();
}

void EmpathyMapView::retranslate()
{
    m_stage->setAccessibleName(tr("Journey stage"));
    const QStringList stages{tr("Stage not noted"), tr("Before purchase"), tr("Purchase"),
                             tr("Delivery"),        tr("Support"),         tr("After")};
    for (int i = 0; i < stages.size(); ++i)
        m_stage->setItemText(i, stages[i]);
    m_png->setText(tr("PNG…"));
    m_png->setToolTip(tr("Save the map as a picture"));
    m_png->setAccessibleDescription(m_png->toolTip());
    m_pdf->setText(tr("PDF…"));
    m_pdf->setToolTip(tr("Save the map as a PDF document"));
    m_pdf->setAccessibleDescription(m_pdf->toolTip());
    for (EmpathyQuadrant quadrant : quadrants) {
        const std::size_t i = std::size_t(quadrant) - 1;
        m_titles[i]->setText(quadrantName(quadrant));
        m_lists[i]->setAccessibleName(quadrantName(quadrant));
        m_lists[i]->setAccessibleDescription(
            tr("Notes and suggestions; Enter edits or accepts one, the context menu key offers more"));
        m_addButtons[i]->setToolTip(tr("Add a note to %1").arg(quadrantName(quadrant)));
        m_addButtons[i]->setAccessibleName(m_addButtons[i]->toolTip());
    }
}

void EmpathyMapView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (QListView *list : m_lists)
            list->viewport()->update();
    }
}

QString EmpathyMapView::quadrantName(EmpathyQuadrant quadrant)
{
    switch (quadrant) {
    case EmpathyQuadrant::Says:
        return tr("Says");
    case EmpathyQuadrant::Thinks:
        return tr("Thinks");
    case EmpathyQuadrant::Does:
        return tr("Does");
    case EmpathyQuadrant::Feels:
        return tr("Feels");
    case EmpathyQuadrant::Pains:
        return tr("Pains");
    case EmpathyQuadrant::Gains:
        return tr("Gains");
    }
    return QString();
}

QString EmpathyMapView::rowText(const QModelIndex &index)
{
    const QString raw = index.data(Qt::DisplayRole).toString();
    if (!index.data(EmpathyMapModel::IsSuggestionRole).toBool()) {
        QString text = raw;
        if (index.data(EmpathyMapModel::ConflictOfRole).isValid())
            text = tr("⚠ Written at the same time as another version: %1").arg(text);
        if (const QString refusal = index.data(EmpathyMapModel::RefusalRole).toString(); !refusal.isEmpty())
            text += u' ' + tr("(not saved: %1)").arg(refusal);
        else if (index.data(EmpathyMapModel::PendingRole).toBool())
            text += u' ' + tr("(saving…)");
        return text;
    }
    // A sentence of the interface's language reads in that language's direction whatever the layout's.
    const bool rtl = QLocale().textDirection() == Qt::RightToLeft;
    return (rtl ? QChar(0x202B) : QChar(0x202A)) + tr("Suggested: %1").arg(suggestionWords(index)) +
           QChar(0x202C);
}

QString EmpathyMapView::suggestionWords(const QModelIndex &index)
{
    // The customer's words keep their own direction inside a sentence of the interface's language (a
    // Persian quote in an English interface, and the other way round): an embedding keeps the quote whole.
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString raw = (text.isRightToLeft() ? QChar(0x202B) : QChar(0x202A)) + text + QChar(0x202C);
    const int count = index.data(EmpathyMapModel::CountRole).toInt();
    const bool nps = SurveyKind(index.data(EmpathyMapModel::SurveyKindRole).toInt()) == SurveyKind::Nps;
    switch (SuggestionBasis(index.data(EmpathyMapModel::BasisRole).toInt())) {
    case SuggestionBasis::Quote:
        return tr("“%1”").arg(raw);
    case SuggestionBasis::Emotion:
        return emotionWord(text);
    case SuggestionBasis::Unsure:
        return tr("is unsure: “%1”").arg(raw);
    case SuggestionBasis::ChurnThreat:
        return tr("threatened to leave or asked for a refund: “%1”").arg(raw);
    case SuggestionBasis::RepeatOrder:
        return EmpathyQuadrant(index.data(EmpathyMapModel::QuadrantRole).toInt()) == EmpathyQuadrant::Does
                   ? tr("contacted us %1 times about order #%2 in %3 days")
                         .arg(count)
                         .arg(raw)
                         .arg(index.data(EmpathyMapModel::DaysRole).toInt())
                   : tr("order #%1 is still not sorted out").arg(raw);
    case SuggestionBasis::LowScore:
        return nps ? tr("gave us %1 of 10 (NPS)").arg(count) : tr("rated us %1 of 5 (CSAT)").arg(count);
    case SuggestionBasis::Problem:
        return tr("went wrong: “%1”").arg(raw);
    case SuggestionBasis::Thanks:
        return tr("glad of “%1”").arg(raw);
    case SuggestionBasis::HighScore:
        return nps ? tr("would recommend us, %1 of 10 (NPS)").arg(count)
                   : tr("rated us %1 of 5 (CSAT)").arg(count);
    }
    return raw;
}

void EmpathyMapView::activate(const QModelIndex &index)
{
    if (!index.isValid() || m_readOnly)
        return;
    const bool suggestion = index.data(EmpathyMapModel::IsSuggestionRole).toBool();
    QString text = suggestion ? suggestionWords(index) : index.data(Qt::DisplayRole).toString();
    text = askText(suggestion ? tr("Accept the suggestion") : tr("Edit the note"), text);
    if (text.isEmpty())
        return;
    if (suggestion) {
        accept(index, text);
        return;
    }
    EmpathyEntry entry = m_model.noteAt(index.row()).entry;
    entry.text = text;
    emit noteWritten(entry);
}

void EmpathyMapView::accept(const QModelIndex &index, const QString &text)
{
    if (!index.isValid() || !m_model.isSuggestion(index.row()))
        return;
    const EmpathySuggestion &s = m_model.suggestionAt(index.row());
    EmpathyEntry entry;
    entry.quadrant = s.quadrant;
    entry.text = text;
    entry.source = s.source;
    entry.suggestion = s.key;
    emit noteWritten(entry);
}

void EmpathyMapView::dismiss(const QModelIndex &index)
{
    if (!index.isValid() || !m_model.isSuggestion(index.row()))
        return;
    const EmpathySuggestion &s = m_model.suggestionAt(index.row());
    EmpathyEntry entry;
    entry.quadrant = s.quadrant;
    entry.text = suggestionWords(index);
    entry.source = s.source;
    entry.suggestion = s.key;
    emit suggestionDismissed(entry);
}

void EmpathyMapView::remove(const QModelIndex &index)
{
    if (index.isValid() && !m_model.isSuggestion(index.row()))
        emit noteRemoved(m_model.noteAt(index.row()).entry.id);
}

QString EmpathyMapView::askText(const QString &title, const QString &text)
{
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(
        this, title, tr("What the customer says, thinks, does or feels:"), text, &ok);
    return ok ? answer.trimmed() : QString();
}

void EmpathyMapView::showStage()
{
    const int index = m_stage->findData(int(m_model.journeyStage()));
    m_stage->setCurrentIndex(index < 0 ? 0 : index);
    setEnabled(m_model.customer().isValid());
}

void EmpathyMapView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_stage->setDisabled(readOnly);
    for (QToolButton *add : m_addButtons)
        add->setVisible(!readOnly);
}

bool EmpathyMapView::exportPng(const QString &path)
{
    return grab().save(path, "PNG");
}

// Drawn as vectors, scaled to fit an A4 page in landscape.
bool EmpathyMapView::exportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(tr("Empathy map"));
    writer.setCreator(QStringLiteral("Empathy Desk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QRect page = painter.viewport();
    const double scale = std::min(double(page.width()) / width(), double(page.height()) / height());
    painter.scale(scale, scale);
    render(&painter, QPoint(), QRegion(), RenderFlag::DrawChildren);
    return painter.end();
}

void EmpathyMapView::exportAs(const QString &format)
{
    const QString filter = format == u"png" ? tr("PNG pictures (*.png)") : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save the empathy map"),
                                                tr("empathy-map") + u'.' + format, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + format, Qt::CaseInsensitive))
        path += u'.' + format;
    const bool saved = format == u"png" ? exportPng(path) : exportPdf(path);
    if (!saved)
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The empathy map could not be written to %1.").arg(path));
}

} // namespace empathy
