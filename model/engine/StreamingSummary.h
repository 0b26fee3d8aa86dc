#pragma once

// Placeholder: being written.
namespace headroom::engine {
}
