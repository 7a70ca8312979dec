#pragma once

#include "gitcore/DiffTypes.h"
#include "gitcore/Oid.h"
#include "gitcore/Result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace gantry {

class Repository;

/// Who made a commit and when, with the time zone offset they recorded.
struct CommitSignature
{
    QString name;
    QString email;
    QDateTime when;          // in the signature's own offset (Qt::OffsetFromUTC)
    int offsetMinutes = 0;   // the recorded offset, e.g. +120 for +0200

    /// "Name <email>", as git prints it and as `git log --author` matches it.
    QString nameAndEmail() const;
};

/// One file changed by a commit, relative to its first parent (name-status with renames).
struct ChangedFile
{
    DeltaStatus status = DeltaStatus::Modified;
    QString oldPath;      // the path in the parent (differs from path only for renames/copies)
    QString path;         // the path in the commit (for deletions: the deleted path)
    int similarity = 0;   // renames and copies, 0–100

    /// The one-letter status git prints with --name-status (A, D, M, R, C, T).
    QChar statusLetter() const;
};

/// The few fields a history row shows; kept in CommitInfoCache.
struct CommitSummary
{
    Oid id;
    QString subject;
    QString authorName;
    QString authorEmail;
    QDateTime authorTime;
    int parentCount = 0;
};

/// Everything the details pane shows about one commit, read with libgit2.
struct CommitInfo
{
    Oid id;
    QVector<Oid> parents;
    CommitSignature author;
    CommitSignature committer;
    QString subject;   // the first paragraph joined into one line, as git's %s
    QString body;      // the message after the subject paragraph and blank lines, exactly as git's %b
    QString message;   // the raw message, as git's %B
    QList<ChangedFile> files;  // filled only when asked for
    bool filesLoaded = false;

    bool isMerge() const { return parents.size() > 1; }
    bool isRoot() const { return parents.isEmpty(); }

    /// What to read besides the header and message.
    enum class Files { Skip, Load };

    /// Reads commit `id` of `repository`. With Files::Load, also the files changed against the
    /// first parent (root commit: against the empty tree) with rename detection, as
    /// `git show --name-status -M --format=` lists them for a non-merge commit.
    static Result<CommitInfo> read(const Repository &repository, const Oid &id, Files files = Files::Load);

    /// Reads only what a history row shows (cheap: no diff).
    static Result<CommitSummary> readSummary(const Repository &repository, const Oid &id);

    /// The subject the way git's %s builds it: the first paragraph with its line breaks joined by spaces.
    static QString subjectOf(const QString &message);
    /// The body the way git's %b builds it: what follows the first paragraph.
    static QString bodyOf(const QString &message);
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::CommitInfo)
