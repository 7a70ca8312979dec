#include "gitcore/RemoteTransfer.h"

#include "gitcore/Branches.h"
#include "gitcore/GitPtr.h"
#include "gitcore/LibGit2.h"
#include "gitcore/NetworkStream.h"
#include "gitcore/RemoteCredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::RemoteTransfer)
};

const QLatin1String kHeads("refs/heads/");

/// Everything libgit2's callbacks need during one fetch or push (their shared payload).
struct Session
{
    Session(const QString &workdir, RemoteTransfer::CancelFlag cancelFlag,
            const RemoteTransfer::ProgressFunction &progressFunction, int timeoutSeconds)
        : credentials(workdir), cancel(cancelFlag), progress(progressFunction), watch(cancelFlag, timeoutSeconds)
    {
    }

    RemoteCredentials credentials;
    RemoteTransfer::CancelFlag cancel;
    const RemoteTransfer::ProgressFunction &progress;
    NetworkStream::Watch watch; // the sockets libgit2 opens on this thread during the session
    bool cancelled = false;
    TransferProgress state;
    QByteArray sideband;
    QStringList messages;
    QList<RefUpdate> updates;
    QList<QPair<QString, QString>> rejected; // ref, the server's status
    // Force-with-lease: the value the remote branch must still have as libgit2 sends the update.
    bool checkLease = false;
    QByteArray leaseRef;
    Oid leaseExpected;
    Oid leaseSeen;
    bool leaseBroken = false;

    bool stop()
    {
        if (cancel && cancel->load())
            cancelled = true;
        return cancelled;
    }
    int report()
    {
        if (stop())
            return -1;
        if (progress)
            progress(state);
        return 0;
    }

    void fill(git_remote_callbacks &callbacks)
    {
        callbacks.payload = this;
        callbacks.credentials = [](git_credential **out, const char *url, const char *user, unsigned int allowed,
                                   void *payload) {
            auto *self = static_cast<Session *>(payload);
            if (self->stop())
                return -1;
            return self->credentials.acquire(out, url, user, allowed);
        };
        callbacks.sideband_progress = [](const char *text, int length, void *payload) {
            return static_cast<Session *>(payload)->onSideband(QByteArray(text, length));
        };
        callbacks.transfer_progress = [](const git_indexer_progress *stats, void *payload) {
            auto *self = static_cast<Session *>(payload);
            const bool resolving = stats->received_objects == stats->total_objects && stats->total_deltas > 0;
            self->state.stage = resolving ? TransferProgress::Stage::Resolving : TransferProgress::Stage::Receiving;
            self->state.current = int(resolving ? stats->indexed_deltas : stats->received_objects);
            self->state.total = int(resolving ? stats->total_deltas : stats->total_objects);
            self->state.bytes = qint64(stats->received_bytes);
            return self->report();
        };
        callbacks.pack_progress = [](int, uint32_t, uint32_t, void *payload) {
            return static_cast<Session *>(payload)->stop() ? -1 : 0;
        };
        callbacks.push_transfer_progress = [](unsigned int current, unsigned int total, size_t bytes, void *payload) {
            auto *self = static_cast<Session *>(payload);
            self->state.stage = TransferProgress::Stage::Sending;
            self->state.current = int(current);
            self->state.total = int(total);
            self->state.bytes = qint64(bytes);
            if (current >= total && total > 0) {
                // The whole pack is out: past the point of no return, the push finishes and says so
                // (the server's verdict is still awaited, within the timeout).
                self->watch.ignoreCancel();
                if (self->progress)
                    self->progress(self->state);
                return 0;
            }
            return self->report();
        };
        callbacks.update_tips = [](const char *refname, const git_oid *a, const git_oid *b, void *payload) {
            auto *self = static_cast<Session *>(payload);
            self->updates.append({QString::fromUtf8(refname), Oid(a), Oid(b)});
            return 0;
        };
        callbacks.push_update_reference = [](const char *refname, const char *status, void *payload) {
            if (status)
                static_cast<Session *>(payload)->rejected.append({QString::fromUtf8(refname), QString::fromUtf8(status)});
            return 0;
        };
        callbacks.push_negotiation = [](const git_push_update **updates, size_t count, void *payload) {
            auto *self = static_cast<Session *>(payload);
            if (self->stop())
                return -1;
            if (!self->checkLease)
                return 0;
            // The last look before libgit2 sends: the old value it sends (`src`, the remote's
            // current target) must be the lease's.
            for (size_t i = 0; i < count; ++i) {
                if (self->leaseRef == updates[i]->dst_refname && Oid(updates[i]->src) != self->leaseExpected) {
                    self->leaseBroken = true;
                    self->leaseSeen = Oid(updates[i]->src);
                    return -1;
                }
            }
            return 0;
        };
    }

