#include "TestSupport.h"
#include "engine/Sensitivity.h"

using namespace headroom;
using namespace headroom::engine;

// Spearman's rank correlation, for the sensitivity tornado.
class TestSensitivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rankCorrelation_data()
    {
        QTest::addColumn<QVector<double>>("x");
        QTest::addColumn<QVector<double>>("y");
        QTest::addColumn<double>("rho");
        QTest::newRow("monotone increasing is 1") << QVector<double>{1, 2, 3, 4} << QVector<double>{10, 20, 25, 90} << 1.0;
        QTest::newRow("monotone decreasing is -1") << QVector<double>{1, 2, 3, 4} << QVector<double>{9, 5, 2, 1} << -1.0;
        // With a tie in y (7, 7 share ranks 3.5): Pearson's r of the ranks, worked by hand = 0.8207827.
        QTest::newRow("ties share their average rank")
            << QVector<double>{1, 2, 3, 4, 5} << QVector<double>{5, 6, 7, 8, 7} << 0.8207826816681233;
        // IQ against hours of television per week: ρ = −29/165 (the worked example of Wikipedia's
        // "Spearman's rank correlation coefficient").
        QTest::newRow("IQ and television") << QVector<double>{106, 100, 86, 101, 99, 103, 97, 113, 112, 110}
                                           << QVector<double>{7, 27, 2, 50, 28, 29, 20, 12, 6, 17} << -29.0 / 165.0;
        QTest::newRow("a constant input explains nothing")
            << QVector<double>{3, 3, 3} << QVector<double>{1, 2, 3} << 0.0;
        QTest::newRow("fewer than two samples") << QVector<double>{1} << QVector<double>{2} << 0.0;
    }

    void rankCorrelation()
    {
        QFETCH(QVector<double>, x);
        QFETCH(QVector<double>, y);
        QFETCH(double, rho);
        const double got = spearman(std::vector<double>(x.begin(), x.end()), std::vector<double>(y.begin(), y.end()));
        HEADROOM_COMPARE_REL(got, rho, test::kExactArithmetic);
    }

    void ranksAverageTies()
    {
        QCOMPARE(ranks({10, 20, 20, 5}), (std::vector<double>{2, 3.5, 3.5, 1}));
    }
};

QTEST_APPLESS_MAIN(TestSensitivity)
#include "tst_Sensitivity.moc"
