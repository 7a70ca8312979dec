#include "app/WorkflowSession.h"

#include "gitcore/DiffReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoCommand>

#include <algorithm>

namespace gantry {

namespace {

constexpr int kReparseDelayMs = 150;
constexpr int kDraftIntervalMs = 5000;
constexpr int kTypingId = 0x79a1;

/// A change of the text: a visual edit, or what the user typed (already in the editor).
class TextChangeCommand : public QUndoCommand
{
public:
    TextChangeCommand(WorkflowSession *session, const TextPatch &patch, const QByteArray &before, const QString &label,
                      bool typed)
        : QUndoCommand(label), m_session(session), m_patch(patch), m_inverse(patch.inverted(before)), m_typed(typed),
          m_skipFirstRedo(typed)
    {
    }

    void redo() override
    {
        m_session->applyPatch(m_patch, m_skipFirstRedo);
        m_skipFirstRedo = false;
    }
    void undo() override { m_session->applyPatch(m_inverse, false); }
    int id() const override { return m_typed ? kTypingId : -1; }

    /// Typing merges while it continues where the last change ended, on one line.
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const TextChangeCommand *>(other);
        if (!next->m_typed || m_patch.parts().size() != 1 || next->m_patch.parts().size() != 1)
            return false;
        const TextPatch::Replacement a = m_patch.parts().first(); // copies: m_patch is replaced below
        const TextPatch::Replacement b = next->m_patch.parts().first();
        if (b.text.contains('\n') || a.text.contains('\n'))
            return false;
        if (a.end == a.begin && b.end == b.begin && b.begin == a.begin + a.text.size()) { // typing on
            m_patch = TextPatch();
            m_patch.insert(a.begin, a.text + b.text);
            m_inverse = TextPatch();
            m_inverse.remove(a.begin, a.begin + a.text.size() + b.text.size());
            return true;
        }
        return false;
    }

private:
    WorkflowSession *m_session;
    TextPatch m_patch;
    TextPatch m_inverse;
    bool m_typed;
    bool m_skipFirstRedo;
};

/// Where each line starts in `text` (line n, 1-based, is [starts[n-1], starts[n])); the last
/// entry is the end of the text.
QList<qsizetype> lineStarts(const QByteArray &text)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            starts.append(i + 1);
    }
    if (starts.last() != text.size())
        starts.append(text.size());
    return starts;
}

qsizetype lineOffset(const QList<qsizetype> &starts, int line)
{
    return starts.at(std::clamp<qsizetype>(line, 0, starts.size() - 1));
}

/// The replacements that turn `from` into `to`, one per changed run of lines (git's diff with
/// no context), so text outside them — and a cursor there — is not touched.
TextPatch patchBetween(const QByteArray &from, const QByteArray &to)
{
    TextPatch patch;
    DiffOptions options;
    options.contextLines = 0;
    const Result<DiffFile> diff = DiffReader::diffBuffers(from, QStringLiteral("a"), to, QStringLiteral("b"), options);
    if (diff && !diff->binary) {
        const QList<qsizetype> old = lineStarts(from);
        const QList<qsizetype> now = lineStarts(to);
        for (const DiffHunk &hunk : diff->hunks) {
            // With no old lines, libgit2's oldStart is the line the new ones follow.
            const int first = hunk.oldLines > 0 ? hunk.oldStart - 1 : hunk.oldStart;
            const int newFirst = hunk.newLines > 0 ? hunk.newStart - 1 : hunk.newStart;
            const qsizetype begin = lineOffset(old, first);
            const qsizetype end = lineOffset(old, first + hunk.oldLines);
            const qsizetype newBegin = lineOffset(now, newFirst);
            patch.replace(begin, end, to.mid(newBegin, lineOffset(now, newFirst + hunk.newLines) - newBegin));
        }
        if (!patch.overlaps() && patch.apply(from) == to)
            return patch;
    }
    // Whatever went wrong above, the whole text is still right.
    TextPatch whole;
    whole.replace(0, from.size(), to);
    return whole;
}

} // namespace

WorkflowSession::WorkflowSession(QObject *parent) : QObject(parent)
{
    m_reparse.setSingleShot(true);
    m_reparse.setInterval(kReparseDelayMs);
    connect(&m_reparse, &QTimer::timeout, this, &WorkflowSession::reparse);
    m_draftTimer.setInterval(kDraftIntervalMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &WorkflowSession::writeDraft);
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) {
            m_draftTimer.stop();
            discardDraft();
        } else {
            m_draftTimer.start();
        }
        Q_EMIT modifiedChanged(!clean);
    });
}

bool WorkflowSession::open(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_path = path;
    m_text = file.readAll();
    m_diskText = m_text;
    m_keptSeen = false;
    m_undo.clear();
    m_undo.setClean();
    m_draftTimer.stop();
    reparse();
    return true;
}

bool WorkflowSession::applyEdit(const WorkflowEditResult &result, const QString &label)
{
    if (!result.ok || result.patch.isEmpty())
        return true; // nothing to do
    if (result.patch.apply(m_text) != result.text)
        return false; // made on an older text: applying it would patch the wrong bytes
    m_undo.push(new TextChangeCommand(this, result.patch, m_text, label, false));
    return true;
}

