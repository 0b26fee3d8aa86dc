#include "results/SectionView.h"

#include "report/Chart.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
constexpr int kChartHeightPx = 270;
constexpr int kColumnWidthPx = 220; // at most, but for the last column, which takes the rest

// The table's height for all its rows, and its scroll bar when its columns are wider than it: the
// view scrolls down, the table does not.
void fitHeight(QTableView* table)
{
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth() + 2;
    if (table->horizontalHeader()->length() > table->viewport()->width())
        height += table->horizontalScrollBar()->sizeHint().height();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

// The last column holds sentences ("What happens"), which read badly a few words a line. Where the
// columns before it, fitted to their contents, leave it less than this share of the table, they
// give up width in proportion (their text wraps), down to what their headers and their longest
// words need: a cell wraps between words, never cuts one short.
constexpr double kLastColumnShare = 0.4;
constexpr int kCellPaddingPx = 12; // a cell's margins and grid line, beside its text

// The width of the widest text of `column`'s cells, or of their words, with a cell's padding.
int widestText(const QTableView* table, int column, bool wordByWord)
{
    const QFontMetrics metrics(table->font());
    int widest = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString text = table->model()->index(row, column).data().toString();
        for (const QString& piece : wordByWord ? text.split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList{text})
            widest = std::max(widest, metrics.horizontalAdvance(piece));
    }
    return widest + kCellPaddingPx;
}

// The narrowest column `column` can be: its header, and its longest word.
int narrowestWidth(const QTableView* table, int column)
{
    return std::max(table->horizontalHeader()->sectionSizeHint(column), widestText(table, column, true));
}

// A column it narrows emits sectionResized(), which asks for this again: that finds nothing more to
// give (the share is reached, or every other column is as narrow as it can be).
void giveTheLastColumnRoom(QTableView* table)
{
    const int last = table->model()->columnCount() - 1;
    const int total = table->viewport()->width();
    int others = 0;
    for (int c = 0; c < last; ++c)
        others += table->columnWidth(c);
    if (last < 1 || total <= 0)
        return;
    // Only as much as the last column's longest text needs, up to the share: a column of short
    // figures keeps the width the others leave it.
    const int wanted = std::min(int(kLastColumnShare * total), widestText(table, last, false));
    const int room = total - wanted;
    if (others <= room)
        return;
    const double scale = double(room) / double(others);
    for (int c = 0; c < last; ++c) {
        const int width = std::max(narrowestWidth(table, c), int(table->columnWidth(c) * scale));
        if (width < table->columnWidth(c))
            table->setColumnWidth(c, width);
    }
}
} // namespace

