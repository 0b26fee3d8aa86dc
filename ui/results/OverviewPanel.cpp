#include "results/OverviewPanel.h"

#include "document/Document.h"
#include "results/ResultsContext.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
constexpr int kTileCount = 4;
constexpr int kNarrowPx = 640; // below it, tiles go two by two

QLabel* tileLabel(QWidget* tile, const QString& objectName, double pointScale, bool bold)
{
    auto* label = new QLabel(tile);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * pointScale);
    f.setBold(bold);
    label->setFont(f);
    return label;
}
} // namespace

OverviewPanel::OverviewPanel(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("overviewPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(8);
    layout->addLayout(m_tileGrid);
    for (int i = 0; i < kTileCount; ++i) {
        auto* tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setAutoFillBackground(true);
        tile->setBackgroundRole(QPalette::AlternateBase);
        auto* tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(10, 8, 10, 8);
        tileLayout->setSpacing(2);
        tileLayout->addWidget(tileLabel(tile, QStringLiteral("caption"), 0.9, false));
        tileLayout->addWidget(tileLabel(tile, QStringLiteral("value"), 1.45, true));
        tileLayout->addWidget(tileLabel(tile, QStringLiteral("detail"), 0.9, false));
        tileLayout->addStretch(1);
        m_tiles << tile;
    }
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("overviewText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    layout->addStretch(1);
    arrangeTiles();
    connect(m_document, &Document::resultsChanged, this, &OverviewPanel::refresh);
    refresh();
}

void OverviewPanel::arrangeTiles()
{
    const int columns = width() > 0 && width() < kNarrowPx ? 2 : kTileCount;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget* tile : m_tiles)
        m_tileGrid->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tileGrid->addWidget(m_tiles[i], i / columns, i % columns);
    for (int c = 0; c < kTileCount; ++c)
        m_tileGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void OverviewPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeTiles();
}

void OverviewPanel::refresh()
{
    const engine::RunOutcome& outcome = m_document->lastOutcome();
    const report::ResultsContext context = resultsContext(*m_document);
    const std::vector<report::Headline> figures =
        context.results ? report::headlineFigures(context) : std::vector<report::Headline>{};
    for (int i = 0; i < m_tiles.size(); ++i) {
        const bool shown = i < int(figures.size());
        m_tiles[i]->setVisible(shown);
        if (!shown)
            continue;
        const report::Headline& h = figures[std::size_t(i)];
        m_tiles[i]->setObjectName(h.id + QStringLiteral("Tile"));
        m_tiles[i]->findChild<QLabel*>(QStringLiteral("caption"))->setText(h.caption);
        m_tiles[i]->findChild<QLabel*>(QStringLiteral("value"))->setText(h.value);
        m_tiles[i]->findChild<QLabel*>(QStringLiteral("detail"))->setText(h.detail);
    }
    QString html;
    if (!outcome.ok() && !outcome.problems.empty()) {
        html += tr("<p><b>The model cannot be projected</b> until these are fixed:</p><ul>");
        for (const engine::Problem& p : outcome.problems)
            html += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(p.toString()).toHtmlEscaped());
        html += QStringLiteral("</ul>");
        if (context.results)
            html += tr("<p><i>The results show the last valid projection.</i></p>");
    } else if (context.results) {
        for (const QString& p : report::overviewSection(context).paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(p);
    }
    m_text->setText(html);
}

} // namespace headroom::ui
