#include "editors/ProjectEditors.h"

#include "document/Document.h"
#include "editors/CallGraphView.h"
#include "editors/CurveEditor.h"
#include "editors/TableEditor.h"
#include "engine/ModelEdit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>

namespace headroom::ui {

using engine::Model;

ProjectEditor::ProjectEditor(Document* document, QWidget* parent)
    : PartEditor(document, QStringLiteral("projectEditor"), parent)
{
    FieldForm* f = form();
    f->addHeading(tr("Project"));
    f->addText(QStringLiteral("projectName"), tr("Name"), tr("The product or plan this project models."),
               [](Model& m) { return &m.name; }, QStringLiteral("name"));
    QSpinBox* year = f->addInteger(QStringLiteral("startYear"), tr("Start year"), tr("The first projected month's year."),
                                   [](Model& m) { return &m.start.year; }, 1970, 2200, {}, QStringLiteral("start"));
    year->setGroupSeparatorShown(false); // a year, not a count: 2027, never "2,027"
    std::vector<std::pair<QString, int>> months;
    for (int month = 1; month <= 12; ++month)
        months.emplace_back(QLocale().monthName(month), month);
    f->addChoice<int>(QStringLiteral("startMonth"), tr("Start month"), tr("The first projected month."),
                      [](Model& m) { return &m.start.month; }, months, QStringLiteral("start"));
    f->addInteger(QStringLiteral("horizonMonths"), tr("Horizon"), tr("How many months to project (1 to 240)."),
                  [](Model& m) { return &m.horizonMonths; }, engine::kMinHorizonMonths, engine::kMaxHorizonMonths,
                  tr(" months"), QStringLiteral("horizon_months"));
    f->addQuantity(QStringLiteral("peakHours"), tr("Daily peak"),
                   tr("How long each day's peak lasts: what a queue must absorb before it drains."),
                   [](Model& m) { return &m.peakHours; }, display::decimal(1, 0.1, 24.0, tr(" h")),
                   QStringLiteral("peak_hours"));
    setPart({});
}

GrowthEditor::GrowthEditor(Document* document, QWidget* parent)
    : PartEditor(document, QStringLiteral("growthEditor"), parent),
      m_curve(new CurveEditor(document, QStringLiteral("usersCurve"), [](Model& m) { return &m.users; },
                              QStringLiteral("users"), tr("users"), display::count(1e12), this))
{
    form()->addHeading(tr("Active users"));
    form()->addNote(tr("Everything else follows this curve: requests, data, instances, team and cost."));
    form()->addWidget(m_curve);
    setPart({});
}

RequestClassEditor::RequestClassEditor(Document* document, QWidget* parent)
    : PartEditor(document, QStringLiteral("requestClassEditor"), parent),
      m_trend(new CurveEditor(
          document, QStringLiteral("requestsTrendCurve"),
          [this](Model& m) -> engine::Curve* {
              engine::RequestClass* r = findById(m.requestClasses, partId());
              return r && r->requestsTrend ? &*r->requestsTrend : nullptr;
          },
          QStringLiteral("request_classes[].requests_trend"), tr("× today's requests"), display::decimal(3, 0.0, 1e6),
          this))
{
    FieldForm* f = form();
    const auto at = [this](auto member) {
        return fieldIn<engine::RequestClass>([this](Model& m) { return findById(m.requestClasses, partId()); },
                                             member);
    };
    f->addHeading(tr("Request class"));
    addIdField(engine::PartKind::RequestClass);
    f->addText(QStringLiteral("requestClassName"), tr("Name"), tr("As people call it."),
               at([](engine::RequestClass& r) -> std::string& { return r.name; }), QStringLiteral("name"));
    f->addQuantity(QStringLiteral("requestsPerUser"), tr("Requests per user a day"),
                   tr("How many of these requests an active user makes on an average day."),
                   at([](engine::RequestClass& r) -> engine::Quantity& { return r.requestsPerUserPerDay; }),
                   display::decimal(2, 0.0, 1e9), QStringLiteral("requests_per_user_per_day"));
    f->addQuantity(QStringLiteral("peakToAverage"), tr("Peak over average"),
                   tr("The busiest hour's rate over the day's average (1 or more): capacity is sized for the peak."),
                   at([](engine::RequestClass& r) -> engine::Quantity& { return r.peakToAverage; }),
                   display::decimal(2, 1.0, 1000.0, tr("×")), QStringLiteral("peak_to_average"));
    f->addReference(QStringLiteral("entryComponent"), tr("Enters at"), tr("The component that receives it first."),
                    at([](engine::RequestClass& r) -> std::string& { return r.entryComponent; }), componentIds,
                    QStringLiteral("entry"));
    f->addOptional(QStringLiteral("sloMeanMs"), tr("Mean latency objective"),
                   tr("The end-to-end mean response time it must stay under."),
                   at([](engine::RequestClass& r) -> std::optional<double>& { return r.sloMeanMs; }),
                   display::decimal(0, 1.0, 1e7, tr(" ms")), 200.0, QStringLiteral("slo.mean_ms"));
    f->addOptional(QStringLiteral("sloP95Ms"), tr("95th percentile objective"),
                   tr("The end-to-end 95th percentile it must stay under."),
                   at([](engine::RequestClass& r) -> std::optional<double>& { return r.sloP95Ms; }),
                   display::decimal(0, 1.0, 1e7, tr(" ms")), 500.0, QStringLiteral("slo.p95_ms"));

    f->addHeading(tr("Use over time"));
    engine::Curve growing;
    growing.kind = engine::CurveKind::Exponential;
    growing.initial = 1.0;
    growing.monthlyGrowth = 0.01;
    f->addPresence<engine::Curve>(
        QStringLiteral("requestsTrendGiven"), tr("Each user's requests change over time"),
        tr("A multiplier on the requests per user a day, 1 at the start: +1% a month as people use the product "
           "more; below 1 as a feature fades."),
        [this](Model& m) -> std::optional<engine::Curve>* {
            engine::RequestClass* r = findById(m.requestClasses, partId());
            return r ? &r->requestsTrend : nullptr;
        },
        growing, QStringLiteral("requests_trend"));
    f->addWidget(m_trend);
    f->showWhen(m_trend, [this](const Model& m) {
        const engine::RequestClass* r = findById(const_cast<Model&>(m).requestClasses, partId());
        return r && r->requestsTrend.has_value();
    });
}

void RequestClassEditor::setPart(const QString& id)
{
    PartEditor::setPart(id);
    m_trend->setPathPrefix(QStringLiteral("request_classes[%1].requests_trend").arg(id));
}

CatalogEditor::CatalogEditor(Document* document, QWidget* parent)
    : PartEditor(document, QStringLiteral("catalogEditor"), parent)
{
    TableSpec<engine::InstanceType> spec([](Model& m) { return &m.catalog; });
    spec.id(tr("Id"), tr("How components refer to it; renaming it renames every reference."),
            engine::PartKind::InstanceType, QStringLiteral("id"))
        .text(tr("Name"), tr("As the provider names it."), [](engine::InstanceType& t) -> std::string& { return t.name; },
              QStringLiteral("name"))
        .number(tr("vCPU"), tr("Virtual cores."), [](engine::InstanceType& t) -> double& { return t.vcpu; },
                display::decimal(0, 0.0, 10000.0), QStringLiteral("vcpu"))
        .number(tr("Memory"), tr("GB of memory."), [](engine::InstanceType& t) -> double& { return t.memoryGb; },
                display::decimal(1, 0.0, 1e6, tr(" GB")), QStringLiteral("memory_gb"))
        .quantity(tr("Price / hour"), tr("On-demand price per instance-hour."),
                  [](engine::InstanceType& t) -> engine::Quantity& { return t.pricePerHour; }, display::money(4),
                  QStringLiteral("price_per_hour"))
        .quantity(tr("Reserved discount"), tr("Off the on-demand price for reserved hours."),
                  [](engine::InstanceType& t) -> engine::Quantity& { return t.reservedDiscount; },
                  display::percent(99.0, 0), QStringLiteral("reserved_discount"));
    auto* table = new TableEditor(
        document, QStringLiteral("catalog"), tr("instance type"), spec.count(), spec.columns(),
        [](Model& m, int row) {
            const std::string& id = m.catalog[std::size_t(row)].id;
            return QStringLiteral("catalog[%1]").arg(id.empty() ? QString::number(row) : QString::fromStdString(id));
        },
        [](Model& m) {
            engine::InstanceType t;
            t.id = engine::uniqueId(m, engine::PartKind::InstanceType, "m7g.large");
            t.name = t.id;
            t.vcpu = 2;
            t.memoryGb = 8;
            t.pricePerHour = 0.0816; // AWS m7g.large, us-east-1, on demand
            m.catalog.push_back(t);
        },
        [](Model& m, int row) { engine::removePart(m, engine::PartKind::InstanceType, m.catalog[std::size_t(row)].id); });
    form()->addHeading(tr("Instance catalog"));
    form()->addNote(tr("The machine types components run on, with their on-demand prices."));
    form()->addWidget(table, {}, QStringLiteral("catalog"));
    table->view()->setMinimumHeight(260);
    setPart({});
}

CallGraphEditor::CallGraphEditor(Document* document, QWidget* parent)
    : PartEditor(document, QStringLiteral("callGraphEditor"), parent)
{
    TableSpec<engine::CallEdge> spec([](Model& m) { return &m.calls; });
    spec.choice(tr("From"), tr("The calling component."), [](engine::CallEdge& e) -> std::string& { return e.from; },
                componentIds, QStringLiteral("from"))
        .choice(tr("To"), tr("The called component."), [](engine::CallEdge& e) -> std::string& { return e.to; },
                componentIds, QStringLiteral("to"))
        .quantity(tr("Calls per operation"), tr("Calls each operation of From makes to To."),
                  [](engine::CallEdge& e) -> engine::Quantity& { return e.callsPerOperation; },
                  display::decimal(3, 0.0, 1e6), QStringLiteral("calls_per_operation"))
        .flag(tr("Through a queue"), tr("Asynchronous: To is sized for the average rate, and its backlog drains."),
              [](engine::CallEdge& e) -> bool& { return e.async; }, QStringLiteral("async"));
    auto* table = new TableEditor(
        document, QStringLiteral("calls"), tr("call"), spec.count(), spec.columns(),
        [](Model&, int row) { return QStringLiteral("calls[%1]").arg(row); },
        [](Model& m) {
            engine::CallEdge e;
            if (!m.components.empty()) {
                e.from = m.components.front().id;
                e.to = m.components.back().id;
            }
            m.calls.push_back(e);
        },
        [](Model& m, int row) { engine::removeListItem(m, m.calls, "calls", std::size_t(row)); });
    form()->addHeading(tr("Call graph"));
    form()->addNote(tr("Who calls whom, and how often: each request's load spreads through these calls. "
                       "A loop must lose traffic on its way round (fewer than one call back per call)."));
    form()->addWidget(table, {}, QStringLiteral("calls"));
    table->view()->setMinimumHeight(200);
    // A graph of many components is wider than the pane: it scrolls sideways, on its own.
    auto* graph = new CallGraphView(document, this);
    auto* graphArea = new QScrollArea(this);
    graphArea->setObjectName(QStringLiteral("callGraphArea"));
    graphArea->setWidget(graph);
    graphArea->setWidgetResizable(true);
    graphArea->setFrameShape(QFrame::NoFrame);
    graphArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const auto fitHeight = [graph, graphArea] {
        graphArea->setFixedHeight(graph->sizeHint().height() + graphArea->horizontalScrollBar()->sizeHint().height());
    };
    fitHeight();
    connect(document, &Document::modelChanged, graphArea, fitHeight);
    form()->addWidget(graphArea);
    setPart({});
}

} // namespace headroom::ui
