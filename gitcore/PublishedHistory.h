#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gantry {

/// Which of the commits an operation would rewrite or drop a branch's upstream already holds.
struct PublishedCommits
{
    QString branch;       ///< the local branch checked; empty when HEAD is detached
    QString upstream;     ///< its upstream's short name ("origin/main"); empty when it has none
    Oid upstreamCommit;   ///< what the upstream points at; null when none
    QList<Oid> published; ///< the asked-about commits reachable from the upstream, in the order asked

    bool any() const { return !published.isEmpty(); }
};

/// Answers "is this history published?": a commit is published when the current branch's upstream
/// (its remote-tracking branch, as last fetched) already reaches it, so rewriting it (amend, rebase,
/// reset) means the next push needs --force-with-lease and others' clones diverge.
/// See docs/guard-rails.md, "Rewriting published history".
class PublishedHistory
{
public:
    /// GitError::code() of an operation refused because it would rewrite published commits.
    static constexpr int RewritesPublished = -1210;

    /// Which of `commits` the upstream of local `branch` reaches (none when it has no upstream).
    static Result<PublishedCommits> of(const Repository &repo, const QString &branch, const QList<Oid> &commits);
    /// The same for HEAD's branch (nothing is published for a detached HEAD).
    static Result<PublishedCommits> ofHead(const Repository &repo, const QList<Oid> &commits);

    /// The commits reachable from `from` but not from `to`, newest first: what leaves a branch
    /// that moves from `from` to `to` (`git rev-list from ^to`). `to` may be null.
    static Result<QList<Oid>> leaving(const Repository &repo, const Oid &from, const Oid &to);

    /// The error of a refused rewrite: a sentence naming the upstream and listing the commits
    /// ("abc1234 subject"), with code RewritesPublished.
    static GitError refusal(const Repository &repo, const PublishedCommits &published, const QString &operation);
    /// "abc1234 subject" lines for `commits`, at most `limit` (then "… and N more").
    static QStringList describe(const Repository &repo, const QList<Oid> &commits, int limit = 10);
};

} // namespace gantry
