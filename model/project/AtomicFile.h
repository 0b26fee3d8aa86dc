#pragma once

#include <optional>
#include <string>

// Replacing a file so that a crash at any moment leaves either the old file or the new one:
// write the new content to a temporary sibling, flush it, rename it over the target (atomic on
// POSIX within one file system), then flush the directory so the rename itself is durable.
namespace headroom::project {

// A hidden name beside `path`, in the same directory (hence on the same file system).
std::string temporarySibling(const std::string& path);

// fsyncs `temporary`, gives it the permissions of `path` if that exists, renames it over `path`
// and fsyncs the directory. Returns 0, or the errno of the step that failed (`path` untouched).
int replaceWith(const std::string& temporary, const std::string& path);

// Writes `bytes` to `path` through a temporary sibling and replaceWith(). Returns 0 or an errno.
int writeFileAtomically(const std::string& path, const std::string& bytes);

// Why `path` must not be replaced, if it must not: it, or its folder, is marked read-only (no write
// permission for anyone, which root respects here too) or is not writable by this process.
std::optional<std::string> readOnlyReason(const std::string& path);

// Removes the temporary siblings of `path` that saving processes which no longer run left behind
// (killed mid-save); those of a process still saving are left alone.
void removeAbandonedTemporaries(const std::string& path);

} // namespace headroom::project
