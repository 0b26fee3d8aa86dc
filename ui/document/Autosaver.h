#pragma once

#include "project/RecoveryStore.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace headroom::ui {

class Document;

// Autosaves the document's unsaved changes to a recovery file (project::RecoveryStore) a little
// while after each change, and removes it once the changes are saved or knowingly discarded. A
// session that ends any other way (a crash, a kill, a power cut) leaves the file behind, and the
// next start offers it back (MainWindow::offerRecovery).
class Autosaver : public QObject
{
    Q_OBJECT

public:
    // `directory`: where recovery files live (the per-user state folder, by default).
    Autosaver(Document* document, const QString& directory, QObject* parent = nullptr);
    ~Autosaver() override;

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Writes the recovery file now if there are unsaved changes; false (with message()) on failure.
    bool autosaveNow();
    // The changes are saved, or the user chose to lose them: the recovery file goes.
    void discard();
    QString message() const { return m_message; }

    // Recovery files of sessions that ended without saving or discarding, newest first.
    std::vector<project::RecoveryEntry> leftBehind() const;
    project::LoadOutcome load(const project::RecoveryEntry& entry) const { return m_store.load(entry); }
    void forget(const project::RecoveryEntry& entry) { m_store.discard(entry); }

    static QString defaultDirectory();

private:
    project::DocumentKey key() const;
    void followPath();

    Document* m_document;
    project::RecoveryStore m_store;
    QTimer m_timer;
    project::DocumentKey m_key; // the document the current recovery file stands for
    QString m_message;
};

} // namespace headroom::ui
