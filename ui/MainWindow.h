#pragma once

#include <QMainWindow>

namespace headroom::ui {

class Document;
class ResultsArea;

// The main window: the editor on the left, the overview and the plots on the right, and the
// File and Edit menus. Built from small pieces; each part of it lives in its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    Document* document() const { return m_document; }

    // Opens a project; on failure shows why (unless `quiet`) and keeps the current project.
    bool openFile(const QString& path, bool quiet = false);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createCentralArea();
    void createReportAction(ResultsArea* results);
    void updateTitle();
    void updateStatus();
    bool maybeSave();
    bool save();
    bool saveAs();
    void openWithDialog();
    QString dialogDirectory() const;

    Document* m_document;
};

} // namespace headroom::ui
