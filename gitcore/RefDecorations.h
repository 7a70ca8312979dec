#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Result.h"

#include <QHash>
#include <QString>
#include <QVector>

struct git_repository;

namespace gantry {

/// What kind of reference a decoration names.
enum class RefKind : quint8 {
    Head,          // HEAD itself (detached, or pointing at the branch given by headTarget)
    LocalBranch,   // refs/heads/*
    RemoteBranch,  // refs/remotes/*
    Tag,           // refs/tags/* (peeled: shown on the commit the tag points at)
    Stash,         // refs/stash
    Other,         // any other ref under refs/ (notes, replace, ...)
};

/// One reference pointing at an object, as `git log --decorate` shows it.
struct RefDecoration
{
    RefKind kind = RefKind::Other;
    QString name;          // shortened as git shows it: "main", "origin/main", "v1.0", "HEAD", "refs/stash"
    QString fullName;      // "refs/heads/main"; "HEAD" for HEAD
    bool isHeadTarget = false;  // the local branch HEAD points to (shown as "HEAD -> main")
};

/// The references of a repository indexed by the commit (and tag object) they point at:
/// badges for the history view and `%d` / `%D` for `gantry log`, in git's order.
class RefDecorations
{
public:
    /// Reads every reference under refs/ plus HEAD. Unreadable refs are skipped as git does.
    static Result<RefDecorations> load(git_repository *repo);

    /// The decorations of an object in git's order (HEAD first, then refs in reverse name order).
    /// When HEAD points at a branch on this commit the list holds HEAD, and the branch with
    /// isHeadTarget set, right after it.
    QVector<RefDecoration> at(const Oid &id) const { return m_byObject.value(id); }
    bool contains(const Oid &id) const { return m_byObject.contains(id); }
    bool isEmpty() const { return m_byObject.isEmpty(); }

    /// Git's `%d`: " (HEAD -> main, tag: v1.0, origin/main)", or empty when there is none.
    QString format(const Oid &id) const { return format(id, QStringLiteral(" ("), QStringLiteral(")")); }
    /// Git's `%D`: "HEAD -> main, tag: v1.0, origin/main" (no parentheses).
    QString formatBare(const Oid &id) const { return format(id, QString(), QString()); }

private:
    QString format(const Oid &id, const QString &prefix, const QString &suffix) const;

    QHash<Oid, QVector<RefDecoration>> m_byObject;
};

} // namespace gantry
