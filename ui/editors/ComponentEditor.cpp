#include "editors/ComponentEditor.h"

#include "editors/CurveEditor.h"
#include "editors/ScalingRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace headroom::ui {

using engine::Component;
using engine::ComponentKind;
using engine::DataSpec;
using engine::Model;

ComponentEditor::ComponentEditor(Document* document, QWidget* parent)
    : PartEditor(document, QStringLiteral("componentEditor"), parent),
      m_ingestTrend(new CurveEditor(
          document, QStringLiteral("ingestTrendCurve"),
          [this](Model& m) -> engine::Curve* {
              Component* c = component(m);
              return c && c->data && c->data->ingestTrend ? &*c->data->ingestTrend : nullptr;
          },
          QStringLiteral("components[].data.ingest_trend"), tr("× today's new data"), display::decimal(3, 0.0, 1e6),
          this))
{
    FieldForm* f = form();
    const auto at = [this](auto member) {
        return fieldIn<Component>([this](Model& m) { return component(m); }, member);
    };
    const auto data = [this](auto member) {
        return fieldIn<DataSpec>(
            [this](Model& m) -> DataSpec* {
                Component* c = component(m);
                return c && c->data ? &*c->data : nullptr;
            },
            member);
    };
    const auto stores = [this](const Model& m) {
        const Component* c = component(const_cast<Model&>(m));
        return c && c->data.has_value();
    };

    f->addHeading(tr("Component"));
    addIdField(engine::PartKind::Component);
    f->addText(QStringLiteral("componentName"), tr("Name"), tr("As people call it."),
               at([](Component& c) -> std::string& { return c.name; }), QStringLiteral("name"));
    f->addChoice<ComponentKind>(QStringLiteral("componentKind"), tr("Kind"), tr("What the component is."),
                                at([](Component& c) -> ComponentKind& { return c.kind; }),
                                {{tr("Service"), ComponentKind::Service},
                                 {tr("Database"), ComponentKind::Database},
                                 {tr("Cache"), ComponentKind::Cache},
                                 {tr("Queue"), ComponentKind::Queue},
                                 {tr("Storage"), ComponentKind::Storage},
                                 {tr("External"), ComponentKind::External}},
                                QStringLiteral("kind"));
    QDoubleSpinBox* hits = f->addQuantity(
        QStringLiteral("cacheHitRatio"), tr("Cache hit ratio"),
        tr("The share of operations the cache answers itself, without calling onward."),
        at([](Component& c) -> engine::Quantity& { return c.cacheHitRatio; }), display::percent(100.0, 1),
        QStringLiteral("cache_hit_ratio"));
    f->showWhen(hits, [this](const Model& m) {
        const Component* c = component(const_cast<Model&>(m));
        return c && c->kind == ComponentKind::Cache;
    });
    f->addNumber(QStringLiteral("maxLagMinutes"), tr("Allowed lag"),
                 tr("Behind a queue: the longest the day's peak backlog may take to drain. 0: not checked."),
                 at([](Component& c) -> double& { return c.maxLagMinutes; }),
                 display::decimal(1, 0.0, 100000.0, tr(" min")), QStringLiteral("max_lag_minutes"));

    f->addHeading(tr("Capacity"));
    addScalingRows(f, at([](Component& c) -> engine::ScalingPolicy& { return c.scaling; }), QStringLiteral("scaling"));

    f->addHeading(tr("Data"));
    DataSpec initial;
    initial.growth.replicationFactor = 1.0;
    initial.growth.compressionRatio = 1.0;
    f->addPresence<DataSpec>(QStringLiteral("storesData"), tr("Stores data"),
                             tr("Model what this component stores: its growth, backups, shards, working set."),
                             at([](Component& c) -> std::optional<DataSpec>& { return c.data; }), initial,
                             QStringLiteral("data"));
    // Every number of the data but the retention is a quantity: an estimate and a ± interval.
    struct QuantityRow
    {
        const char* name;
        QString label;
        QString tip;
        engine::Quantity engine::DataParameters::*member;
        Display shown;
        const char* path;
    };
    const QuantityRow rows[] = {
        {"gbPerUser", tr("Data per user"), tr("GB held per active user: profiles, settings, records."),
         &engine::DataParameters::gbPerUser, display::decimal(4, 0.0, 1e6, tr(" GB")), "data.gb_per_user"},
        {"ingestGbPerUserPerMonth", tr("New data per user"), tr("GB each active user adds a month: uploads, events."),
         &engine::DataParameters::ingestGbPerUserPerMonth, display::decimal(4, 0.0, 1e6, tr(" GB/month")),
         "data.ingest_gb_per_user_per_month"},
        {"replicationFactor", tr("Replication"), tr("Copies stored (1 or more)."),
         &engine::DataParameters::replicationFactor, display::decimal(1, 1.0, 100.0, tr("×")),
         "data.replication_factor"},
        {"compressionRatio", tr("Compression"), tr("Logical GB per GB on disk (1 or more)."),
         &engine::DataParameters::compressionRatio, display::decimal(2, 1.0, 1000.0, tr("×")),
         "data.compression_ratio"},
        {"backupThroughput", tr("Backup speed"), tr("GB a full backup copies per hour; 0: backups not modelled."),
         &engine::DataParameters::backupThroughputGbPerHour, display::decimal(1, 0.0, 1e9, tr(" GB/h")),
         "data.backup_throughput_gb_per_hour"},
        {"backupWindow", tr("Backup window"), tr("Hours a full backup must finish in; 0: none set."),
         &engine::DataParameters::backupWindowHours, display::decimal(1, 0.0, 10000.0, tr(" h")),
         "data.backup_window_hours"},
        {"restoreThroughput", tr("Restore speed"), tr("GB a restore brings back per hour; 0: not modelled."),
         &engine::DataParameters::restoreThroughputGbPerHour, display::decimal(1, 0.0, 1e9, tr(" GB/h")),
         "data.restore_throughput_gb_per_hour"},
        {"rto", tr("Recovery time objective"), tr("Hours a full restore may take; 0: none set."),
         &engine::DataParameters::rtoHours, display::decimal(1, 0.0, 10000.0, tr(" h")), "data.rto_hours"},
        {"maxGbPerShard", tr("Max data per shard"), tr("Sharded: GB one shard may hold; 0: no limit."),
         &engine::DataParameters::maxGbPerShard, display::decimal(0, 0.0, 1e9, tr(" GB")), "data.max_gb_per_shard"},
        {"maxWritesPerShard", tr("Max writes per shard"), tr("Sharded: writes per second one shard takes; 0: no limit."),
         &engine::DataParameters::maxWritesPerSecondPerShard, display::decimal(0, 0.0, 1e9, tr(" /s")),
         "data.max_writes_per_second_per_shard"},
        {"workingSetFraction", tr("Working set"), tr("The hot share of the data, which should fit in memory."),
         &engine::DataParameters::workingSetFraction, display::percent(100.0, 1), "data.working_set_fraction"},
        {"missPenalty", tr("Miss penalty"), tr("Service time from disk over service time from memory (1 or more)."),
         &engine::DataParameters::missPenalty, display::decimal(1, 1.0, 1000.0, tr("×")), "data.miss_penalty"},
    };
    for (const QuantityRow& r : rows) {
        const auto member = r.member;
        QDoubleSpinBox* box =
            f->addQuantity(QString::fromLatin1(r.name), r.label, r.tip,
                           data([member](DataSpec& d) -> engine::Quantity& { return d.growth.*member; }), r.shown,
                           QString::fromLatin1(r.path));
        f->showWhen(box, stores);
    }
    QSpinBox* retention = f->addInteger(QStringLiteral("retentionMonths"), tr("Retention"),
                                        tr("New data older than this is deleted; 0: kept forever."),
                                        data([](DataSpec& d) -> int& { return d.growth.retentionMonths; }), 0, 1200,
                                        tr(" months"), QStringLiteral("data.retention_months"));
    f->showWhen(retention, stores);
    QDoubleSpinBox* price = f->addQuantity(
        QStringLiteral("storagePrice"), tr("Storage price"), tr("Per GB stored per month, replicas included."),
        data([](DataSpec& d) -> engine::Quantity& { return d.storagePricePerGbMonth; }), display::money(4),
        QStringLiteral("data.storage_price_per_gb_month"));
    f->showWhen(price, stores);
    QDoubleSpinBox* writes = f->addQuantity(QStringLiteral("writeShare"), tr("Write share"),
                                            tr("The share of operations that write: sharding splits writes."),
                                            data([](DataSpec& d) -> engine::Quantity& { return d.writeShare; }),
                                            display::percent(100.0, 1), QStringLiteral("data.write_share"));
    f->showWhen(writes, stores);
    engine::Curve richer;
    richer.kind = engine::CurveKind::Exponential;
    richer.initial = 1.0;
    richer.monthlyGrowth = 0.01;
    QCheckBox* trendGiven = f->addPresence<engine::Curve>(
        QStringLiteral("ingestTrendGiven"), tr("New data per user changes over time"),
        tr("A multiplier on the new data per user, 1 at the start: richer media, more events per user."),
        [this](Model& m) -> std::optional<engine::Curve>* {
            Component* c = component(m);
            return c && c->data ? &c->data->ingestTrend : nullptr;
        },
        richer, QStringLiteral("data.ingest_trend"));
    f->showWhen(trendGiven, stores);
    f->addWidget(m_ingestTrend);
    f->showWhen(m_ingestTrend, [this](const Model& m) {
        const Component* c = component(const_cast<Model&>(m));
        return c && c->data && c->data->ingestTrend.has_value();
    });
}

void ComponentEditor::setPart(const QString& id)
{
    PartEditor::setPart(id);
    m_ingestTrend->setPathPrefix(QStringLiteral("components[%1].data.ingest_trend").arg(id));
}

} // namespace headroom::ui
