// libFuzzer harness: bytes as a whole .headroom file, opened from memory (sqlite3_deserialize) with
// every check that opening a file makes.
#include "FuzzChecks.h"
#include "project/SqliteStore.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    headroom::fuzz::checkOutcome(headroom::project::loadSqliteBytes(bytes, "input"));
    return 0;
}
