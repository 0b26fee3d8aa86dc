#include "project/ResultsCsv.h"

#include <array>
#include <charconv>
#include <sstream>

namespace headroom::project {

namespace {

// The columns, in order; every row has them all.
enum Column : std::size_t
{
    kMonth,
    kSubject,
    kSeries,
    kMean,
    kP10,
    kP50,
    kP90,
    kKind,
    kValue,
    kThreshold,
    kMedianFirstMonth,
    kProbabilityAtHorizon,
    kMessage,
    kColumnCount
};
using Row = std::array<std::string, kColumnCount>;
const Row kHeader{"month",
                  "subject",
                  "series",
                  "mean",
                  "p10",
                  "p50",
                  "p90",
                  "kind",
                  "value",
                  "threshold",
                  "median_first_month",
                  "probability_at_horizon",
                  "message"};

constexpr const char* kBottleneckRow = "bottleneck";
constexpr const char* kProbabilityRow = "bottleneck_probability";

// RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes.
std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void write(std::ostringstream& out, const Row& row)
{
    for (std::size_t i = 0; i < row.size(); ++i)
        out << (i > 0 ? "," : "") << csvField(row[i]);
    out << '\n';
}

// The shortest text that reads back as the same double: 0.935, not 0.93500000000000005.
std::string number(double v)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc() ? std::string(buffer, end) : std::string();
}

std::string monthLabel(const std::vector<std::string>& months, int index)
{
    return index >= 0 && std::size_t(index) < months.size() ? months[std::size_t(index)] : std::string();
}

void writeSeries(std::ostringstream& out, const std::vector<std::string>& months, const std::string& subject,
                 const std::vector<engine::NamedSeries>& series)
{
    for (const engine::NamedSeries& named : series)
        for (std::size_t t = 0; t < months.size(); ++t) {
            const auto i = static_cast<Eigen::Index>(t);
            const engine::SeriesSummary& s = named.summary;
            Row row;
            row[kMonth] = months[t];
            row[kSubject] = subject;
            row[kSeries] = named.key;
            row[kMean] = number(s.mean[i]);
            row[kP10] = number(s.p10[i]);
            row[kP50] = number(s.p50[i]);
            row[kP90] = number(s.p90[i]);
            write(out, row);
        }
}

// The bottleneck's figures, in the month its message describes.
void writeBottleneck(std::ostringstream& out, const std::vector<std::string>& months, const engine::Bottleneck& b)
{
    Row row;
    row[kMonth] = b.occurrence ? monthLabel(months, b.occurrence->month) : std::string();
    row[kSubject] = b.subject;
    row[kSeries] = kBottleneckRow;
    row[kKind] = engine::toString(b.kind);
    row[kValue] = number(b.value);
    row[kThreshold] = number(b.threshold);
    row[kMedianFirstMonth] = b.medianFirstMonth ? monthLabel(months, *b.medianFirstMonth) : std::string();
    if (b.probabilityByMonth.size() > 0)
        row[kProbabilityAtHorizon] = number(b.probabilityByHorizon());
    row[kMessage] = b.message;
    write(out, row);
}

// P(it has happened by month t), the mean over the samples of a 0-or-1 "it has happened".
void writeProbabilities(std::ostringstream& out, const std::vector<std::string>& months, const engine::Bottleneck& b)
{
    for (std::size_t t = 0; t < months.size() && Eigen::Index(t) < b.probabilityByMonth.size(); ++t) {
        Row row;
        row[kMonth] = months[t];
        row[kSubject] = b.subject;
        row[kSeries] = kProbabilityRow;
        row[kMean] = number(b.probabilityByMonth[Eigen::Index(t)]);
        row[kKind] = engine::toString(b.kind);
        write(out, row);
    }
}

} // namespace

std::string resultsToCsv(const engine::Results& results)
{
    std::ostringstream out;
    write(out, kHeader);
    const std::vector<std::string> months = results.monthLabels();
    writeSeries(out, months, "total", results.totals);
    for (const engine::ComponentResult& c : results.components)
        writeSeries(out, months, c.id, c.series);
    for (const engine::ClassResult& c : results.requestClasses)
        writeSeries(out, months, c.id, c.series);
    for (const engine::RoleResult& role : results.roles) // prefixed: a role's id may be a component's too
        writeSeries(out, months, "role:" + role.id, role.series);
    for (const engine::Bottleneck& b : results.bottlenecks)
        writeBottleneck(out, months, b);
    for (const engine::Bottleneck& b : results.bottlenecks)
        writeProbabilities(out, months, b);
    return out.str();
}

} // namespace headroom::project
