#include "document/Autosaver.h"

#include "document/Document.h"

#include <QStandardPaths>
#include <QUndoStack>

#include <atomic>

namespace headroom::ui {

namespace {
// Long enough not to write on every keystroke, short enough that a crash loses little.
constexpr int kAutosaveDelayMs = 15'000;

std::string nextUntitledId()
{
    static std::atomic<int> counter{0};
    return "untitled-" + std::to_string(++counter);
}
} // namespace

Autosaver::Autosaver(Document* document, const QString& directory, QObject* parent)
    : QObject(parent), m_document(document), m_store(directory.toStdString())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kAutosaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    connect(document, &Document::modelChanged, this, [this] {
        if (m_document->isModified() && !m_timer.isActive())
            m_timer.start();
    });
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard(); // saved, or undone back to what is on disk
    });
    connect(document, &Document::filePathChanged, this, &Autosaver::followPath);
    m_key = key();
    if (!m_store.isReady())
        m_message = QString::fromStdString(m_store.message());
}

Autosaver::~Autosaver() = default; // the session ends; a recovery file still there stays behind

QString Autosaver::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

project::DocumentKey Autosaver::key() const
{
    const QString path = m_document->filePath();
    if (!path.isEmpty())
        return project::DocumentKey::forFile(path.toStdString());
    return project::DocumentKey::untitled(nextUntitledId());
}

void Autosaver::followPath()
{
    // Another file (opened, or saved under a new name): the old recovery file has no more use.
    m_store.discard(m_key);
    m_key = key();
}

bool Autosaver::autosaveNow()
{
    m_timer.stop();
    if (!m_document->isModified())
        return true;
    const project::SaveOutcome saved = m_store.save(m_key, m_document->project());
    m_message = saved.ok() ? QString() : QString::fromStdString(saved.message);
    return saved.ok();
}

void Autosaver::discard()
{
    m_timer.stop();
    m_store.discard(m_key);
}

std::vector<project::RecoveryEntry> Autosaver::leftBehind() const
{
    return m_store.leftBehind();
}

} // namespace headroom::ui
