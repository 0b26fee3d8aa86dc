// The saving process that tst_CrashSafety kills: saves crashTestProject(n), n = FIRST, FIRST + 1, …
// to PATH for ever, printing "saved n" after each save returns, until it is killed.
//   headroom-save-loop PATH FIRST
#include "CrashTestProjects.h"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: headroom-save-loop PATH FIRST\n");
        return 2;
    }
    const std::string path = argv[1];
    const long first = std::strtol(argv[2], nullptr, 10);
    const auto base = headroom::test::crashTestBase();
    if (!base) {
        std::fprintf(stderr, "headroom-save-loop: cannot read the sample\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (long n = first;; ++n) {
        const auto saved = headroom::project::saveProject(path, headroom::test::crashTestProject(*base, n));
        if (!saved.ok()) {
            std::fprintf(stderr, "%s\n", saved.message.c_str());
            return 1;
        }
        std::printf("saved %ld\n", n);
        std::fflush(stdout);
    }
}
