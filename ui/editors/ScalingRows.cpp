#include "editors/ScalingRows.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace headroom::ui {

using engine::Model;
using engine::ScalingKind;
using engine::ScalingPolicy;

QString ladderText(const std::vector<std::string>& ladder)
{
    QStringList ids;
    for (const std::string& id : ladder)
        ids << QString::fromStdString(id);
    return ids.join(QStringLiteral(", "));
}

std::vector<std::string> ladderFromText(const QString& text)
{
    std::vector<std::string> ladder;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            ladder.push_back(part.trimmed().toStdString());
    return ladder;
}

void addScalingRows(FieldForm* form, Field<ScalingPolicy> policy, const QString& path)
{
    const auto at = [policy](auto member) { return fieldIn<ScalingPolicy>(policy, member); };
    const auto kindIs = [policy](std::initializer_list<ScalingKind> kinds) {
        std::vector<ScalingKind> wanted(kinds);
        return [policy, wanted](const Model& m) {
            const ScalingPolicy* p = policy(const_cast<Model&>(m));
            return p && std::find(wanted.begin(), wanted.end(), p->kind) != wanted.end();
        };
    };
    const QString p = path + QLatin1Char('.');

    form->addChoice<ScalingKind>(
        QStringLiteral("scalingKind"), QObject::tr("Scaling"),
        QObject::tr("Fixed: a set number of instances. Horizontal: more instances as load grows. Vertical: a bigger "
                    "instance type from a ladder. Sharded: the data split across vertical groups."),
        at([](ScalingPolicy& s) -> ScalingKind& { return s.kind; }),
        {{QObject::tr("Fixed"), ScalingKind::Fixed},
         {QObject::tr("Horizontal (more instances)"), ScalingKind::Horizontal},
         {QObject::tr("Vertical (bigger instances)"), ScalingKind::Vertical},
         {QObject::tr("Sharded"), ScalingKind::Sharded}},
        p + QStringLiteral("policy"));

    QComboBox* type = form->addReference(
        QStringLiteral("instanceType"), QObject::tr("Instance type"), QObject::tr("The machine each instance runs on."),
        at([](ScalingPolicy& s) -> std::string& { return s.instanceType; }), instanceTypeIds,
        p + QStringLiteral("instance_type"));
    form->showWhen(type, kindIs({ScalingKind::Fixed, ScalingKind::Horizontal}));

    QDoubleSpinBox* capacity = form->addQuantity(
        QStringLiteral("capacityPerInstance"), QObject::tr("Capacity per instance"),
        QObject::tr("X(1): operations per second one instance serves when fully busy, from a load test."),
        at([](ScalingPolicy& s) -> engine::Quantity& { return s.capacityPerInstance; }),
        display::decimal(1, 0.0, 1e9, QObject::tr(" ops/s")), p + QStringLiteral("capacity_per_instance"));
    form->showWhen(capacity, kindIs({ScalingKind::Fixed, ScalingKind::Horizontal}));

    QDoubleSpinBox* perVcpu = form->addQuantity(
        QStringLiteral("capacityPerVcpu"), QObject::tr("Capacity per vCPU"),
        QObject::tr("Operations per second one core serves when fully busy; the ladder's types scale it by the USL."),
        at([](ScalingPolicy& s) -> engine::Quantity& { return s.capacityPerVcpu; }),
        display::decimal(1, 0.0, 1e9, QObject::tr(" ops/s")), p + QStringLiteral("capacity_per_vcpu"));
    form->showWhen(perVcpu, kindIs({ScalingKind::Vertical, ScalingKind::Sharded}));

    QSpinBox* fixed = form->addInteger(QStringLiteral("fixedInstances"), QObject::tr("Instances"),
                                       QObject::tr("How many instances, whatever the load."),
                                       at([](ScalingPolicy& s) -> int& { return s.fixedInstances; }), 1, 100000, {},
                                       p + QStringLiteral("instances"));
    form->showWhen(fixed, kindIs({ScalingKind::Fixed}));
    QSpinBox* minimum = form->addInteger(QStringLiteral("minInstances"), QObject::tr("Minimum instances"),
                                         QObject::tr("Never fewer, even at night: redundancy."),
                                         at([](ScalingPolicy& s) -> int& { return s.minInstances; }), 1, 100000, {},
                                         p + QStringLiteral("min_instances"));
    QSpinBox* maximum = form->addInteger(QStringLiteral("maxInstances"), QObject::tr("Maximum instances"),
                                         QObject::tr("The autoscaler's limit; reaching it is a bottleneck."),
                                         at([](ScalingPolicy& s) -> int& { return s.maxInstances; }), 1, 100000, {},
                                         p + QStringLiteral("max_instances"));
    form->showWhen(minimum, kindIs({ScalingKind::Horizontal}));
    form->showWhen(maximum, kindIs({ScalingKind::Horizontal}));

    QLineEdit* ladder = form->addTextWith(
        QStringLiteral("ladder"), QObject::tr("Ladder"),
        QObject::tr("Instance types to step up through, smallest first, separated by commas (ids from the catalog)."),
        [policy](Model& m) -> std::optional<QString> {
            const ScalingPolicy* s = policy(m);
            return s ? std::optional<QString>(ladderText(s->ladder)) : std::nullopt;
        },
        [policy](Model& m, const QString& text) {
            if (ScalingPolicy* s = policy(m))
                s->ladder = ladderFromText(text);
        },
        p + QStringLiteral("ladder"));
    ladder->setPlaceholderText(QObject::tr("e.g. r7g.large, r7g.xlarge, r7g.2xlarge"));
    QSpinBox* replicas = form->addInteger(QStringLiteral("replicas"), QObject::tr("Replicas"),
                                          QObject::tr("Identical nodes sharing the load (a primary and its read "
                                                      "replicas)."),
                                          at([](ScalingPolicy& s) -> int& { return s.replicas; }), 1, 1000, {},
                                          p + QStringLiteral("replicas"));
    form->showWhen(ladder, kindIs({ScalingKind::Vertical, ScalingKind::Sharded}));
    form->showWhen(replicas, kindIs({ScalingKind::Vertical, ScalingKind::Sharded}));

    form->addQuantity(QStringLiteral("targetUtilization"), QObject::tr("Target utilization"),
                      QObject::tr("How busy instances may run before scaling: headroom for bursts."),
                      at([](ScalingPolicy& s) -> engine::Quantity& { return s.targetUtilization; }),
                      display::percent(100.0, 0), p + QStringLiteral("target_utilization"));
    QSpinBox* concurrency = form->addInteger(
        QStringLiteral("concurrency"), QObject::tr("Servers per instance"),
        QObject::tr("c of the M/M/c queue: requests one instance serves at once. 0: one per vCPU of its type."),
        at([](ScalingPolicy& s) -> int& { return s.concurrency; }), 0, 100000, {}, p + QStringLiteral("concurrency"));
    concurrency->setSpecialValueText(QObject::tr("One per vCPU")); // 0, the default, says what it means

    form->addQuantity(QStringLiteral("uslSigma"), QObject::tr("USL contention σ"),
                      QObject::tr("The Universal Scalability Law's serial share: 0 scales linearly."),
                      at([](ScalingPolicy& s) -> engine::Quantity& { return s.usl.sigma; }),
                      display::decimal(4, 0.0, 0.9999), p + QStringLiteral("usl.sigma"));
    form->addQuantity(QStringLiteral("uslKappa"), QObject::tr("USL coherency κ"),
                      QObject::tr("The cost of keeping nodes consistent: above 0, adding nodes past a peak serves "
                                  "less."),
                      at([](ScalingPolicy& s) -> engine::Quantity& { return s.usl.kappa; }),
                      display::decimal(6, 0.0, 1.0), p + QStringLiteral("usl.kappa"));
}

} // namespace headroom::ui
