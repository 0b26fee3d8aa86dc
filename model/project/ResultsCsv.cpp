#include "project/ResultsCsv.h"

#include <charconv>
#include <sstream>

namespace headroom::project {

namespace {

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

// The shortest text that reads back as the same double: 0.935, not 0.93500000000000005.
std::string number(double v)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc() ? std::string(buffer, end) : std::string();
}

void writeRows(std::ostringstream& out, const std::vector<std::string>& months, const std::string& subject,
               const std::vector<engine::NamedSeries>& series)
{
    for (const engine::NamedSeries& named : series)
        for (std::size_t t = 0; t < months.size(); ++t) {
            const auto i = static_cast<Eigen::Index>(t);
            const engine::SeriesSummary& s = named.summary;
            out << months[t] << ',' << csvField(subject) << ',' << named.key << ',' << number(s.mean[i]) << ','
                << number(s.p10[i]) << ',' << number(s.p50[i]) << ',' << number(s.p90[i]) << '\n';
        }
}

} // namespace

std::string resultsToCsv(const engine::Results& results)
{
    std::ostringstream out;
    out << "month,subject,series,mean,p10,p50,p90\n";
    const std::vector<std::string> months = results.monthLabels();
    writeRows(out, months, "total", results.totals);
    for (const engine::ComponentResult& c : results.components)
        writeRows(out, months, c.id, c.series);
    for (const engine::ClassResult& c : results.requestClasses)
        writeRows(out, months, c.id, c.series);
    for (const engine::RoleResult& role : results.roles) // prefixed: a role's id may be a component's too
        writeRows(out, months, "role:" + role.id, role.series);
    return out.str();
}

} // namespace headroom::project
