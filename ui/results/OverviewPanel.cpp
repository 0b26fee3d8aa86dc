#include "results/OverviewPanel.h"

#include "document/Document.h"

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
QString money(double amount, int decimals = 0)
{
    // Prices in the catalog are in dollars; the symbol goes first whatever the number locale.
    return QStringLiteral("$") + QLocale().toString(amount, 'f', decimals);
}

QString monthLabel(const engine::Results& r, int month)
{
    const engine::YearMonth ym = r.start.plusMonths(month);
    return QLocale().toString(QDate(ym.year, ym.month, 1), QStringLiteral("MMMM yyyy"));
}

// "78% likely by December 2029", or "certain" in a run without uncertainty.
QString likelihood(const engine::Results& r, const engine::Bottleneck& b)
{
    const double p = b.probabilityByMonth[b.probabilityByMonth.size() - 1];
    if (r.samples <= 1 || p >= 1.0)
        return QObject::tr("certain by %1").arg(monthLabel(r, r.months - 1));
    const QString percent = p < 0.01 ? QStringLiteral("<1") : QString::number(qRound(p * 100.0));
    return QObject::tr("%1% likely by %2").arg(percent, monthLabel(r, r.months - 1));
}

QString headlines(const engine::Results& r)
{
    const engine::SeriesSummary* cpu = engine::findSeries(r.totals, engine::keys::kCostPerUser);
    const engine::SeriesSummary* cost = engine::findSeries(r.totals, engine::keys::kCost);
    QString html;
    if (r.bottlenecks.empty() || !r.bottlenecks.front().medianFirstMonth) {
        html += QObject::tr("<p><b>No bottleneck</b> within %1 months.</p>").arg(r.months);
    } else {
        const engine::Bottleneck& b = r.bottlenecks.front();
        html += QObject::tr("<p><b>First bottleneck: %1</b> (%2)<br>%3</p>")
                    .arg(monthLabel(r, *b.medianFirstMonth), likelihood(r, b),
                         QString::fromStdString(b.message).toHtmlEscaped());
    }
    if (cpu && cost && r.months > 0) {
        const Eigen::Index last = r.months - 1;
        html += QObject::tr("<p>Cost per user: <b>%1</b> a month now, <b>%2</b> in %3.<br>"
                            "Spend over the horizon, everything included: <b>%4</b>.</p>")
                    .arg(money(cpu->p50[0], 4), money(cpu->p50[last], 4), monthLabel(r, int(last)),
                         money(cost->mean.sum()));
    }
    if (r.bottlenecks.size() > 1) {
        html += QObject::tr("<p>Also:</p><ul>");
        for (std::size_t i = 1; i < r.bottlenecks.size(); ++i)
            html += QStringLiteral("<li>%1 <i>(%2)</i></li>")
                        .arg(QString::fromStdString(r.bottlenecks[i].message).toHtmlEscaped(),
                             likelihood(r, r.bottlenecks[i]));
        html += QStringLiteral("</ul>");
    }
    return html;
}
} // namespace

OverviewPanel::OverviewPanel(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("overviewPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("overviewText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    connect(m_document, &Document::resultsChanged, this, &OverviewPanel::refresh);
    refresh();
}

void OverviewPanel::refresh()
{
    const engine::RunOutcome& outcome = m_document->lastOutcome();
    QString html;
    if (!outcome.ok() && !outcome.problems.empty()) {
        html += tr("<p><b>The model cannot be projected</b> until these are fixed:</p><ul>");
        for (const engine::Problem& p : outcome.problems)
            html += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(p.toString()).toHtmlEscaped());
        html += QStringLiteral("</ul>");
        if (m_document->lastResults())
            html += tr("<p><i>The plots show the last valid projection.</i></p>");
    } else if (const engine::Results* r = m_document->lastResults()) {
        html = headlines(*r);
    }
    m_text->setText(html);
}

} // namespace headroom::ui