    int onSideband(const QByteArray &text)
    {
        static const QRegularExpression progressLine(QStringLiteral(
            "^(Enumerating|Counting|Compressing|Total|Writing|Receiving|Resolving|Delta compression) "));
        sideband += text;
        for (;;) {
            const int end = int(std::min<qsizetype>(sideband.indexOf('\n') < 0 ? sideband.size() : sideband.indexOf('\n'),
                                                    sideband.indexOf('\r') < 0 ? sideband.size() : sideband.indexOf('\r')));
            if (end >= sideband.size())
                break;
            const QString line = QString::fromUtf8(sideband.left(end)).trimmed();
            const bool progressOnly = sideband.at(end) == '\r' || progressLine.match(line).hasMatch();
            sideband.remove(0, end + 1);
            if (line.isEmpty())
                continue;
            if (progressOnly) {
                state.remoteMessage = line;
            } else {
                messages.append(line);
            }
        }
        return report();
    }

    /// The error of a failed libgit2 call, seen through what the session knows.
    GitError failure(int rc, const QString &context)
    {
        if (cancelled || watch.stop() == NetworkStream::Stop::Cancelled)
            return GitError::cancelled();
        if (watch.stop() == NetworkStream::Stop::TimedOut)
            return GitError::custom(context + QStringLiteral(": ") + watch.message(), RemoteTransfer::NetworkTimeout);
        if (credentials.authFailed())
            return GitError::custom(credentials.failure(), RemoteTransfer::AuthenticationFailed);
        GitError error = GitError::fromLibgit2(rc, context);
        return GitError(error.code(), error.errorClass(), credentials.scrub(error.message()));
    }
};

Result<RemotePtr> lookupRemote(const Repository &repo, const QString &name)
{
    if (name.isEmpty())
        return GitError::custom(Tr::tr("No remote given."), GIT_ENOTFOUND);
    git_remote *remote = nullptr;
    const QByteArray n = name.toUtf8();
    const int rc = git_remote_lookup(&remote, repo.raw(), n.constData());
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC)
        return GitError::custom(Tr::tr("There is no remote named '%1'.").arg(name), GIT_ENOTFOUND);
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the remote '%1'").arg(name));
    return RemotePtr(remote);
}

QString remoteUrl(git_remote *remote, bool push)
{
    const char *url = push && git_remote_pushurl(remote) ? git_remote_pushurl(remote) : git_remote_url(remote);
    return RemoteCredentials::displayUrl(QString::fromUtf8(url ? url : ""));
}

Oid refTarget(const Repository &repo, const QString &refName)
{
    git_oid id;
    const QByteArray n = refName.toUtf8();
    if (refName.isEmpty() || git_reference_name_to_id(&id, repo.raw(), n.constData()) < 0) {
        git_error_clear();
        return {};
    }
    return Oid(id);
}

QString shortId(const Oid &id)
{
    return id.isNull() ? Tr::tr("(absent)") : id.toShortString();
}

