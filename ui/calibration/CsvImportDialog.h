#pragma once

#include <QDialog>
#include <QStringList>
#include <string_view>
#include <vector>

namespace headroom::calibration {
struct CsvError;
}

class QBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace headroom::ui {

class Document;

// What the calibration dialogs share: a CSV file chosen (browsed to, typed, or set by a test),
// its rows in a preview, the reader's refusal shown in the dialog with its line and column, a
// message about the fit, and Apply, enabled only when there is something to apply. Apply makes
// one undoable edit of the document and closes the dialog. A subclass reads the text, fills in
// the results beside the preview and says what Apply does.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    QString path() const;
    // Reads the file and shows what it holds; a file that cannot be read says why.
    void setPath(const QString& path);

protected:
    // `format` is what the file must hold, shown under the file's name.
    CsvImportDialog(Document* document, const QString& name, const QString& title, const QString& format,
                    QWidget* parent);

    Document* document() const { return m_document; }
    // The layout right of the preview, for the results.
    QBoxLayout* resultsLayout() const { return m_results; }
    // The layout left of the buttons, for a choice of what to apply the fit to.
    QBoxLayout* footerLayout() const { return m_footer; }

    // The text of the file `fileName`: show its rows and the fit, or a problem.
    virtual void load(const QString& fileName, std::string_view text) = 0;
    // Back to no file: no results.
    virtual void clearResults() = 0;
    // Makes the edit (one undoable step); called only while Apply is enabled.
    virtual void apply() = 0;

    // Up to kPreviewRows rows; `total` is how many were read.
    void setPreview(const QStringList& headers, const std::vector<QStringList>& rows, std::size_t total);
    // A problem (a warning icon before it) or, with `problem` false, a plain note; empty hides it.
    void showMessage(const QString& text, bool problem = true);
    void setApplicable(bool applicable);

    // "Cannot read loadtest.csv: line 4, column 2: the throughput -190 is negative".
    static QString csvErrorText(const QString& fileName, const calibration::CsvError& error);

    static constexpr int kPreviewRows = 1000;

private:
    void browse();

    Document* m_document;
    QLineEdit* m_path;
    QLabel* m_messageIcon;
    QLabel* m_message;
    QWidget* m_messageRow;
    QLabel* m_previewTitle;
    QTableWidget* m_preview;
    QSplitter* m_splitter;
    QBoxLayout* m_results;
    QBoxLayout* m_footer;
    QPushButton* m_apply;
    QString m_loaded; // the path last read, so that leaving the field unchanged reads nothing
};

} // namespace headroom::ui
