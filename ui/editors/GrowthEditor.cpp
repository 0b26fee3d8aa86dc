#include "editors/GrowthEditor.h"

#include "document/Document.h"
#include "document/ModelCommand.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace headroom::ui {

using engine::Curve;
using engine::CurveKind;
using engine::Model;
using engine::Quantity;

namespace {
// The growth rate is shown in percent; the model holds a fraction.
constexpr double kPercent = 100.0;
} // namespace

GrowthEditor::GrowthEditor(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("growthEditor"));
    m_form = new QFormLayout(this);

    auto* title = new QLabel(tr("<b>Active users</b>"), this);
    m_form->addRow(title);

    m_horizon = new QSpinBox(this);
    m_horizon->setObjectName(QStringLiteral("horizonMonths"));
    m_horizon->setRange(engine::kMinHorizonMonths, engine::kMaxHorizonMonths);
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setKeyboardTracking(false);
    m_horizon->setToolTip(tr("How many months to project, from the start month (1 to 240)."));
    m_form->addRow(tr("Horizon"), m_horizon);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("curveKind"));
    m_kind->addItem(tr("Constant"), int(CurveKind::Constant));
    m_kind->addItem(tr("Linear"), int(CurveKind::Linear));
    m_kind->addItem(tr("Exponential"), int(CurveKind::Exponential));
    m_kind->addItem(tr("Logistic (S-curve)"), int(CurveKind::Logistic));
    m_kind->addItem(tr("Through points"), int(CurveKind::Piecewise));
    m_kind->addItem(tr("Monthly values (imported)"), int(CurveKind::Explicit));
    m_form->addRow(tr("Growth"), m_kind);

    m_initial = addQuantityRow(QStringLiteral("initialUsers"), tr("Users at start"),
                               tr("Active users in the first month."));
    m_initial->setRange(0.0, 1e12);
    m_initial->setDecimals(0);
    m_initial->setSingleStep(1000.0);

    m_growthPercent = addQuantityRow(QStringLiteral("monthlyGrowth"), tr("Monthly growth"),
                                     tr("Compound growth per month: 5 % a month is about 80 % a year."));
    m_growthPercent->setRange(-99.0, 1000.0);
    m_growthPercent->setDecimals(2);
    m_growthPercent->setSingleStep(0.5);
    m_growthPercent->setSuffix(tr(" %"));

    m_slope = addQuantityRow(QStringLiteral("slopePerMonth"), tr("Users added per month"),
                             tr("Linear growth: users added (or lost, if negative) each month."));
    m_slope->setRange(-1e9, 1e9);
    m_slope->setDecimals(0);
    m_slope->setSingleStep(100.0);

    m_ceiling = addQuantityRow(QStringLiteral("ceiling"), tr("Market ceiling"),
                               tr("Logistic growth: the number of users the S-curve levels off at."));
    m_ceiling->setRange(0.0, 1e12);
    m_ceiling->setDecimals(0);
    m_ceiling->setSingleStep(10000.0);

    m_rate = addQuantityRow(QStringLiteral("ratePerMonth"), tr("Growth rate"),
                            tr("Logistic growth: the initial rate, per month, before the ceiling slows it."));
    m_rate->setRange(0.0, 10.0);
    m_rate->setDecimals(3);
    m_rate->setSingleStep(0.01);
    m_rate->setSuffix(tr(" / month"));

    auto push = [this](const QString& text, const QString& key, auto accessor, auto value) {
        using Value = std::decay_t<decltype(value)>;
        m_document->undoStack()->push(new SetModelField<Value>(m_document, text, key, accessor, value));
    };
    connect(m_horizon, &QSpinBox::valueChanged, this, [=, this](int months) {
        push(tr("Change horizon"), QStringLiteral("horizon"), [](Model& m) -> int& { return m.horizonMonths; },
             months);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [=, this](int) {
        const auto kind = static_cast<CurveKind>(m_kind->currentData().toInt());
        push(tr("Change growth curve"), QStringLiteral("users.kind"),
             [](Model& m) -> CurveKind& { return m.users.kind; }, kind);
    });
    const auto connectQuantity = [&](QDoubleSpinBox* box, const QString& text, const QString& key,
                                     Quantity& (*field)(Model&), double scale) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [=, this](double shown) {
            Model current = m_document->model();
            push(text, key, field, engine::withEstimate(field(current), shown / scale));
        });
    };
    connectQuantity(m_initial, tr("Change users at start"), QStringLiteral("users.initial"),
                    [](Model& m) -> Quantity& { return m.users.initial; }, 1.0);
    connectQuantity(m_growthPercent, tr("Change monthly growth"), QStringLiteral("users.monthly_growth"),
                    [](Model& m) -> Quantity& { return m.users.monthlyGrowth; }, kPercent);
    connectQuantity(m_slope, tr("Change users added per month"), QStringLiteral("users.slope"),
                    [](Model& m) -> Quantity& { return m.users.slopePerMonth; }, 1.0);
    connectQuantity(m_ceiling, tr("Change market ceiling"), QStringLiteral("users.ceiling"),
                    [](Model& m) -> Quantity& { return m.users.ceiling; }, 1.0);
    connectQuantity(m_rate, tr("Change growth rate"), QStringLiteral("users.rate"),
                    [](Model& m) -> Quantity& { return m.users.ratePerMonth; }, 1.0);

    connect(m_document, &Document::modelChanged, this, &GrowthEditor::refresh);
    refresh();
}

QDoubleSpinBox* GrowthEditor::addQuantityRow(const QString& objectName, const QString& label, const QString& toolTip)
{
    auto* box = new QDoubleSpinBox(this);
    box->setObjectName(objectName);
    box->setKeyboardTracking(false); // typed values commit on Enter or focus out: one command, one run
    box->setToolTip(toolTip);
    box->setGroupSeparatorShown(true);
    m_form->addRow(label, box);
    return box;
}

void GrowthEditor::refresh()
{
    const Model& m = m_document->model();
    const QSignalBlocker b1(m_horizon), b2(m_kind), b3(m_initial), b4(m_growthPercent), b5(m_slope), b6(m_ceiling),
        b7(m_rate);
    m_horizon->setValue(m.horizonMonths);
    m_kind->setCurrentIndex(m_kind->findData(int(m.users.kind)));
    m_initial->setValue(m.users.initial.estimate);
    m_growthPercent->setValue(m.users.monthlyGrowth.estimate * kPercent);
    m_slope->setValue(m.users.slopePerMonth.estimate);
    m_ceiling->setValue(m.users.ceiling.estimate);
    m_rate->setValue(m.users.ratePerMonth.estimate);
    updateVisibleRows();
}

void GrowthEditor::updateVisibleRows()
{
    const auto kind = m_document->model().users.kind;
    m_form->setRowVisible(m_initial, kind != CurveKind::Piecewise && kind != CurveKind::Explicit);
    m_form->setRowVisible(m_growthPercent, kind == CurveKind::Exponential);
    m_form->setRowVisible(m_slope, kind == CurveKind::Linear);
    m_form->setRowVisible(m_ceiling, kind == CurveKind::Logistic);
    m_form->setRowVisible(m_rate, kind == CurveKind::Logistic);
}

} // namespace headroom::ui