Result<void> setUpstreamConfig(const Repository &repo, const PushRequest &request)
{
    git_config *config = nullptr;
    if (auto r = check(git_repository_config(&config, repo.raw()), Tr::tr("cannot open the configuration")); !r)
        return r;
    ConfigPtr owner(config);
    const QByteArray section = "branch." + request.localBranch.toUtf8();
    const QByteArray remote = request.remote.toUtf8();
    const QByteArray merge = (kHeads + request.remoteBranch).toUtf8();
    if (auto r = check(git_config_set_string(config, section + ".remote", remote.constData()),
                       Tr::tr("cannot set the upstream of '%1'").arg(request.localBranch));
        !r)
        return r;
    return check(git_config_set_string(config, section + ".merge", merge.constData()),
                 Tr::tr("cannot set the upstream of '%1'").arg(request.localBranch));
}

} // namespace

Result<QStringList> RemoteTransfer::remotes(const Repository &repo)
{
    GitStrArray names;
    if (auto r = check(git_remote_list(&names, repo.raw()), Tr::tr("cannot list the remotes")); !r)
        return r.error();
    QStringList list;
    for (size_t i = 0; i < names.array.count; ++i)
        list.append(QString::fromUtf8(names.array.strings[i]));
    return list;
}

QString RemoteTransfer::trackingRef(const Repository &repo, const QString &remote, const QString &branch)
{
    auto found = lookupRemote(repo, remote);
    if (!found)
        return {};
    const QByteArray source = (kHeads + branch).toUtf8();
    for (size_t i = 0; i < git_remote_refspec_count(found->get()); ++i) {
        const git_refspec *spec = git_remote_get_refspec(found->get(), i);
        if (git_refspec_direction(spec) != GIT_DIRECTION_FETCH || !git_refspec_src_matches(spec, source.constData()))
            continue;
        GitBuf out;
        if (git_refspec_transform(&out, spec, source.constData()) == 0)
            return QString::fromUtf8(out.data(), qsizetype(out.size()));
    }
    git_error_clear();
    return {};
}

Result<PushRequest> RemoteTransfer::resolve(const Repository &repo, const PushRequest &request)
{
    PushRequest resolved = request;
    if (resolved.localBranch.isEmpty()) {
        if (repo.isHeadDetached())
            return GitError::custom(Tr::tr("HEAD is detached: choose the branch to push."));
        resolved.localBranch = repo.headBranch();
    }
    auto local = Branches::local(repo, resolved.localBranch);
    if (!local)
        return local.error();
    if (local->target.isNull())
        return GitError::custom(Tr::tr("The branch '%1' has no commits yet.").arg(resolved.localBranch));
    if (resolved.remote.isEmpty()) {
        resolved.remote = local->remote;
        if (resolved.remote.isEmpty()) {
            auto all = remotes(repo);
            if (all && all->size() == 1)
                resolved.remote = all->first();
            else
                resolved.remote = QStringLiteral("origin");
        }
    }
    if (auto remote = lookupRemote(repo, resolved.remote); !remote)
        return remote.error();
    if (resolved.remoteBranch.isEmpty()) {
        const QString merge = repo.configString(QStringLiteral("branch.%1.merge").arg(resolved.localBranch));
        if (local->remote == resolved.remote && merge.startsWith(kHeads))
            resolved.remoteBranch = merge.mid(kHeads.size());
        else
            resolved.remoteBranch = resolved.localBranch;
    }
    if (const QString problem = Branches::nameProblem(resolved.remoteBranch); !problem.isEmpty())
        return GitError::custom(problem, GIT_EINVALIDSPEC);
    return resolved;
}

Result<FetchOutcome> RemoteTransfer::fetch(const Repository &repo, const QString &remoteName, CancelFlag cancel,
                                           const ProgressFunction &progress, bool prune)
{
    if (cancel && cancel->load())
        return GitError::cancelled();
    auto remote = lookupRemote(repo, remoteName);
    if (!remote)
        return remote.error();
    auto timeout = NetworkStream::configuredTimeout(&repo);
    if (!timeout)
        return timeout.error();
    Session session(repo.workdir(), cancel, progress, *timeout);
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    session.fill(options.callbacks);
    options.prune = prune ? GIT_FETCH_PRUNE : GIT_FETCH_PRUNE_UNSPECIFIED; // unspecified: fetch.prune decides
    if (session.report() != 0)
        return GitError::cancelled();
    const int rc = git_remote_fetch(remote->get(), nullptr, &options, nullptr);
    if (rc < 0)
        return session.failure(rc, Tr::tr("cannot fetch from '%1' (%2)").arg(remoteName, remoteUrl(remote->get(), false)));
    session.credentials.approve();
    return FetchOutcome{session.updates, session.messages};
}

