#pragma once

#include "gitcore/Oid.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace gantry {

/// One branch as the side panel and the branch commands see it: a local branch with its
/// upstream and how far apart they are, or a remote-tracking branch ("origin/main").
struct BranchInfo
{
    enum class Kind { Local, RemoteTracking };

    Kind kind = Kind::Local;
    /// Short name as git prints it: "main", "feature/x", "origin/main".
    QString name;
    /// Full reference name: "refs/heads/main", "refs/remotes/origin/main".
    QString refName;
    /// For a remote-tracking branch, the remote it belongs to ("origin"); for a local one,
    /// the remote of its upstream (empty when it has none or the upstream is local).
    QString remote;
    /// The commit the branch points at (null for a symbolic ref such as origin/HEAD that dangles).
    Oid target;
    /// First line of the target commit's message, and its committer time (for sorting, tooltips).
    QString subject;
    QDateTime commitTime;
    /// True for the branch HEAD names (local only).
    bool isHead = false;
    /// True for a symbolic remote ref such as "origin/HEAD".
    bool isSymbolic = false;

    /// Short name of the configured upstream ("origin/main"), empty when none is set.
    QString upstream;
    /// Upstream configured but its ref no longer exists (git prints "[gone]").
    bool upstreamGone = false;
    /// Commits on this branch not on its upstream, and on the upstream not on this branch.
    int ahead = 0;
    int behind = 0;

    bool isLocal() const { return kind == Kind::Local; }
    bool hasUpstream() const { return !upstream.isEmpty(); }
    /// The branch's name without its remote ("main" for "origin/main"); the name for a local branch.
    QString nameWithoutRemote() const
    {
        if (kind == Kind::Local || remote.isEmpty())
            return name;
        return name.mid(remote.size() + 1);
    }
};

using BranchList = QList<BranchInfo>;

} // namespace gantry

Q_DECLARE_METATYPE(gantry::BranchInfo)
