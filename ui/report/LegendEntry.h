#pragma once

// A chart's legend entry that lays its text out once. For Chart.cpp, the one file here that
// includes qcustomplot.h (each inclusion costs about 15 s of compilation).

#include <QStaticText>
#include <optional>
#include <qcustomplot.h>

namespace headroom::report {

// QCustomPlot's entry for a plottable, drawn the same way (its icon, then its name beside it), but
// with the name's size and glyphs worked out once for each name and font rather than at every
// replot: its size hint measured the name, and its draw measured it again and shaped it to draw.
// For the thirty entries of the reference model's capacity charts that was about 1 ms of each
// chart's replot. The entry's colour, and the plottable's name and font, are read at each draw as
// before; a change of name or font lays the text out again.
class LegendEntry : public QCPPlottableLegendItem
{
public:
    using QCPPlottableLegendItem::QCPPlottableLegendItem;

protected:
    void draw(QCPPainter* painter) override
    {
        if (!mPlottable)
            return;
        const Text& text = laidOut();
        const QSize iconSize = mParentLegend->iconSize();
        painter->setFont(text.font);
        painter->setPen(QPen(getTextColor()));
        // The name at the top of the entry, after the icon and its padding, as QCustomPlot puts it.
        painter->drawStaticText(QPointF(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(), mRect.y()),
                                text.glyphs);
        const QRect iconRect(mRect.topLeft(), iconSize);
        painter->save();
        painter->setClipRect(iconRect, Qt::IntersectClip);
        IconOf::draw(mPlottable, painter, iconRect);
        painter->restore();
        if (getIconBorderPen().style() != Qt::NoPen) {
            painter->setPen(getIconBorderPen());
            painter->setBrush(Qt::NoBrush);
            const int halfPen = qCeil(painter->pen().widthF() * 0.5) + 1;
            painter->setClipRect(mOuterRect.adjusted(-halfPen, -halfPen, halfPen, halfPen));
            painter->drawRect(iconRect);
        }
    }

    QSize minimumOuterSizeHint() const override
    {
        if (!mPlottable)
            return {};
        const QSize iconSize = mParentLegend->iconSize();
        const QSize textSize = laidOut().size;
        return {iconSize.width() + mParentLegend->iconTextPadding() + textSize.width() + mMargins.left() +
                    mMargins.right(),
                qMax(textSize.height(), iconSize.height()) + mMargins.top() + mMargins.bottom()};
    }

private:
    // A plottable draws its own icon, through a protected function that QCustomPlot's entry reaches
    // as a friend; a class derived from the plottable's may name it, and call it on any plottable.
    struct IconOf : QCPAbstractPlottable
    {
        static void draw(const QCPAbstractPlottable* plottable, QCPPainter* painter, const QRectF& rect)
        {
            (plottable->*(&IconOf::drawLegendIcon))(painter, rect);
        }
    };

    struct Text
    {
        QString name;
        QFont font;
        QStaticText glyphs;
        QSize size; // as QCustomPlot measures it: the bounding rectangle at the icon's height
    };

    const Text& laidOut() const
    {
        const QString& name = mPlottable->name();
        const QFont font = getFont();
        if (!m_text || m_text->name != name || m_text->font != font) {
            Text text{name, font, QStaticText(name), {}};
            text.glyphs.setTextFormat(Qt::PlainText);
            text.glyphs.prepare(QTransform(), font);
            text.size = QFontMetrics(font)
                            .boundingRect(0, 0, 0, mParentLegend->iconSize().height(), Qt::TextDontClip, name)
                            .size();
            m_text = std::move(text);
        }
        return *m_text;
    }

    mutable std::optional<Text> m_text;
};

} // namespace headroom::report
