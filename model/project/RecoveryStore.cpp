#include "project/RecoveryStore.h"

#include "project/AtomicFile.h"
#include "project/InputsHash.h"
#include "project/ModelJson.h"
#include "project/ProjectFile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/file.h>
#include <unistd.h>

namespace headroom::project {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kRecoveryFormat = "headroom-recovery";
constexpr int kRecoveryFormatVersion = 1;
constexpr const char* kRecoveryPrefix = "recovery-";
constexpr const char* kLockPrefix = "session-";
constexpr std::uintmax_t kMaxRecoveryBytes = 64ull * 1024 * 1024;

std::string newSessionId()
{
    std::random_device entropy;
    const std::uint64_t bits = (std::uint64_t(entropy()) << 32) ^ entropy() ^ std::uint64_t(::getpid());
    return fnv1aHex(std::to_string(bits) + utcTimestampNow());
}

bool hasPrefixAndSuffix(const std::string& name, std::string_view prefix, std::string_view suffix)
{
    return name.size() > prefix.size() + suffix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Tries to take a lock on `path` without waiting: true if no running session holds it.
bool lockIsFree(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return true; // no lock file: its session has ended
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd); // releases the lock just taken, if any
    return free;
}

std::optional<json> readRecoveryFile(const fs::path& path)
{
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec || size > kMaxRecoveryBytes)
        return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    json doc = json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object() || doc.value("format", "") != kRecoveryFormat ||
        doc.value("format_version", 0) != kRecoveryFormatVersion)
        return std::nullopt;
    return doc;
}

} // namespace

DocumentKey DocumentKey::forFile(const std::string& path)
{
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    return {(ec ? fs::path(path) : absolute).lexically_normal().string(), {}};
}

DocumentKey DocumentKey::untitled(const std::string& id)
{
    return {{}, id};
}

RecoveryStore::RecoveryStore(fs::path directory) : m_directory(std::move(directory)), m_session(newSessionId())
{
    std::error_code ec;
    fs::create_directories(m_directory, ec);
    if (ec) {
        m_message = "Cannot use " + m_directory.string() + " for recovery files: " + ec.message() + ".";
        return;
    }
    removeEndedSessionLocks();
    // The lock file appears under its final name already locked, so that no other session ever
    // sees it free while this one runs.
    const fs::path lockFile = lockFileOf(m_session);
    const fs::path making = lockFile.string() + ".new";
    const int fd = ::open(making.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::rename(making.c_str(), lockFile.c_str()) != 0) {
        m_message = "Cannot use " + m_directory.string() + " for recovery files: " + std::strerror(errno) + ".";
        if (fd >= 0)
            ::close(fd);
        fs::remove(making, ec);
        return;
    }
    m_lock = fd;
}

RecoveryStore::~RecoveryStore()
{
    if (m_lock < 0)
        return;
    std::error_code ec;
    fs::remove(lockFileOf(m_session), ec);
    ::close(m_lock);
}

fs::path RecoveryStore::fileFor(const DocumentKey& document) const
{
    const std::string key = document.path.empty() ? "untitled:" + document.untitledId : "file:" + document.path;
    return m_directory / (kRecoveryPrefix + fnv1aHex(key) + ".json");
}

fs::path RecoveryStore::lockFileOf(const std::string& session) const
{
    return m_directory / (kLockPrefix + session + ".lock");
}

bool RecoveryStore::sessionIsRunning(const std::string& session) const
{
    return session == m_session || !lockIsFree(lockFileOf(session));
}

void RecoveryStore::removeEndedSessionLocks() const
{
    std::error_code ec;
    for (fs::directory_iterator it(m_directory, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (hasPrefixAndSuffix(name, kLockPrefix, ".lock") && lockIsFree(it->path())) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

SaveOutcome RecoveryStore::save(const DocumentKey& document, const Project& project)
{
    const fs::path file = fileFor(document);
    if (!isReady())
        return SaveOutcome::cannotWrite(file.string(), m_message);
    const auto now = std::chrono::system_clock::now();
    const nlohmann::ordered_json doc{
        {"format", kRecoveryFormat},
        {"format_version", kRecoveryFormatVersion},
        {"session", m_session},
        {"saved_at", utcTimestamp(now)},
        {"saved_at_ms", std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count()},
        {"document", document.path.empty() ? nlohmann::ordered_json{{"untitled", document.untitledId}}
                                           : nlohmann::ordered_json{{"path", document.path}}},
        {"project", modelToJson(project.model)}};
    removeAbandonedTemporaries(file.string());
    // A name typed into the GUI is valid UTF-8; a stray byte must not stop autosaving, though.
    const std::string text = doc.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    if (const int err = writeFileAtomically(file.string(), text))
        return SaveOutcome::cannotWrite(file.string(), std::strerror(err));
    return {};
}

std::vector<RecoveryEntry> RecoveryStore::leftBehind() const
{
    std::vector<RecoveryEntry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(m_directory, ec), end; !ec && it != end; it.increment(ec)) {
        if (!hasPrefixAndSuffix(it->path().filename().string(), kRecoveryPrefix, ".json"))
            continue;
        const std::optional<json> doc = readRecoveryFile(it->path());
        if (!doc)
            continue;
        const auto text = [&](const json& object, const char* key) {
            const auto v = object.find(key);
            return v != object.end() && v->is_string() ? v->get<std::string>() : std::string();
        };
        const std::string session = text(*doc, "session");
        if (session.empty() || sessionIsRunning(session))
            continue;
        const auto document = doc->find("document");
        const auto savedMs = doc->find("saved_at_ms");
        if (document == doc->end() || !document->is_object() || savedMs == doc->end() || !savedMs->is_number_integer())
            continue;
        RecoveryEntry entry;
        entry.document = {text(*document, "path"), text(*document, "untitled")};
        entry.savedAt =
            std::chrono::system_clock::time_point(std::chrono::duration_cast<std::chrono::system_clock::duration>(
                std::chrono::milliseconds(savedMs->get<std::int64_t>())));
        entry.savedAtUtc = text(*doc, "saved_at");
        entry.file = it->path().string();
        if (entry.document.path.empty() == entry.document.untitledId.empty())
            continue; // names neither, or both
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), [](const RecoveryEntry& a, const RecoveryEntry& b) {
        return a.savedAt != b.savedAt ? a.savedAt > b.savedAt : a.file < b.file;
    });
    return entries;
}

LoadOutcome RecoveryStore::load(const RecoveryEntry& entry) const
{
    const std::optional<json> doc = readRecoveryFile(entry.file);
    const auto project = doc ? doc->find("project") : json::const_iterator();
    if (!doc || project == doc->end())
        return LoadOutcome::failure(FileStatus::Damaged, "The recovery file " + entry.file + " cannot be read.");
    return projectFromJson(*project, "The recovery file " + entry.file);
}

void RecoveryStore::discard(const DocumentKey& document)
{
    std::error_code ec;
    fs::remove(fileFor(document), ec);
}

void RecoveryStore::discard(const RecoveryEntry& entry)
{
    std::error_code ec;
    fs::remove(entry.file, ec);
}

} // namespace headroom::project
