#pragma once

#include <QString>

namespace headroom::engine {
struct Bottleneck;
struct Results;
} // namespace headroom::engine

namespace headroom::report {

// What a bottleneck is, where and when, in one sentence in the window's language: "PostgreSQL
// primary's hot data outgrows its memory in March 2028: operations served from disk make it 1.24×
// slower." Written from the bottleneck's occurrence (engine::BottleneckOccurrence) as the engine
// writes its English message (model/engine/BottleneckText.cpp): in English the same words and digits,
// but the month reads "March 2028" rather than "2028-03", and figures take the locale's separators
// ("12,500 operations/s" in the United States, "12500" from the engine and in the C locale).
// Results saved before the occurrence was kept (file format 3 and older) give the engine's English
// message as it was saved.
QString bottleneckSentence(const engine::Results& results, const engine::Bottleneck& bottleneck);

} // namespace headroom::report
