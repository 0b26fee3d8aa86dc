#include "project/ProjectFile.h"

#include "project/AtomicFile.h"
#include "project/ModelJson.h"
#include "project/SqliteStore.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace headroom::project {

namespace {
constexpr std::uintmax_t kMaxJsonBytes = 64ull * 1024 * 1024;

// "line 3, column 12" for a parse error at `byte` (nlohmann counts from 1, one past the bad character).
std::string textPosition(const std::string& text, std::size_t byte)
{
    const std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < end; ++i)
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    std::string where = "at line " + std::to_string(line) + ", column " + std::to_string(end - lineStart + 1);
    // The word the bad character belongs to: NaN and Infinity are what other writers put for numbers.
    std::size_t word = end;
    while (word > 0 && (std::isalnum(static_cast<unsigned char>(text[word - 1])) || text[word - 1] == '-'))
        --word;
    const std::string_view rest = std::string_view(text).substr(word);
    for (const std::string_view name : {"NaN", "nan", "-Infinity", "Infinity", "-inf", "inf"})
        if (rest.substr(0, name.size()) == name)
            return where + " (" + std::string(name) + " is not a JSON number)";
    return where;
}

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
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        return LoadOutcome::failure(FileStatus::NotAProject,
                                    source + " is not valid JSON: " + textPosition(text, e.byte) + ".");
    } catch (const nlohmann::json::exception&) {
        return LoadOutcome::failure(FileStatus::NotAProject,
                                    source + " is not valid JSON: it holds a number too large for any value.");
    }
    return projectFromJson(doc, source);
}

LoadOutcome projectFromJson(const nlohmann::json& doc, const std::string& source)
{
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
    if (const auto why = readOnlyReason(path))
        return SaveOutcome::cannotWrite(path, *why);
    removeAbandonedTemporaries(path);
    if (!isJsonPath(path))
        return saveSqlite(path, project);
    if (const int err = writeFileAtomically(path, projectToJsonText(project)))
        return SaveOutcome::cannotWrite(path, std::strerror(err));
    return {};
}

} // namespace headroom::project
