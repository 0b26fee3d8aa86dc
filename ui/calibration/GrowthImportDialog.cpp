#include "calibration/GrowthImportDialog.h"

#include "calibration/FitPlot.h"
#include "calibration/FitText.h"
#include "document/Document.h"
#include "document/ModelCommand.h"
#include "engine/ModelEdit.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <cmath>

namespace headroom::ui {

using calibration::GrowthFit;
using calibration::GrowthModel;

namespace {
enum Column
{
    kModelColumn,
    kParametersColumn,
    kErrorColumn,
    kAiccColumn,
    kWeightColumn,
    kColumnCount,
};

QString modelName(GrowthModel model)
{
    switch (model) {
    case GrowthModel::Linear:
        return GrowthImportDialog::tr("Linear");
    case GrowthModel::Exponential:
        return GrowthImportDialog::tr("Exponential");
    case GrowthModel::Logistic:
        return GrowthImportDialog::tr("Logistic");
    }
    return {};
}

// Months as dates on the plot's axis: every quarter, half year, year or two, as the span allows,
// on the calendar's boundaries (January, April…).
std::vector<std::pair<double, QString>> monthTicks(engine::YearMonth first, int from, int to)
{
    const int span = to - from;
    const int step = span <= 24 ? 3 : span <= 48 ? 6 : span <= 120 ? 12 : 24;
    std::vector<std::pair<double, QString>> ticks;
    for (int t = from; t <= to; ++t) {
        const engine::YearMonth ym = first.plusMonths(t);
        if ((ym.year * 12 + ym.month - 1) % step == 0)
            ticks.emplace_back(double(t), FitText::month(ym));
    }
    return ticks;
}

QVector<double> toVector(const Series& series)
{
    return QVector<double>(series.data(), series.data() + series.size());
}
} // namespace

GrowthImportDialog::GrowthImportDialog(Document* document, QWidget* parent)
    : CsvImportDialog(document, QStringLiteral("growthImportDialog"), tr("Fit growth from history"),
                      tr("Two columns, a date and a value: active users by month (2025-01,1649) or by day "
                         "(2025-01-31,1712); a header row, commas, semicolons or tabs are all fine."),
                      parent),
      m_table(new QTableWidget(0, kColumnCount, this)), m_plot(new FitPlot(QStringLiteral("growthPlot"), this)),
      m_summary(new QLabel(this)), m_logScale(new QCheckBox(tr("&Logarithmic scale"), this))
{
    m_table->setObjectName(QStringLiteral("fits"));
    m_table->setHorizontalHeaderLabels(
        {tr("Model"), tr("Parameters (90% intervals)"), tr("Residual error"), tr("AICc"), tr("Weight")});
    m_table->horizontalHeaderItem(kErrorColumn)
        ->setToolTip(tr("The residual standard error: the typical distance of a value from the fit, in users."));
    m_table->horizontalHeaderItem(kAiccColumn)
        ->setToolTip(tr("Corrected Akaike information criterion: lower is better. Among the models within 2 of "
                        "the lowest, the simplest is proposed."));
    m_table->horizontalHeaderItem(kWeightColumn)
        ->setToolTip(tr("Akaike weight: how clearly the model wins among those fitted (they sum to 100%)."));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kParametersColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // wrapped reasons
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setToolTip(tr("Select the model to apply."));

    m_plot->setAxisLabels({}, tr("active users"));
    m_plot->setLogarithmic(true);
    m_plot->setPlaceholder(tr("The history and the fit appear here once a file is read."));
    m_logScale->setObjectName(QStringLiteral("logScale"));
    m_logScale->setChecked(true);
    m_logScale->setToolTip(tr("On a logarithmic scale the history stays readable beside a forecast many times "
                              "larger, and constant growth is a straight line."));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    resultsLayout()->addWidget(m_table);
    resultsLayout()->addWidget(m_plot, 1);
    resultsLayout()->addWidget(m_summary);
    footerLayout()->insertWidget(0, m_logScale);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GrowthImportDialog::choiceChanged);
    connect(m_logScale, &QCheckBox::toggled, this, [this](bool on) {
        m_plot->setLogarithmic(on);
        m_plot->draw();
    });
    clearResults();
}

void GrowthImportDialog::clearResults()
{
    m_history.reset();
    m_fits.reset();
    m_chosen.reset();
    m_curve.reset();
    m_table->setRowCount(0);
    m_table->hide();
    m_summary->clear();
    m_plot->clear();
    m_plot->draw();
}

