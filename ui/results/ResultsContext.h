#pragma once

#include "document/Document.h"
#include "report/Sections.h"

namespace headroom::ui {

// The document's latest results as the sections read them; valid until the next resultsChanged().
inline report::ResultsContext resultsContext(const Document& document)
{
    report::ResultsContext context;
    context.model = &document.model();
    context.results = document.lastResults();
    for (const ScenarioResults& run : document.scenarioResults())
        context.scenarios.push_back({run.id, run.name, &run.results});
    return context;
}

} // namespace headroom::ui
