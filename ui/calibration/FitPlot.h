#pragma once

#include <QString>
#include <QVector>
#include <QWidget>
#include <utility>
#include <vector>

class QCustomPlot;

namespace headroom::ui {

// A plot of measurements and what was fitted to them, for the calibration dialogs: measured
// points, lines, a shaded band, a marked position on x and a marked point. It keeps what it was
// given and draws it in the palette's colours, again whenever the palette changes. The only file
// of ui/calibration that includes qcustomplot.h.
class FitPlot : public QWidget
{
    Q_OBJECT

public:
    enum class Line
    {
        Fit,       // the fitted curve: solid, in the highlight colour
        Reference, // for comparison (linear scaling): dashed, muted
    };

    explicit FitPlot(const QString& name, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }

    void clear();
    void setAxisLabels(const QString& x, const QString& y);
    // Labels at chosen positions on x instead of numbers (months as dates); none for numbers.
    void setXTicks(std::vector<std::pair<double, QString>> ticks);
    // A logarithmic y axis: growth of a constant rate is a straight line, and values that differ
    // a hundredfold are all readable.
    void setLogarithmic(bool logarithmic);
    // What the plot says while it has nothing to show (no axes then).
    void setPlaceholder(const QString& text);
    // The corner of the plot the legend sits in, where the data leave room (top left by default).
    void setLegendCorner(Qt::Alignment corner);
    void addPoints(const QString& name, const QVector<double>& x, const QVector<double>& y);
    void addLine(const QString& name, const QVector<double>& x, const QVector<double>& y, Line kind = Line::Fit);
    void addBand(const QString& name, const QVector<double>& x, const QVector<double>& lo, const QVector<double>& hi);
    void markX(double x, const QString& label);
    void markPoint(double x, double y, const QString& label);
    // Draws what was added: x over all of it, y from 0 (or, logarithmic, from a little below the
    // lowest positive value) to a little above the highest.
    void draw();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Kind
    {
        Points,
        FitLine,
        ReferenceLine,
        Band,
        MarkX,
        MarkPoint,
    };
    struct Item
    {
        Kind kind;
        QString name;
        QVector<double> x;
        QVector<double> y;
        QVector<double> y2; // a band's upper edge
    };

    void restyleAxes();
    void drawItem(const Item& item);

    QCustomPlot* m_plot;
    std::vector<Item> m_items;
    std::vector<std::pair<double, QString>> m_ticks;
    bool m_logarithmic = false;
    QString m_placeholder;
};

} // namespace headroom::ui
