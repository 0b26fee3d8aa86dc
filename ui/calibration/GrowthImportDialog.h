#pragma once

#include "calibration/CsvImportDialog.h"
#include "calibration/GrowthFit.h"

#include <optional>

class QCheckBox;
class QTableWidget;

namespace headroom::ui {

class FitPlot;

// Growth from history (docs/calibration.md): a CSV of dated values fitted by the linear,
// exponential and logistic curves, each with its parameters, residual error and AICc; the
// proposed one selected, another one the user's to pick; the history, the chosen fit and its 90%
// prediction band plotted over the model's horizon. Apply sets the model's active users to the
// chosen curve, with its 90% intervals, month 0 moved to the model's start (curveAt()); the
// current curve's seasonality and events are kept. One undoable step.
class GrowthImportDialog : public CsvImportDialog
{
    Q_OBJECT

public:
    explicit GrowthImportDialog(Document* document, QWidget* parent = nullptr);

    // The fits of the file read; none before a file is read.
    const std::optional<calibration::GrowthFits>& fits() const { return m_fits; }
    // The model selected in the table: the proposed one until the user picks another.
    std::optional<calibration::GrowthModel> chosen() const { return m_chosen; }
    // What Apply would set as the model's active users.
    const std::optional<engine::Curve>& curve() const { return m_curve; }

protected:
    void load(const QString& fileName, std::string_view text) override;
    void clearResults() override;
    void apply() override;

private:
    void fillFits();
    void choiceChanged();
    // The history, and the chosen fit with its band over the model's horizon.
    void plot();

    QTableWidget* m_table;
    FitPlot* m_plot;
    QLabel* m_summary;
    QCheckBox* m_logScale;
    std::optional<calibration::History> m_history;
    std::optional<calibration::GrowthFits> m_fits;
    std::optional<calibration::GrowthModel> m_chosen;
    std::optional<engine::Curve> m_curve;
};

} // namespace headroom::ui
