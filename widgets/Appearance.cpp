#include "Appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace empathy {

Appearance::Appearance()
    : m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
    , m_systemFont(QApplication::font())
{}

void Appearance::apply(Theme theme, int textScalePercent)
{
    const QString style = theme == Theme::System ? m_systemStyle : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    switch (theme) {
    case Theme::System:
        QApplication::setPalette(m_systemPalette);
        break;
    case Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Theme::HighContrast:
        QApplication::setPalette(highContrastPalette());
        break;
    }
    QFont font = m_systemFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(m_systemFont.pointSizeF() * textScalePercent / 100.0);
    else
        font.setPixelSize(qMax(1, m_systemFont.pixelSize() * textScalePercent / 100));
    QApplication::setFont(font);
}

QPalette Appearance::lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x5a, 0x9e));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x00, 0x5a, 0x9e));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    return p;
}

QPalette Appearance::darkPalette()
{
    QPalette p(QColor(0x2d, 0x2d, 0x30));
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xf0));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// White on black, yellow selection and links, as the common high-contrast desktop themes do; disabled
// text stays readable (grey at 7:1 on black) rather than fading away.
QPalette Appearance::highContrastPalette()
{
    QPalette p(Qt::black);
    for (QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::ToolTipText, QPalette::BrightText, QPalette::Light})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Mid, Qt::white);
    p.setColor(QPalette::Dark, Qt::white);
    p.setColor(QPalette::Shadow, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::LinkVisited, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa6, 0xa6, 0xa6));
    return p;
}

} // namespace empathy
