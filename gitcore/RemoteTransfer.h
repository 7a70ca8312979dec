#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace gantry {

/// How far a fetch or push has come, for a progress bar.
struct TransferProgress
{
    enum class Stage { Connecting, Receiving, Resolving, Sending, UpdatingRefs };
    Stage stage = Stage::Connecting;
    int current = 0;        ///< objects received / deltas resolved / objects sent
    int total = 0;          ///< 0 when not known yet
    qint64 bytes = 0;       ///< bytes received or sent so far
    QString remoteMessage;  ///< the server's last progress line ("Counting objects: 50% …")
};

/// A ref a fetch or push changed: `oldId` null when it was created, `newId` null when deleted.
struct RefUpdate
{
    QString refName;
    Oid oldId;
    Oid newId;
};

struct FetchOutcome
{
    QList<RefUpdate> updated;     ///< refs/remotes/* and tags that changed, in libgit2's order
    QStringList remoteMessages;   ///< what the server said ("remote: …" lines, progress left out)
};

/// The only two ways to push: a fast-forward, or a rewrite that checks the remote branch is
/// still where we last saw it. There is no plain force.
enum class ForceMode { None, ForceWithLease };

struct PushRequest
{
    QString remote;        ///< empty: the branch's upstream remote, else "origin"
    QString localBranch;   ///< empty: HEAD's branch
    QString remoteBranch;  ///< empty: the upstream's branch on that remote, else localBranch
    ForceMode force = ForceMode::None;
    bool setUpstream = false; ///< afterwards, branch.<local>.remote/merge point at what was pushed
};

struct PushOutcome
{
    PushRequest request;        ///< with the defaults filled in
    QString remoteRef;          ///< "refs/heads/main"
    Oid oldRemoteId;            ///< where the remote branch was (null: it did not exist)
    Oid newId;                  ///< what it is now
    bool upToDate = false;      ///< nothing needed sending
    bool upstreamSet = false;
    QStringList remoteMessages; ///< what the server said
};

/// Fetches from and pushes to a repository's remotes with libgit2, as `git fetch` and
/// `git push [--force-with-lease]` do: credentials through RemoteCredentials, progress and
/// cancelling through callbacks, and through NetworkStream a timeout (gantry.networkTimeout) and
/// a cancel that also stop a read the server never answers. Works on the calling thread (a
/// worker: it blocks on the network).
class RemoteTransfer
{
public:
    using CancelFlag = const std::atomic<bool> *;
    using ProgressFunction = std::function<void(const TransferProgress &)>;

    /// GitError::code() of a force-with-lease refused because the remote branch moved.
    static constexpr int LeaseMismatch = -1301;
    /// The server refused the update (a hook, receive.denyNonFastForwards…): its words in the message.
    static constexpr int Rejected = -1302;
    /// A push that is not a fast-forward, refused before sending (fetch first, or force-with-lease).
    static constexpr int NonFastForward = -1303;
    /// Credentials were missing or refused.
    static constexpr int AuthenticationFailed = -1304;
    /// The server sent nothing for gantry.networkTimeout seconds (NetworkStream): "stopped answering".
    static constexpr int NetworkTimeout = -1305;

    /// The repository's remotes, by name.
    static Result<QStringList> remotes(const Repository &repo);

    /// Fetches `remote`'s configured refspecs (refs/remotes/<remote>/* and tags, like `git fetch`).
    /// `prune` removes remote-tracking refs whose branch is gone; otherwise fetch.prune decides.
    static Result<FetchOutcome> fetch(const Repository &repo, const QString &remote, CancelFlag cancel = nullptr,
                                      const ProgressFunction &progress = {}, bool prune = false);

    /// Pushes one branch. ForceMode::None refuses a non-fast-forward (NonFastForward) before
    /// sending anything; ForceWithLease first lists the remote's refs on the connection it will
    /// push over and refuses (LeaseMismatch, remote untouched) unless the remote branch is at our
    /// remote-tracking ref (absent: the branch must not exist there). Updates that ref afterwards.
    static Result<PushOutcome> push(const Repository &repo, const PushRequest &request, CancelFlag cancel = nullptr,
                                    const ProgressFunction &progress = {});

    /// Clones `url` into `path` (which must not exist or be empty) like `git clone`: origin, its
    /// branches as refs/remotes/origin/*, the remote's HEAD branch checked out. Cancelled or
    /// failed, libgit2 removes what it created. Returns the new working tree's path.
    static Result<QString> clone(const QString &url, const QString &path, CancelFlag cancel = nullptr,
                                 const ProgressFunction &progress = {});

    /// `request` with its defaults filled in and checked (the remote exists, the branch exists,
    /// the remote branch name is valid).
    static Result<PushRequest> resolve(const Repository &repo, const PushRequest &request);
    /// The remote-tracking ref `remote`'s fetch refspecs map its `branch` to
    /// ("refs/remotes/origin/main"); empty when none does.
    static QString trackingRef(const Repository &repo, const QString &remote, const QString &branch);
};

} // namespace gantry
