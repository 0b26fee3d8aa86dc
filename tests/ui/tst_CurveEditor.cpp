#include "EditorTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "document/Document.h"
#include "document/ModelCommand.h"
#include "editors/TableEditor.h"
#include "tree/ProjectTree.h"

#include <qcustomplot.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QUndoStack>

using namespace headroom;
using ui::Section;

namespace {
// Trailhead: a seasonal S-curve of users with a launch event.
const QString kSample = QStringLiteral(HEADROOM_SAMPLES_DIR "/consumer-seasonal.headroom.json");
} // namespace

// The growth curve editor's tables of points, seasonality and events: each value an estimate with a
// 90% interval, entered as every other table takes one (TableSpec::quantity's "90% from" and "90%
// to"), shown in the curve's band, undone and redone, and named next to the cell when it is wrong.
class TestCurveEditor : public QObject, private test::EditorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEditorTests(); }

    void init()
    {
        QVERIFY(open(kSample));
        m_window->tree()->select({Section::Growth, {}});
    }

    void cleanup() { close(); }

    // December's multiplier given 90% in 0.6–0.95 through the seasonality table: the model has it,
    // the band widens in December around the median, and both steps undo to the file as opened.
    void aSeasonalityMultiplierTakesAnInterval()
    {
        ui::PartTableModel* table = tableOf("usersCurveSeasonality");
        QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->rowCount(), 12);
        const auto* plot = m_window->findChild<QCustomPlot*>(QStringLiteral("usersCurvePlot"));
        const double decemberMonth = 9.0; // the sample starts in March 2027
        const double widthBefore = bandWidth(plot, decemberMonth);

        QVERIFY(!model().users.seasonality[11].interval90);
        QVERIFY(table->setData(table->index(11, test::columnOf(table, QStringLiteral("90% from"))), 0.6, Qt::EditRole));
        QVERIFY(table->setData(table->index(11, test::columnOf(table, QStringLiteral("90% to"))), 0.95, Qt::EditRole));
        const engine::Quantity& december = model().users.seasonality[11];
        QCOMPARE(december.estimate, m_original.users.seasonality[11].estimate);
        QCOMPARE(december.interval90, std::optional(engine::Interval{0.6, 0.95}));
        QVERIFY(!model().users.seasonality[10].interval90);
        QVERIFY(m_window->document()->problems().empty());
        QCOMPARE(table->index(11, test::columnOf(table, QStringLiteral("90% to"))).data().toString(),
                 QStringLiteral("0.950×"));
        QVERIFY2(bandWidth(plot, decemberMonth) > widthBefore * 1.05, "the band should widen in December");
        checkUndoRedo(2);
    }

    // The launch's multiplier takes another interval; one that does not hold the estimate is marked
    // on its cells with the message, and so is a seasonality multiplier's, under its month's row.
    void anEventMultiplierTakesAnIntervalAndAWrongOneIsMarked()
    {
        ui::PartTableModel* events = tableOf("usersCurveEvents");
        QAbstractItemModelTester tester(events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int from = test::columnOf(events, QStringLiteral("90% from"));
        const int to = test::columnOf(events, QStringLiteral("90% to"));
        QVERIFY(from > 0 && to == from + 1);
        QVERIFY(events->setData(events->index(0, from), 1.4, Qt::EditRole));
        QVERIFY(events->setData(events->index(0, to), 1.9, Qt::EditRole));
        QCOMPARE(model().users.events[0].multiplier.interval90, std::optional(engine::Interval{1.4, 1.9}));
        QVERIFY(events->index(0, to).data(Qt::BackgroundRole).isNull());

        QVERIFY(events->setData(events->index(0, to), 1.4, Qt::EditRole)); // below the estimate 1.6
        QVERIFY(!m_window->document()->problems().empty());
        QVERIFY(!events->index(0, to).data(Qt::BackgroundRole).isNull());
        QVERIFY(events->index(0, to).data(Qt::ToolTipRole).toString().contains(QStringLiteral("must contain")));
        QVERIFY(events->index(0, 0).data(Qt::BackgroundRole).isNull()); // the month is fine

        ui::PartTableModel* season = tableOf("usersCurveSeasonality");
        const int seasonTo = test::columnOf(season, QStringLiteral("90% to"));
        QVERIFY(season->setData(season->index(10, seasonTo), 0.5, Qt::EditRole)); // November, 0.8
        QVERIFY(!season->index(10, seasonTo).data(Qt::BackgroundRole).isNull());
        QVERIFY(season->index(11, seasonTo).data(Qt::BackgroundRole).isNull());
        checkUndoRedo(4);
    }

    // A point's value takes an interval; the estimate typed or dragged moves the interval with it,
    // keeping its relative width, in one undoable step each.
    void aPointsIntervalFollowsItsValue()
    {
        ui::PartTableModel* points = piecewiseWithPoints(2)->tableModel();
        QAbstractItemModelTester tester(points, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int value = test::columnOf(points, QStringLiteral("Value"));
        QVERIFY(points->setData(points->index(0, value), 200000.0, Qt::EditRole));
        QVERIFY(points->setData(points->index(1, value), 400000.0, Qt::EditRole));
        QVERIFY(points->setData(points->index(1, value + 1), 300000.0, Qt::EditRole));
        QVERIFY(points->setData(points->index(1, value + 2), 600000.0, Qt::EditRole));
        QCOMPARE(model().users.points[1].value.interval90, std::optional(engine::Interval{300000.0, 600000.0}));
        QVERIFY(points->setData(points->index(1, value), 800000.0, Qt::EditRole));
        QCOMPARE(model().users.points[1].value.interval90, std::optional(engine::Interval{600000.0, 1200000.0}));
        QVERIFY(m_window->document()->problems().empty());
        checkUndoRedo(8);
    }

    // A scenario's override of the third point stays on that point when the first is removed from
    // the table, and when a point is added before it by double-clicking the plot; removing its
    // point takes it away, and undo brings back both. Removing an event moves the override of the
    // event after it, and turning the seasonality off takes its overrides with it.
    void scenarioOverridesFollowTheirPointsAndEvents()
    {
        piecewiseWithPoints(3);
        QCOMPARE(int(model().users.points.size()), 3);
        ui::edit(m_window->document(), QStringLiteral("Scenario"), {}, [](engine::Model& m) {
            m.scenarios.push_back({"more", "More",
                                   {{"users.points[2].value", 7777.0},
                                    {"users.events[1].multiplier", 2.5},
                                    {"users.seasonality[11]", 1.0}},
                                   {}});
            m.users.events.push_back({20, 1.2, 1});
        });
        const auto overridePaths = [this] {
            QStringList out;
            for (const engine::QuantityOverride& o : model().scenarios.back().quantities)
                out << QString::fromStdString(o.path);
            return out;
        };
        const auto removeRow = [this](const char* table, int row) {
            auto* e = m_window->findChild<ui::TableEditor*>(QLatin1String(table));
            e->view()->selectRow(row);
            e->findChild<QPushButton*>(QLatin1String(table) + QStringLiteral("Remove"))->click();
        };

        removeRow("usersCurvePoints", 0);
        QCOMPARE(overridePaths().at(0), QStringLiteral("users.points[1].value"));
        QCOMPARE(model().scenarios.back().quantities[0].value.estimate, 7777.0);

        auto* plot = m_window->findChild<QCustomPlot*>(QStringLiteral("usersCurvePlot"));
        plot->replot();
        const double before = model().users.points[0].month - 3.0; // before every point, in the plot
        QVERIFY(before >= plot->xAxis->range().lower);
        const QPoint at(int(plot->xAxis->coordToPixel(before)),
                        int(plot->yAxis->coordToPixel(model().users.points[0].value.estimate)));
        QTest::mouseDClick(plot, Qt::LeftButton, {}, at);
        QCOMPARE(int(model().users.points.size()), 3);
        QCOMPARE(overridePaths().at(0), QStringLiteral("users.points[2].value"));

        removeRow("usersCurvePoints", 2);
        QVERIFY(!overridePaths().join(QLatin1Char(' ')).contains(QStringLiteral("points")));
        m_window->document()->undoStack()->undo();
        QCOMPARE(overridePaths().at(0), QStringLiteral("users.points[2].value"));

        removeRow("usersCurveEvents", 0);
        QVERIFY2(overridePaths().contains(QStringLiteral("users.events[0].multiplier")),
                 qPrintable(overridePaths().join(QLatin1Char(' '))));

        auto* seasonal = m_window->findChild<QWidget*>(QStringLiteral("usersCurve"))->findChild<QCheckBox*>(
            QStringLiteral("seasonal"));
        QVERIFY(seasonal && seasonal->isChecked());
        seasonal->click();
        QVERIFY(model().users.seasonality.empty());
        QVERIFY(!overridePaths().join(QLatin1Char(' ')).contains(QStringLiteral("seasonality")));
        QVERIFY2(m_window->document()->problems().empty(), qPrintable(overridePaths().join(QLatin1Char(' '))));
        checkUndoRedo(9); // the kind, three points, the scenario, four removals and additions less the one undone, seasonality
    }

private:
    // The users curve made piecewise in its editor, and `count` points added from its table.
    ui::TableEditor* piecewiseWithPoints(int count) const
    {
        auto* kind = m_window->findChild<QWidget*>(QStringLiteral("usersCurve"))->findChild<QComboBox*>(
            QStringLiteral("curveKind"));
        const int piecewise = kind->findData(int(engine::CurveKind::Piecewise));
        kind->setCurrentIndex(piecewise);
        Q_EMIT kind->activated(piecewise);
        auto* editor = m_window->findChild<ui::TableEditor*>(QStringLiteral("usersCurvePoints"));
        for (int i = 0; i < count; ++i)
            editor->findChild<QPushButton*>(QStringLiteral("usersCurvePointsAdd"))->click();
        return editor;
    }

    ui::PartTableModel* tableOf(const char* name) const
    {
        auto* editor = m_window->findChild<ui::TableEditor*>(QLatin1String(name));
        if (!editor)
            qFatal("no table %s", name);
        return editor->tableModel();
    }


    // The width of the plotted 90% band at a month: the 95th percentile's graph less the 5th's.
    static double bandWidth(const QCustomPlot* plot, double month)
    {
        const auto at = [&](int graph) { return plot->graph(graph)->data()->findBegin(month, false)->value; };
        return at(1) - at(0);
    }
};

QTEST_MAIN(TestCurveEditor)
#include "tst_CurveEditor.moc"
