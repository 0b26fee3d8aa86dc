#include "EditorTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "document/Autosaver.h"
#include "document/Document.h"
#include "document/ModelCommand.h"
#include "editors/CallGraphView.h"
#include "editors/EditorPane.h"
#include "editors/TableEditor.h"
#include "project/ProjectFile.h"
#include "report/Format.h"
#include "tree/ProjectTree.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <qcustomplot.h>

using namespace headroom;
using ui::Section;

namespace {
const QString kSample = QStringLiteral(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");
}

// Every editor driven through its widgets, found by object name, as a user would: each edit
// lands in the model, undoes and redoes, and a model made invalid says so next to the field.
class TestEditors : public QObject, private test::EditorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEditorTests(); }

    void init()
    {
        QVERIFY(open(kSample));
        m_treeTester = std::make_unique<QAbstractItemModelTester>(
            m_window->tree()->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_treeTester.reset();
        close();
    }

    void theTreeListsEveryPart()
    {
        ui::ProjectTreeModel* tree = m_window->tree()->treeModel();
        QCOMPARE(tree->rowCount(), ui::kSectionCount);
        QCOMPARE(tree->rowCount(tree->index(int(Section::Components), 0)), int(m_original.components.size()));
        QCOMPARE(tree->rowCount(tree->index(int(Section::Scenarios), 0)), int(m_original.scenarios.size()));
        QCOMPARE(tree->rowCount(tree->index(int(Section::Team), 0)), int(m_original.team.roles.size()));
        const QModelIndex db = tree->indexOf({Section::Components, QStringLiteral("db")});
        QCOMPARE(db.data().toString(), QStringLiteral("PostgreSQL primary"));
    }

    void aComponentIsEditedThroughItsForm()
    {
        select(Section::Components, QStringLiteral("db"));
        auto* perVcpu = field<QDoubleSpinBox>("componentEditor", "capacityPerVcpu");
        QCOMPARE(perVcpu->value(), 400.0);
        perVcpu->setValue(520.0);
        QCOMPARE(model().findComponent("db")->scaling.capacityPerVcpu.estimate, 520.0);
        // The interval follows the estimate, keeping its relative width (320–480 around 400).
        QCOMPARE(model().findComponent("db")->scaling.capacityPerVcpu.interval90->lo, 416.0);

        auto* target = field<QDoubleSpinBox>("componentEditor", "targetUtilization");
        target->setValue(55.0);
        HEADROOM_COMPARE_REL(model().findComponent("db")->scaling.targetUtilization.estimate, 0.55, test::kExactArithmetic);

        auto* kind = field<QComboBox>("componentEditor", "scalingKind");
        const int sharded = kind->findData(int(engine::ScalingKind::Sharded));
        kind->setCurrentIndex(sharded);
        Q_EMIT kind->activated(sharded);
        QVERIFY(model().findComponent("db")->scaling.kind == engine::ScalingKind::Sharded);

        auto* stores = field<QCheckBox>("componentEditor", "storesData");
        QVERIFY(stores->isChecked());
        stores->setChecked(false);
        QVERIFY(!model().findComponent("db")->data.has_value());
        stores->setChecked(true);
        QVERIFY(model().findComponent("db")->data.has_value());
        checkUndoRedo(5);
    }

    void uncertaintyIsGivenAndTakenAway()
    {
        select(Section::Components, QStringLiteral("api"));
        auto* uncertain = field<QToolButton>("componentEditor", "uslSigmaUncertain");
        QVERIFY(!uncertain->isChecked());
        uncertain->click();
        const engine::Quantity sigma = model().findComponent("api")->scaling.usl.sigma;
        QVERIFY(sigma.interval90.has_value());
        QVERIFY(sigma.interval90->lo < sigma.estimate && sigma.estimate < sigma.interval90->hi);
        auto* high = field<QDoubleSpinBox>("componentEditor", "uslSigmaHigh");
        QVERIFY(high->isVisibleTo(m_window.get()));
        high->setValue(0.09);
        QCOMPARE(model().findComponent("api")->scaling.usl.sigma.interval90->hi, 0.09);
        uncertain->click();
        QVERIFY(!model().findComponent("api")->scaling.usl.sigma.interval90.has_value());
        checkUndoRedo(3);
    }

    // A component's data parameters are quantities too: the data per user and the backup speed
    // take a ± interval as any other estimate does, and lose it again.
    void dataParametersTakeAnInterval()
    {
        select(Section::Components, QStringLiteral("db"));
        for (const char* name : {"gbPerUser", "backupThroughput"}) {
            auto* uncertain = field<QToolButton>("componentEditor", (std::string(name) + "Uncertain").c_str());
            QVERIFY2(!uncertain->isChecked(), name);
            uncertain->click();
        }
        const engine::DataParameters& g = model().findComponent("db")->data->growth;
        QVERIFY(g.gbPerUser.interval90.has_value());
        QVERIFY(g.gbPerUser.interval90->lo < g.gbPerUser.estimate && g.gbPerUser.estimate < g.gbPerUser.interval90->hi);
        auto* high = field<QDoubleSpinBox>("componentEditor", "backupThroughputHigh");
        QVERIFY(high->isVisibleTo(m_window.get()));
        high->setValue(2500.0);
        QCOMPARE(model().findComponent("db")->data->growth.backupThroughputGbPerHour.interval90->hi, 2500.0);
        field<QToolButton>("componentEditor", "gbPerUserUncertain")->click();
        QVERIFY(!model().findComponent("db")->data->growth.gbPerUser.interval90.has_value());
        checkUndoRedo(4);
    }

    // What a field shows before anyone types in it: the start of a long ladder, what 0 servers
    // means, and the interval's bounds whole (no arrows taking their width).
    void fieldsShowTheirValuesReadably()
    {
        select(Section::Components, QStringLiteral("db"));
        auto* ladder = field<QLineEdit>("componentEditor", "ladder");
        QVERIFY(ladder->text().startsWith(QStringLiteral("db.r7g.xlarge, ")));
        QVERIFY(ladder->fontMetrics().horizontalAdvance(ladder->text()) > ladder->width()); // longer than the field
        QCOMPARE(ladder->cursorPosition(), 0);

        auto* servers = field<QSpinBox>("componentEditor", "concurrency");
        QCOMPARE(servers->value(), 0);
        QCOMPARE(servers->text(), QStringLiteral("One per vCPU"));
        servers->setValue(8);
        QCOMPARE(model().findComponent("db")->scaling.concurrency, 8);
        QCOMPARE(servers->text(), QStringLiteral("8"));

        for (const char* bound : {"capacityPerVcpuLow", "capacityPerVcpuHigh"}) {
            auto* box = field<QDoubleSpinBox>("componentEditor", bound);
            QVERIFY(box->isVisibleTo(m_window.get()));
            QCOMPARE(box->buttonSymbols(), QAbstractSpinBox::NoButtons);
            QVERIFY2(box->fontMetrics().horizontalAdvance(box->text()) < box->width(), qPrintable(box->text()));
        }
        // A count is grouped in a locale that groups thousands; a year is not ("2,027" read as a count).
        select(Section::Components, QStringLiteral("api"));
        auto* maximum = field<QSpinBox>("componentEditor", "maxInstances");
        maximum->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        maximum->setValue(1500);
        QCOMPARE(maximum->text(), QStringLiteral("1,500"));
        select(Section::Project, QString());
        auto* year = field<QSpinBox>("projectEditor", "startYear");
        year->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(year->value(), model().start.year);
        QCOMPARE(year->text(), QString::number(model().start.year));
    }

    void renamingAComponentRenamesItsReferencesAndKeepsItSelected()
    {
        select(Section::Components, QStringLiteral("cache"));
        auto* id = field<QLineEdit>("componentEditor", "partId");
        id->setText(QStringLiteral("redis"));
        Q_EMIT id->editingFinished();
        QVERIFY(model().findComponent("redis"));
        QVERIFY(!model().findComponent("cache"));
        for (const engine::CallEdge& e : model().calls)
            QVERIFY(e.from != "cache" && e.to != "cache");
        QCOMPARE(m_window->tree()->current(), (ui::TreeNode{Section::Components, QStringLiteral("redis")}));

        id->setText(QStringLiteral("db")); // taken
        Q_EMIT id->editingFinished();
        QVERIFY(model().findComponent("redis"));
        auto* message = field<QLabel>("componentEditor", "partIdMessage");
        QVERIFY(message->isVisibleTo(m_window.get()));
        QVERIFY(message->text().contains(QLatin1String("already used")));
        checkUndoRedo(1);
    }

    void anInvalidValueIsNamedNextToItsField()
    {
        select(Section::Components, QStringLiteral("api"));
        auto* target = field<QDoubleSpinBox>("componentEditor", "targetUtilization");
        target->setValue(0.0);
        QVERIFY(!m_window->document()->problems().empty());
        auto* message = field<QLabel>("componentEditor", "targetUtilizationRowMessage");
        QVERIFY(message->isVisibleTo(m_window.get()));
        QVERIFY2(message->text().contains(QLatin1String("(0, 1]")), qPrintable(message->text()));
        // The tree marks the part, with the message as its tooltip.
        const QModelIndex api = m_window->tree()->treeModel()->indexOf({Section::Components, QStringLiteral("api")});
        QVERIFY(!api.data(Qt::DecorationRole).isNull());
        QVERIFY(api.data(Qt::ToolTipRole).toString().contains(QLatin1String("target_utilization")));
        m_window->document()->undoStack()->undo();
        QVERIFY(m_window->document()->problems().empty());
        QVERIFY(message->isHidden());
    }

    void theTreeAddsDuplicatesAndDeletesParts()
    {
        ui::ProjectTree* tree = m_window->tree();
        select(Section::Components, {});
        tree->addPart();
        QCOMPARE(model().components.size(), m_original.components.size() + 1);
        QCOMPARE(tree->current().section, Section::Components);
        const QString added = tree->current().id;
        QVERIFY(model().findComponent(added.toStdString()));

        select(Section::Components, QStringLiteral("db"));
        tree->duplicatePart();
        QCOMPARE(tree->current().id, QStringLiteral("db-2"));
        QVERIFY(model().findComponent("db-2"));

        select(Section::Components, QStringLiteral("cache"));
        tree->deletePart();
        QVERIFY(!model().findComponent("cache"));
        for (const engine::CallEdge& e : model().calls)
            QVERIFY(e.from != "cache" && e.to != "cache");

        select(Section::Scenarios, {});
        tree->addPart();
        QCOMPARE(model().scenarios.size(), m_original.scenarios.size() + 1);
        select(Section::Team, QStringLiteral("support"));
        tree->deletePart();
        QCOMPARE(model().team.roles.size(), m_original.team.roles.size() - 1);
        checkUndoRedo(5);
    }

    void tablesEditRowsUnderTheTester()
    {
        select(Section::Catalog, {});
        auto* editor = m_window->findChild<ui::TableEditor*>(QStringLiteral("catalog"));
        QVERIFY(editor);
        QAbstractItemModelTester tester(editor->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::PartTableModel* table = editor->tableModel();
        QCOMPARE(table->rowCount(), int(m_original.catalog.size()));
        const int priceColumn = 4;
        QVERIFY(table->setData(table->index(0, priceColumn), 0.2, Qt::EditRole));
        QCOMPARE(model().catalog[0].pricePerHour.estimate, 0.2);
        QVERIFY(!table->setData(table->index(0, priceColumn), QStringLiteral("cheap"), Qt::EditRole));
        QCOMPARE(model().catalog[0].pricePerHour.estimate, 0.2);

        // Renaming a type in the table renames the components' references to it.
        const std::string oldId = m_original.catalog[0].id;
        QVERIFY(table->setData(table->index(0, 0), QStringLiteral("renamed-type"), Qt::EditRole));
        QCOMPARE(model().catalog[0].id, std::string("renamed-type"));
        for (const engine::Component& c : model().components)
            QVERIFY(c.scaling.instanceType != oldId);

        editor->findChild<QPushButton*>(QStringLiteral("catalogAdd"))->click();
        QCOMPARE(table->rowCount(), int(m_original.catalog.size()) + 1);
        editor->view()->selectRow(table->rowCount() - 1);
        editor->findChild<QPushButton*>(QStringLiteral("catalogRemove"))->click();
        QCOMPARE(table->rowCount(), int(m_original.catalog.size()));
        checkUndoRedo(4);
    }

    void theCallGraphAndScenariosAreTables()
    {
        select(Section::CallGraph, {});
        auto* calls = m_window->findChild<ui::TableEditor*>(QStringLiteral("calls"));
        QAbstractItemModelTester tester(calls->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(calls->tableModel()->setData(calls->tableModel()->index(0, 2), 2.5, Qt::EditRole));
        QCOMPARE(model().calls[0].callsPerOperation.estimate, 2.5);
        QVERIFY(calls->tableModel()->setData(calls->tableModel()->index(0, 5), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model().calls[0].async);

        select(Section::Scenarios, QStringLiteral("warm-cache"));
        auto* changes = m_window->findChild<ui::TableEditor*>(QStringLiteral("quantityOverrides"));
        const int before = changes->tableModel()->rowCount();
        changes->findChild<QPushButton*>(QStringLiteral("quantityOverridesAdd"))->click();
        QCOMPARE(changes->tableModel()->rowCount(), before + 1);
        ui::PartTableModel* table = changes->tableModel();
        QVERIFY(table->setData(table->index(before, 0), QStringLiteral("users.monthly_growth"), Qt::EditRole));
        const engine::Scenario* s = model().findScenario("warm-cache");
        QCOMPARE(s->quantities.back().path, std::string("users.monthly_growth"));
        QCOMPARE(s->quantities.back().value, m_original.users.monthlyGrowth); // starts from the base value

        // An override names a call by its place: removing an earlier call moves it along.
        QVERIFY(model().calls.size() >= 3);
        QVERIFY(table->setData(table->index(before, 0), QStringLiteral("calls[2].calls_per_operation"), Qt::EditRole));
        const engine::Quantity third = model().calls[2].callsPerOperation;
        select(Section::CallGraph, {});
        calls->view()->selectRow(0);
        calls->findChild<QPushButton*>(QStringLiteral("callsRemove"))->click();
        QCOMPARE(model().findScenario("warm-cache")->quantities.back().path, std::string("calls[1].calls_per_operation"));
        QCOMPARE(model().calls[1].callsPerOperation, third);
        checkUndoRedo(6);
    }

    // A table fits its columns to their contents while it is shown; hidden behind another editor, an
    // edit elsewhere leaves its columns as they are (laying out its every cell again cost each edit
    // of the reference model 0.8 ms), and it fits them again when it is shown.
    void aHiddenTableIsFittedWhenShown()
    {
        select(Section::CallGraph, {});
        auto* calls = m_window->findChild<ui::TableEditor*>(QStringLiteral("calls"));
        QVERIFY(calls->isVisible());
        QHeaderView* header = calls->view()->horizontalHeader();
        QTRY_VERIFY(header->sectionSize(0) > 40);
        const int fitted = header->sectionSize(0);
        select(Section::Components, QStringLiteral("api"));
        QVERIFY(!calls->isVisible());
        header->resizeSection(0, 30);
        engine::Model edited = model();
        edited.calls[0].callsPerOperation.estimate += 1.0;
        m_window->document()->replaceModel(edited);
        QTest::qWait(20);
        QCOMPARE(header->sectionSize(0), 30);
        select(Section::CallGraph, {});
        QTRY_COMPARE(header->sectionSize(0), fitted);
    }

    void theDrawnCallGraphSelectsTheComponentClicked()
    {
        select(Section::CallGraph, {});
        auto* graph = m_window->findChild<ui::CallGraphView*>(QStringLiteral("callGraphView"));
        QVERIFY(graph);
        for (const engine::Component& c : model().components)
            QVERIFY2(!graph->boxOf(QString::fromStdString(c.id)).isEmpty(), c.id.c_str());
        // Callers are drawn left of what they call.
        QVERIFY(graph->boxOf(QStringLiteral("api")).right() < graph->boxOf(QStringLiteral("cache")).left());
        QVERIFY(graph->boxOf(QStringLiteral("cache")).right() < graph->boxOf(QStringLiteral("db")).left());
        QTest::mouseClick(graph, Qt::LeftButton, {}, graph->boxOf(QStringLiteral("db")).center().toPoint());
        QCOMPARE(m_window->tree()->current(), (ui::TreeNode{Section::Components, QStringLiteral("db")}));

        // Hidden, the graph is laid out again only when it is shown: a call removed meanwhile is
        // gone from it then, and clicking where its callee now is selects that.
        QVERIFY(!graph->isVisible());
        engine::Model edited = model();
        edited.calls.erase(std::remove_if(edited.calls.begin(), edited.calls.end(),
                                          [](const engine::CallEdge& c) { return c.to == "db"; }),
                           edited.calls.end());
        m_window->document()->replaceModel(edited);
        select(Section::CallGraph, {});
        QVERIFY(graph->isVisible());
        QCoreApplication::processEvents();
        const QImage shown = graph->grab().toImage(); // as it is drawn, before anything asks where a box is
        const QRectF db = graph->boxOf(QStringLiteral("db"));
        QCOMPARE(graph->grab().toImage(), shown);
        QVERIFY(db.right() < graph->boxOf(QStringLiteral("cache")).left()); // nothing calls it: a first column
        QTest::mouseClick(graph, Qt::LeftButton, {}, db.center().toPoint());
        QCOMPARE(m_window->tree()->current(), (ui::TreeNode{Section::Components, QStringLiteral("db")}));
    }

    // A graph of many columns keeps its names readable and scrolls sideways in its own area; down
    // a column the boxes follow what calls them, so that arrows do not cross where the model's
    // order of components would make them.
    void aLargeCallGraphScrollsAndUncrossesItsArrows()
    {
        select(Section::CallGraph, {});
        engine::Model m = model();
        const engine::Component base = m.components.front();
        m.components.clear();
        m.calls.clear();
        // In the model's order b is above a, and a2 above z: a → a2 and b → z would cross.
        for (const char* id : {"top", "b", "a", "a2", "z", "a3", "a4", "a5", "a6", "a7", "a8"}) {
            engine::Component c = base;
            c.id = id;
            c.name = QStringLiteral("Service %1 with a long name").arg(QLatin1String(id)).toStdString();
            m.components.push_back(c);
        }
        for (const auto& [from, to] : std::vector<std::pair<const char*, const char*>>{
                 {"top", "a"}, {"top", "b"}, {"a", "a2"}, {"b", "z"}, {"a2", "a3"}, {"a3", "a4"}, {"a4", "a5"},
                 {"a5", "a6"}, {"a6", "a7"}, {"a7", "a8"}}) {
            engine::CallEdge e;
            e.from = from;
            e.to = to;
            m.calls.push_back(e);
        }
        m.requestClasses.front().entryComponent = "top";
        m.scenarios.clear();
        m_window->document()->replaceModel(m);
        QCoreApplication::processEvents();
        auto* graph = m_window->findChild<ui::CallGraphView*>(QStringLiteral("callGraphView"));
        auto* area = m_window->findChild<QScrollArea*>(QStringLiteral("callGraphArea"));
        QVERIFY(graph && area);
        QVERIFY2(graph->width() > area->viewport()->width() && area->horizontalScrollBar()->maximum() > 0,
                 qPrintable(QStringLiteral("graph %1 px in %2").arg(graph->width()).arg(area->viewport()->width())));
        for (const engine::Component& c : m.components)
            QVERIFY2(graph->boxOf(QString::fromStdString(c.id)).width() >= 88.0, c.id.c_str());
        const auto above = [graph](const char* upper, const char* lower) {
            return graph->boxOf(QLatin1String(upper)).top() < graph->boxOf(QLatin1String(lower)).top();
        };
        QCOMPARE(above("b", "a"), above("z", "a2"));
        QVERIFY(graph->boxOf(QStringLiteral("a2")).right() < graph->boxOf(QStringLiteral("a3")).left());
    }

    void roleAndCostFormsEditTheirParts()
    {
        select(Section::Team, QStringLiteral("eng"));
        auto* rule = field<QComboBox>("roleEditor", "headcountRule");
        const int support = rule->findData(int(engine::HeadcountRuleKind::Support));
        rule->setCurrentIndex(support);
        Q_EMIT rule->activated(support);
        QVERIFY(findRole("eng")->rule == engine::HeadcountRuleKind::Support);
        QVERIFY(field<QDoubleSpinBox>("roleEditor", "usersPerSupport")->isVisibleTo(m_window.get()));

        select(Section::Costs, {});
        auto* target = field<QCheckBox>("costEditor", "targetCostPerUserGiven");
        target->setChecked(!target->isChecked());
        QCOMPARE(model().costs.targetCostPerUser.has_value(), target->isChecked());
        auto* trend = field<QCheckBox>("costEditor", "priceTrendGiven");
        trend->setChecked(true);
        QVERIFY(model().costs.computePriceTrend.has_value());
        QVERIFY(!model().costs.egressPriceTrend.has_value()); // each trend its own box and curve
        auto* egressCurve = m_window->findChild<QWidget*>(QStringLiteral("egressPriceTrendCurve"));
        QVERIFY(egressCurve && !egressCurve->isVisibleTo(m_window.get()));
        field<QCheckBox>("costEditor", "egressPriceTrendGiven")->setChecked(true);
        QVERIFY(model().costs.egressPriceTrend.has_value());
        QVERIFY(egressCurve->isVisibleTo(m_window.get()));
        QCOMPARE(model().costs.egressPriceTrend->monthlyGrowth.estimate, -0.005);
        checkUndoRedo(4);
    }

    // A class's requests trend: switched on, its curve edited under its own path, undone whole.
    void requestsTrendIsACurveOfItsClass()
    {
        select(Section::RequestClasses, QStringLiteral("app"));
        auto* curve = m_window->findChild<QWidget*>(QStringLiteral("requestsTrendCurve"));
        QVERIFY(curve);
        QVERIFY(!curve->isVisibleTo(m_window.get()));
        field<QCheckBox>("requestClassEditor", "requestsTrendGiven")->setChecked(true);
        QVERIFY(model().requestClasses.at(0).requestsTrend.has_value());
        QVERIFY(curve->isVisibleTo(m_window.get()));
        auto* growth = field<QDoubleSpinBox>("requestsTrendCurve", "monthlyGrowth");
        growth->setValue(3.0); // percent a month
        QCOMPARE(model().requestClasses.at(0).requestsTrend->monthlyGrowth.estimate, 0.03);
        QVERIFY(m_window->document()->problems().empty());
        checkUndoRedo(2);
    }

    // A component's ingest trend: only offered while it stores data; its curve edits its own path.
    void ingestTrendIsACurveOfItsData()
    {
        select(Section::Components, QStringLiteral("db"));
        auto* given = field<QCheckBox>("componentEditor", "ingestTrendGiven");
        QVERIFY(given->isVisibleTo(m_window.get()));
        given->setChecked(true);
        QVERIFY(findComponent("db")->data->ingestTrend.has_value());
        auto* curve = m_window->findChild<QWidget*>(QStringLiteral("ingestTrendCurve"));
        QVERIFY(curve->isVisibleTo(m_window.get()));
        field<QDoubleSpinBox>("ingestTrendCurve", "monthlyGrowth")->setValue(2.0); // percent a month
        QCOMPARE(findComponent("db")->data->ingestTrend->monthlyGrowth.estimate, 0.02);
        QVERIFY(m_window->document()->problems().empty());
        field<QCheckBox>("componentEditor", "storesData")->setChecked(false);
        QVERIFY(!given->isVisibleTo(m_window.get()));
        QVERIFY(!curve->isVisibleTo(m_window.get()));
        checkUndoRedo(3);
    }

    // Turning off an optional part (a class's trend, a component's data) takes the scenarios'
    // overrides of its fields with it, rather than leaving them to name what is gone; undo brings
    // both back.
    void turningOffAPartTakesItsScenarioOverrides()
    {
        select(Section::RequestClasses, QStringLiteral("app"));
        field<QCheckBox>("requestClassEditor", "requestsTrendGiven")->setChecked(true);
        ui::edit(m_window->document(), QStringLiteral("Scenario"), {}, [](engine::Model& m) {
            m.scenarios.push_back({"what-if", "What if",
                                   {{"request_classes[app].requests_trend.monthly_growth", 0.02},
                                    {"components[db].data.gb_per_user", 0.02},
                                    {"users.initial", 20000.0}},
                                   {}});
        });
        QVERIFY(m_window->document()->problems().empty());
        const auto overrides = [this] { return model().scenarios.back().quantities.size(); };
        field<QCheckBox>("requestClassEditor", "requestsTrendGiven")->setChecked(false);
        QCOMPARE(overrides(), std::size_t(2));
        select(Section::Components, QStringLiteral("db"));
        field<QCheckBox>("componentEditor", "storesData")->setChecked(false);
        QCOMPARE(overrides(), std::size_t(1));
        QCOMPARE(model().scenarios.back().quantities[0].path, std::string("users.initial"));
        for (const engine::Problem& p : m_window->document()->problems()) // shard-db needs the data; ours is fine
            QVERIFY2(p.field.find("what-if") == std::string::npos, p.field.c_str());
        m_window->document()->undoStack()->undo();
        QCOMPARE(overrides(), std::size_t(2));
        QVERIFY(findComponent("db")->data.has_value());
    }

    // A field's name inside a sentence, in English: its first letter lower-cased, an acronym kept
    // (tst_GermanWindow: German nouns keep their capital).
    void fieldNamesInSentencesAreLowerCasedInEnglish()
    {
        QCOMPARE(report::uiLanguage(), QStringLiteral("en"));
        QCOMPARE(report::inSentence(QStringLiteral("Revenue per user")), QStringLiteral("revenue per user"));
        QCOMPARE(report::inSentence(QStringLiteral("SLO p95")), QStringLiteral("SLO p95"));
        select(Section::Costs, {});
        QCOMPARE(field<QCheckBox>("costEditor", "revenuePerUserGiven")->text(), QStringLiteral("Give revenue per user"));
    }

    void piecewisePointsAreDraggedInOneStep()
    {
        select(Section::Growth, {});
        auto* kind = field<QComboBox>("usersCurve", "curveKind");
        const int piecewise = kind->findData(int(engine::CurveKind::Piecewise));
        kind->setCurrentIndex(piecewise);
        Q_EMIT kind->activated(piecewise);
        auto* points = m_window->findChild<ui::TableEditor*>(QStringLiteral("usersCurvePoints"));
        points->findChild<QPushButton*>(QStringLiteral("usersCurvePointsAdd"))->click();
        points->findChild<QPushButton*>(QStringLiteral("usersCurvePointsAdd"))->click();
        QCOMPARE(model().users.points.size(), std::size_t(2));
        ui::PartTableModel* table = points->tableModel();
        QVERIFY(table->setData(table->index(0, 1), 20000.0, Qt::EditRole));
        QVERIFY(table->setData(table->index(1, 1), 40000.0, Qt::EditRole));
        QVERIFY(table->setData(table->index(1, 0), 12.0, Qt::EditRole));
        QVERIFY(table->setData(table->index(1, 2), 30000.0, Qt::EditRole)); // 90% from
        QVERIFY(table->setData(table->index(1, 3), 60000.0, Qt::EditRole)); // 90% to
        QVERIFY(m_window->document()->problems().empty());

        auto* plot = m_window->findChild<QCustomPlot*>(QStringLiteral("usersCurvePlot"));
        plot->replot();
        const int stepsBefore = m_window->document()->undoStack()->count();
        const auto pixel = [plot](double month, double value) {
            return QPoint(int(plot->xAxis->coordToPixel(month)), int(plot->yAxis->coordToPixel(value)));
        };
        QTest::mousePress(plot, Qt::LeftButton, {}, pixel(12.0, 40000.0));
        for (int step = 1; step <= 5; ++step) {
            QMouseEvent move(QEvent::MouseMove, QPointF(pixel(12.0 + step, 40000.0 - 3000.0 * step)),
                             plot->mapToGlobal(QPointF(pixel(12.0 + step, 40000.0 - 3000.0 * step))), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(plot, &move);
        }
        QTest::mouseRelease(plot, Qt::LeftButton, {}, pixel(17.0, 25000.0));
        QCOMPARE(m_window->document()->undoStack()->count() - stepsBefore, 1); // one drag, one step
        HEADROOM_COMPARE_REL(model().users.points[1].month, 17.0, 0.02);
        HEADROOM_COMPARE_REL(model().users.points[1].value.estimate, 25000.0, 0.02);
        // The interval moved with the value, as wide relative to it as before: 0.75× to 1.5×.
        const engine::Quantity& dragged = model().users.points[1].value;
        HEADROOM_COMPARE_REL(dragged.interval90->lo, 0.75 * dragged.estimate, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(dragged.interval90->hi, 1.5 * dragged.estimate, test::kExactArithmetic);
        m_window->document()->undoStack()->undo();
        QCOMPARE(model().users.points[1].month, 12.0);
        m_window->document()->undoStack()->redo();
        HEADROOM_COMPARE_REL(model().users.points[1].month, 17.0, 0.02);
        checkUndoRedo(9);
    }

    void plotsFollowTheThemeWhenItChanges()
    {
        select(Section::Growth, {});
        auto* plot = m_window->findChild<QCustomPlot*>(QStringLiteral("usersCurvePlot"));
        m_window->findChild<QAction*>(QStringLiteral("actionThemedark"))->trigger();
        QCoreApplication::processEvents();
        const QColor darkText = QApplication::palette().color(QPalette::Text);
        QVERIFY(darkText.lightness() > 160); // light text on a dark base
        QCOMPARE(plot->xAxis->tickLabelColor(), plot->palette().color(QPalette::Text));
        QCOMPARE(plot->xAxis->tickLabelColor(), darkText);
        m_window->findChild<QAction*>(QStringLiteral("actionThemelight"))->trigger();
        QCoreApplication::processEvents();
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() < 100);
        QCOMPARE(plot->xAxis->tickLabelColor(), QApplication::palette().color(QPalette::Text));
        m_window->findChild<QAction*>(QStringLiteral("actionThemesystem"))->trigger();
    }

private:
    const engine::Component* findComponent(const std::string& id) const
    {
        for (const engine::Component& c : model().components)
            if (c.id == id)
                return &c;
        qFatal("no component %s", id.c_str());
    }

    const engine::Role* findRole(const std::string& id) const
    {
        for (const engine::Role& r : model().team.roles)
            if (r.id == id)
                return &r;
        return nullptr;
    }

    void select(Section section, const QString& id) { m_window->tree()->select({section, id}); }

    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
};

QTEST_MAIN(TestEditors)
#include "tst_Editors.moc"