void GrowthImportDialog::load(const QString& fileName, std::string_view text)
{
    calibration::HistoryImport imported = calibration::readHistoryCsv(text);
    if (imported.error) {
        showMessage(csvErrorText(fileName, *imported.error));
        return;
    }
    m_history = std::move(*imported.history);
    std::vector<QStringList> rows;
    rows.reserve(std::min<std::size_t>(m_history->points.size(), kPreviewRows));
    for (const calibration::HistoryPoint& p : m_history->points) {
        if (rows.size() == std::size_t(kPreviewRows))
            break;
        rows.push_back({QString::fromStdString(p.date), QLocale().toString(p.value, 'g', 12)});
    }
    setPreview({tr("Date"), tr("Value")}, rows, m_history->points.size());
    m_fits = calibration::fitGrowth(*m_history);
    fillFits();
    if (!m_fits->best)
        showMessage(tr("No growth curve could be fitted to %1: the table says why for each model.").arg(fileName));
}

void GrowthImportDialog::fillFits()
{
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(calibration::kGrowthModels.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const GrowthFit& fit = m_fits->fits[std::size_t(row)];
        const bool proposed = m_fits->best == fit.model;
        const QString name = proposed ? tr("%1 (proposed)").arg(modelName(fit.model)) : modelName(fit.model);
        const QStringList cells =
            fit.ok
                ? QStringList{name, FitText::curveParameters(fit.curve), FitText::number(fit.residualStandardError, 3),
                              QLocale().toString(fit.aicc, 'f', 1), FitText::share(fit.akaikeWeight)}
                : QStringList{name, tr("Not fitted: %1").arg(QString::fromStdString(fit.reason)), {}, {}, {}};
        for (int column = 0; column < kColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, int(fit.model));
            item->setToolTip(cells[column]);
            // A model that could not be fitted cannot be chosen, but its reason stays readable.
            item->setFlags(fit.ok ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled);
            if (column >= kErrorColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->show();
    if (m_fits->best)
        m_table->selectRow(int(*m_fits->best));
    choiceChanged();
}

void GrowthImportDialog::choiceChanged()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty() && m_chosen) {
        // A click on a model that could not be fitted, or on the chosen one with Ctrl: keep the choice.
        const QSignalBlocker quiet(m_table);
        m_table->selectRow(int(*m_chosen));
        return;
    }
    m_chosen.reset();
    if (!selected.isEmpty())
        m_chosen = GrowthModel(selected.first()->data(Qt::UserRole).toInt());
    m_curve.reset();
    plot();
    if (!m_chosen) {
        m_summary->clear();
        setApplicable(false);
        return;
    }
    const engine::Model& current = document()->model();
    m_curve = calibration::curveAt(*m_fits, *m_chosen, current.start);
    if (!m_curve) {
        m_summary->setText(tr("The %1 fit has no value at the model's start, %2: choose another model.")
                               .arg(modelName(*m_chosen).toLower(), FitText::month(current.start)));
        setApplicable(false);
        return;
    }
    m_curve->seasonality = current.users.seasonality;
    m_curve->events = current.users.events;
    QString summary = tr("<b>Apply</b> sets the active users from %1, the model's start, to the %2 fit: %3.")
                          .arg(FitText::month(current.start), modelName(*m_chosen).toLower(),
                               FitText::curveParameters(*m_curve).toHtmlEscaped());
    if (!current.users.seasonality.empty() || !current.users.events.empty())
        summary += QLatin1Char(' ') + tr("The current curve's seasonality and events are kept.");
    m_summary->setText(summary);
    setApplicable(true);
}

void GrowthImportDialog::plot()
{
    const engine::Model& current = document()->model();
    const engine::YearMonth first = m_history->firstMonth;
    const int lastMeasured = int(std::ceil(m_fits->lastMonth));
    const int start = FitText::monthsBetween(first, current.start);
    const int end = std::max(start + current.horizonMonths - 1, lastMeasured);
    QVector<double> months, values;
    for (const calibration::HistoryPoint& p : m_history->points) {
        months << p.month;
        values << p.value;
    }
    m_plot->clear();
    m_plot->addPoints(tr("History"), months, values);
    if (m_chosen)
        if (const auto band = calibration::forecast(*m_fits, *m_chosen, end - lastMeasured)) {
            m_plot->addLine(tr("%1 fit").arg(modelName(*m_chosen)), toVector(band->month), toVector(band->fit));
            m_plot->addBand(tr("90% prediction band"), toVector(band->month), toVector(band->lo), toVector(band->hi));
        }
    m_plot->markX(start, tr("Model starts, %1").arg(FitText::month(current.start)));
    m_plot->setXTicks(monthTicks(first, std::min(0, start), end));
    m_plot->draw();
}

void GrowthImportDialog::apply()
{
    const engine::Curve curve = *m_curve;
    edit(document(), tr("Fit growth from history"), {}, [&](engine::Model& m) {
        m.users = curve;
        engine::listCleared(m, "users.points"); // the fitted curve's points, if any, are not the old ones
    });
}

} // namespace headroom::ui
