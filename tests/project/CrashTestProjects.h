#pragma once

#include "engine/Engine.h"
#include "project/InputsHash.h"
#include "project/ProjectFile.h"

#include <optional>
#include <string>

// The projects that the crash test's saving process (save_loop.cpp) writes in turn, shared with the
// test (tst_CrashSafety.cpp) so that it can tell exactly which one a file holds. Plain C++: the
// helper links no Qt.
namespace headroom::test {

// The SaaS sample with the results of its deterministic projection; nullopt if it cannot be read.
inline std::optional<project::Project> crashTestBase()
{
    project::LoadOutcome loaded = project::loadProject(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");
    if (!loaded.ok())
        return std::nullopt;
    project::Project p = std::move(*loaded.project);
    auto run = engine::run(p.model, engine::RunOptions{});
    if (!run.results)
        return std::nullopt;
    p.lastRun = project::StoredRun{std::move(*run.results), project::inputsHash(p.model), "2027-01-01T00:00:00Z"};
    return p;
}

// Save number n: named after n and, every other one, without its results and with 60 more
// scenarios, so that consecutive files differ in size and in most of their pages.
inline project::Project crashTestProject(const project::Project& base, long n)
{
    project::Project p = base;
    p.model.name = "save " + std::to_string(n);
    if (n % 2 != 0) {
        p.lastRun.reset();
        for (int i = 0; i < 60; ++i)
            p.model.scenarios.push_back({"extra-" + std::to_string(i), std::string(200, 'a' + i % 26), {}, {}});
    }
    return p;
}

} // namespace headroom::test