Result<QString> RemoteTransfer::clone(const QString &url, const QString &path, CancelFlag cancel,
                                      const ProgressFunction &progress)
{
    ensureLibgit2();
    if (cancel && cancel->load())
        return GitError::cancelled();
    if (url.trimmed().isEmpty())
        return GitError::custom(Tr::tr("No URL given to clone."));
    const QFileInfo target(path);
    if (path.isEmpty())
        return GitError::custom(Tr::tr("No folder given to clone into."));
    if (target.exists() && (!target.isDir() || !QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return GitError::custom(Tr::tr("%1 already exists and is not an empty folder.").arg(QDir::toNativeSeparators(path)),
                                GIT_EEXISTS);
    // git credential runs in the folder the clone goes to, as git would (its parent: it does not exist yet).
    auto timeout = NetworkStream::configuredTimeout(nullptr);
    if (!timeout)
        return timeout.error();
    Session session(target.absolutePath(), cancel, progress, *timeout);
    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    session.fill(options.fetch_opts.callbacks);
    git_repository *raw = nullptr;
    const QByteArray u = url.trimmed().toUtf8();
    const QByteArray p = QFile::encodeName(path);
    if (int rc = git_clone(&raw, u.constData(), p.constData(), &options); rc < 0)
        return session.failure(rc, Tr::tr("cannot clone %1").arg(RemoteCredentials::displayUrl(url.trimmed())));
    RepositoryPtr repo(raw);
    session.credentials.approve();
    const char *workdir = git_repository_workdir(raw);
    QString result = workdir ? QFile::decodeName(workdir) : path;
    while (result.size() > 1 && result.endsWith(QLatin1Char('/')))
        result.chop(1);
    return result;
}

Result<PushOutcome> RemoteTransfer::push(const Repository &repo, const PushRequest &request, CancelFlag cancel,
                                         const ProgressFunction &progress)
{
    if (cancel && cancel->load())
        return GitError::cancelled();
    auto resolved = resolve(repo, request);
    if (!resolved)
        return resolved.error();
    PushOutcome outcome;
    outcome.request = *resolved;
    const PushRequest &req = outcome.request;
    outcome.remoteRef = kHeads + req.remoteBranch;
    const QString localRef = kHeads + req.localBranch;
    const Oid local = refTarget(repo, localRef);
    outcome.newId = local;
    auto remote = lookupRemote(repo, req.remote);
    if (!remote)
        return remote.error();
    const QString url = remoteUrl(remote->get(), true);

    auto timeout = NetworkStream::configuredTimeout(&repo);
    if (!timeout)
        return timeout.error();
    Session session(repo.workdir(), cancel, progress, *timeout);
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    session.fill(callbacks);
    if (session.report() != 0)
        return GitError::cancelled();
    if (int rc = git_remote_connect(remote->get(), GIT_DIRECTION_PUSH, &callbacks, nullptr, nullptr); rc < 0)
        return session.failure(rc, Tr::tr("cannot connect to '%1' (%2)").arg(req.remote, url));

    // What the remote has now, on the connection the push goes over.
    const git_remote_head **heads = nullptr;
    size_t headCount = 0;
    if (int rc = git_remote_ls(&heads, &headCount, remote->get()); rc < 0)
        return session.failure(rc, Tr::tr("cannot list the branches of '%1'").arg(req.remote));
    const QByteArray remoteRefBytes = outcome.remoteRef.toUtf8();
    for (size_t i = 0; i < headCount; ++i)
        if (remoteRefBytes == heads[i]->name)
            outcome.oldRemoteId = Oid(heads[i]->oid);
    const QString tracking = trackingRef(repo, req.remote, req.remoteBranch);

    if (req.force == ForceMode::ForceWithLease) {
        const Oid expected = refTarget(repo, tracking); // "where we last saw it"; null: not there
        if (outcome.oldRemoteId != expected)
            return GitError::custom(
                Tr::tr("Not pushed: '%1' on '%2' is at %3, but you last saw it at %4. Someone else pushed to it "
                       "meanwhile: fetch and look at their commits first, then push again.")
                    .arg(req.remoteBranch, req.remote, shortId(outcome.oldRemoteId), shortId(expected)),
                LeaseMismatch);
        session.checkLease = true;
        session.leaseRef = remoteRefBytes;
        session.leaseExpected = expected;
    } else if (!outcome.oldRemoteId.isNull() && outcome.oldRemoteId != local) {
        const int descends = git_graph_descendant_of(repo.raw(), local.ptr(), outcome.oldRemoteId.ptr());
        git_error_clear();
        if (descends != 1)
            return GitError::custom(
                Tr::tr("Not pushed: '%1' on '%2' has commits that '%3' does not have (not a fast-forward). "
                       "Fetch and integrate them first, or push with force-with-lease to replace them.")
                    .arg(req.remoteBranch, req.remote, req.localBranch),
                NonFastForward);
    }

    session.state.stage = TransferProgress::Stage::Sending; // connected and checked: about to send
    if (session.report() != 0) {
        git_remote_disconnect(remote->get());
        return GitError::cancelled();
    }
    if (outcome.oldRemoteId == local) {
        outcome.upToDate = true;
        git_remote_disconnect(remote->get());
        if (!tracking.isEmpty() && refTarget(repo, tracking) != local) {
            git_reference *updated = nullptr;
            const QByteArray t = tracking.toUtf8();
            if (auto r = check(git_reference_create(&updated, repo.raw(), t.constData(), local.ptr(), 1, "update by push"),
                               Tr::tr("cannot update '%1'").arg(tracking));
                !r)
                return r.error();
            git_reference_free(updated);
        }
    } else {
        const QByteArray refspec = (req.force == ForceMode::ForceWithLease ? QByteArray("+") : QByteArray())
            + localRef.toUtf8() + ':' + remoteRefBytes;
        char *specs[] = {const_cast<char *>(refspec.constData())};
        const git_strarray refspecs = {specs, 1};
        git_push_options options = GIT_PUSH_OPTIONS_INIT;
        session.fill(options.callbacks);
        session.credentials.newConnection(); // the push may ask again; what was filled is reused
        const int rc = git_remote_push(remote->get(), &refspecs, &options);
        if (session.leaseBroken)
            return GitError::custom(
                Tr::tr("Not pushed: '%1' on '%2' moved to %3 while pushing, but you last saw it at %4. "
                       "Fetch and look at the new commits first, then push again.")
                    .arg(req.remoteBranch, req.remote, shortId(session.leaseSeen), shortId(session.leaseExpected)),
                LeaseMismatch);
        if (rc < 0)
            return session.failure(rc, Tr::tr("cannot push to '%1' (%2)").arg(req.remote, url));
        if (!session.rejected.isEmpty()) {
            QStringList lines;
            for (const auto &[ref, status] : std::as_const(session.rejected))
                lines.append(Tr::tr("The remote '%1' refused %2: %3").arg(req.remote, ref, status));
            for (const QString &message : std::as_const(session.messages))
                lines.append(QStringLiteral("remote: ") + message);
            return GitError::custom(lines.join(QLatin1Char('\n')), Rejected);
        }
    }
    session.credentials.approve();
    outcome.remoteMessages = session.messages;
    if (req.setUpstream) {
        if (auto r = setUpstreamConfig(repo, req); !r)
            return r.error();
        outcome.upstreamSet = true;
    }
    return outcome;
}

} // namespace gantry
