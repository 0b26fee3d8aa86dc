#pragma once

#include "project/FileStatus.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

// Autosave and crash recovery for the GUI (docs/file-format.md, "Recovery files").
namespace headroom::project {

// Which document a recovery file stands for: a file's absolute path, or an untitled document's id.
struct DocumentKey
{
    std::string path;       // the document's file, absolute; empty for an untitled document
    std::string untitledId; // an untitled document's id, unique within its session ("untitled-2")

    static DocumentKey forFile(const std::string& path); // made absolute and normal
    static DocumentKey untitled(const std::string& id);
    bool operator==(const DocumentKey&) const = default;
};

// A recovery file that a session which has ended left behind.
struct RecoveryEntry
{
    DocumentKey document;
    std::chrono::system_clock::time_point savedAt;
    std::string savedAtUtc; // ISO 8601, to show a person
    std::string file;       // the recovery file itself
};

// The recovery files of one folder (the GUI's per-user state folder). Each running copy of the
// app is a session that holds a lock on a file of its own in that folder; a recovery file is
// "left behind" once the session that wrote it has ended, cleanly or not (the lock goes with the
// process), without discarding it. The project is kept in its JSON form (results are recomputed),
// one file per document, each written atomically: a crash while autosaving leaves the previous
// autosave. Plain C++ and POSIX, no Qt.
class RecoveryStore
{
public:
    // Creates `directory` if needed and starts a session in it.
    explicit RecoveryStore(std::filesystem::path directory);
    ~RecoveryStore(); // ends the session; its recovery files stay until discarded
    RecoveryStore(const RecoveryStore&) = delete;
    RecoveryStore& operator=(const RecoveryStore&) = delete;

    // False when the folder cannot be used (message() says why): autosaving then fails, cleanly.
    bool isReady() const { return m_lock >= 0; }
    const std::string& message() const { return m_message; }

    // Writes the document's current project over its previous autosave, atomically.
    SaveOutcome save(const DocumentKey& document, const Project& project);

    // The recovery files of sessions that have ended, newest first. Files that cannot be read as
    // recovery files are skipped (and kept).
    std::vector<RecoveryEntry> leftBehind() const;

    // The project a recovery file holds, checked as any JSON project is.
    LoadOutcome load(const RecoveryEntry& entry) const;

    // After a clean save or close of the document: its recovery file goes.
    void discard(const DocumentKey& document);
    // A left-behind file, once recovered or declined.
    void discard(const RecoveryEntry& entry);

    const std::filesystem::path& directory() const { return m_directory; }

private:
    std::filesystem::path fileFor(const DocumentKey& document) const;
    std::filesystem::path lockFileOf(const std::string& session) const;
    bool sessionIsRunning(const std::string& session) const;
    void removeEndedSessionLocks() const;

    std::filesystem::path m_directory;
    std::string m_session;
    int m_lock = -1; // file descriptor holding this session's lock
    std::string m_message;
};

} // namespace headroom::project
