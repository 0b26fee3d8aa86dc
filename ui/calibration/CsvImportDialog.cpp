#include "calibration/CsvImportDialog.h"

#include "calibration/Csv.h"
#include "document/Document.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
const QString kDirectoryKey = QStringLiteral("calibration/directory");
constexpr int kIconSizePx = 20;
} // namespace

CsvImportDialog::CsvImportDialog(Document* document, const QString& name, const QString& title, const QString& format,
                                 QWidget* parent)
    : QDialog(parent), m_document(document), m_path(new QLineEdit(this)), m_messageIcon(new QLabel(this)),
      m_message(new QLabel(this)), m_messageRow(new QWidget(this)), m_previewTitle(new QLabel(this)),
      m_preview(new QTableWidget(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_apply(new QPushButton(tr("&Apply"), this))
{
    setObjectName(name);
    setWindowTitle(title);
    resize(1060, 700);

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("csvPath"));
    m_path->setPlaceholderText(tr("A CSV file of measurements"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    browse->setAutoDefault(false);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* formatNote = new QLabel(format, this);
    formatNote->setObjectName(QStringLiteral("format"));
    formatNote->setWordWrap(true);
    formatNote->setForegroundRole(QPalette::PlaceholderText);

    auto* messageLayout = new QHBoxLayout(m_messageRow);
    messageLayout->setContentsMargins(0, 4, 0, 4);
    m_messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(kIconSizePx));
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // the reader's words, which may hold a "<"
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLayout->addWidget(m_messageIcon);
    messageLayout->addWidget(m_message, 1);
    m_messageRow->hide();

    auto* previewSide = new QWidget(m_splitter);
    auto* previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview, 1);
    auto* resultsSide = new QWidget(m_splitter);
    m_results = new QVBoxLayout(resultsSide);
    m_results->setContentsMargins(0, 0, 0, 0);
    m_splitter->addWidget(previewSide);
    m_splitter->addWidget(resultsSide);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 800});

    m_footer = new QHBoxLayout;
    m_footer->addStretch(1);
    m_apply->setObjectName(QStringLiteral("apply"));
    // Not the default button: Return in the file's field reads the file, it must not also apply it.
    m_apply->setAutoDefault(false);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("close"));
    close->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addLayout(m_footer, 1);
    buttons->addWidget(m_apply);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(formatNote);
    layout->addWidget(m_messageRow);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, &CsvImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_loaded)
            setPath(m_path->text());
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        apply();
        accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    setPreview({}, {}, 0);
    setApplicable(false);
}

QString CsvImportDialog::path() const
{
    return m_loaded;
}

void CsvImportDialog::setPath(const QString& path)
{
    m_loaded = path;
    m_path->setText(path);
    clearResults();
    setPreview({}, {}, 0);
    showMessage({});
    setApplicable(false);
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot open %1: %2").arg(name, file.errorString()));
        return;
    }
    if (file.size() > qint64(calibration::kMaxCsvBytes)) {
        showMessage(tr("%1 is larger than %2 MB: not a table of measurements.")
                        .arg(name, QString::number(calibration::kMaxCsvBytes >> 20)));
        return;
    }
    const QByteArray bytes = file.readAll();
    load(name, std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

void CsvImportDialog::browse()
{
    QString directory =
        m_loaded.isEmpty() ? QSettings().value(kDirectoryKey).toString() : QFileInfo(m_loaded).absolutePath();
    if (directory.isEmpty() && !m_document->filePath().isEmpty())
        directory = QFileInfo(m_document->filePath()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), directory,
                                                        tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (chosen.isEmpty())
        return;
    QSettings().setValue(kDirectoryKey, QFileInfo(chosen).absolutePath());
    setPath(chosen);
}

void CsvImportDialog::setPreview(const QStringList& headers, const std::vector<QStringList>& rows, std::size_t total)
{
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    const int shown = int(std::min<std::size_t>(rows.size(), kPreviewRows));
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r)
        for (int c = 0; c < rows[std::size_t(r)].size() && c < int(headers.size()); ++c) {
            auto* item = new QTableWidgetItem(rows[std::size_t(r)][c]);
            // The first column is what each row is about (a date, a concurrency); the rest are numbers.
            item->setTextAlignment((c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            m_preview->setItem(r, c, item);
        }
    // Wide enough for every column: the results give up what the preview needs.
    QHeaderView* header = m_preview->horizontalHeader();
    header->setStretchLastSection(false);
    m_preview->resizeColumnsToContents();
    m_preview->setMinimumWidth(header->length() + m_preview->verticalScrollBar()->sizeHint().width() +
                               2 * m_preview->frameWidth());
    header->setStretchLastSection(true);
    if (total == 0)
        m_previewTitle->setText(tr("Rows read"));
    else if (std::size_t(shown) < total)
        m_previewTitle->setText(tr("Rows read: the first %1 of %2").arg(shown).arg(total));
    else
        m_previewTitle->setText(tr("Rows read: %n", nullptr, int(total)));
}

void CsvImportDialog::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_messageIcon->setVisible(problem);
    m_messageRow->setVisible(!text.isEmpty());
}

void CsvImportDialog::setApplicable(bool applicable)
{
    m_apply->setEnabled(applicable);
}

QString CsvImportDialog::csvErrorText(const QString& fileName, const calibration::CsvError& error)
{
    const QString message = QString::fromStdString(error.message);
    if (error.column > 0)
        return tr("Cannot read %1: line %2, column %3: %4")
            .arg(fileName, QString::number(error.line), QString::number(error.column), message);
    return tr("Cannot read %1: line %2: %3").arg(fileName, QString::number(error.line), message);
}

} // namespace headroom::ui
