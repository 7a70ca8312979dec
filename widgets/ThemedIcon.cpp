#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>
#include <unordered_map>

namespace gantry {

namespace {

/// Paints one SVG with `currentColor` replaced by the palette colour of the mode asked for.
class PaletteSvgEngine : public QIconEngine
{
public:
    explicit PaletteSvgEngine(QByteArray svg) : m_svg(std::move(svg)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer *renderer = rendererFor(colorFor(mode));
        renderer->render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaletteSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("gantry-palette-svg"); }

private:
    static QColor colorFor(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        switch (mode) {
        case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::ButtonText);
        case QIcon::Selected: return palette.color(QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active: break;
        }
        return palette.color(QPalette::Active, QPalette::ButtonText);
    }

    QSvgRenderer *rendererFor(const QColor &color)
    {
        std::unique_ptr<QSvgRenderer> &renderer = m_renderers[color.rgba()];
        if (!renderer) {
            QByteArray svg = m_svg;
            svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
            renderer = std::make_unique<QSvgRenderer>(svg);
        }
        return renderer.get();
    }

    QByteArray m_svg;
    std::unordered_map<QRgb, std::unique_ptr<QSvgRenderer>> m_renderers;
};

} // namespace

QIcon ThemedIcon::get(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon();
    return QIcon(new PaletteSvgEngine(file.readAll()));
}

} // namespace gantry
