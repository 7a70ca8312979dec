#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Repository.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace gantry {

/// Which list of `git status` an entry belongs to.
enum class StatusKind {
    Tracked,    // a change to a tracked file (staged, unstaged or both)
    Conflicted, // an unmerged path (index codes DD AU UD UA DU AA UU)
    Untracked,  // "??"
    Ignored,    // "!!" (only when ignored files were asked for)
};

/// What changed inside a submodule's working tree (flags; 0 when nothing or not a submodule).
enum SubmoduleChange : int {
    SubmoduleNewCommits = 0x1,      // its HEAD differs from the commit recorded in the index
    SubmoduleModifiedContent = 0x2, // tracked files inside it are modified
    SubmoduleUntrackedContent = 0x4 // it has untracked files
};

/// One line of `git status`: a path with the index (X) and worktree (Y) codes git prints for it.
/// Paths are git's raw bytes (UTF-8 in practice), relative to the working tree, '/'-separated;
/// a collapsed untracked or ignored folder ends with '/'.
struct StatusEntry
{
    QByteArray path;      // the path now (the new path of a rename)
    QByteArray origPath;  // the path before a rename (HEAD side for an index rename); empty otherwise
    char index = ' ';     // X: ' ' M T A D R C, U/A/D for conflicts, '?' untracked, '!' ignored
    char worktree = ' ';  // Y: ' ' M T D A R, U/A/D for conflicts, '?' untracked, '!' ignored
    StatusKind kind = StatusKind::Tracked;
    bool isSubmodule = false;
    int submoduleChanges = 0; // SubmoduleChange flags

    QString pathString() const { return QString::fromUtf8(path); }
    QString origPathString() const { return QString::fromUtf8(origPath); }
    /// The two-letter code of porcelain v1 ("M ", " M", "R ", "UU", "??", "!!").
    QByteArray code() const { return QByteArray() + index + worktree; }

    bool isConflicted() const { return kind == StatusKind::Conflicted; }
    bool isUntracked() const { return kind == StatusKind::Untracked; }
    bool isIgnored() const { return kind == StatusKind::Ignored; }
    /// Has a change between HEAD and the index (would be committed).
    bool isStaged() const { return kind == StatusKind::Tracked && index != ' '; }
    /// Has a change between the index and the working tree (not yet staged).
    bool isUnstaged() const { return kind == StatusKind::Tracked && worktree != ' '; }
    bool isRenamed() const { return !origPath.isEmpty(); }
};

/// The whole working-tree status at one moment, with HEAD and upstream information.
/// A plain value (implicitly shared list): cheap to copy and to pass between threads.
struct StatusSnapshot
{
    /// In git's porcelain order: tracked changes and conflicts sorted by path (byte order),
    /// then untracked, then ignored, each sorted by path.
    QList<StatusEntry> entries;

    QString workdir;         // without a trailing slash
    QString branch;          // HEAD's branch ("main"), also when unborn; empty when detached
    Oid head;                // the commit HEAD points at; null when unborn
    bool headUnborn = false;
    bool headDetached = false;
    QString upstream;        // shortened upstream ("origin/main"); empty when none is configured
    bool upstreamGone = false; // configured, but the tracking ref does not exist
    int ahead = 0;           // commits on HEAD not on the upstream
    int behind = 0;          // commits on the upstream not on HEAD
    RepositoryState state = RepositoryState::Clean;

    int stagedCount() const;
    int unstagedCount() const;
    int untrackedCount() const;
    int conflictedCount() const;
    int ignoredCount() const;
    /// No staged, unstaged, conflicted or untracked entries (ignored ones do not count).
    bool isClean() const;
};

inline int StatusSnapshot::stagedCount() const
{
    int n = 0;
    for (const StatusEntry &e : entries)
        n += e.isStaged() ? 1 : 0;
    return n;
}

inline int StatusSnapshot::unstagedCount() const
{
    int n = 0;
    for (const StatusEntry &e : entries)
        n += e.isUnstaged() ? 1 : 0;
    return n;
}

inline int StatusSnapshot::untrackedCount() const
{
    int n = 0;
    for (const StatusEntry &e : entries)
        n += e.isUntracked() ? 1 : 0;
    return n;
}

inline int StatusSnapshot::conflictedCount() const
{
    int n = 0;
    for (const StatusEntry &e : entries)
        n += e.isConflicted() ? 1 : 0;
    return n;
}

inline int StatusSnapshot::ignoredCount() const
{
    int n = 0;
    for (const StatusEntry &e : entries)
        n += e.isIgnored() ? 1 : 0;
    return n;
}

inline bool StatusSnapshot::isClean() const
{
    for (const StatusEntry &e : entries)
        if (!e.isIgnored())
            return false;
    return true;
}

} // namespace gantry

Q_DECLARE_METATYPE(gantry::StatusEntry)
Q_DECLARE_METATYPE(gantry::StatusSnapshot)
