#include "TestSupport.h"
#include "calibration/GrowthFit.h"
#include "engine/EngineTestModels.h"
#include "engine/Uncertainty.h"

#include <cmath>
#include <functional>
#include <vector>

using namespace headroom;
using namespace headroom::calibration;

namespace {

// Three known curves, 36 months each (v0, then a, g or K and r).
constexpr double kLinearV0 = 4000.0, kLinearSlope = 350.0;
constexpr double kExpV0 = 2500.0, kExpGrowth = 0.07;
constexpr double kLogV0 = 5000.0, kLogCeiling = 80000.0, kLogRate = 0.2;
constexpr int kMonths = 36;
constexpr int kSeeds = 100;

double truth(GrowthModel model, double t)
{
    switch (model) {
    case GrowthModel::Linear:
        return kLinearV0 + kLinearSlope * t;
    case GrowthModel::Exponential:
        return kExpV0 * std::pow(1.0 + kExpGrowth, t);
    case GrowthModel::Logistic:
        return kLogCeiling / (1.0 + (kLogCeiling / kLogV0 - 1.0) * std::exp(-kLogRate * t));
    }
    return 0.0;
}

// The curve plus Gaussian noise of one size (1.5% of its last value), from the engine's
// counter-based generator, so that the series is the same on any platform and standard library.
History noisy(GrowthModel model, std::uint64_t seed, int months = kMonths, double noise = 0.015)
{
    History h;
    h.firstMonth = {2024, 1};
    const double sd = noise * truth(model, months - 1);
    for (int t = 0; t < months; ++t) {
        const double z = engine::normalQuantile(engine::uniformOpen01(seed, std::uint64_t(model), std::uint64_t(t)));
        h.points.push_back({double(t), truth(model, t) + sd * z, "", t + 1});
    }
    return h;
}

History exact(const std::function<double(double)>& f, int months)
{
    History h;
    h.firstMonth = {2024, 1};
    for (int t = 0; t < months; ++t)
        h.points.push_back({double(t), f(t), "", t + 1});
    return h;
}

// A fitted parameter, the value the series was made with, and how near the estimate must be.
struct Truth
{
    const engine::Quantity* fitted;
    double value;
    double tolerance; // relative
};

// The noise is sized by the last value, so it weighs most on v0: a quarter of it for the logistic.
constexpr double kV0Tolerance = 0.25;

std::vector<Truth> truthsOf(const engine::Curve& c)
{
    switch (c.kind) {
    case engine::CurveKind::Linear:
        return {{&c.initial, kLinearV0, kV0Tolerance}, {&c.slopePerMonth, kLinearSlope, 0.05}};
    case engine::CurveKind::Exponential:
        return {{&c.initial, kExpV0, kV0Tolerance}, {&c.monthlyGrowth, kExpGrowth, 0.05}};
    default:
        return {{&c.initial, kLogV0, kV0Tolerance}, {&c.ceiling, kLogCeiling, 0.05}, {&c.ratePerMonth, kLogRate, 0.1}};
    }
}

bool covers(const engine::Quantity& q, double value)
{
    return q.interval90 && q.interval90->lo <= value && value <= q.interval90->hi;
}

} // namespace

