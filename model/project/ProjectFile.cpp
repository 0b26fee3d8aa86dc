#include "project/ProjectFile.h"

#include "project/AtomicFile.h"
#include "project/ModelJson.h"
#include "project/SqliteStore.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace headroom::project {

namespace {
constexpr std::uintmax_t kMaxJsonBytes = 64ull * 1024 * 1024;

LoadOutcome loadJsonFile(const std::string& path)
{
    const ReadableFile file = checkReadableFile(path);
    if (file.refusal)
        return *file.refusal;
    if (file.size > kMaxJsonBytes)
        return LoadOutcome::failure(FileStatus::NotAProject, path + " is larger than any Headroom project (64 MiB).");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return LoadOutcome::failure(FileStatus::CannotRead, "Cannot read " + path + ": permission denied.");
    std::ostringstream text;
    text << in.rdbuf();
    return projectFromJsonText(text.str(), path);
}
} // namespace

bool isJsonPath(const std::string& path)
{
    return path.size() >= 5 && path.compare(path.size() - 5, 5, ".json") == 0;
}

LoadOutcome projectFromJsonText(const std::string& text, const std::string& source)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        return LoadOutcome::failure(FileStatus::NotAProject, source + " is empty: it is not a Headroom project.");
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded())
        return LoadOutcome::failure(FileStatus::NotAProject, source + " is not valid JSON.");
    const auto format = doc.is_object() ? doc.find("format") : doc.end();
    if (!doc.is_object() || format == doc.end() || *format != kJsonFormatName)
        return LoadOutcome::failure(FileStatus::NotAProject,
                                    source + " is JSON, but not a Headroom project (it has no \"format\": \"" +
                                        kJsonFormatName + "\").");
    const auto version = doc.find("format_version");
    if (version == doc.end() || !version->is_number_integer() || *version < 1)
        return LoadOutcome::failure(FileStatus::Damaged, source + " has no valid \"format_version\".");
    if (*version > kJsonFormatVersion)
        return LoadOutcome::failure(FileStatus::NewerVersion,
                                    source + " was written by a newer version of Headroom (format_version " +
                                        version->dump() + "). Update Headroom to open it.");
    ModelParse parsed = modelFromJson(doc);
    if (!parsed.model) {
        LoadOutcome out = LoadOutcome::failure(FileStatus::InvalidContent,
                                               source + " has " + std::to_string(parsed.problems.size()) +
                                                   (parsed.problems.size() == 1 ? " problem." : " problems."));
        out.problems = std::move(parsed.problems);
        return out;
    }
    LoadOutcome out;
    out.project = Project{std::move(*parsed.model), std::nullopt};
    return out;
}

std::string projectToJsonText(const Project& project) { return modelToJson(project.model).dump(2) + "\n"; }

LoadOutcome loadProject(const std::string& path)
{
    return isJsonPath(path) ? loadJsonFile(path) : loadSqlite(path);
}

SaveOutcome saveProject(const std::string& path, const Project& project)
{
    if (!isJsonPath(path))
        return saveSqlite(path, project);
    if (const int err = writeFileAtomically(path, projectToJsonText(project)))
        return SaveOutcome{FileStatus::CannotWrite,
                           "Could not save " + path + ": " + std::strerror(err) + ". The file is unchanged."};
    return {};
}

} // namespace headroom::project
