#pragma once

#include "calibration/CsvImportDialog.h"
#include "calibration/UslFit.h"

#include <optional>
#include <vector>

class QComboBox;
class QTableWidget;

namespace headroom::ui {

class FitPlot;

// Scalability from a load test (docs/calibration.md): a CSV of concurrency and throughput fitted
// by the Universal Scalability Law; λ, σ and κ with their uncertainty, the peak, and a plot of the
// measurements, the fitted curve and the peak. A fit that cannot be trusted says why instead of
// giving numbers, and cannot be applied. Apply replaces a component's capacity and USL
// coefficients with the fit's (withUslFit()), the component chosen from the model's. One
// undoable step.
class UslImportDialog : public CsvImportDialog
{
    Q_OBJECT

public:
    explicit UslImportDialog(Document* document, QWidget* parent = nullptr);

    // The fit of the file read; none before a file is read.
    const std::optional<calibration::UslFit>& fit() const { return m_fit; }
    // The component the fit is applied to, by id.
    QString component() const;
    void setComponent(const QString& id);

protected:
    void load(const QString& fileName, std::string_view text) override;
    void clearResults() override;
    void apply() override;

private:
    void showEstimate(const calibration::UslEstimate& e);
    void plot();
    // What Apply would change in the chosen component, and whether it can.
    void describeChange();

    QTableWidget* m_coefficients;
    QLabel* m_peak;
    FitPlot* m_plot;
    QLabel* m_change;
    QComboBox* m_component;
    std::vector<calibration::LoadPoint> m_points;
    std::optional<calibration::UslFit> m_fit;
};

} // namespace headroom::ui
