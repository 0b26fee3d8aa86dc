#include "results/ResultsArea.h"

#include "document/Document.h"
#include "report/Report.h"
#include "results/OverviewPanel.h"
#include "results/ResultsContext.h"
#include "results/SectionView.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>

namespace headroom::ui {

namespace {
constexpr int kProgressDelayMs = 300;
constexpr int kProgressIntervalMs = 250;

// A label of one size whatever its text: a layout lays itself out again (repainting what it
// holds) whenever a label's text could change its size; this one's cannot.
class FixedLabel : public QLabel
{
public:
    FixedLabel(const QString& widestText, QWidget* parent) : QLabel(parent)
    {
        setContentsMargins(8, 0, 8, 0);
        m_size = QSize(fontMetrics().horizontalAdvance(widestText) + 20, QLabel::sizeHint().height());
        setFixedSize(m_size);
    }
    QSize sizeHint() const override { return m_size; }
    QSize minimumSizeHint() const override { return m_size; }

private:
    QSize m_size;
};
} // namespace

ResultsArea::ResultsArea(Document* document, QWidget* parent) : QTabWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("resultsArea"));
    setDocumentMode(true);
    setUsesScrollButtons(true);
    for (const report::SectionId id : report::kAllSections) {
        auto* view = new SectionView(id, this);
        if (id == report::SectionId::Overview)
            view->setHeader(new OverviewPanel(document), /*replacesParagraphs=*/true);
        connect(view, &SectionView::focusRequested, m_document, &Document::requestFocus);
        // Tabs take the first word of the title ("Data and backups" → "Data"): nine fit side by side.
        addTab(view, report::sectionTitle(id).section(QLatin1Char(' '), 0, 0));
        setTabToolTip(count() - 1, report::sectionTitle(id));
        m_views.push_back(view);
    }
    m_state = new FixedLabel(tr("Stale: the model has problems"), this);
    m_state->setObjectName(QStringLiteral("runState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->hide(); // until the window places it
    connect(m_document, &Document::resultsChanged, this, &ResultsArea::refresh);
    // A run that ends within kProgressDelayMs (most do) leaves the label as it was: its progress
    // would flicker past unread and cost a repaint per report. A longer one shows it, at most
    // every kProgressIntervalMs.
    m_progressDelay.setSingleShot(true);
    m_progressDelay.setInterval(kProgressDelayMs);
    connect(m_document, &Document::runStarted, this, [this] {
        m_percent = 0;
        m_progressShownAt.invalidate();
        m_progressDelay.start();
    });
    connect(&m_progressDelay, &QTimer::timeout, this, [this] {
        if (m_document->isRunning())
            showProgress();
    });
    connect(m_document, &Document::runProgress, this, [this](int done, int total) {
        m_percent = total > 0 ? int(100LL * done / total) : 0;
        if (m_progressShownAt.isValid() && m_progressShownAt.elapsed() >= kProgressIntervalMs)
            showProgress();
    });
    refresh();
}

SectionView* ResultsArea::view(report::SectionId id) const
{
    for (SectionView* v : m_views)
        if (v->sectionId() == id)
            return v;
    return nullptr;
}

void ResultsArea::showProgress()
{
    showRunState(tr("Projecting… %1%").arg(m_percent));
    m_progressShownAt.start();
}

void ResultsArea::refresh()
{
    m_progressDelay.stop();
    m_progressShownAt.invalidate();
    const report::ResultsContext context = resultsContext(*m_document);
    for (SectionView* view : m_views) // the tab in front now, the others when they are looked at
        view->setSectionLater([context, id = view->sectionId()] { return report::buildSection(id, context); });
    const engine::Results* r = context.results;
    if (!r)
        showRunState(QString());
    else if (!m_document->lastOutcome().ok())
        showRunState(tr("Stale: the model has problems"));
    else
        showRunState(tr("%1 samples, seed %2").arg(QLocale().toString(r->samples)).arg(r->seed));
    Q_EMIT refreshed();
}

void ResultsArea::showRunState(const QString& text)
{
    m_state->setText(text);
}

bool ResultsArea::exportReport(const QString& path, QString* error) const
{
    const report::ResultsContext context = resultsContext(*m_document);
    if (!context.results) {
        if (error)
            *error = tr("There are no results to report yet.");
        return false;
    }
    report::ReportInfo info;
    info.projectName = QString::fromStdString(m_document->model().name);
    info.sourceFile = m_document->filePath();
    if (m_document->resultsAreStale() && !m_document->lastOutcome().ok())
        info.warning = tr("The model has problems: these results are from its last valid version.");
    return report::Report(context, info).write(path, error);
}

void ResultsArea::exportReportWithDialog()
{
    const QString html = tr("HTML report (*.html)");
    const QString pdf = tr("PDF report (*.pdf)");
    QString filter = pdf;
    const QString base = m_document->filePath().isEmpty()
                             ? tr("report")
                             : QFileInfo(m_document->filePath()).completeBaseName().section(QLatin1Char('.'), 0, 0);
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"), base + QStringLiteral(".pdf"),
                                                pdf + QStringLiteral(";;") + html, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    QString error;
    if (!exportReport(path, &error))
        QMessageBox::warning(this, tr("Cannot export the report"), error);
}

} // namespace headroom::ui
