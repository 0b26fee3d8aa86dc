#include "MainWindow.h"
#include "TestSupport.h"
#include "document/Document.h"
#include "report/BottleneckSentence.h"
#include "report/Chart.h"
#include "report/Report.h"
#include "results/ResultsArea.h"
#include "results/ResultsContext.h"
#include "results/SectionView.h"

#include <QAction>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <qcustomplot.h>

using namespace headroom;
using report::SectionId;

namespace {
constexpr int kTestSamples = 200;
const QString kSaas = QStringLiteral(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");

// The text of a PDF as poppler reads it (poppler-utils): what a reader's search would find.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForStarted(10'000) || !p.waitForFinished(60'000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: is poppler-utils installed? ") + QString::fromUtf8(p.readAllStandardError());
    // Fonts set "ff", "fi", "fl"… as ligatures; a reader's search finds the letters.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB04), QStringLiteral("ffl"));
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

// What leaves the application: each chart as PNG, PDF and SVG, each table as CSV, and the whole
// report as HTML and PDF, checked by reading the files back as another program would.
class TestExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1280, 800);
        m_window->document()->setSamples(kTestSamples);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(kSaas, true));
        QVERIFY(m_window->document()->waitForResults());
        m_area = m_window->findChild<ui::ResultsArea*>(QStringLiteral("resultsArea"));
        QVERIFY(m_area);
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { m_window.reset(); }

    void aChartExportsToEveryFormat_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("title");
        for (const char* suffix : {"png", "pdf", "svg"}) {
            QTest::addRow("utilization %s", suffix) << "utilizationPlot" << suffix << "Utilization at peak";
            QTest::addRow("timeline %s", suffix) << "timelinePlot" << suffix << "Bottlenecks by median first month";
        }
    }

    void aChartExportsToEveryFormat()
    {
        QFETCH(QString, chart);
        QFETCH(QString, suffix);
        QFETCH(QString, title);
        for (ui::SectionView* view : m_area->views()) // off screen, a view builds when asked
            view->charts();
        auto* c = m_area->findChild<report::Chart*>(chart + QStringLiteral("Chart"));
        QVERIFY(c);
        const QString path = m_dir.filePath(chart + QLatin1Char('.') + suffix);
        QString error;
        QVERIFY2(c->exportTo(path, QSize(800, 360), &error), qPrintable(error));
        if (suffix == QLatin1String("png")) {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(1600, 720)); // drawn at twice the size, for sharp screens
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size()))); // lines, bands, text
        } else if (suffix == QLatin1String("pdf")) {
            QVERIFY(readText(path).startsWith(QLatin1String("%PDF-")));
            const QString text = pdfText(path);
            QVERIFY2(text.contains(title), qPrintable(text.left(400)));
            QVERIFY(text.contains(QLatin1String("Jan 2028")));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString root;
            int texts = 0;
            QString allText;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (root.isEmpty())
                        root = xml.name().toString();
                    if (xml.name() == QLatin1String("text")) {
                        ++texts;
                        allText += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char(' ');
                    }
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QCOMPARE(root, QStringLiteral("svg"));
            QVERIFY(texts > 5); // title, tick labels
            QVERIFY2(allText.contains(title), qPrintable(allText.left(300)));
        }
        QString unknown;
        QVERIFY(!c->exportTo(m_dir.filePath(QStringLiteral("chart.bmp")), {}, &unknown));
        QVERIFY(unknown.contains(QLatin1String(".svg")));
    }

    void aTableExportsToCsv()
    {
        ui::SectionView* capacity = m_area->view(SectionId::Capacity);
        const QString path = m_dir.filePath(QStringLiteral("capacity.csv"));
        QVERIFY(capacity->exportTable(0, path));
        const QStringList lines = readText(path).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const report::TableSpec& table = capacity->section().tables.front();
        QCOMPARE(lines.size(), int(table.rows.size()) + 1);
        QCOMPARE(lines.front(), QStringLiteral("Component,Scaling,\"Instances, first month\",\"Instances, last month\","
                                               "Instance type (median),Peak utilization,Target,Over target from,"
                                               "Saturated from"));
        const QStringList api = lines[1].split(QLatin1Char(','));
        QCOMPARE(api.value(0), QStringLiteral("API service"));
        QCOMPARE(api.value(1), QStringLiteral("horizontal"));
        QCOMPARE(api.value(2), QStringLiteral("2"));   // the minimum of two instances, as a number
        QCOMPARE(api.value(4), QStringLiteral("c7g.xlarge")); // its one instance type
        QCOMPARE(api.value(6), QStringLiteral("70"));         // the target in percent, without the sign
        // The bottleneck table's sentences contain commas: quoted, so a spreadsheet keeps them whole.
        const QString sentences = m_dir.filePath(QStringLiteral("bottlenecks.csv"));
        QVERIFY(m_area->view(SectionId::Bottlenecks)->exportTable(0, sentences));
        QVERIFY(readText(sentences).contains(QLatin1String(",\"PostgreSQL primary's full restore takes")));
        QVERIFY(!capacity->exportTable(0, QStringLiteral("/nonexistent/dir/x.csv")));
    }

    void theReportHoldsEverySection_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("html") << "html";
        QTest::newRow("pdf") << "pdf";
    }

    void theReportHoldsEverySection()
    {
        QFETCH(QString, suffix);
        const QString path = m_dir.filePath(QStringLiteral("report.") + suffix);
        QString error;
        QVERIFY2(m_area->exportReport(path, &error), qPrintable(error));
        const engine::Results& r = *m_window->document()->lastResults();
        // The PDF's text with its lines joined: a sentence may wrap anywhere on the page.
        const QString text = suffix == QLatin1String("pdf") ? pdfText(path).simplified() : readText(path);
        QStringList headings{QStringLiteral("Executive summary")};
        for (const SectionId id : report::kAllSections)
            if (id != SectionId::Overview)
                headings << report::sectionTitle(id);
        for (const QString& heading : headings)
            QVERIFY2(text.contains(suffix == QLatin1String("html") ? QStringLiteral(">%1</h2>").arg(heading) : heading),
                     qPrintable(heading));
        for (const char* expected :
             {"Ledgerly", "First bottleneck", "March 2028", "Capacity by component", "Every bottleneck, earliest first",
              "Spend by category", "Headline figures, with the difference from the base",
              // the instance types a ladder moves through, and the team by role
              "Instance types at the median step", "Team by role", "Site reliability engineers"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY(text.contains(QStringLiteral("seed 1, %1 Monte Carlo samples").arg(r.samples)));
        const report::Report report(ui::resultsContext(*m_window->document()), {});
        int charts = 0;
        for (const report::Section& s : report.sections())
            charts += int(s.charts.size());
        QVERIFY(charts >= 20);
        if (suffix == QLatin1String("html")) {
            QCOMPARE(int(text.count(QLatin1String("<img class=\"chart\""))), charts);
            QCOMPARE(int(text.count(QLatin1String("src=\"data:image/png;base64,"))), charts);
            // The column of sentences gets the room (about 40%), the others at least their longest words.
            const QRegularExpressionMatch what =
                QRegularExpression(QStringLiteral("<th width=\"(\\d+)%\">What happens</th>")).match(text);
            QVERIFY2(what.hasMatch(), "the bottleneck table's sentences have a width");
            QVERIFY(what.captured(1).toInt() >= 30 && what.captured(1).toInt() <= 60);
            QVERIFY(text.contains(QRegularExpression(QStringLiteral("<th width=\"\\d+%\">Where</th>"))));
            // Every bottleneck's sentence, escaped for HTML.
            for (const engine::Bottleneck& b : r.bottlenecks) {
                const QString sentence = report::bottleneckSentence(r, b);
                QVERIFY2(text.contains(sentence.toHtmlEscaped()), qPrintable(sentence));
            }
        } else {
            QVERIFY(readText(path).startsWith(QLatin1String("%PDF-")));
            QVERIFY(text.contains(QLatin1String("page 1 of")));
            // No word broken in a narrow column: the capacity table's heading and instance types
            // whole (they once read "Componen t" and "cache.r7g.la rge").
            for (const char* word : {"Component", "cache.r7g.large", "db.r7g.16xlarge", "utilization", "Target"})
                QVERIFY2(text.contains(QRegularExpression(
                             QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(QLatin1String(word))))),
                         word);
            QVERIFY(text.contains(QLatin1String("hot data outgrows its memory")));
        }
        QVERIFY(!m_area->exportReport(m_dir.filePath(QStringLiteral("report.docx")), &error));
    }

    // A long tail of unlikely bottlenecks (70 on a model of 30 components) stays out of the report,
    // counted in a line of its own; the view's table and its CSV keep every one.
    void aLongTailOfUnlikelyBottlenecksIsCountedNotPrinted()
    {
        engine::Results r = *m_window->document()->lastResults();
        const std::size_t real = r.bottlenecks.size();
        const auto isLikely = [](const engine::Bottleneck& b) {
            return b.medianFirstMonth || b.probabilityByHorizon() >= 0.1;
        };
        const auto likely = std::size_t(std::count_if(r.bottlenecks.begin(), r.bottlenecks.end(), isLikely));
        engine::Bottleneck unlikely = r.bottlenecks.back();
        unlikely.medianFirstMonth.reset();
        unlikely.probabilityByMonth = Series::Constant(r.months, 0.05);
        for (int i = 0; i < 12; ++i)
            r.bottlenecks.push_back(unlikely);
        report::ResultsContext context = ui::resultsContext(*m_window->document());
        context.results = &r;
        const report::Report report(context, {});
        const report::TableSpec* table = nullptr;
        for (const report::Section& s : report.sections())
            for (const report::TableSpec& t : s.tables)
                if (t.id == QLatin1String("bottleneckTable"))
                    table = &t;
        QVERIFY(table);
        QCOMPARE(table->rows.size(), real + 12);
        QCOMPARE(table->toCsv().count(QLatin1Char('\n')), qsizetype(real + 12 + 1));
        QCOMPARE(table->reportRows, int(likely));
        const QString html = report.html();
        const int rest = int(real + 12 - likely);
        QVERIFY2(html.contains(QStringLiteral("%1 more, each under 10% likely by December 2029").arg(rest)),
                 qPrintable(table->reportRest));
        // The copies' sentence is the last real bottleneck's: printed once if that one is likely.
        QCOMPARE(int(html.count(report::bottleneckSentence(r, unlikely).toHtmlEscaped())),
                 isLikely(r.bottlenecks[real - 1]) ? 1 : 0);
    }

    void theFileMenuExportsTheReport()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionExportReport"));
        QVERIFY(action);
        QMenu* file = m_window->menuBar()->actions().constFirst()->menu();
        QVERIFY(file->actions().contains(action));
        const auto* quit = m_window->findChild<QAction*>(QStringLiteral("actionQuit"));
        QVERIFY(file->actions().indexOf(action) < file->actions().indexOf(const_cast<QAction*>(quit)));
    }

private:
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ResultsArea* m_area = nullptr;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestExports)
#include "tst_Exports.moc"