// Fitting growth curves to a history, choosing among them, and forecasting with a band.
class TestGrowthFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactCurvesAreRecovered()
    {
        const GrowthFits lin = fitGrowth(exact([](double t) { return 120.0 - 2.5 * t; }, 12));
        HEADROOM_COMPARE_REL(lin.fit(GrowthModel::Linear).curve.initial.estimate, 120.0, 1e-9);
        HEADROOM_COMPARE_REL(lin.fit(GrowthModel::Linear).curve.slopePerMonth.estimate, -2.5, 1e-9);
        // v0·(1 + g)^t with g = 4.5% a month: the fit's e^b − 1.
        const GrowthFits exp = fitGrowth(exact([](double t) { return 700.0 * std::pow(1.045, t); }, 12));
        HEADROOM_COMPARE_REL(exp.fit(GrowthModel::Exponential).curve.initial.estimate, 700.0, 1e-9);
        HEADROOM_COMPARE_REL(exp.fit(GrowthModel::Exponential).curve.monthlyGrowth.estimate, 0.045, 1e-9);
        const GrowthFits log = fitGrowth(exact([](double t) { return truth(GrowthModel::Logistic, t); }, 30));
        const engine::Curve& c = log.fit(GrowthModel::Logistic).curve;
        HEADROOM_COMPARE_REL(c.initial.estimate, kLogV0, 1e-7);
        HEADROOM_COMPARE_REL(c.ceiling.estimate, kLogCeiling, 1e-7);
        HEADROOM_COMPARE_REL(c.ratePerMonth.estimate, kLogRate, 1e-7);
        QCOMPARE(log.best, std::optional<GrowthModel>(GrowthModel::Logistic));
    }

    // Noisy series of each kind: the estimates land near the truth, and each parameter's 90%
    // interval holds the true value in about 90% of the series (binomial(100, 0.9): 90 ± 3).
    void noisySeriesGiveBackTheirParameters_data()
    {
        QTest::addColumn<GrowthModel>("model");
        QTest::newRow("linear") << GrowthModel::Linear;
        QTest::newRow("exponential") << GrowthModel::Exponential;
        QTest::newRow("logistic") << GrowthModel::Logistic;
    }

    void noisySeriesGiveBackTheirParameters()
    {
        QFETCH(GrowthModel, model);
        int chosen = 0;
        std::vector<int> covered;
        for (int seed = 1; seed <= kSeeds; ++seed) {
            const GrowthFits fits = fitGrowth(noisy(model, std::uint64_t(seed)));
            chosen += fits.best == model;
            const GrowthFit& fit = fits.fit(model);
            QVERIFY2(fit.ok, fit.reason.c_str());
            const std::vector<Truth> truths = truthsOf(fit.curve);
            covered.resize(truths.size());
            for (std::size_t i = 0; i < truths.size(); ++i) {
                HEADROOM_COMPARE_REL(truths[i].fitted->estimate / truths[i].value, 1.0, truths[i].tolerance);
                covered[i] += covers(*truths[i].fitted, truths[i].value);
            }
        }
        for (const int n : covered)
            QVERIFY2(n >= 82 && n <= 97,
                     qPrintable(QStringLiteral("%1 of %2 intervals hold the truth").arg(n).arg(kSeeds)));
        // AICc is a statistical choice: a straight line with noise bends now and then. The true
        // model must win nearly always, not by luck of one seed.
        QVERIFY2(chosen >= kSeeds - 5, qPrintable(QStringLiteral("chosen in %1 of %2").arg(chosen).arg(kSeeds)));
    }

    void akaikeWeightsSumToOne()
    {
        const GrowthFits fits = fitGrowth(noisy(GrowthModel::Logistic, 7));
        double total = 0.0;
        for (const GrowthFit& f : fits.fits)
            total += f.ok ? f.akaikeWeight : 0.0;
        HEADROOM_COMPARE_REL(total, 1.0, test::kExactArithmetic);
        QVERIFY(fits.fit(GrowthModel::Logistic).akaikeWeight > 0.99); // an S-curve is not a line
        QVERIFY(fits.fit(GrowthModel::Logistic).aicc < fits.fit(GrowthModel::Linear).aicc);
    }

    void exponentialGrowthHasNoCeiling()
    {
        // Exact exponential data: a logistic would need K → ∞ to follow it.
        const GrowthFits fits = fitGrowth(exact([](double t) { return 100.0 * std::exp(0.05 * t); }, 24));
        QCOMPARE(fits.best, std::optional<GrowthModel>(GrowthModel::Exponential));
        const GrowthFit& logistic = fits.fit(GrowthModel::Logistic);
        QVERIFY(!logistic.ok);
        QVERIFY2(logistic.reason.find("no sign of saturation") != std::string::npos, logistic.reason.c_str());
        QVERIFY(!curveAt(fits, GrowthModel::Logistic, fits.firstMonth)); // nothing to give the engine
        QVERIFY(!forecast(fits, GrowthModel::Logistic, 12));
    }

    void tooFewOrNonPositiveValuesSayWhy()
    {
        const GrowthFits four = fitGrowth(exact([](double t) { return 10.0 + t; }, 4));
        QVERIFY(!four.best);
        for (const GrowthFit& f : four.fits)
            QVERIFY2(!f.ok && f.reason.find("needs at least") != std::string::npos, f.reason.c_str());
        const GrowthFits five = fitGrowth(exact([](double t) { return 10.0 + t; }, 5));
        QVERIFY(five.fit(GrowthModel::Linear).ok);
        QVERIFY(!five.fit(GrowthModel::Logistic).ok); // three parameters need six values
        QVERIFY(five.fit(GrowthModel::Logistic).reason.starts_with("needs at least 6"));
        const GrowthFits zero = fitGrowth(exact([](double t) { return 5.0 * t; }, 10)); // starts at 0
        QVERIFY(zero.fit(GrowthModel::Linear).ok);
        QCOMPARE(zero.fit(GrowthModel::Exponential).reason, std::string("needs every value above zero"));
    }

    // The fit as the engine's curve evaluates to the fit itself, from any start month.
    void theCurveIsTheFitWhereverItStarts()
    {
        for (const GrowthModel model : kGrowthModels) {
            const GrowthFits fits = fitGrowth(noisy(model, 3));
            const auto band = forecast(fits, model, 12);
            QVERIFY(band);
            QCOMPARE(int(band->month.size()), kMonths + 12);
            const Series atFirst = engine::evaluate(fits.fit(model).curve, int(band->month.size()));
            const auto moved = curveAt(fits, model, fits.firstMonth.plusMonths(6));
            QVERIFY(moved);
            const Series later = engine::evaluate(*moved, 30);
            for (int t = 0; t < 30; ++t) {
                HEADROOM_COMPARE_REL(atFirst[t] / band->fit[t], 1.0, 1e-12);
                HEADROOM_COMPARE_REL(later[t] / band->fit[t + 6], 1.0, 1e-12);
            }
        }
    }

    void aFittedCurveIsAValidUsersDriver()
    {
        engine::Model model = test::saasModel();
        const GrowthFits fits = fitGrowth(noisy(GrowthModel::Logistic, 5));
        const auto users = curveAt(fits, GrowthModel::Logistic, model.start);
        QVERIFY(users);
        model.users = *users;
        QVERIFY(model.users.initial.interval90 && model.users.ceiling.interval90 &&
                model.users.ratePerMonth.interval90);
        const auto problems = engine::validate(model);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().toString().c_str());
    }

    // About 90% of the history falls inside its own 90% prediction band, and the band widens
    // into the future, where the fit is extrapolated.
    void theBandHoldsTheHistoryAndWidensAhead()
    {
        const History h = noisy(GrowthModel::Exponential, 11);
        const GrowthFits fits = fitGrowth(h);
        const auto band = forecast(fits, GrowthModel::Exponential, 24);
        QVERIFY(band);
        QCOMPARE(band->firstMonth, h.firstMonth);
        int inside = 0;
        for (const HistoryPoint& p : h.points)
            inside += band->lo[int(p.month)] <= p.value && p.value <= band->hi[int(p.month)];
        QVERIFY2(inside >= 29 && inside <= 36, qPrintable(QString::number(inside)));
        QVERIFY(((band->lo <= band->fit) && (band->fit <= band->hi)).all());
        QVERIFY((band->lo >= 0.0).all());
        const auto width = [&](int t) {
            return band->hi[t] - band->lo[t];
        };
        QVERIFY(width(kMonths + 23) > 2.0 * width(kMonths - 1));
        QVERIFY(!forecast(fitGrowth(exact([](double t) { return 1.0 + t; }, 4)), GrowthModel::Linear, 12));
    }
};

QTEST_GUILESS_MAIN(TestGrowthFit)
#include "tst_GrowthFit.moc"
