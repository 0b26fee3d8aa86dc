#include "project/InputsHash.h"

#include "project/ModelJson.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>

namespace headroom::project {

std::string inputsHash(const engine::Model& model)
{
    // nlohmann's objects keep their keys sorted, and numbers are printed to round-trip: the dump is canonical.
    return fnv1aHex(modelToJson(model).dump());
}

std::string fnv1aHex(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

std::string utcTimestampNow() { return utcTimestamp(std::chrono::system_clock::now()); }

std::string utcTimestamp(std::chrono::system_clock::time_point time)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

} // namespace headroom::project
