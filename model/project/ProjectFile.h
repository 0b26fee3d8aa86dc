#pragma once

#include "project/FileStatus.h"

#include <nlohmann/json.hpp>

#include <string>

// Opening and saving a project by its file name: `.json` (ending `.headroom.json` by convention)
// is the JSON interchange form, anything else the `.headroom` SQLite file.
namespace headroom::project {

bool isJsonPath(const std::string& path);

LoadOutcome loadProject(const std::string& path);

// Atomic in both forms: the file at `path` is either the old one or the complete new one. The JSON
// form holds the model only; the `.headroom` form holds its last results too. A file or folder
// marked read-only is refused before anything is written, and temporary files that an earlier
// save killed midway left beside `path` are removed.
SaveOutcome saveProject(const std::string& path, const Project& project);

// JSON text ↔ project, for files and for tests. `source` names the input in messages.
LoadOutcome projectFromJsonText(const std::string& text, const std::string& source);
// The same from JSON already parsed (a project embedded in another document).
LoadOutcome projectFromJson(const nlohmann::json& document, const std::string& source);
std::string projectToJsonText(const Project& project);

} // namespace headroom::project
