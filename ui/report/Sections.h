#pragma once

#include "ChartSpec.h"
#include "TableSpec.h"
#include "engine/Results.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace headroom::engine {
struct Model;
}

// The results, one section per question a person asks of them: the views of the window and the
// chapters of the report are both made from these, so the two always show the same figures.
// Each builder reads a run's results and the model it came from (for targets, objectives,
// windows and names); none keeps a pointer past its return.
namespace headroom::report {

// One run of the base model or of a scenario, as the comparison sees it.
struct ScenarioRun
{
    QString id;   // "base" for the base model
    QString name;
    const engine::Results* results = nullptr;
};

struct ResultsContext
{
    const engine::Model* model = nullptr;     // the model the results came from
    const engine::Results* results = nullptr; // the projection shown
    std::vector<ScenarioRun> scenarios;       // the base first, then each scenario; may be empty
};

enum class SectionId
{
    Overview,
    Capacity,
    Latency,
    Data,
    Team,
    Cost,
    Bottlenecks,
    Sensitivity,
    Scenarios,
};
inline constexpr SectionId kAllSections[] = {SectionId::Overview, SectionId::Capacity,    SectionId::Latency,
                                             SectionId::Data,     SectionId::Team,        SectionId::Cost,
                                             SectionId::Bottlenecks, SectionId::Sensitivity, SectionId::Scenarios};

struct Section
{
    QString id;        // "capacity": the view is "capacityView"
    QString title;     // "Capacity"
    QStringList paragraphs; // rich text, each a paragraph: what the section finds, in sentences
    std::vector<ChartSpec> charts;
    std::vector<TableSpec> tables;
    bool tablesFirst = false; // the tables say it best (the scenario comparison's figures)
};

// The headline figures, each a short value and a line under it: the overview's tiles and the
// report's executive summary.
struct Headline
{
    QString id;      // "firstBottleneck", "costPerUser", "totalSpend", "peakHeadcount"
    QString caption; // "First bottleneck"
    QString value;   // "March 2028"
    QString detail;  // "PostgreSQL primary: working set beyond memory, 94% likely by December 2029"
};
std::vector<Headline> headlineFigures(const ResultsContext& context);

// The section's id and title, without building it.
QString sectionKey(SectionId id);
QString sectionTitle(SectionId id);

Section buildSection(SectionId id, const ResultsContext& context);

// The builders, one per section (Sections*.cpp).
Section overviewSection(const ResultsContext& context);
Section capacitySection(const ResultsContext& context);
Section latencySection(const ResultsContext& context);
Section dataSection(const ResultsContext& context);
Section teamSection(const ResultsContext& context);
Section costSection(const ResultsContext& context);
Section bottlenecksSection(const ResultsContext& context);
Section sensitivitySection(const ResultsContext& context);
Section scenariosSection(const ResultsContext& context);

} // namespace headroom::report
