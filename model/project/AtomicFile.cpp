#include "project/AtomicFile.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace headroom::project {

namespace {
std::string directoryOf(const std::string& path)
{
    const std::filesystem::path p(path);
    return p.has_parent_path() ? p.parent_path().string() : std::string(".");
}

int syncPath(const std::string& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int rc = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return rc;
}

std::string temporaryPrefix(const std::string& path)
{
    std::string prefix = ".";
    prefix += std::filesystem::path(path).filename().string();
    prefix += ".saving-";
    return prefix;
}

bool markedReadOnly(const std::string& path)
{
    struct stat info{};
    return ::stat(path.c_str(), &info) == 0 && ((info.st_mode & 0222) == 0 || ::access(path.c_str(), W_OK) != 0);
}
} // namespace

std::string temporarySibling(const std::string& path)
{
    std::string name = temporaryPrefix(path);
    name += std::to_string(::getpid());
    return (std::filesystem::path(directoryOf(path)) / name).string();
}

std::optional<std::string> readOnlyReason(const std::string& path)
{
    const std::string directory = directoryOf(path);
    if (markedReadOnly(directory))
        return "its folder " + directory + " is read-only";
    if (markedReadOnly(path))
        return "the file is read-only";
    return std::nullopt;
}

void removeAbandonedTemporaries(const std::string& path)
{
    namespace fs = std::filesystem;
    const std::string prefix = temporaryPrefix(path);
    std::error_code ec;
    for (fs::directory_iterator it(directoryOf(path), ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0 ||
            name.find_first_not_of("0123456789", prefix.size()) != std::string::npos || name.size() > prefix.size() + 9)
            continue;
        const auto pid = static_cast<pid_t>(std::stol(name.substr(prefix.size())));
        if (pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

int replaceWith(const std::string& temporary, const std::string& path)
{
    if (const int err = syncPath(temporary, O_RDWR))
        return err;
    struct stat existing{};
    if (::stat(path.c_str(), &existing) == 0)
        ::chmod(temporary.c_str(), existing.st_mode & 07777);
    if (::rename(temporary.c_str(), path.c_str()) != 0)
        return errno;
    syncPath(directoryOf(path), O_RDONLY | O_DIRECTORY); // the new file is in place whatever this says
    return 0;
}

int writeFileAtomically(const std::string& path, const std::string& bytes)
{
    const std::string temporary = temporarySibling(path);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return errno;
    std::size_t written = 0;
    int err = 0;
    while (written < bytes.size() && err == 0) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n > 0)
            written += static_cast<std::size_t>(n);
        else if (n < 0 && errno != EINTR)
            err = errno;
        else if (n == 0)
            err = EIO;
    }
    ::close(fd);
    if (err == 0)
        err = replaceWith(temporary, path);
    if (err != 0)
        ::unlink(temporary.c_str());
    return err;
}

} // namespace headroom::project
