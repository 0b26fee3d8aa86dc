// libFuzzer harness: bytes as the text of a .headroom.json file (docs/file-format.md).
#include "FuzzChecks.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    headroom::fuzz::checkOutcome(headroom::project::projectFromJsonText(text, "input"));
    return 0;
}
