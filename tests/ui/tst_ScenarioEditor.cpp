#include "EditorTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "document/Document.h"
#include "editors/TableEditor.h"
#include "report/Format.h"
#include "tree/ProjectTree.h"

#include <QComboBox>
#include <QCompleter>
#include <QTableView>

using namespace headroom;
using ui::Section;

namespace {
const QString kSample = QStringLiteral(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");
}

// The scenario editor's table of changed inputs, driven as a person would: inputs by their names,
// chosen from a list that narrows as one types.
class TestScenarioEditor : public QObject, private test::EditorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEditorTests(); }

    void init()
    {
        QVERIFY(open(kSample));
        m_window->tree()->select({Section::Scenarios, QStringLiteral("warm-cache")});
    }

    void cleanup() { close(); }

    // The cell says the input's name, its tooltip the path the file keeps; the list offers every
    // input by name, finds one by a part of it, and keeps the path of the one picked.
    void inputsAreChosenByTheirNames()
    {
        auto* editor = m_window->findChild<ui::TableEditor*>(QStringLiteral("quantityOverrides"));
        QVERIFY(editor);
        ui::PartTableModel* table = editor->tableModel();
        const engine::Model& m = model();
        const std::string path = m.findScenario("warm-cache")->quantities.at(0).path;
        const QModelIndex cell = table->index(0, 0);
        QCOMPARE(cell.data().toString(), report::inputName(m, path));
        QVERIFY(cell.data().toString() != QString::fromStdString(path));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QString::fromStdString(path)));

        QTableView* view = editor->view();
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto* combo = view->findChild<QComboBox*>();
        QVERIFY(combo);
        QVERIFY2(combo->count() > 15, qPrintable(QString::number(combo->count())));
        QVERIFY(combo->isEditable()); // a long list: typed text finds an input
        const int options = combo->count();
        view->itemDelegate()->setEditorData(combo, cell); // as the view does when the model changes
        QCOMPARE(combo->count(), options);
        QCOMPARE(combo->completer()->filterMode(), Qt::MatchContains);
        const QString wanted = QStringLiteral("users.monthly_growth");
        const int at = combo->findData(wanted);
        QVERIFY(at >= 0);
        QCOMPARE(combo->itemText(at), report::inputName(m, wanted.toStdString()));
        combo->setEditText(combo->itemText(at)); // typed in full
        view->itemDelegate()->setModelData(combo, table, cell);
        QCOMPARE(model().findScenario("warm-cache")->quantities.at(0).path, wanted.toStdString());
        combo->setEditText(QStringLiteral("no such input")); // nothing of the list: nothing changes
        view->itemDelegate()->setModelData(combo, table, cell);
        QCOMPARE(model().findScenario("warm-cache")->quantities.at(0).path, wanted.toStdString());
        checkUndoRedo(1);
    }

    // Two inputs of one name (two calls from the API to the cache, one through a queue) are told
    // apart in the list by their paths.
    void inputsOfOneNameShowTheirPaths()
    {
        engine::Model m = model();
        engine::CallEdge again = m.calls.front();
        again.async = true;
        m.calls.push_back(again);
        m_window->document()->replaceModel(m);
        auto* editor = m_window->findChild<ui::TableEditor*>(QStringLiteral("quantityOverrides"));
        const QModelIndex cell = editor->tableModel()->index(0, 0);
        editor->view()->setCurrentIndex(cell);
        editor->view()->edit(cell);
        auto* combo = editor->view()->findChild<QComboBox*>();
        QVERIFY(combo);
        const QString last = QStringLiteral("calls[%1].calls_per_operation").arg(m.calls.size() - 1);
        const int first = combo->findData(QStringLiteral("calls[0].calls_per_operation"));
        const int copy = combo->findData(last);
        QVERIFY(first >= 0 && copy >= 0);
        QVERIFY2(combo->itemText(copy).endsWith(QStringLiteral("(%1)").arg(last)), qPrintable(combo->itemText(copy)));
        QVERIFY(combo->itemText(first) != combo->itemText(copy));
        QCOMPARE(combo->findText(combo->itemText(copy)), copy);
    }
};

QTEST_MAIN(TestScenarioEditor)
#include "tst_ScenarioEditor.moc"
