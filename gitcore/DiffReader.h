#pragma once

#include "gitcore/DiffTypes.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

namespace gantry {

/// Computes diffs with libgit2 and turns them into DiffFile values (files → hunks → lines).
class DiffReader
{
public:
    /// The diff of every changed file for `kind`. `from`/`to` name the commits for
    /// CommitToParent (`from` = the commit) and CommitToCommit (`from` → `to`).
    static Result<QList<DiffFile>> diff(const Repository &repo, DiffKind kind, const DiffOptions &options = {},
                                        const Oid &from = {}, const Oid &to = {});
    /// The diff of one file (looked up by its new or old path); an empty DiffFile with
    /// status Unmodified when the file did not change.
    static Result<DiffFile> fileDiff(const Repository &repo, DiffKind kind, const QString &path,
                                     const DiffOptions &options = {}, const Oid &from = {}, const Oid &to = {});
    /// The diff of two texts in memory (no repository), as `git diff --no-index` computes it:
    /// `oldText` as `oldPath`, `newText` as `newPath`; contextLines and whitespace of `options`
    /// apply. Status Unmodified (no hunks) when the texts are equal.
    static Result<DiffFile> diffBuffers(const QByteArray &oldText, const QString &oldPath, const QByteArray &newText,
                                        const QString &newPath, const DiffOptions &options = {});
};

} // namespace gantry
