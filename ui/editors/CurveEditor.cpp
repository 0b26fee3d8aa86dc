#include "editors/CurveEditor.h"

#include "document/Document.h"
#include "document/ModelCommand.h"
#include "editors/TableEditor.h"
#include "engine/CurveBand.h"
#include "engine/ModelEdit.h"
#include "plots/CompactTicker.h"
#include "report/SegmentedGraph.h"

#include <QCheckBox>
#include <QShowEvent>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace headroom::ui {

using engine::Curve;
using engine::CurveKind;
using engine::Model;

namespace {
// A press this close to a point (in pixels) picks it up.
constexpr double kPickRadiusPx = 10.0;
// Samples behind the band: enough for a steady line while typing, cheap enough to redraw at once.
constexpr int kBandSamples = 300;
// Dragged points keep this far (in months) from their neighbours, so the order never flips.
constexpr double kMinPointGapMonths = 0.05;

// Translated in CurveEditor's context, where tr() looks them up.
const char* const kMonthNames[] = {
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "January"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "February"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "March"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "April"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "May"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "June"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "July"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "August"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "September"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "October"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "November"),
    QT_TRANSLATE_NOOP("headroom::ui::CurveEditor", "December")};
} // namespace

CurveEditor::CurveEditor(Document* document, const QString& name, Field<Curve> curve, const QString& path,
                         const QString& unit, const Display& level, QWidget* parent)
    : QWidget(parent), m_document(document), m_curve(std::move(curve)), m_path(path),
      m_form(new FieldForm(document, this)), m_plot(new QCustomPlot(this))
{
    setObjectName(name);
    const auto at = [this](auto member) { return fieldIn<Curve>(m_curve, member); };
    const auto kindIs = [this](std::initializer_list<CurveKind> kinds) {
        std::vector<CurveKind> wanted(kinds);
        return [this, wanted](const Model& m) {
            const Curve* c = m_curve(const_cast<Model&>(m));
            return c && std::find(wanted.begin(), wanted.end(), c->kind) != wanted.end();
        };
    };
    const auto kind = kindIs;
    m_form->setPathPrefix(path);

    m_form->addChoice<CurveKind>(QStringLiteral("curveKind"), tr("Shape"), tr("How the value grows month by month."),
                                 at([](Curve& c) -> CurveKind& { return c.kind; }),
                                 {{tr("Constant"), CurveKind::Constant},
                                  {tr("Linear"), CurveKind::Linear},
                                  {tr("Exponential"), CurveKind::Exponential},
                                  {tr("Logistic (S-curve)"), CurveKind::Logistic},
                                  {tr("Through points"), CurveKind::Piecewise},
                                  {tr("Monthly values"), CurveKind::Explicit}},
                                 QStringLiteral("kind"));
    Display growth = display::percent(1000.0, 2);
    growth.minimum = -99.0;
    growth.step = 0.5;
    Display slope = level;
    slope.minimum = -level.maximum;
    const struct
    {
        const char* name;
        QString label;
        QString tip;
        engine::Quantity Curve::*member;
        Display shown;
        const char* field;
        std::vector<CurveKind> kinds;
    } parameters[] = {
        {"initial", tr("At start"), tr("The value in the first month (%1).").arg(unit), &Curve::initial, level,
         "initial", {CurveKind::Constant, CurveKind::Linear, CurveKind::Exponential, CurveKind::Logistic}},
        {"monthlyGrowth", tr("Monthly growth"), tr("Compound growth per month: 5% a month is about 80% a year."),
         &Curve::monthlyGrowth, growth, "monthly_growth", {CurveKind::Exponential}},
        {"slopePerMonth", tr("Added per month"), tr("Linear growth: %1 added (or lost, if negative) each month.").arg(unit),
         &Curve::slopePerMonth, slope, "slope_per_month", {CurveKind::Linear}},
        {"ceiling", tr("Ceiling"), tr("Logistic growth: the level the S-curve flattens at (%1).").arg(unit),
         &Curve::ceiling, level, "ceiling", {CurveKind::Logistic}},
        {"ratePerMonth", tr("Growth rate"), tr("Logistic growth: the early rate per month, before the ceiling slows it."),
         &Curve::ratePerMonth, display::decimal(3, 0.0, 10.0, tr(" / month")), "rate_per_month", {CurveKind::Logistic}},
    };
    for (const auto& p : parameters) {
        const auto member = p.member;
        QDoubleSpinBox* box = m_form->addQuantity(QString::fromLatin1(p.name), p.label, p.tip,
                                                  at([member](Curve& c) -> engine::Quantity& { return c.*member; }),
                                                  p.shown, QString::fromLatin1(p.field));
        const std::vector<CurveKind> kinds = p.kinds;
        m_form->showWhen(box, [this, kinds](const Model& m) {
            const Curve* c = m_curve(const_cast<Model&>(m));
            return c && std::find(kinds.begin(), kinds.end(), c->kind) != kinds.end();
        });
    }
    QCheckBox* logLinear = m_form->addFlag(
        QStringLiteral("logInterpolation"), tr("Constant growth between points (log-linear)"),
        tr("Between two points, grow by the same percentage each month instead of the same amount."),
        at([](Curve& c) -> bool& { return c.logInterpolation; }), QStringLiteral("log_interpolation"));
    m_form->showWhen(logLinear, kind({CurveKind::Piecewise}));

    // The plot: the curve's median, its 90% band, and the points of a piecewise curve.
    m_plot->setObjectName(name + QStringLiteral("Plot"));
    m_plot->setMinimumHeight(200);
    m_plot->setPlottingHint(QCP::phImmediateRefresh, false); // painted with the window's next paint, as the charts
    m_low = m_plot->addGraph();
    m_high = m_plot->addGraph();
    m_high->setChannelFillGraph(m_low);
    // No pen on its edges and a light fill: filled without antialiasing it looks the same, and the
    // editor redraws it on every edit, while the projection runs.
    m_high->setAntialiasedFill(false);
    m_median = new report::SegmentedGraph(m_plot->xAxis, m_plot->yAxis);
    m_points = m_plot->addGraph();
    m_points->setLineStyle(QCPGraph::lsNone);
    m_low->setName(tr("5th percentile"));
    m_high->setName(tr("90% band"));
    m_median->setName(tr("Median"));
    m_points->setName(tr("Points (drag them)"));
    m_plot->legend->setVisible(false);
    m_plot->yAxis->setTicker(QSharedPointer<CompactTicker>::create());
    m_plot->yAxis->setLabel(unit);
    m_plot->installEventFilter(this);
    m_plot->setToolTip(tr("Through points: drag a point to move it; double-click to add one."));
    m_form->addWidget(m_plot);
    m_form->addNote(tr("The line is the median; the shaded band is the 90% range the uncertain parameters give."));

    // Points and monthly values, as tables.
    const auto pointsOf = [this](Model& m) -> std::vector<engine::CurvePoint>* {
        Curve* c = m_curve(m);
        return c ? &c->points : nullptr;
    };
    TableSpec<engine::CurvePoint> points(pointsOf);
    points.number(tr("Month"), tr("Months from the start; may be fractional."),
                  [](engine::CurvePoint& p) -> double& { return p.month; }, display::decimal(2, 0.0, 2400.0), {})
        .quantity(tr("Value"), tr("The curve's value there (%1).").arg(unit),
                  [](engine::CurvePoint& p) -> engine::Quantity& { return p.value; }, level, QStringLiteral("value"));
    const auto rowPath = [this](const QString& list) {
        return [this, list](Model&, int row) { return QStringLiteral("%1.%2[%3]").arg(m_path, list).arg(row); };
    };
    m_pointsTable = new TableEditor(
        document, name + QStringLiteral("Points"), tr("point"), points.count(), points.columns(),
        rowPath(QStringLiteral("points")),
        [pointsOf](Model& m) {
            if (auto* p = pointsOf(m))
                p->push_back(p->empty() ? engine::CurvePoint{0.0, 1.0}
                                        : engine::CurvePoint{p->back().month + 6.0, p->back().value});
        },
        [this, pointsOf](Model& m, int row) {
            if (auto* p = pointsOf(m))
                engine::removeListItem(m, *p, itemsPath(QStringLiteral("points")), std::size_t(row));
        },
        this);
    m_form->addWideWidget(m_pointsTable, tr("Points"), QStringLiteral("points"));
    m_form->showWhen(m_pointsTable, kind({CurveKind::Piecewise}));

    const auto valuesOf = [this](Model& m) -> std::vector<double>* {
        Curve* c = m_curve(m);
        return c ? &c->values : nullptr;
    };
    TableSpec<double> values(valuesOf);
    values.number(tr("Value"), tr("The value in that month (%1); the last one holds beyond.").arg(unit),
                  [](double& v) -> double& { return v; }, level, {});
    m_valuesTable = new TableEditor(
        document, name + QStringLiteral("Values"), tr("month"), values.count(), values.columns(),
        rowPath(QStringLiteral("values")),
        [valuesOf](Model& m) {
            if (auto* v = valuesOf(m))
                v->push_back(v->empty() ? 0.0 : v->back());
        },
        [valuesOf](Model& m, int row) {
            if (auto* v = valuesOf(m); v && row < int(v->size()))
                v->erase(v->begin() + row);
        },
        this);
    m_form->addWideWidget(m_valuesTable, tr("Monthly values"), QStringLiteral("values"));
    m_form->showWhen(m_valuesTable, kind({CurveKind::Explicit}));

    // Seasonality: twelve multipliers, January first, averaging 1; each may be uncertain (drawn, the
    // twelve are scaled back to their mean: Sampler.h).
    const auto seasonOf = [this](Model& m) -> std::vector<engine::Quantity>* {
        Curve* c = m_curve(m);
        return c ? &c->seasonality : nullptr;
    };
    QCheckBox* seasonal = m_form->addCheck(QStringLiteral("seasonal"), tr("Seasonal"),
                                           tr("Shape the year with a multiplier per calendar month (averaging 1)."),
                                           [seasonOf](Model& m) -> std::optional<bool> {
                                               const auto* s = seasonOf(m);
                                               return s ? std::optional<bool>(!s->empty()) : std::nullopt;
                                           });
    m_form->connectCheck(seasonal, tr("seasonality"), [this, seasonOf](Model& m, bool on) {
        if (auto* s = seasonOf(m)) {
            *s = on ? std::vector<engine::Quantity>(12, 1.0) : std::vector<engine::Quantity>{};
            engine::listCleared(m, itemsPath(QStringLiteral("seasonality")));
        }
    });
    TableSpec<engine::Quantity> season(seasonOf);
    season.quantity(tr("Multiplier"), tr("This calendar month's level over the year's average."),
                    [](engine::Quantity& q) -> engine::Quantity& { return q; }, display::decimal(3, 0.0, 100.0, tr("×")),
                    kRowItself);
    std::vector<Column> seasonColumns = season.columns();
    Column month;
    month.header = tr("Month");
    month.get = [](Model&, int row) { return row < 12 ? QVariant(tr(kMonthNames[row])) : QVariant(); };
    seasonColumns.insert(seasonColumns.begin(), month);
    m_seasonTable = new TableEditor(document, name + QStringLiteral("Seasonality"), tr("month"), season.count(),
                                    seasonColumns, rowPath(QStringLiteral("seasonality")),
                                    {}, {}, this);
    m_form->addWidget(m_seasonTable, {}, QStringLiteral("seasonality"));
    m_form->showWhen(m_seasonTable, [seasonOf](const Model& m) {
        const auto* s = seasonOf(const_cast<Model&>(m));
        return s && !s->empty();
    });

    // Events: one-off multipliers.
    const auto eventsOf = [this](Model& m) -> std::vector<engine::CurveEvent>* {
        Curve* c = m_curve(m);
        return c ? &c->events : nullptr;
    };
    TableSpec<engine::CurveEvent> events(eventsOf);
    events.integer(tr("Month"), tr("Months from the start."), [](engine::CurveEvent& e) -> int& { return e.month; }, 0,
                   2400, QStringLiteral("month"))
        .quantity(tr("Multiplier"), tr("The level during the event over what it would be: 1.5 is +50%."),
                  [](engine::CurveEvent& e) -> engine::Quantity& { return e.multiplier; },
                  display::decimal(3, 0.0, 1000.0, tr("×")), QStringLiteral("multiplier"))
        .integer(tr("Months"), tr("How long it lasts."), [](engine::CurveEvent& e) -> int& { return e.durationMonths; },
                 1, 240, QStringLiteral("duration_months"));
    m_eventsTable = new TableEditor(
        document, name + QStringLiteral("Events"), tr("event"), events.count(), events.columns(),
        rowPath(QStringLiteral("events")),
        [eventsOf](Model& m) {
            if (auto* e = eventsOf(m))
                e->push_back({0, 1.5, 1});
        },
        [this, eventsOf](Model& m, int row) {
            if (auto* e = eventsOf(m))
                engine::removeListItem(m, *e, itemsPath(QStringLiteral("events")), std::size_t(row));
        },
        this);
    m_eventsTable->view()->setMinimumHeight(110);
    m_form->addWideWidget(m_eventsTable, tr("Events"), QStringLiteral("events"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);

    connect(document, &Document::modelChanged, this, &CurveEditor::replot);
    restyle();
    m_form->refresh();
    replot();
}

// The path of one of the curve's lists, as scenario overrides name its items: "users.points".
std::string CurveEditor::itemsPath(const QString& list) const
{
    return (m_path + QLatin1Char('.') + list).toStdString();
}

void CurveEditor::setPathPrefix(const QString& path)
{
    m_path = path;
    m_form->setPathPrefix(path);
    m_form->refresh();
    replot();
}

void CurveEditor::restyle()
{
    const QPalette& p = palette();
    const QColor accent = p.color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(50);
    m_low->setPen(Qt::NoPen);
    m_high->setPen(Qt::NoPen);
    m_high->setBrush(fill);
    m_median->setPen(QPen(accent, 2.0));
    m_points->setPen(QPen(p.color(QPalette::Text), 1.5));
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, p.color(QPalette::Text), p.color(QPalette::Base), 9));
    m_plot->setBackground(p.color(QPalette::Base));
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(p.color(QPalette::Mid)));
        axis->setTickPen(QPen(p.color(QPalette::Mid)));
        axis->setSubTickPen(QPen(p.color(QPalette::Mid)));
        axis->setTickLabelColor(p.color(QPalette::Text));
        axis->setLabelColor(p.color(QPalette::Text));
        axis->grid()->setPen(QPen(p.color(QPalette::Midlight), 0, Qt::DotLine));
    }
}

void CurveEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_behind)
        replot();
}

void CurveEditor::replot()
{
    if (!isVisible()) { // a hidden editor draws nothing: its band would cost the engine a core
        m_behind = true;
        return;
    }
    m_behind = false;
    auto& model = const_cast<Model&>(m_document->model());
    const Curve* curve = m_curve(model);
    if (!curve)
        return;
    const int months = std::clamp(model.horizonMonths, engine::kMinHorizonMonths, engine::kMaxHorizonMonths);
    // A curve mid-edit may be invalid (no points yet): draw what can be drawn.
    const bool drawable = !(curve->kind == CurveKind::Piecewise && curve->points.empty()) &&
                          !(curve->kind == CurveKind::Explicit && curve->values.empty());
    QVector<double> keys, low, mid, high;
    if (drawable) {
        const engine::CurveBand band = engine::curveBand(*curve, months, model.start.month, kBandSamples);
        for (int t = 0; t < months; ++t) {
            keys << t;
            low << band.p5[t];
            mid << band.p50[t];
            high << band.p95[t];
        }
    }
    m_low->setData(keys, low, true);
    m_high->setData(keys, high, true);
    m_median->setData(keys, mid, true);
    QVector<double> px, py;
    if (curve->kind == CurveKind::Piecewise)
        for (const engine::CurvePoint& p : curve->points) {
            px << p.month;
            py << p.value.estimate;
        }
    m_points->setData(px, py, true);

    // Months as dates: a label every few months, as many as fit.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int step = months <= 12 ? 2 : months <= 36 ? 6 : months <= 72 ? 12 : 24;
    for (int t = 0; t < months; t += step) {
        const engine::YearMonth ym = model.start.plusMonths(t);
        ticker->addTick(t, QLocale().toString(QDate(ym.year, ym.month, 1), QStringLiteral("MMM yyyy")));
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(-0.5, std::max(months - 0.5, 1.0));
    if (m_dragged < 0) { // while dragging, the axes hold still under the pointer
        double top = 0.0;
        for (double v : high)
            top = std::max(top, v);
        for (double v : py)
            top = std::max(top, v);
        m_plot->yAxis->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool CurveEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_plot)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        return pressOnPlot(static_cast<QMouseEvent*>(event));
    case QEvent::MouseMove:
        if (m_dragged >= 0) {
            dragTo(static_cast<QMouseEvent*>(event));
            return true;
        }
        break;
    case QEvent::MouseButtonRelease:
        if (m_dragged >= 0) {
            m_dragged = -1;
            replot();
            return true;
        }
        break;
    case QEvent::MouseButtonDblClick:
        addPointAt(static_cast<QMouseEvent*>(event));
        return true;
    case QEvent::PaletteChange:
        restyle();
        replot();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool CurveEditor::pressOnPlot(QMouseEvent* event)
{
    const Curve* curve = m_curve(const_cast<Model&>(m_document->model()));
    if (!curve || curve->kind != CurveKind::Piecewise || event->button() != Qt::LeftButton)
        return false;
    const QPointF at = event->position();
    double best = kPickRadiusPx;
    m_dragged = -1;
    for (int i = 0; i < int(curve->points.size()); ++i) {
        const QPointF p(m_plot->xAxis->coordToPixel(curve->points[std::size_t(i)].month),
                        m_plot->yAxis->coordToPixel(curve->points[std::size_t(i)].value.estimate));
        const double distance = std::hypot(p.x() - at.x(), p.y() - at.y());
        if (distance < best) {
            best = distance;
            m_dragged = i;
        }
    }
    return m_dragged >= 0;
}

void CurveEditor::dragTo(QMouseEvent* event)
{
    const int index = m_dragged;
    double month = m_plot->xAxis->pixelToCoord(event->position().x());
    const double value = std::max(0.0, m_plot->yAxis->pixelToCoord(event->position().y()));
    ui::edit(m_document, tr("Move point"), m_path + QStringLiteral(".points.drag"), [&](Model& m) {
        Curve* c = m_curve(m);
        if (!c || index >= int(c->points.size()))
            return;
        auto& points = c->points;
        const double lo = index > 0 ? points[std::size_t(index - 1)].month + kMinPointGapMonths : 0.0;
        const double hi = index + 1 < int(points.size()) ? points[std::size_t(index + 1)].month - kMinPointGapMonths
                                                         : double(engine::kMaxHorizonMonths);
        month = std::clamp(std::round(month * 4.0) / 4.0, lo, std::max(lo, hi)); // to the quarter month
        engine::CurvePoint& p = points[std::size_t(index)];
        p.month = month;
        p.value = engine::withEstimate(p.value, value); // an uncertain value's interval moves with it
    });
}

void CurveEditor::addPointAt(QMouseEvent* event)
{
    const Curve* curve = m_curve(const_cast<Model&>(m_document->model()));
    if (!curve || curve->kind != CurveKind::Piecewise)
        return;
    const double month = std::max(0.0, std::round(m_plot->xAxis->pixelToCoord(event->position().x()) * 4.0) / 4.0);
    const double value = std::max(0.0, m_plot->yAxis->pixelToCoord(event->position().y()));
    ui::edit(m_document, tr("Add point"), {}, [&](Model& m) {
        Curve* c = m_curve(m);
        if (!c)
            return;
        auto& points = c->points;
        const auto at = std::lower_bound(points.begin(), points.end(), month,
                                         [](const engine::CurvePoint& p, double x) { return p.month < x; });
        if (at != points.end() && std::abs(at->month - month) < kMinPointGapMonths)
            return; // a point is already there
        const auto index = std::size_t(at - points.begin());
        points.insert(at, {month, value});
        engine::listItemInserted(m, itemsPath(QStringLiteral("points")), index);
    });
}

} // namespace headroom::ui
