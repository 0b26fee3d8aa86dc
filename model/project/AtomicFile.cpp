#include "project/AtomicFile.h"

#include <cerrno>
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
} // namespace

std::string temporarySibling(const std::string& path)
{
    std::string name = ".";
    name += std::filesystem::path(path).filename().string();
    name += ".saving-";
    name += std::to_string(::getpid());
    return (std::filesystem::path(directoryOf(path)) / name).string();
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
