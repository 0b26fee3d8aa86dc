#include "TestSupport.h"
#include "calibration/MeasurementsCsv.h"

#include <string>

using namespace headroom;
using namespace headroom::calibration;

namespace {
// The error, or one that fails every check, naming what happened instead.
template <typename Import> CsvError errorOf(const Import& imported)
{
    return imported.error.value_or(CsvError{-1, -1, "read without error"});
}

// The columns of a table of malformed files: the text, and where and what the error must be.
void addErrorColumns()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");
}

void verifyError(const CsvError& e)
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    QVERIFY2(QString::fromStdString(e.message).contains(mentions), e.toString().c_str());
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY(e.toString().starts_with("line " + std::to_string(line)));
}
} // namespace

// Reading the measurements calibration fits: every variant a spreadsheet writes, and every
// problem reported where it is.
class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyVariants_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("firstMonth"); // months from the first day of the first month
        QTest::addColumn<double>("lastMonth");
        QTest::addColumn<double>("lastValue");
        QTest::newRow("header, commas, days") << QByteArray("date,users\n2024-01-31,100\n2024-02-29,120\n") << 2
                                              << 30.0 / 31.0 << 1.0 + 28.0 / 29.0 << 120.0;
        QTest::newRow("no header, semicolons, decimal comma")
            << QByteArray("2024-01;100,5\n2024-02;120,25\n2024-03;140\n") << 3 << 0.0 << 2.0 << 140.0;
        QTest::newRow("BOM, quotes, CRLF")
            << QByteArray(
                   "\xEF\xBB\xBF\"month\",\"active users\"\r\n\"2024-01\",\"1000\"\r\n\"2024-02\", \"1100.5\" \r\n")
            << 2 << 0.0 << 1.0 << 1100.5;
        QTest::newRow("tabs, comments, blank lines, spaces")
            << QByteArray("# exported 2025-01-03\n\nmonth\tusers\n 2024-11 \t 7 \n\n2024-12\t9\n") << 2 << 0.0 << 1.0
            << 9.0;
        QTest::newRow("out of order, sorted by date")
            << QByteArray("2025-03,30\n2025-01,10\n2025-02,20\n") << 3 << 0.0 << 2.0 << 30.0;
        QTest::newRow("leap day of 2000 (divisible by 400)")
            << QByteArray("2000-02-01,1\n2000-02-29,2\n") << 2 << 0.0 << 28.0 / 29.0 << 2.0;
        QTest::newRow("signs and exponents")
            << QByteArray("2024-01,+1.5e3\n2024-02,2E3\n") << 2 << 0.0 << 1.0 << 2000.0;
    }

    void historyVariants()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, points);
        QFETCH(double, firstMonth);
        QFETCH(double, lastMonth);
        QFETCH(double, lastValue);
        const HistoryImport r = readHistoryCsv(text.toStdString());
        QVERIFY2(!r.error, r.error ? r.error->toString().c_str() : "");
        QVERIFY(r.history);
        QCOMPARE(int(r.history->points.size()), points);
        QCOMPARE(r.history->points.front().month, firstMonth);
        HEADROOM_COMPARE_REL(r.history->points.back().month, lastMonth, test::kExactArithmetic);
        QCOMPARE(r.history->points.back().value, lastValue);
    }

    void historyMonthsCountFromTheFirstMonth()
    {
        const HistoryImport r = readHistoryCsv("2024-12,5\n2025-01-16,6\n2023-11,4\n");
        QVERIFY(r.history);
        QCOMPARE(r.history->firstMonth.toString(), std::string("2023-11"));
        QCOMPARE(r.history->points[0].value, 4.0);
        QCOMPARE(r.history->points[1].month, 13.0);
        HEADROOM_COMPARE_REL(r.history->points[2].month, 14.0 + 15.0 / 31.0, test::kExactArithmetic);
        QCOMPARE(r.history->points[2].line, 2);
    }

    void malformedHistory_data()
    {
        addErrorColumns();
        QTest::newRow("bad month") << QByteArray("month,users\n2024-01,10\n2024-13,20\n") << 3 << 1 << "not a date";
        QTest::newRow("not ISO") << QByteArray("01/02/2024,10\n") << 1 << 1 << "expected YYYY-MM-DD or YYYY-MM";
        QTest::newRow("no such day") << QByteArray("2023-01,1\n2023-02-29,5\n") << 2 << 1 << "2023-02 has 28 days";
        QTest::newRow("bad number") << QByteArray("2024-01,10\n2024-02,12x\n") << 2 << 2 << "\"12x\" is not a number";
        QTest::newRow("thousands separator") << QByteArray("2024-01,\"1,200\"\n") << 1 << 2 << "not a number";
        QTest::newRow("NaN") << QByteArray("2024-01,NaN\n") << 1 << 2 << "not a number";
        QTest::newRow("infinity") << QByteArray("2024-01,inf\n") << 1 << 2 << "not a number";
        QTest::newRow("empty value") << QByteArray("2024-01,\n") << 1 << 2 << "not a number";
        QTest::newRow("negative value") << QByteArray("2024-01,5\n2024-02,-5\n") << 2 << 2 << "negative";
        QTest::newRow("three columns") << QByteArray("month,users\n2024-01,10,3\n") << 2 << 3 << "3 columns";
        QTest::newRow("one column") << QByteArray("2024-01,10\n2024-02\n") << 2 << 2 << "one column";
        QTest::newRow("empty file") << QByteArray("") << 1 << 1 << "empty";
        QTest::newRow("only a BOM and blank lines") << QByteArray("\xEF\xBB\xBF\r\n  \r\n") << 1 << 1 << "empty";
        QTest::newRow("only a header") << QByteArray("month,users\r\n") << 2 << 1 << "header but no dated values";
        QTest::newRow("a date twice") << QByteArray("2024-01,1\n2024-02,2\n2024-01,3\n") << 3 << 1
                                      << "same date as \"2024-01\" on line 1";
        QTest::newRow("quote not closed") << QByteArray("2024-01,\"12\n") << 1 << 2 << "not closed";
        QTest::newRow("text after a quote") << QByteArray("\"2024-01\"x,12\n") << 1 << 1 << "after the closing quote";
        QTest::newRow("lines counted past comments and blanks")
            << QByteArray("# users\n\nmonth,users\n2024-01,1\n\n2024-02,oops\n") << 6 << 2 << "\"oops\"";
        QTest::newRow("NUL byte") << QByteArray("2024-01,1\n2024-02,2\0\n", 22) << 2 << 0 << "NUL";
    }

    void malformedHistory()
    {
        QFETCH(QByteArray, text);
        verifyError(errorOf(readHistoryCsv(text.toStdString())));
    }

    void loadTestVariants()
    {
        const LoadTestImport r = readLoadTestCsv("concurrency;throughput\r\n1;955,16\r\n2;1878,91\r\n2;1880\r\n");
        QVERIFY(r.points);
        QCOMPARE(int(r.points->size()), 3);
        QCOMPARE(r.points->at(0).throughput, 955.16);
        QCOMPARE(r.points->at(2).concurrency, 2.0); // repeated runs are kept, in the file's order
        QCOMPARE(r.points->at(2).line, 4);
    }

    void malformedLoadTest_data()
    {
        addErrorColumns();
        QTest::newRow("negative throughput") << QByteArray("n,x\n1,100\n2,-190\n") << 3 << 2 << "negative";
        QTest::newRow("zero throughput") << QByteArray("1,100\n2,0\n") << 2 << 2 << "zero";
        QTest::newRow("zero concurrency") << QByteArray("0,100\n") << 1 << 1 << "not above zero";
        QTest::newRow("NaN throughput") << QByteArray("1,100\n2,nan\n") << 2 << 2 << "not a number (the throughput)";
        QTest::newRow("bad concurrency") << QByteArray("1,100\nfour,190\n") << 2 << 1 << "not a number";
        QTest::newRow("latency column too") << QByteArray("1,100,12\n") << 1 << 3 << "expected two";
        QTest::newRow("empty") << QByteArray("\n\n") << 1 << 1 << "empty";
        QTest::newRow("only a header") << QByteArray("concurrency,throughput\n\n") << 2 << 1 << "no measurements";
    }

    void malformedLoadTest()
    {
        QFETCH(QByteArray, text);
        verifyError(errorOf(readLoadTestCsv(text.toStdString())));
    }

    void numbersAreReadWithoutTheLocale()
    {
        QCOMPARE(parseNumber("1234.5", ','), std::optional<double>(1234.5));
        QCOMPARE(parseNumber("1234,5", ';'), std::optional<double>(1234.5)); // a decimal comma
        QVERIFY(!parseNumber("1234,5", ','));                                // a comma file has no decimal comma
        QVERIFY(!parseNumber("1.234,5", ';'));                               // nor thousands separators
        QVERIFY(!parseNumber("0x10", ','));
        QVERIFY(!parseNumber("1e999", ',')); // overflows to infinity
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_Import.moc"
