#include "calibration/UslImportDialog.h"

#include "calibration/FitPlot.h"
#include "calibration/FitText.h"
#include "document/Document.h"
#include "document/ModelCommand.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <algorithm>

namespace headroom::ui {

using calibration::UslCoefficient;
using calibration::UslEstimate;

namespace {
// The fitted curve is drawn a little past the largest concurrency measured, and on to the peak
// when that is not far beyond it.
constexpr double kPastMeasured = 1.15;
constexpr double kPastPeak = 1.25;
constexpr double kFarPeak = 3.0;
constexpr int kCurveSamples = 200;
constexpr double kLinearAbove = 1.05;

enum Column
{
    kNameColumn,
    kEstimateColumn,
    kErrorColumn,
    kIntervalColumn,
    kColumnCount,
};

double uslThroughput(const UslEstimate& e, double n)
{
    return e.lambda.estimate * n / (1.0 + e.sigma.estimate * (n - 1.0) + e.kappa.estimate * n * (n - 1.0));
}

bool scalesAcrossCores(const engine::Component& c)
{
    return engine::climbsLadder(c.scaling.kind);
}
} // namespace

UslImportDialog::UslImportDialog(Document* document, QWidget* parent)
    : CsvImportDialog(document, QStringLiteral("uslImportDialog"), tr("Fit scalability from a load test"),
                      tr("Two columns, the concurrency and the throughput measured at it (8,3299.7): instances, "
                         "vCPUs, threads or virtual users, and operations per second. Repeated runs may repeat a "
                         "concurrency; 6 or more concurrencies are recommended."),
                      parent),
      m_coefficients(new QTableWidget(3, kColumnCount, this)), m_peak(new QLabel(this)),
      m_plot(new FitPlot(QStringLiteral("uslPlot"), this)), m_change(new QLabel(this)), m_component(new QComboBox(this))
{
    m_coefficients->setObjectName(QStringLiteral("coefficients"));
    m_coefficients->setHorizontalHeaderLabels(
        {tr("Coefficient"), tr("Estimate"), tr("Standard error"), tr("90% interval")});
    m_coefficients->verticalHeader()->hide();
    m_coefficients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coefficients->setSelectionMode(QAbstractItemView::NoSelection);
    m_coefficients->setFocusPolicy(Qt::NoFocus);
    m_coefficients->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_coefficients->horizontalHeader()->setSectionResizeMode(kNameColumn, QHeaderView::ResizeToContents);
    m_coefficients->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_coefficients->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_coefficients->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_peak->setObjectName(QStringLiteral("peak"));
    m_peak->setWordWrap(true);
    m_peak->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plot->setAxisLabels(tr("concurrency"), tr("throughput (operations per second)"));
    m_plot->setLegendCorner(Qt::AlignBottom | Qt::AlignRight); // under the curve, which rises then flattens
    m_plot->setPlaceholder(tr("The measurements and the fit appear here once a file is read."));
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setWordWrap(true);
    m_change->setTextInteractionFlags(Qt::TextSelectableByMouse);

    resultsLayout()->addWidget(m_coefficients);
    resultsLayout()->addWidget(m_peak);
    resultsLayout()->addWidget(m_plot, 1);
    resultsLayout()->addWidget(m_change);

    m_component->setObjectName(QStringLiteral("component"));
    for (const engine::Component& c : document->model().components)
        m_component->addItem(QString::fromStdString(c.name), QString::fromStdString(c.id));
    m_component->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* componentLabel = new QLabel(tr("Apply &to:"), this);
    componentLabel->setBuddy(m_component);
    footerLayout()->insertWidget(0, componentLabel);
    footerLayout()->insertWidget(1, m_component);
    connect(m_component, &QComboBox::currentIndexChanged, this, &UslImportDialog::describeChange);
    clearResults();
}

QString UslImportDialog::component() const
{
    return m_component->currentData().toString();
}

void UslImportDialog::setComponent(const QString& id)
{
    const int index = m_component->findData(id);
    if (index >= 0)
        m_component->setCurrentIndex(index);
}

void UslImportDialog::clearResults()
{
    m_points.clear();
    m_fit.reset();
    m_coefficients->hide();
    m_peak->clear();
    m_peak->hide();
    plot();
    describeChange();
}

void UslImportDialog::load(const QString& fileName, std::string_view text)
{
    calibration::LoadTestImport imported = calibration::readLoadTestCsv(text);
    if (imported.error) {
        showMessage(csvErrorText(fileName, *imported.error));
        return;
    }
    m_points = std::move(*imported.points);
    m_fit = calibration::fitUsl(m_points);
    const UslEstimate* e = m_fit->estimate ? &*m_fit->estimate : nullptr;
    std::vector<QStringList> rows;
    for (std::size_t i = 0; i < m_points.size() && rows.size() < std::size_t(kPreviewRows); ++i) {
        QStringList row{QLocale().toString(m_points[i].concurrency, 'g', 12),
                        QLocale().toString(m_points[i].throughput, 'g', 12)};
        if (e)
            row << FitText::number(e->fitted[i]) << FitText::number(e->residuals[i], 3);
        rows.push_back(row);
    }
    QStringList headers{tr("Concurrency"), tr("Throughput")};
    if (e)
        headers << tr("Fitted") << tr("Residual");
    setPreview(headers, rows, m_points.size());
    if (e)
        showEstimate(*e);
    else
        showMessage(tr("The Universal Scalability Law cannot be fitted to %1 with confidence: %2. There is "
                       "nothing to apply.")
                        .arg(fileName, QString::fromStdString(m_fit->reason)));
    plot();
    describeChange();
}

void UslImportDialog::showEstimate(const UslEstimate& e)
{
    const struct
    {
        QString name;
        const UslCoefficient& c;
    } rows[] = {
        {tr("λ, throughput at N = 1"), e.lambda}, {tr("σ, contention"), e.sigma}, {tr("κ, coherency"), e.kappa}};
    for (int r = 0; r < 3; ++r) {
        const UslCoefficient& c = rows[r].c;
        const QStringList cells{rows[r].name, FitText::number(c.estimate),
                                c.fitted ? FitText::number(c.standardError, 2) : tr("—"),
                                c.fitted ? tr("%1 to %2").arg(FitText::number(c.lo), FitText::number(c.hi))
                                         : tr("set to 0: indistinguishable from 0")};
        for (int column = 0; column < kColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == kEstimateColumn)
                item->setData(Qt::UserRole, c.estimate);
            if (column != kNameColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_coefficients->setItem(r, column, item);
        }
    }
    m_coefficients->resizeRowsToContents();
    m_coefficients->show();

    QString peak = e.peakConcurrency
                       ? tr("Throughput peaks at a concurrency of <b>%1</b> (N<sub>max</sub>), at <b>%2</b> per second "
                            "(X<sub>max</sub>).")
                             .arg(FitText::number(*e.peakConcurrency, 3), FitText::number(e.peakThroughput))
                       : tr("Throughput never peaks (κ = 0): it approaches λ/σ = <b>%1</b> per second.")
                             .arg(FitText::number(e.peakThroughput));
    peak += QLatin1Char(' ') + tr("R² = %1; residual standard error %2.")
                                   .arg(FitText::number(e.rSquared, 4), FitText::number(e.residualStandardError, 3));
    for (const std::string& note : m_fit->notes)
        peak += QStringLiteral("<br>") + tr("Note: %1.").arg(QString::fromStdString(note).toHtmlEscaped());
    m_peak->setText(peak);
    m_peak->show();
}

void UslImportDialog::plot()
{
    m_plot->clear();
    QVector<double> n, x;
    double largest = 0.0;
    for (const calibration::LoadPoint& p : m_points) {
        n << p.concurrency;
        x << p.throughput;
        largest = std::max(largest, p.concurrency);
    }
    if (!m_points.empty())
        m_plot->addPoints(tr("Measured"), n, x);
    if (m_fit && m_fit->estimate) {
        const UslEstimate& e = *m_fit->estimate;
        double end = largest * kPastMeasured;
        if (e.peakConcurrency && *e.peakConcurrency < kFarPeak * largest)
            end = std::max(end, *e.peakConcurrency * kPastPeak);
        QVector<double> curveN, curveX;
        for (int i = 0; i <= kCurveSamples; ++i) {
            curveN << end * i / kCurveSamples;
            curveX << uslThroughput(e, curveN.back());
        }
        // Linear scaling for comparison, up to a little above the highest throughput on the plot.
        const double top =
            std::max(*std::max_element(x.begin(), x.end()), *std::max_element(curveX.begin(), curveX.end()));
        QVector<double> linearN, linearX;
        for (const double at : curveN)
            if (e.lambda.estimate * at <= top * kLinearAbove) {
                linearN << at;
                linearX << e.lambda.estimate * at;
            }
        m_plot->addLine(tr("USL fit"), curveN, curveX);
        m_plot->addLine(tr("Linear scaling, λN"), linearN, linearX, FitPlot::Line::Reference);
        if (e.peakConcurrency && *e.peakConcurrency <= end)
            m_plot->markPoint(*e.peakConcurrency, e.peakThroughput,
                              tr("peak: %1/s at N = %2")
                                  .arg(FitText::number(e.peakThroughput), FitText::number(*e.peakConcurrency, 3)));
    }
    m_plot->draw();
}

void UslImportDialog::describeChange()
{
    const engine::Component* c = document()->model().findComponent(component().toStdString());
    const bool fitted = m_fit && m_fit->trusted;
    m_component->setEnabled(fitted && m_component->count() > 0);
    if (!fitted || !c) {
        m_change->setText(fitted ? tr("The model has no component to apply the fit to.") : QString());
        setApplicable(false);
        return;
    }
    const engine::Component after = calibration::withUslFit(*c, *m_fit->estimate);
    const bool cores = scalesAcrossCores(*c);
    const engine::Quantity& capacityBefore = cores ? c->scaling.capacityPerVcpu : c->scaling.capacityPerInstance;
    const engine::Quantity& capacityAfter = cores ? after.scaling.capacityPerVcpu : after.scaling.capacityPerInstance;
    const QString arrow = QStringLiteral(" → ");
    const QString name = QString::fromStdString(c->name).toHtmlEscaped();
    const QStringList lines{
        cores ? tr("<b>Apply</b> to %1, which scales across cores: the test's concurrency must have counted a "
                   "node's vCPUs, and its throughput must be operations per second at full use.")
                    .arg(name)
              : tr("<b>Apply</b> to %1, which scales across instances: the test's concurrency must have counted "
                   "instances, and its throughput must be operations per second at full use.")
                    .arg(name),
        (cores ? tr("Capacity per vCPU: %1 operations per second")
               : tr("Capacity per instance: %1 operations per second"))
            .arg(FitText::quantity(capacityBefore) + arrow + FitText::quantity(capacityAfter)),
        tr("σ: %1").arg(FitText::quantity(c->scaling.usl.sigma) + arrow + FitText::quantity(after.scaling.usl.sigma)),
        tr("κ: %1").arg(FitText::quantity(c->scaling.usl.kappa) + arrow + FitText::quantity(after.scaling.usl.kappa)),
    };
    m_change->setText(lines.join(QStringLiteral("<br>")));
    setApplicable(true);
}

void UslImportDialog::apply()
{
    const std::string id = component().toStdString();
    const UslEstimate estimate = *m_fit->estimate;
    const QString name = m_component->currentText();
    edit(document(), tr("Fit scalability of %1 from a load test").arg(name), {}, [&](engine::Model& m) {
        for (engine::Component& c : m.components)
            if (c.id == id)
                c = calibration::withUslFit(c, estimate);
    });
}

} // namespace headroom::ui
