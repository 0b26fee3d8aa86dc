#pragma once

#include "engine/Validation.h"
#include "project/Project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace headroom::project {

enum class FileStatus
{
    Ok,
    NotFound,       // no file at that path
    CannotRead,     // exists, but could not be read (permissions, a directory, locked, I/O error)
    NotAProject,    // readable, but not a Headroom project
    NewerVersion,   // a Headroom project from a later version of Headroom
    Damaged,        // a Headroom project that fails its integrity checks
    InvalidContent, // well-formed, but fields are missing or of the wrong type: see `problems`
    CannotWrite,    // saving failed; the file on disk is as it was
};

// The result of opening a project file. On anything but Ok, `message` says what is wrong in a
// sentence that names the file, and nothing on disk has changed.
struct LoadOutcome
{
    FileStatus status = FileStatus::Ok;
    std::string message;
    std::vector<engine::Problem> problems; // for InvalidContent
    std::optional<Project> project;

    bool ok() const { return status == FileStatus::Ok; }
    static LoadOutcome failure(FileStatus status, std::string message)
    {
        return LoadOutcome{status, std::move(message), {}, std::nullopt};
    }
};

struct SaveOutcome
{
    FileStatus status = FileStatus::Ok;
    std::string message;

    bool ok() const { return status == FileStatus::Ok; }
    // CannotWrite, with a message that names the file, says why, and that it is unchanged.
    static SaveOutcome cannotWrite(const std::string& path, const std::string& why)
    {
        return SaveOutcome{FileStatus::CannotWrite, "Could not save " + path + ": " + why + ". The file is unchanged."};
    }
};

// Refuses a path that is missing, not a regular file or not readable: the checks every loader
// makes before it reads a byte. On success, the file's size in bytes.
struct ReadableFile
{
    std::uintmax_t size = 0;
    std::optional<LoadOutcome> refusal;
};
ReadableFile checkReadableFile(const std::string& path);

} // namespace headroom::project
