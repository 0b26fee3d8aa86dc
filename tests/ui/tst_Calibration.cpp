#include "EditorTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "calibration/FitPlot.h"
#include "calibration/GrowthImportDialog.h"
#include "calibration/UslImportDialog.h"
#include "document/Autosaver.h"
#include "document/Document.h"
#include "tree/ProjectTree.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <qcustomplot.h>

using namespace headroom;
using calibration::GrowthModel;

namespace {
const QString kProject = QStringLiteral(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");
const QString kHistory = QStringLiteral(HEADROOM_SAMPLES_DIR "/history-monthly-users.csv");
const QString kLoadTest = QStringLiteral(HEADROOM_SAMPLES_DIR "/loadtest-api.csv");
// The dialog and the test call the same functions on the same text: the results agree to the bit,
// up to the last digits of a value moved through a few more operations.
constexpr double kSameComputation = 1e-12;

std::string fileText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll().toStdString();
}

// `name` in `dir`, holding `bytes`; its path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

template <typename W> W* child(QWidget* parent, const char* name)
{
    W* widget = parent->findChild<W*>(QLatin1String(name));
    if (!widget)
        qFatal("no %s in %s", name, qPrintable(parent->objectName()));
    return widget;
}

// Types a path into the dialog's file field and presses Return, as a user would.
void typePath(QWidget* dialog, const QString& path)
{
    auto* field = child<QLineEdit>(dialog, "csvPath");
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, path);
    QTest::keyClick(field, Qt::Key_Return);
}
} // namespace

