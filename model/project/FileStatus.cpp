#include "project/FileStatus.h"

#include <filesystem>
#include <unistd.h>

namespace headroom::project {

ReadableFile checkReadableFile(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        return {0, LoadOutcome::failure(FileStatus::NotFound, "There is no file at " + path + ".")};
    if (!fs::is_regular_file(status))
        return {0, LoadOutcome::failure(FileStatus::CannotRead, path + " is not a file.")};
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec || ::access(path.c_str(), R_OK) != 0)
        return {0, LoadOutcome::failure(FileStatus::CannotRead, "Cannot read " + path + ": permission denied.")};
    return {size, std::nullopt};
}

} // namespace headroom::project
