#pragma once

#include "gitcore/Oid.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gantry {

/// What a diff compares (the "old" side first).
enum class DiffKind {
    HeadToIndex,     // staged changes
    IndexToWorkdir,  // unstaged changes (untracked files included on request)
    CommitToParent,  // a commit against its first parent (root commit: against the empty tree)
    CommitToCommit,  // any two commits (or trees)
};

/// One line of a hunk. Line numbers are 1-based; -1 where the line does not exist on that side.
struct DiffLine
{
    enum class Origin : char { Context = ' ', Addition = '+', Deletion = '-' };
    Origin origin = Origin::Context;
    int oldLineNo = -1;
    int newLineNo = -1;
    QString text;                 // without its line ending
    bool noNewlineAtEnd = false;  // "\ No newline at end of file" follows this line
    bool crlf = false;            // the line ended with "\r\n"
};

/// A hunk: a run of changed lines with its context, as in "@@ -oldStart,oldLines +newStart,newLines @@".
struct DiffHunk
{
    int oldStart = 0;
    int oldLines = 0;
    int newStart = 0;
    int newLines = 0;
    QString header;  // the whole "@@ ... @@ section" line, without line ending
    QList<DiffLine> lines;
};

/// What happened to a file (mirrors git_delta_t).
enum class DeltaStatus { Unmodified, Added, Deleted, Modified, Renamed, Copied, Ignored, Untracked, TypeChange, Conflicted };

/// The diff of one file: paths, status, modes, sizes, and its hunks (none for binary or too large files).
struct DiffFile
{
    QString oldPath;
    QString newPath;
    DeltaStatus status = DeltaStatus::Modified;
    quint32 oldMode = 0;
    quint32 newMode = 0;
    Oid oldId;
    Oid newId;
    qint64 oldSize = 0;
    qint64 newSize = 0;
    int similarity = 0;      // for renames and copies, 0–100
    bool binary = false;
    bool tooLarge = false;   // above DiffOptions::largeFileThreshold and not forced: no hunks loaded
    int additions = 0;
    int deletions = 0;
    QList<DiffHunk> hunks;

    QString path() const { return newPath.isEmpty() ? oldPath : newPath; }
};

/// How to compute a diff.
struct DiffOptions
{
    enum class Whitespace { Show, IgnoreAll, IgnoreChange, IgnoreAtEol };
    Whitespace whitespace = Whitespace::Show;
    int contextLines = 3;
    bool detectRenames = true;
    bool includeUntracked = true;               // IndexToWorkdir: untracked files as additions
    qint64 largeFileThreshold = 10 * 1024 * 1024; // bytes; larger files come back with tooLarge
    bool forceLarge = false;                     // "show anyway"
    QStringList paths;                           // restrict to these paths (exact, no globbing); empty: all
};

/// A line picked in a DiffFile, by hunk index and line index within that hunk.
/// Line staging, unstaging and discarding take lists of these.
struct DiffLineRef
{
    int hunk = 0;
    int line = 0;
    friend bool operator==(const DiffLineRef &a, const DiffLineRef &b) { return a.hunk == b.hunk && a.line == b.line; }
};

} // namespace gantry
