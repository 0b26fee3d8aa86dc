#pragma once

// A thread that runs the engine's scalar SSE code (the engine, and most of libm, are compiled for
// the x86-64 baseline) while the upper halves of its AVX registers are "dirty" pays for it on
// every instruction: Intel processors since Skylake then merge each SSE result into the full
// register, a false dependency that made a GUI run of 1,000 samples five times slower in CPU time
// (exp() and the M/M/c solve above all). Code that uses 256- or 512-bit registers is meant to
// end with VZEROUPPER, and the compilers do that, but not every library does; a thread inherits
// the state of the thread that starts it, so a worker started by the GUI thread after some drawing
// code can begin dirty and stay so. Clearing the state costs a cycle: the engine does it where a
// run starts and where a worker thread starts (VZEROUPPER keeps the lower 128 bits the compiled
// code uses).
namespace headroom::engine {

inline void clearUpperVectorState() noexcept
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx"))
        __asm__ volatile("vzeroupper");
#endif
}

} // namespace headroom::engine
