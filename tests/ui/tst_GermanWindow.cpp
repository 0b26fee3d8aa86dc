#include "TestSupport.h"

#include "MainWindow.h"
#include "document/Autosaver.h"
#include "document/Document.h"
#include "engine/Results.h"
#include "report/BottleneckSentence.h"
#include "report/Format.h"
#include "results/ResultsArea.h"
#include "tree/ProjectTree.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>
#include <QUndoStack>

using namespace headroom;

namespace {
const QString kSample = QStringLiteral(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");
} // namespace

// The window with the German catalogue loaded, as `LANG=de_DE.UTF-8 headroom` shows it: what only
// goes wrong once the text is not English (tst_Translations checks the catalogue itself).
class TestGermanWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_german.load(QStringLiteral(HEADROOM_GERMAN_QM)), HEADROOM_GERMAN_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void init()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->document()->setSamples(20);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(kSample, true));
    }

    void cleanup()
    {
        m_window->autosaver()->discard();
        m_window->document()->undoStack()->clear();
        m_window.reset();
    }

    // The catalogue names its language: the report's HTML says so, and labels keep their capitals.
    void theCatalogueNamesItsLanguage()
    {
        QCOMPARE(report::uiLanguage(), QStringLiteral("de"));
        QCOMPARE(report::inSentence(QStringLiteral("Umsatz pro Nutzer")), QStringLiteral("Umsatz pro Nutzer"));
    }

    // Actions are found by English names whatever the language: Export report comes before Quit,
    // with one separator between, and the menu does not end in a separator.
    void theReportActionComesBeforeQuit()
    {
        QMenu* file = m_window->menuBar()->actions().constFirst()->menu();
        const QList<QAction*> actions = file->actions();
        const auto* quit = m_window->findChild<QAction*>(QStringLiteral("actionQuit"));
        const auto* report = m_window->findChild<QAction*>(QStringLiteral("actionExportReport"));
        QVERIFY(quit && report);
        QVERIFY(quit->text() != QLatin1String("&Quit")); // shown in German
        const qsizetype at = actions.indexOf(quit);
        QCOMPARE(actions.last(), quit);
        QCOMPARE(actions.indexOf(report), at - 2);
        QVERIFY(actions.at(at - 1)->isSeparator());
        for (qsizetype i = 1; i < actions.size(); ++i)
            QVERIFY2(!(actions[i]->isSeparator() && actions[i - 1]->isSeparator()), qPrintable(QString::number(i)));
    }

    // A field's name inside a sentence keeps the capital German nouns have ("Umsatz pro Nutzer
    // angeben", not "umsatz pro nutzer angeben"), and the results' tabs are German.
    void sentencesKeepCapitalNouns()
    {
        m_window->tree()->select({ui::Section::Costs, {}});
        QCheckBox* given = nullptr;
        for (QCheckBox* box : m_window->findChildren<QCheckBox*>(QStringLiteral("revenuePerUserGiven")))
            given = box;
        QVERIFY(given);
        QVERIFY2(given->text().contains(QLatin1String("Umsatz")), qPrintable(given->text()));
        auto* tabs = m_window->findChild<ui::ResultsArea*>();
        QVERIFY(tabs);
        QVERIFY(tabs->tabText(0) != QLatin1String("Overview"));
    }

    // What the code names in arrays and translates later: the calendar's months (the seasonality
    // table) and the cost categories.
    void namesKeptInArraysAreTranslated()
    {
        QCOMPARE(QCoreApplication::translate("headroom::ui::CurveEditor", "March"), QStringLiteral("März"));
        QVERIFY(QObject::tr("Compute") != QLatin1String("Compute"));
        QVERIFY(QObject::tr("Egress") != QLatin1String("Egress"));
    }

    // The bottlenecks' sentences: the engine writes them in English, the window in German from
    // the numbers each keeps (file format 4), month names and all.
    void bottleneckSentencesAreGerman()
    {
        QVERIFY(m_window->document()->waitForResults(60'000));
        const engine::Results* r = m_window->document()->lastResults();
        QVERIFY(r && !r->bottlenecks.empty());
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // as LANG=de_DE.UTF-8 gives it
        QStringList sentences;
        for (const engine::Bottleneck& b : r->bottlenecks)
            sentences << report::bottleneckSentence(*r, b);
        QLocale::setDefault(before);
        for (const QString& sentence : sentences) {
            QVERIFY2(sentence.contains(QLatin1String(" im ")), qPrintable(sentence));
            for (const char* english : {" in 20", "outgrows", " runs at ", "misses its", "takes", "reaches", "January",
                                        "March", "May", "June", "July", "October", "December"})
                QVERIFY2(!sentence.contains(QLatin1String(english)), qPrintable(sentence));
        }
        // The first: the database's hot data beyond its memory in March 2028, 1.24 times slower.
        QVERIFY2(sentences.value(0).contains(QStringLiteral("im März 2028")), qPrintable(sentences.value(0)));
        QVERIFY2(sentences.value(0).contains(QRegularExpression(QStringLiteral("\\d,\\d\\d-mal langsamer"))),
                 qPrintable(sentences.value(0)));
    }

    // The uncertain inputs' names in the sensitivity tornado and table: the field in German words.
    void inputNamesAreGerman()
    {
        QVERIFY(m_window->document()->waitForResults(60'000));
        const engine::Results* r = m_window->document()->lastResults();
        QVERIFY(r && !r->sensitivity.empty());
        for (const engine::Sensitivity& s : r->sensitivity) {
            const QString name = report::inputName(m_window->document()->model(), s.input);
            for (const char* english : {"growth", "capacity", "per user", "price", "utilization", "at start"})
                QVERIFY2(!name.contains(QLatin1String(english)), qPrintable(name));
        }
        QCOMPARE(report::inputName(m_window->document()->model(), "users.monthly_growth"),
                 QStringLiteral("Aktive Nutzer: monatliches Wachstum"));
    }

private:
    QTranslator m_german;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestGermanWindow)
#include "tst_GermanWindow.moc"
