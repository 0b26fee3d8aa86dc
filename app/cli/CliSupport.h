#pragma once

#include "Commands.h"
#include "engine/Results.h"
#include "engine/Validation.h"
#include "project/Project.h"

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// What the commands share: argument parsing, loading a project, printing problems, output.
namespace headroom::engine {
struct Model;
}

namespace headroom::cli {

template <typename Integer>
bool parseWhole(const std::string& text, Integer& out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

// The options every command that runs the engine takes: --samples N and --seed N. Returns true
// when `flag` is one of them (then `error` says what is wrong with `value`, if anything).
bool runOption(const std::string& flag, const std::string& value, int& samples, std::uint64_t& seed,
               std::string& error);

// An argument that is not an option known to the command: the FILE the first time, an error
// (an unknown option, or one argument too many) otherwise. False when it is an error.
bool fileArgument(const std::string& arg, std::string& file, std::string& error);

// Prints the message and where to find usage; returns kUsage.
int usageError(const std::string& message);

void printProblems(const std::vector<engine::Problem>& problems);

// Loads a project, printing why it could not be loaded and setting the exit code to use then.
std::optional<project::Project> load(const std::string& path, int& exitCode);

// Projects the base model ("") or a scenario with the given samples and seed; on problems prints
// them, naming the base model or the scenario, and returns nothing (exit with kInvalidModel).
std::optional<engine::Results> runOrExplain(const engine::Model& model, const std::string& scenario, int samples,
                                            std::uint64_t seed);

// Writes to the file, or to standard output for "" or "-". False (with a message) on failure.
bool writeOutput(const std::string& path, const std::string& text);

} // namespace headroom::cli
