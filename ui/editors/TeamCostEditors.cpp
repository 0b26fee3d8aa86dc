#include "editors/TeamCostEditors.h"

#include "editors/CurveEditor.h"
#include "editors/TableEditor.h"
#include "engine/ModelEdit.h"
#include "engine/Team.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTableView>

namespace headroom::ui {

using engine::HeadcountRuleKind;
using engine::Model;
using engine::Role;

namespace {
std::vector<std::pair<QString, HeadcountRuleKind>> ruleChoices()
{
    return {{QObject::tr("Planned (a curve)"), HeadcountRuleKind::Curve},
            {QObject::tr("Per component group"), HeadcountRuleKind::PerComponentGroup},
            {QObject::tr("SRE (on-call and instances)"), HeadcountRuleKind::Sre},
            {QObject::tr("Support (per users)"), HeadcountRuleKind::Support}};
}
} // namespace

TeamEditor::TeamEditor(Document* document, QWidget* parent) : PartEditor(document, QStringLiteral("teamEditor"), parent)
{
    FieldForm* f = form();
    f->addHeading(tr("Team"));
    f->addInteger(QStringLiteral("componentGroups"), tr("Component groups"),
                  tr("Groups of components a team owns, for the per-group rule; 0: one per component."),
                  [](Model& m) { return &m.team.componentGroups; }, 0, 10000, {}, QStringLiteral("team.component_groups"));
    f->addInteger(QStringLiteral("onCallRotations"), tr("On-call rotations"),
                  tr("Rotations the SRE roles staff around the clock."), [](Model& m) { return &m.team.onCallRotations; },
                  0, 1000, {}, QStringLiteral("team.on_call.rotations"));
    f->addInteger(QStringLiteral("minPeoplePerRotation"), tr("People per rotation"),
                  tr("The fewest people a rotation needs to be humane (4 to 8 is usual)."),
                  [](Model& m) { return &m.team.minPeoplePerRotation; }, 1, 100, {},
                  QStringLiteral("team.on_call.min_people_per_rotation"));
    f->addQuantity(QStringLiteral("recruitingCapacity"), tr("Hires a month"),
                   tr("How many hires recruiting can close a month, all roles; 0: no limit."),
                   [](Model& m) { return &m.team.recruitingCapacityPerMonth; }, display::decimal(1, 0.0, 10000.0),
                   QStringLiteral("team.recruiting_capacity_per_month"));
    f->addQuantity(QStringLiteral("leadTimeMonths"), tr("Hiring lead time"),
                   tr("From opening a requisition to the hire starting. Growth needed sooner than this, beyond the "
                      "replacements already being recruited, starts late."),
                   [](Model& m) { return &m.team.leadTimeMonths; },
                   display::decimal(0, 0.0, engine::kMaxLeadTimeMonths, tr(" months")),
                   QStringLiteral("team.lead_time_months"));

    TableSpec<Role> spec([](Model& m) { return &m.team.roles; });
    spec.id(tr("Id"), tr("Renaming it renames every reference."), engine::PartKind::Role, QStringLiteral("id"))
        .text(tr("Name"), tr("The role's title."), [](Role& r) -> std::string& { return r.name; }, QStringLiteral("name"))
        .quantity(tr("Cost / month"), tr("Salary and overheads per person per month."),
                  [](Role& r) -> engine::Quantity& { return r.loadedCostPerMonth; }, display::money(0),
                  QStringLiteral("loaded_cost_per_month"))
        .quantity(tr("Attrition / year"), tr("The share of people who leave in a year."),
                  [](Role& r) -> engine::Quantity& { return r.attritionPerYear; }, display::percent(100.0, 0),
                  QStringLiteral("attrition_per_year"))
        .quantity(tr("Cost per hire"), tr("Recruiting cost per hire."),
                  [](Role& r) -> engine::Quantity& { return r.costPerHire; }, display::money(0),
                  QStringLiteral("cost_per_hire"));
    auto* roles = new TableEditor(
        document, QStringLiteral("roles"), tr("role"), spec.count(), spec.columns(),
        [](Model& m, int row) { return QStringLiteral("team.roles[%1]").arg(QString::fromStdString(m.team.roles[std::size_t(row)].id)); },
        [](Model& m) {
            Role r;
            r.id = engine::uniqueId(m, engine::PartKind::Role, "engineer");
            r.name = "Engineer";
            r.headcount.initial = 1.0;
            m.team.roles.push_back(r);
        },
        [](Model& m, int row) { engine::removePart(m, engine::PartKind::Role, m.team.roles[std::size_t(row)].id); });
    roles->view()->setMinimumHeight(180);
    f->addHeading(tr("Roles"));
    f->addNote(tr("Select a role in the tree to set how its headcount follows the product."));
    f->addWidget(roles, {}, QStringLiteral("team.roles"));
    setPart({});
}

RoleEditor::RoleEditor(Document* document, QWidget* parent)
    : PartEditor(document, QStringLiteral("roleEditor"), parent),
      m_headcount(new CurveEditor(
          document, QStringLiteral("headcountCurve"),
          [this](Model& m) -> engine::Curve* {
              Role* r = findById(m.team.roles, partId());
              return r ? &r->headcount : nullptr;
          },
          QStringLiteral("team.roles[]"), tr("people"), display::decimal(1, 0.0, 1e6), this))
{
    FieldForm* f = form();
    const auto at = [this](auto member) {
        return fieldIn<Role>([this](Model& m) { return findById(m.team.roles, partId()); }, member);
    };
    const auto ruleIs = [this](HeadcountRuleKind rule) {
        return [this, rule](const Model& m) {
            const Role* r = findById(const_cast<Model&>(m).team.roles, partId());
            return r && r->rule == rule;
        };
    };
    f->addHeading(tr("Role"));
    addIdField(engine::PartKind::Role);
    f->addText(QStringLiteral("roleName"), tr("Name"), tr("The role's title."),
               at([](Role& r) -> std::string& { return r.name; }), QStringLiteral("name"));
    f->addQuantity(QStringLiteral("loadedCost"), tr("Cost per person"),
                   tr("Salary and overheads per person per month."),
                   at([](Role& r) -> engine::Quantity& { return r.loadedCostPerMonth; }), display::money(0),
                   QStringLiteral("loaded_cost_per_month"));
    f->addQuantity(QStringLiteral("attrition"), tr("Attrition"), tr("The share of people who leave in a year."),
                   at([](Role& r) -> engine::Quantity& { return r.attritionPerYear; }), display::percent(100.0, 0),
                   QStringLiteral("attrition_per_year"));
    f->addQuantity(QStringLiteral("costPerHire"), tr("Cost per hire"), tr("Recruiting fees and time per hire."),
                   at([](Role& r) -> engine::Quantity& { return r.costPerHire; }), display::money(0),
                   QStringLiteral("cost_per_hire"));
    f->addChoice<HeadcountRuleKind>(QStringLiteral("headcountRule"), tr("Headcount"),
                                    tr("Planned by hand as a curve, or derived from the product by a rule."),
                                    at([](Role& r) -> HeadcountRuleKind& { return r.rule; }), ruleChoices(),
                                    QStringLiteral("rule"));
    QDoubleSpinBox* perGroup = f->addQuantity(
        QStringLiteral("engineersPerGroup"), tr("People per group"), tr("People for each component group owned."),
        at([](Role& r) -> engine::Quantity& { return r.engineersPerGroup; }), display::decimal(1, 0.0, 1000.0),
        QStringLiteral("engineers_per_group"));
    f->showWhen(perGroup, ruleIs(HeadcountRuleKind::PerComponentGroup));
    QDoubleSpinBox* perSre = f->addQuantity(
        QStringLiteral("instancesPerSre"), tr("Instances per SRE"), tr("Instances one SRE can look after."),
        at([](Role& r) -> engine::Quantity& { return r.instancesPerSre; }), display::decimal(0, 0.0, 1e6),
        QStringLiteral("instances_per_sre"));
    f->showWhen(perSre, ruleIs(HeadcountRuleKind::Sre));
    QDoubleSpinBox* perSupport = f->addQuantity(
        QStringLiteral("usersPerSupport"), tr("Users per person"), tr("Active users one support person serves."),
        at([](Role& r) -> engine::Quantity& { return r.usersPerSupportPerson; }), display::decimal(0, 0.0, 1e9),
        QStringLiteral("users_per_support_person"));
    f->showWhen(perSupport, ruleIs(HeadcountRuleKind::Support));
    f->addWidget(m_headcount);
    f->showWhen(m_headcount, ruleIs(HeadcountRuleKind::Curve));
    addThroughputRows();
}

void RoleEditor::addThroughputRows()
{
    FieldForm* f = form();
    const auto role = [this](Model& m) { return findById(m.team.roles, partId()); };
    const auto scaling = [role](auto member) {
        return fieldIn<engine::RoleScaling>(
            [role](Model& m) -> engine::RoleScaling* {
                Role* r = role(m);
                return r && r->scaling ? &*r->scaling : nullptr;
            },
            member);
    };
    const auto given = [role](const Model& m) {
        const Role* r = role(const_cast<Model&>(m));
        return r && r->scaling.has_value();
    };
    f->addHeading(tr("Throughput"));
    // A modest start, to be fitted to the team at hand: little contention, some coherency, teams of 8.
    const engine::RoleScaling initial{0.01, 0.004, 8};
    f->addPresence<engine::RoleScaling>(
        QStringLiteral("teamScalingGiven"), tr("Work in teams of limited size"),
        tr("Report what the role's people get done together: split into teams of at most a given size, by the "
           "Universal Scalability Law."),
        fieldIn<Role>(role, [](Role& r) -> std::optional<engine::RoleScaling>& { return r.scaling; }), initial,
        QStringLiteral("scaling"));
    QDoubleSpinBox* sigma = f->addQuantity(
        QStringLiteral("teamSigma"), tr("Contention σ"),
        tr("The share of a person's work lost, per colleague in the role, to what the whole role shares: a roadmap, "
           "reviews, a release train. Splitting into teams does not remove it. In [0, 1)."),
        scaling([](engine::RoleScaling& s) -> engine::Quantity& { return s.sigma; }),
        display::decimal(4, 0.0, 0.9999), QStringLiteral("scaling.sigma"));
    f->showWhen(sigma, given);
    QDoubleSpinBox* kappa = f->addQuantity(
        QStringLiteral("teamKappa"), tr("Coherency κ"),
        tr("The share lost, per pair of people in a team, to keeping each other up to date. Small teams keep it "
           "small. 0 or more."),
        scaling([](engine::RoleScaling& s) -> engine::Quantity& { return s.kappa; }),
        display::decimal(5, 0.0, 1.0), QStringLiteral("scaling.kappa"));
    f->showWhen(kappa, given);
    QSpinBox* size = f->addInteger(QStringLiteral("maxTeamSize"), tr("Largest team"),
                                   tr("The most people in one team: the role is split into teams as even as can be."),
                                   scaling([](engine::RoleScaling& s) -> int& { return s.maxTeamSize; }), 1, 1000,
                                   tr(" people"), QStringLiteral("scaling.max_team_size"));
    f->showWhen(size, given);
}

void RoleEditor::setPart(const QString& id)
{
    PartEditor::setPart(id);
    m_headcount->setPathPrefix(QStringLiteral("team.roles[%1].headcount").arg(id));
}

CostEditor::CostEditor(Document* document, QWidget* parent)
    : PartEditor(document, QStringLiteral("costEditor"), parent)
{
    FieldForm* f = form();
    f->addHeading(tr("Compute and traffic"));
    f->addQuantity(QStringLiteral("reservedShare"), tr("Reserved share"),
                   tr("The share of compute hours bought as reservations, at each type's discount."),
                   [](Model& m) { return &m.costs.reservedShare; }, display::percent(100.0, 0),
                   QStringLiteral("costs.reserved_share"));
    f->addQuantity(QStringLiteral("egressPerUser"), tr("Egress per user"),
                   tr("GB leaving the cloud per active user per month."),
                   [](Model& m) { return &m.costs.egressGbPerUserPerMonth; }, display::decimal(3, 0.0, 1e6, tr(" GB")),
                   QStringLiteral("costs.egress_gb_per_user_per_month"));
    f->addQuantity(QStringLiteral("egressPrice"), tr("Egress price"), tr("Per GB leaving the cloud."),
                   [](Model& m) { return &m.costs.egressPricePerGb; }, display::money(4),
                   QStringLiteral("costs.egress_price_per_gb"));

    f->addHeading(tr("Unit economics"));
    f->addOptionalQuantity(QStringLiteral("revenuePerUser"), tr("Revenue per user"),
                           tr("Monthly revenue per active user, for the gross margin."),
                           [](Model& m) { return &m.costs.revenuePerUserPerMonth; }, display::money(2), 5.0,
                           QStringLiteral("costs.revenue_per_user_per_month"));
    f->addOptional(QStringLiteral("targetCostPerUser"), tr("Target cost per user"),
                   tr("Finance's ceiling on monthly cost per active user; a month above it is a bottleneck."),
                   [](Model& m) { return &m.costs.targetCostPerUser; }, display::money(3), 1.0,
                   QStringLiteral("costs.target_cost_per_user"));
    f->addInteger(QStringLiteral("unitCostRisingMonths"), tr("Rising unit cost after"),
                  tr("Cost per user rising this many months in a row is a bottleneck (2 to 24)."),
                  [](Model& m) { return &m.costs.unitCostRisingMonths; }, 2, 24, tr(" months"),
                  QStringLiteral("costs.unit_cost_rising_months"));

    f->addHeading(tr("Licences"));
    TableSpec<engine::Licence> spec([](Model& m) { return &m.costs.licences; });
    spec.id(tr("Id"), tr("A short unique name."), engine::PartKind::Licence, QStringLiteral("id"))
        .text(tr("Name"), tr("What it is."), [](engine::Licence& l) -> std::string& { return l.name; }, QStringLiteral("name"))
        .named<engine::LicenceKind>(
            tr("Per"),
            tr("\"fixed\": per month; \"per_node\": per instance of a component; \"per_seat\": per person on the "
               "team, or in the roles listed."),
            [](engine::Licence& l) -> engine::LicenceKind& { return l.kind; }, &engine::toString,
            &engine::licenceKindFromString, {QStringLiteral("fixed"), QStringLiteral("per_node"), QStringLiteral("per_seat")},
            QStringLiteral("kind"))
        .choice(tr("Component"), tr("Per node: the component whose instances need it."),
                [](engine::Licence& l) -> std::string& { return l.component; }, componentIds, QStringLiteral("component"))
        .ids(tr("Seat roles"),
             tr("Per seat: the roles whose people each need a seat, ticked in the list; none ticked: everyone on the "
                "team."),
             [](engine::Licence& l) -> std::vector<std::string>& { return l.roles; }, QStringLiteral("roles"), roleIds)
        .quantity(tr("Price / month"), tr("Per month, per node per month, or per seat per month."),
                  [](engine::Licence& l) -> engine::Quantity& { return l.pricePerMonth; }, display::money(2),
                  QStringLiteral("price_per_month"));
    auto* licences = new TableEditor(
        document, QStringLiteral("licences"), tr("licence"), spec.count(), spec.columns(),
        [](Model& m, int row) {
            return QStringLiteral("costs.licences[%1]").arg(QString::fromStdString(m.costs.licences[std::size_t(row)].id));
        },
        [](Model& m) {
            engine::Licence l;
            l.id = engine::uniqueId(m, engine::PartKind::Licence, "licence");
            l.name = "Licence";
            m.costs.licences.push_back(l);
        },
        [](Model& m, int row) { engine::removeLicence(m, std::size_t(row)); });
    licences->view()->setMinimumHeight(120);
    f->addWidget(licences, {}, QStringLiteral("costs.licences"));

    f->addHeading(tr("Price trends"));
    // kPriceTrends' order: the check box's name, its label and what the multiplier applies to.
    const struct
    {
        const char* name;
        QString label;
        QString help;
        double monthlyGrowth; // where a trend starts when ticked
    } trends[] = {
        {"priceTrend", tr("Instance prices change over time"),
         tr("A multiplier on every instance price, 1 at the start: −0.5% a month is a typical cloud price decline."),
         -0.005},
        {"storagePriceTrend", tr("Storage prices change over time"),
         tr("A multiplier on every component's storage price per GB, 1 at the start."), -0.005},
        {"egressPriceTrend", tr("Egress price changes over time"),
         tr("A multiplier on the egress price per GB, 1 at the start."), -0.005},
        {"licencePriceTrend", tr("Licence prices change over time"),
         tr("A multiplier on every licence's price, 1 at the start: +0.4% a month is about 5% a year."), 0.004},
    };
    static_assert(std::size(trends) == std::size(engine::kPriceTrends));
    for (std::size_t i = 0; i < std::size(trends); ++i) {
        const auto member = engine::kPriceTrends[i].trend;
        const QString name = QLatin1String(trends[i].name);
        const QString path = QStringLiteral("costs.") + QLatin1String(engine::kPriceTrends[i].key.data(),
                                                                      qsizetype(engine::kPriceTrends[i].key.size()));
        auto* editor = new CurveEditor(
            document, name + QStringLiteral("Curve"),
            [member](Model& m) { return (m.costs.*member) ? &*(m.costs.*member) : nullptr; }, path,
            tr("× today's price"), display::decimal(3, 0.0, 1000.0), this);
        engine::Curve start;
        start.kind = engine::CurveKind::Exponential;
        start.initial = 1.0;
        start.monthlyGrowth = trends[i].monthlyGrowth;
        f->addPresence<engine::Curve>(name + QStringLiteral("Given"), trends[i].label, trends[i].help,
                                      [member](Model& m) { return &(m.costs.*member); }, start, path);
        f->addWidget(editor);
        f->showWhen(editor, [member](const Model& m) { return (m.costs.*member).has_value(); });
    }
    setPart({});
}

} // namespace headroom::ui