const WorkflowDocument &WorkflowSession::document() const
{
    if (!m_parsed) {
        m_reparse.stop();
        parse();
        QTimer::singleShot(0, this, &WorkflowSession::documentChanged);
    }
    return m_document;
}

void WorkflowSession::parse() const
{
    m_document = WorkflowDocument::fromText(m_text, WorkflowDocument::kindOfPath(m_path), WorkflowDocument::projectRootOf(m_path));
    m_parsed = true;
}

void WorkflowSession::recordTyping(qsizetype position, const QByteArray &removed, const QByteArray &inserted)
{
    TextPatch patch;
    patch.replace(position, position + removed.size(), inserted);
    m_undo.push(new TextChangeCommand(this, patch, m_text, tr("Typing"), true));
}

void WorkflowSession::applyPatch(const TextPatch &patch, bool fromEditor)
{
    m_text = patch.apply(m_text);
    m_parsed = false;
    if (!fromEditor) {
        Q_EMIT patchApplied(patch);
        m_reparse.stop();
        reparse();
    } else {
        m_reparse.start();
    }
}

void WorkflowSession::reparse()
{
    parse();
    Q_EMIT documentChanged();
}

bool WorkflowSession::save(QString *error, SaveMode mode)
{
    const QString name = QFileInfo(m_path).fileName();
    if (mode == SaveMode::IfUnchangedOnDisk) {
        switch (diskState()) {
        case DiskState::Unchanged: break;
        case DiskState::Changed:
            *error = tr("%1 changed on disk since it was read; nothing was written.").arg(name);
            return false;
        case DiskState::Deleted:
            *error = tr("%1 was deleted on disk; nothing was written.").arg(name);
            return false;
        }
    }
    if (!QFileInfo(m_path).dir().exists() && !QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_text) != m_text.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    m_diskText = m_text;
    m_keptSeen = false;
    m_undo.setClean();
    discardDraft();
    return true;
}

QByteArray WorkflowSession::readDisk(bool *exists) const
{
    QFile file(m_path);
    const bool open = !m_path.isEmpty() && file.open(QIODevice::ReadOnly);
    if (exists)
        *exists = open;
    return open ? file.readAll() : QByteArray();
}

WorkflowSession::DiskState WorkflowSession::diskState() const
{
    if (m_path.isEmpty())
        return DiskState::Unchanged;
    bool exists = false;
    const QByteArray now = readDisk(&exists);
    if (!exists)
        return DiskState::Deleted;
    return now == m_diskText ? DiskState::Unchanged : DiskState::Changed;
}

bool WorkflowSession::reloadFromDisk(QString *error)
{
    bool exists = false;
    const QByteArray now = readDisk(&exists);
    if (!exists) {
        *error = tr("%1 was deleted on disk: there is nothing to reload.").arg(QFileInfo(m_path).fileName());
        return false;
    }
    m_diskText = now;
    m_keptSeen = false;
    if (now != m_text) {
        WorkflowEditResult result;
        result.ok = true;
        result.text = now;
        result.patch = patchBetween(m_text, now);
        applyEdit(result, tr("Reload %1 from Disk").arg(QFileInfo(m_path).fileName()));
    }
    m_undo.setClean();
    return true;
}

void WorkflowSession::keepMine()
{
    bool exists = false;
    m_keptText = readDisk(&exists);
    m_keptDeleted = !exists;
    m_keptSeen = true;
}

bool WorkflowSession::isDiskChangeSeen() const
{
    if (!m_keptSeen)
        return false;
    bool exists = false;
    const QByteArray now = readDisk(&exists);
    return exists ? !m_keptDeleted && now == m_keptText : m_keptDeleted;
}

QString WorkflowSession::draftPath() const
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(m_path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery/")
        + QString::fromLatin1(key.left(16)) + QLatin1Char('-') + QFileInfo(m_path).fileName();
}

bool WorkflowSession::hasDraft() const
{
    if (m_path.isEmpty() || !QFile::exists(draftPath()))
        return false;
    QFile draft(draftPath());
    return draft.open(QIODevice::ReadOnly) && draft.readAll() != m_text;
}

bool WorkflowSession::restoreDraft(QString *error)
{
    QFile draft(draftPath());
    if (!draft.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the recovery draft %1: %2").arg(QDir::toNativeSeparators(draftPath()), draft.errorString());
        return false;
    }
    WorkflowEditResult result;
    result.ok = true;
    result.text = draft.readAll();
    result.patch.replace(0, m_text.size(), result.text);
    applyEdit(result, tr("Restore Unsaved Changes"));
    return true;
}

void WorkflowSession::discardDraft()
{
    if (!m_path.isEmpty())
        QFile::remove(draftPath());
}

void WorkflowSession::writeDraft()
{
    if (m_path.isEmpty() || !isModified())
        return;
    QDir().mkpath(QFileInfo(draftPath()).path());
    QSaveFile draft(draftPath());
    if (draft.open(QIODevice::WriteOnly) && draft.write(m_text) == m_text.size())
        draft.commit();
}

} // namespace gantry