SectionView::SectionView(report::SectionId id, QWidget* parent) : QScrollArea(parent), m_id(id)
{
    setObjectName(report::sectionKey(id) + QStringLiteral("View"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(10, 8, 10, 10);
    m_layout->setSpacing(8);
    m_text = new QLabel(content);
    m_text->setObjectName(report::sectionKey(id) + QStringLiteral("Paragraphs"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_text);
    // Charts, then tables, each in a box of its own, so a section can put its tables first.
    for (QWidget** box : {&m_chartBox, &m_tableBox}) {
        *box = new QWidget(content);
        auto* boxLayout = new QVBoxLayout(*box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(8);
        m_layout->addWidget(*box);
    }
    // Charts grow into room the view has to spare; what is left stays below everything.
    m_layout->setStretchFactor(m_chartBox, 1);
    m_layout->addStretch(0);
    setWidget(content);
    m_sightCheck = new QTimer(this);
    m_sightCheck->setSingleShot(true);
    m_sightCheck->setInterval(0);
    connect(m_sightCheck, &QTimer::timeout, this, &SectionView::fitTablesInSight);
}

void SectionView::setHeader(QWidget* header, bool replacesParagraphs)
{
    header->setParent(widget());
    m_layout->insertWidget(0, header);
    m_showParagraphs = !replacesParagraphs;
    m_text->setVisible(m_showParagraphs);
}

const report::Section& SectionView::section()
{
    buildPending();
    return m_section;
}

QList<report::Chart*> SectionView::charts()
{
    buildPending();
    return m_charts;
}

QList<QTableView*> SectionView::tables()
{
    buildPending();
    return m_tables;
}

void SectionView::setSectionLater(std::function<report::Section()> build)
{
    m_pending = std::move(build);
    if (isVisible())
        buildPending();
}

void SectionView::buildPending()
{
    if (!m_pending)
        return;
    const std::function<report::Section()> build = std::move(m_pending);
    m_pending = nullptr;
    setSection(build());
}

void SectionView::showEvent(QShowEvent* event)
{
    buildPending();
    QScrollArea::showEvent(event);
    m_sightCheck->start();
}

void SectionView::setSection(report::Section section)
{
    m_pending = nullptr;
    m_section = std::move(section);
    QString html;
    for (const QString& p : m_section.paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p);
    m_text->setText(html);
    m_text->setVisible(m_showParagraphs && !html.isEmpty());
    m_layout->removeWidget(m_tableBox);
    m_layout->insertWidget(m_layout->indexOf(m_chartBox) + (m_section.tablesFirst ? 0 : 1), m_tableBox);
    syncCharts();
    syncTables();
}

void SectionView::syncCharts()
{
    const int count = int(m_section.charts.size());
    while (m_charts.size() > count)
        delete m_charts.takeLast();
    while (m_charts.size() < count) {
        auto* chart = new report::Chart(m_chartBox);
        chart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        connect(chart, &report::Chart::pointClicked, this, &SectionView::focusRequested);
        m_chartBox->layout()->addWidget(chart);
        m_charts << chart;
    }
    for (int i = 0; i < count; ++i) {
        const report::ChartSpec& spec = m_section.charts[std::size_t(i)];
        m_charts[i]->setBaseHeight(std::max(kChartHeightPx, spec.preferredHeight(0)));
        m_charts[i]->setSpec(spec);
    }
}

void SectionView::syncTables()
{
    const int count = int(m_section.tables.size());
    while (m_tables.size() > count) {
        m_fitRows.removeLast(); // the table's child
        delete m_tables.takeLast();
        delete m_tableTitles.takeLast();
        m_models.removeLast();
    }
    m_fitPending.resize(count);
    while (m_tables.size() < count) {
        const int index = int(m_tables.size());
        auto* title = new QLabel(m_tableBox);
        auto* table = new QTableView(m_tableBox);
        auto* model = new QStandardItemModel(table);
        table->setModel(model);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setAlternatingRowColors(true);
        table->setWordWrap(true);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // A table with more columns than fit (capacity's nine at 1280 pixels) scrolls sideways
        // rather than hide its last ones; the columns first give up what their text can wrap.
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        table->setContextMenuPolicy(Qt::CustomContextMenu);
        // Wrapped sentences need the width the view gives the last column before rows take their
        // height: once the header has finished laying its sections out, and once for all of them
        // (laying out every cell's text again for each resized column was most of a redraw).
        auto* fitRows = new QTimer(table);
        fitRows->setSingleShot(true);
        fitRows->setInterval(0);
        connect(fitRows, &QTimer::timeout, table, [table] {
            giveTheLastColumnRoom(table); // if a column narrows, this runs once more after
            table->resizeRowsToContents();
            fitHeight(table);
        });
        connect(table->horizontalHeader(), &QHeaderView::sectionResized, fitRows, qOverload<>(&QTimer::start));
        m_fitRows << fitRows;
        connect(table, &QWidget::customContextMenuRequested, this,
                [this, index](const QPoint& pos) { showTableMenu(index, pos); });
        connect(table, &QAbstractItemView::doubleClicked, this, [this, index](const QModelIndex& cell) {
            const QString subject = m_section.tables[std::size_t(index)].rowSubjects.value(cell.row());
            if (!subject.isEmpty())
                Q_EMIT focusRequested(subject);
        });
        table->installEventFilter(this);
        m_tableBox->layout()->addWidget(title);
        m_tableBox->layout()->addWidget(table);
        m_tableTitles << title;
        m_tables << table;
        m_models << model;
    }
    for (int i = 0; i < count; ++i) {
        const report::TableSpec& spec = m_section.tables[std::size_t(i)];
        m_tables[i]->setObjectName(spec.id);
        m_tableTitles[i]->setText(QStringLiteral("<b>%1</b>").arg(spec.title.toHtmlEscaped()));
        if (!fillModel(m_models[i], spec))
            m_tables[i]->clearSelection(); // a selected row may name another part now
        m_fitPending[i] = true;
    }
    fitTablesInSight();
}

// The table's cells, changed in place where the table keeps its shape (a new run of the same
// model: its columns keep their widths, and only the cells whose text changed are touched), else
// made anew. Whether its rows still name what they named (their first cells are the same).
bool SectionView::fillModel(QStandardItemModel* model, const report::TableSpec& spec)
{
    bool sameShape = model->columnCount() == int(spec.header.size()) && model->rowCount() == int(spec.rows.size());
    for (int c = 0; sameShape && c < model->columnCount(); ++c)
        sameShape = model->horizontalHeaderItem(c) && model->horizontalHeaderItem(c)->text() == spec.header[c];
    for (int r = 0; sameShape && r < model->rowCount(); ++r) {
        sameShape = int(spec.rows[std::size_t(r)].size()) == model->columnCount();
        for (int c = 0; sameShape && c < model->columnCount(); ++c)
            sameShape = model->item(r, c) != nullptr;
    }
    const auto alignmentOf = [](const report::TableCell& cell) {
        return cell.hasNumber() ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
    };
    const auto setUp = [&](QStandardItem* item, const report::TableCell& cell) {
        item->setText(cell.text);
        item->setTextAlignment(alignmentOf(cell));
        item->setToolTip(cell.text);
    };
    if (sameShape) {
        bool sameRows = true; // each row names what it names before
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const report::TableCell& cell = spec.rows[std::size_t(r)][std::size_t(c)];
                QStandardItem* item = model->item(r, c);
                if (c == 0)
                    sameRows = sameRows && item->text() == cell.text;
                if (item->text() != cell.text || item->textAlignment() != alignmentOf(cell))
                    setUp(item, cell);
            }
        return sameRows;
    }
    model->clear();
    model->setHorizontalHeaderLabels(spec.header);
    for (const auto& row : spec.rows) {
        QList<QStandardItem*> items;
        for (const report::TableCell& cell : row) {
            auto* item = new QStandardItem;
            setUp(item, cell);
            items << item;
        }
        model->appendRow(items);
    }
    return false;
}

// Every column but the last as wide as its contents (up to a limit); the last takes the rest and
// wraps, so a sentence is read whole rather than cut short. Then the rows, to their text.
void SectionView::fitTable(int index)
{
    m_fitPending[index] = false;
    QTableView* table = m_tables[index];
    for (int c = 0; c + 1 < table->model()->columnCount(); ++c) {
        table->resizeColumnToContents(c);
        table->setColumnWidth(c, std::min(table->columnWidth(c), kColumnWidthPx));
    }
    m_fitRows[index]->start();
}

// A table whose text changed out of sight is fitted to it as it comes into sight: fitting lays out
// every cell's text, which for the capacity table of thirty components was a quarter of a redraw.
void SectionView::fitTablesInSight()
{
    for (int i = 0; i < m_tables.size(); ++i)
        if (m_fitPending.value(i) && m_tables[i]->isVisible() && !m_tables[i]->visibleRegion().isEmpty())
            fitTable(i);
}

void SectionView::scrollContentsBy(int dx, int dy)
{
    QScrollArea::scrollContentsBy(dx, dy);
    fitTablesInSight();
}

void SectionView::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    m_sightCheck->start();
}

bool SectionView::eventFilter(QObject* watched, QEvent* event)
{
    // A table the layout moves or resizes may come into sight without a scroll: looked at once
    // the layout is done.
    if ((event->type() == QEvent::Move || event->type() == QEvent::Resize || event->type() == QEvent::Show) &&
        m_tables.contains(watched))
        m_sightCheck->start();
    return QScrollArea::eventFilter(watched, event);
}

bool SectionView::exportTable(int index, const QString& path, QString* error)
{
    buildPending();
    if (index < 0 || index >= int(m_section.tables.size()))
        return false;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_section.tables[std::size_t(index)].toCsv().toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

void SectionView::showTableMenu(int index, const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(tr("Export CSV…"), this, [this, index] {
        QString path = QFileDialog::getSaveFileName(this, tr("Export table"),
                                                    m_section.tables[std::size_t(index)].id + QStringLiteral(".csv"),
                                                    tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            path += QStringLiteral(".csv");
        QString error;
        if (!exportTable(index, path, &error))
            QMessageBox::warning(this, tr("Cannot export the table"), error);
    });
    menu.addAction(tr("Copy as CSV"), this, [this, index] {
        QApplication::clipboard()->setText(m_section.tables[std::size_t(index)].toCsv());
    });
    menu.exec(m_tables[index]->viewport()->mapToGlobal(pos));
}

} // namespace headroom::ui