// The calibration dialogs driven through their widgets, found by object name: the sample files
// read, previewed and fitted as the library fits them, Apply one undoable step, and files that
// cannot be read or fitted refused in the dialog with Apply kept disabled.
class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEditorTests(); }

    void init()
    {
        m_document = std::make_unique<ui::Document>();
        m_document->setSamples(20); // the dialogs are under test, not the engine
        QString error;
        QVERIFY2(m_document->open(kProject, &error), qPrintable(error));
        m_original = m_document->model();
    }

    void cleanup() { m_document.reset(); }

    void theSampleHistoryProposesExponentialGrowthAppliedInOneStep()
    {
        ui::GrowthImportDialog dialog(m_document.get());
        dialog.show();
        auto* preview = child<QTableWidget>(&dialog, "preview");
        auto* fits = child<QTableWidget>(&dialog, "fits");
        QAbstractItemModelTester previewTester(preview->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester fitsTester(fits->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* apply = child<QPushButton>(&dialog, "apply");
        QVERIFY(!apply->isEnabled());

        typePath(&dialog, kHistory);
        QVERIFY(dialog.isVisible()); // Return read the file; it did not apply it
        QCOMPARE(preview->rowCount(), 24);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("2025-01"));
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("1649"));
        QCOMPARE(preview->item(23, 1)->text(), QStringLiteral("17515"));
        QVERIFY(!child<QLabel>(&dialog, "message")->isVisibleTo(&dialog));

        // The library's fits, the exponential proposed and selected.
        const calibration::GrowthFits expected =
            calibration::fitGrowth(*calibration::readHistoryCsv(fileText(kHistory)).history);
        QCOMPARE(expected.best, std::optional(GrowthModel::Exponential));
        QCOMPARE(fits->rowCount(), 3);
        const QList<QTableWidgetItem*> selected = fits->selectedItems();
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.first()->row(), int(GrowthModel::Exponential));
        QVERIFY(fits->item(int(GrowthModel::Exponential), 0)->text().contains(QLatin1String("proposed")));
        QCOMPARE(dialog.chosen(), std::optional(GrowthModel::Exponential));
        QVERIFY(fits->item(int(GrowthModel::Exponential), 3)
                    ->text()
                    .startsWith(QLocale().toString(expected.fit(GrowthModel::Exponential).aicc, 'f', 1)));

        // The plot: the 24 values, the fit and its band from the history's first month to the
        // model's last (2025-01 to 2029-12: 60 months).
        QCustomPlot* plot = child<ui::FitPlot>(&dialog, "growthPlot")->plot();
        QCOMPARE(graphNamed(plot, "History")->dataCount(), 24);
        QCOMPARE(graphNamed(plot, "Exponential fit")->dataCount(), 60);
        QCOMPARE(graphNamed(plot, "90% prediction band")->dataCount(), 60);

        // Apply: the fit at the model's start (2027-01, month 24 of the history), with intervals.
        QVERIFY(apply->isEnabled());
        apply->click();
        QVERIFY(!dialog.isVisible());
        const engine::Curve& users = m_document->model().users;
        QVERIFY(users.kind == engine::CurveKind::Exponential);
        const auto band = calibration::forecast(expected, GrowthModel::Exponential, 12);
        HEADROOM_COMPARE_REL(users.initial.estimate, band->fit[24], kSameComputation);
        const engine::Curve fitted = *calibration::curveAt(expected, GrowthModel::Exponential, m_original.start);
        HEADROOM_COMPARE_REL(users.monthlyGrowth.estimate, fitted.monthlyGrowth.estimate, kSameComputation);
        QVERIFY(users.initial.interval90 && users.monthlyGrowth.interval90);
        QVERIFY(users.initial.interval90->lo < users.initial.estimate);
        QVERIFY(users.initial.estimate < users.initial.interval90->hi);
        checkOneUndoableStep();
    }

    void anotherFittedModelCanBeChosen()
    {
        ui::GrowthImportDialog dialog(m_document.get());
        dialog.setPath(kHistory);
        auto* fits = child<QTableWidget>(&dialog, "fits");
        fits->selectRow(int(GrowthModel::Linear));
        QCOMPARE(dialog.chosen(), std::optional(GrowthModel::Linear));
        QCustomPlot* plot = child<ui::FitPlot>(&dialog, "growthPlot")->plot();
        QVERIFY(graphNamed(plot, "Linear fit"));
        QVERIFY(child<QLabel>(&dialog, "summary")->text().contains(QLatin1String("linear fit")));
        QCOMPARE(plot->yAxis->scaleType(), QCPAxis::stLogarithmic);
        child<QCheckBox>(&dialog, "logScale")->click();
        QCOMPARE(plot->yAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(plot->yAxis->range().lower, 0.0);

        // A model that could not be fitted (the logistic: no saturation here) cannot be chosen.
        QVERIFY(!(fits->item(int(GrowthModel::Logistic), 0)->flags() & Qt::ItemIsSelectable));
        fits->clearSelection();
        QCOMPARE(dialog.chosen(), std::optional(GrowthModel::Linear));

        child<QPushButton>(&dialog, "apply")->click();
        QVERIFY(m_document->model().users.kind == engine::CurveKind::Linear);
        QVERIFY(m_document->model().users.slopePerMonth.interval90.has_value());
        checkOneUndoableStep();
    }

    void theSampleLoadTestIsFittedAsTheLibraryFitsIt_data()
    {
        QTest::addColumn<QString>("component");
        QTest::newRow("horizontal: capacity per instance") << QStringLiteral("api");
        QTest::newRow("vertical: capacity per vCPU") << QStringLiteral("db");
    }

    void theSampleLoadTestIsFittedAsTheLibraryFitsIt()
    {
        QFETCH(QString, component);
        ui::UslImportDialog dialog(m_document.get());
        dialog.show();
        auto* coefficients = child<QTableWidget>(&dialog, "coefficients");
        QAbstractItemModelTester tester(coefficients->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* components = child<QComboBox>(&dialog, "component");
        QCOMPARE(components->count(), int(m_original.components.size()));
        components->setCurrentIndex(components->findData(component));
        typePath(&dialog, kLoadTest);
        QCOMPARE(child<QTableWidget>(&dialog, "preview")->rowCount(), 13);

        const calibration::UslFit expected =
            calibration::fitUsl(*calibration::readLoadTestCsv(fileText(kLoadTest)).points);
        QVERIFY(expected.trusted);
        const calibration::UslEstimate& e = *expected.estimate;
        QVERIFY(coefficients->isVisibleTo(&dialog));
        QCOMPARE(coefficients->item(0, 1)->data(Qt::UserRole).toDouble(), e.lambda.estimate);
        QCOMPARE(coefficients->item(1, 1)->data(Qt::UserRole).toDouble(), e.sigma.estimate);
        QCOMPARE(coefficients->item(2, 1)->data(Qt::UserRole).toDouble(), e.kappa.estimate);
        const QString peak = child<QLabel>(&dialog, "peak")->text();
        QVERIFY2(peak.contains(QLatin1String("<b>52</b>")) && peak.contains(QLatin1String("<b>7729</b>")),
                 qPrintable(peak));

        QCustomPlot* plot = child<ui::FitPlot>(&dialog, "uslPlot")->plot();
        QCOMPARE(graphNamed(plot, "Measured")->dataCount(), 13);
        QVERIFY(graphNamed(plot, "USL fit")->dataCount() > 100);

        auto* apply = child<QPushButton>(&dialog, "apply");
        QVERIFY(apply->isEnabled());
        apply->click();
        const engine::Component* before = m_original.findComponent(component.toStdString());
        QVERIFY(*m_document->model().findComponent(component.toStdString()) == calibration::withUslFit(*before, e));
        QVERIFY(!(*m_document->model().findComponent(component.toStdString()) == *before));
        for (const engine::Component& c : m_original.components)
            if (c.id != component.toStdString())
                QVERIFY(*m_document->model().findComponent(c.id) == c);
        checkOneUndoableStep();
    }

    void aMalformedFileIsRefusedWithItsLineAndColumn_data()
    {
        QTest::addColumn<bool>("growth");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::newRow("history: a value that is not a number")
            << true << QByteArray("month,active_users\n2025-01,1649\n\n2025-02,12x\n") << "line 4, column 2";
        QTest::newRow("history: a day not in the calendar")
            << true << QByteArray("2025-01-31,10\n2025-02-30,12\n") << "line 2, column 1";
        QTest::newRow("load test: a negative throughput")
            << false << QByteArray("instances,rps\n1,500\n2,-190\n") << "line 3, column 2";
        QTest::newRow("load test: three columns") << false << QByteArray("1,500,3\n") << "line 1, column 3";
    }

    void aMalformedFileIsRefusedWithItsLineAndColumn()
    {
        QFETCH(bool, growth);
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("measurements.csv"), csv);

        std::unique_ptr<ui::CsvImportDialog> dialog;
        if (growth)
            dialog = std::make_unique<ui::GrowthImportDialog>(m_document.get());
        else
            dialog = std::make_unique<ui::UslImportDialog>(m_document.get());
        dialog->show();
        typePath(dialog.get(), path);
        auto* message = child<QLabel>(dialog.get(), "message");
        QVERIFY(message->isVisibleTo(dialog.get()));
        QVERIFY2(message->text().contains(QStringLiteral("measurements.csv: ") + where), qPrintable(message->text()));
        QVERIFY(!child<QPushButton>(dialog.get(), "apply")->isEnabled());
        QCOMPARE(child<QTableWidget>(dialog.get(), "preview")->rowCount(), 0);

        // A good file after it clears the message.
        typePath(dialog.get(), growth ? kHistory : kLoadTest);
        QVERIFY(!message->isVisibleTo(dialog.get()));
        QVERIFY(child<QPushButton>(dialog.get(), "apply")->isEnabled());
    }

    void aLoadTestThatCannotBeTrustedSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("reason");
        QTest::newRow("two points") << QByteArray("1,100\n2,190\n") << "too few points";
        QTest::newRow("linear scaling") << QByteArray("1,10\n2,20.1\n4,39.8\n8,80.3\n16,159\n") << "no curvature";
    }

    void aLoadTestThatCannotBeTrustedSaysWhy()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("loadtest.csv"), csv);

        ui::UslImportDialog dialog(m_document.get());
        dialog.show();
        dialog.setPath(path);
        auto* message = child<QLabel>(&dialog, "message");
        QVERIFY(message->isVisibleTo(&dialog));
        QVERIFY2(message->text().contains(reason), qPrintable(message->text()));
        QVERIFY(!child<QTableWidget>(&dialog, "coefficients")->isVisibleTo(&dialog)); // no numbers to misuse
        QVERIFY(child<QLabel>(&dialog, "peak")->isHidden());
        QVERIFY(!child<QPushButton>(&dialog, "apply")->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, "component")->isEnabled());
        // The measurements are still shown, as read.
        QCOMPARE(child<QTableWidget>(&dialog, "preview")->rowCount(), csv.count('\n'));
        QCOMPARE(graphNamed(child<ui::FitPlot>(&dialog, "uslPlot")->plot(), "Measured")->dataCount(), csv.count('\n'));
        QVERIFY(!graphNamed(child<ui::FitPlot>(&dialog, "uslPlot")->plot(), "USL fit"));
    }

    // Tools ▸ the two actions open their dialogs; a load test's goes to the selected component.
    void theToolsMenuOpensBothDialogs()
    {
        ui::MainWindow window;
        window.document()->setSamples(20);
        QVERIFY(window.openFile(kProject, true));
        window.tree()->select({ui::Section::Components, QStringLiteral("db")});
        window.findChild<QAction*>(QStringLiteral("actionFitScalability"))->trigger();
        auto* usl = window.findChild<ui::UslImportDialog*>();
        QVERIFY(usl && usl->isVisible());
        QCOMPARE(usl->component(), QStringLiteral("db"));
        usl->close();
        window.findChild<QAction*>(QStringLiteral("actionFitGrowth"))->trigger();
        auto* growth = window.findChild<ui::GrowthImportDialog*>();
        QVERIFY(growth && growth->isVisible());
        growth->close();
        window.autosaver()->discard();
    }

    // With HEADROOM_SCREENSHOT_DIR set, saves the pictures of docs/calibration.md there
    // (fit-growth.png, fit-usl.png): both dialogs on the samples, at their opening size.
    void screenshotsForTheDocs()
    {
        const QString folder = qEnvironmentVariable("HEADROOM_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("HEADROOM_SCREENSHOT_DIR is not set");
        // As a reader would see them: numbers grouped, the samples' paths from the repository's root.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString current = QDir::currentPath();
        QDir::setCurrent(QStringLiteral(HEADROOM_SOURCE_DIR));
        ui::GrowthImportDialog growth(m_document.get());
        growth.setPath(QStringLiteral("samples/history-monthly-users.csv"));
        ui::UslImportDialog usl(m_document.get());
        usl.setComponent(QStringLiteral("api"));
        usl.setPath(QStringLiteral("samples/loadtest-api.csv"));
        QDir::setCurrent(current);
        QLocale::setDefault(QLocale::c());
        for (const auto& [dialog, name] : {std::pair<QDialog*, const char*>{&growth, "fit-growth.png"},
                                           std::pair<QDialog*, const char*>{&usl, "fit-usl.png"}}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QTest::qWait(100); // the plots' queued replots
            QVERIFY(dialog->grab().save(folder + QLatin1Char('/') + QLatin1String(name)));
        }
    }

private:
    static QCPGraph* graphNamed(QCustomPlot* plot, const char* name)
    {
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->name() == QLatin1String(name))
                return plot->graph(i);
        return nullptr;
    }

    // Apply was one step: undone, the model is the one opened; redone, the applied one.
    void checkOneUndoableStep()
    {
        QUndoStack* stack = m_document->undoStack();
        const engine::Model applied = m_document->model();
        QVERIFY(!(applied == m_original));
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QVERIFY(m_document->model() == m_original);
        stack->redo();
        QVERIFY(m_document->model() == applied);
    }

    std::unique_ptr<ui::Document> m_document;
    engine::Model m_original;
};

QTEST_MAIN(TestCalibration)
#include "tst_Calibration.moc"
