#include "gitcore/Repository.h"

#include "gitcore/CommandLineConfig.h"
#include "gitcore/LibGit2.h"
#include "gitcore/LooseObjectGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gantry {

namespace {

QString stripSlash(const char *path)
{
    QString s = QString::fromUtf8(path ? path : "");
    while (s.size() > 1 && s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

} // namespace

Result<Repository> Repository::openWithFlags(const QString &path, unsigned flags)
{
    ensureLibgit2();
    const QFileInfo info(path);
    if (!info.exists())
        return GitError::custom(QCoreApplication::translate("gantry::Repository", "'%1' does not exist")
                                    .arg(QDir::toNativeSeparators(path)), GIT_ENOTFOUND);
    git_repository *repo = nullptr;
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const int rc = git_repository_open_ext(&repo, native.constData(), flags, nullptr);
    if (rc == GIT_ENOTFOUND)
        return GitError::custom(QCoreApplication::translate("gantry::Repository",
                                                            "'%1' is not a Git repository (nor is any parent folder)")
                                    .arg(QDir::toNativeSeparators(path)), GIT_ENOTFOUND);
    if (rc < 0)
        return GitError::fromLibgit2(rc, QCoreApplication::translate("gantry::Repository", "cannot open '%1'")
                                             .arg(QDir::toNativeSeparators(path)));
    RepositoryPtr owned(repo);
    if (int configured = CommandLineConfig::install(repo); configured < 0)
        return GitError::fromLibgit2(configured, QCoreApplication::translate("gantry::Repository", "cannot open '%1'")
                                                     .arg(QDir::toNativeSeparators(path)));
    if (int guarded = LooseObjectGuard::install(repo); guarded < 0)
        return GitError::fromLibgit2(guarded, QCoreApplication::translate("gantry::Repository", "cannot open '%1'")
                                                  .arg(QDir::toNativeSeparators(path)));
    return Repository(std::move(owned));
}

Result<Repository> Repository::open(const QString &path)
{
    return openWithFlags(path, 0);
}

Result<Repository> Repository::openExact(const QString &path)
{
    return openWithFlags(path, GIT_REPOSITORY_OPEN_NO_SEARCH);
}

Result<Repository> Repository::init(const QString &path, bool bare, const QString &initialBranch)
{
    ensureLibgit2();
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH;
    if (bare)
        opts.flags |= GIT_REPOSITORY_INIT_BARE;
    const QByteArray branch = initialBranch.toUtf8();
    if (!initialBranch.isEmpty())
        opts.initial_head = branch.constData();
    git_repository *repo = nullptr;
    const QByteArray native = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    const int rc = git_repository_init_ext(&repo, native.constData(), &opts);
    if (rc < 0)
        return GitError::fromLibgit2(rc, QCoreApplication::translate("gantry::Repository", "cannot create a repository in '%1'")
                                             .arg(QDir::toNativeSeparators(path)));
    RepositoryPtr owned(repo);
    if (int configured = CommandLineConfig::install(repo); configured < 0)
        return GitError::fromLibgit2(configured, QCoreApplication::translate("gantry::Repository", "cannot open '%1'")
                                                     .arg(QDir::toNativeSeparators(path)));
    if (int guarded = LooseObjectGuard::install(repo); guarded < 0)
        return GitError::fromLibgit2(guarded, QCoreApplication::translate("gantry::Repository", "cannot open '%1'")
                                                  .arg(QDir::toNativeSeparators(path)));
    return Repository(std::move(owned));
}

Result<Repository> Repository::reopen() const
{
    return openExact(isBare() ? gitDir() : workdir());
}

QString Repository::workdir() const
{
    const char *wd = git_repository_workdir(m_repo.get());
    return wd ? stripSlash(wd) : QString();
}

QString Repository::gitDir() const { return stripSlash(git_repository_path(m_repo.get())); }

QString Repository::commonDir() const { return stripSlash(git_repository_commondir(m_repo.get())); }

QString Repository::displayName() const
{
    QString name = QFileInfo(isBare() ? gitDir() : workdir()).fileName();
    return name.isEmpty() ? gitDir() : name;
}

bool Repository::isBare() const { return git_repository_is_bare(m_repo.get()) == 1; }
bool Repository::isWorktree() const { return git_repository_is_worktree(m_repo.get()) == 1; }
bool Repository::isShallow() const { return git_repository_is_shallow(m_repo.get()) == 1; }
bool Repository::isHeadUnborn() const { return git_repository_head_unborn(m_repo.get()) == 1; }
bool Repository::isHeadDetached() const { return git_repository_head_detached(m_repo.get()) == 1; }

RepositoryState Repository::state() const
{
    switch (git_repository_state(m_repo.get())) {
    case GIT_REPOSITORY_STATE_MERGE: return RepositoryState::Merge;
    case GIT_REPOSITORY_STATE_REVERT: return RepositoryState::Revert;
    case GIT_REPOSITORY_STATE_REVERT_SEQUENCE: return RepositoryState::RevertSequence;
    case GIT_REPOSITORY_STATE_CHERRYPICK: return RepositoryState::CherryPick;
    case GIT_REPOSITORY_STATE_CHERRYPICK_SEQUENCE: return RepositoryState::CherryPickSequence;
    case GIT_REPOSITORY_STATE_BISECT: return RepositoryState::Bisect;
    case GIT_REPOSITORY_STATE_REBASE: return RepositoryState::Rebase;
    case GIT_REPOSITORY_STATE_REBASE_INTERACTIVE: return RepositoryState::RebaseInteractive;
    case GIT_REPOSITORY_STATE_REBASE_MERGE: return RepositoryState::RebaseMerge;
    case GIT_REPOSITORY_STATE_APPLY_MAILBOX: return RepositoryState::ApplyMailbox;
    case GIT_REPOSITORY_STATE_APPLY_MAILBOX_OR_REBASE: return RepositoryState::ApplyMailboxOrPatch;
    default: return RepositoryState::Clean;
    }
}

QString Repository::describeState(RepositoryState state)
{
    const char *ctx = "gantry::Repository";
    switch (state) {
    case RepositoryState::Clean: return {};
    case RepositoryState::Merge: return QCoreApplication::translate(ctx, "A merge is in progress");
    case RepositoryState::Revert:
    case RepositoryState::RevertSequence: return QCoreApplication::translate(ctx, "A revert is in progress");
    case RepositoryState::CherryPick:
    case RepositoryState::CherryPickSequence: return QCoreApplication::translate(ctx, "A cherry-pick is in progress");
    case RepositoryState::Bisect: return QCoreApplication::translate(ctx, "A bisect is in progress");
    case RepositoryState::Rebase:
    case RepositoryState::RebaseInteractive:
    case RepositoryState::RebaseMerge: return QCoreApplication::translate(ctx, "A rebase is in progress");
    case RepositoryState::ApplyMailbox:
    case RepositoryState::ApplyMailboxOrPatch: return QCoreApplication::translate(ctx, "Applying patches (git am) is in progress");
    }
    return {};
}

QString Repository::headBranch() const
{
    if (isHeadDetached())
        return {};
    git_reference *head = nullptr;
    // HEAD itself, unresolved: works for unborn branches too.
    if (git_reference_lookup(&head, m_repo.get(), "HEAD") < 0)
        return {};
    ReferencePtr owner(head);
    if (git_reference_type(head) != GIT_REFERENCE_SYMBOLIC)
        return {};
    QString target = QString::fromUtf8(git_reference_symbolic_target(head));
    if (target.startsWith(QLatin1String("refs/heads/")))
        target.remove(0, 11);
    return target;
}

Oid Repository::headCommit() const
{
    git_oid oid;
    if (git_reference_name_to_id(&oid, m_repo.get(), "HEAD") < 0)
        return Oid();
    return Oid(oid);
}

Result<void> Repository::checkHeadReadable() const
{
    const Oid head = headCommit();
    if (head.isNull())
        return {};
    git_commit *commit = nullptr;
    if (int rc = git_commit_lookup(&commit, m_repo.get(), head.ptr()); rc < 0)
        return GitError::fromLibgit2(rc, QCoreApplication::translate("gantry::Repository", "cannot read the HEAD commit %1")
                                             .arg(head.toString()));
    CommitPtr owned(commit);
    git_tree *tree = nullptr;
    if (int rc = git_commit_tree(&tree, commit); rc < 0)
        return GitError::fromLibgit2(rc, QCoreApplication::translate("gantry::Repository", "cannot read the tree %1 of the HEAD commit")
                                             .arg(Oid(*git_commit_tree_id(commit)).toString()));
    TreePtr ownedTree(tree);
    return {};
}

Result<ConfigPtr> Repository::config() const
{
    git_config *cfg = nullptr;
    if (int rc = git_repository_config_snapshot(&cfg, m_repo.get()); rc < 0)
        return GitError::fromLibgit2(rc, QCoreApplication::translate("gantry::Repository", "cannot read the configuration"));
    return ConfigPtr(cfg);
}

QString Repository::configString(const QString &key, const QString &fallback) const
{
    auto cfg = config();
    if (!cfg)
        return fallback;
    GitBuf buf;
    if (git_config_get_string_buf(&buf, cfg->get(), key.toUtf8().constData()) < 0) {
        git_error_clear();
        return fallback;
    }
    return QString::fromUtf8(buf.data(), qsizetype(buf.size()));
}

bool Repository::configBool(const QString &key, bool fallback) const
{
    auto cfg = config();
    if (!cfg)
        return fallback;
    int value = 0;
    if (git_config_get_bool(&value, cfg->get(), key.toUtf8().constData()) < 0) {
        git_error_clear();
        return fallback;
    }
    return value != 0;
}

Result<IndexPtr> Repository::index() const
{
    git_index *idx = nullptr;
    if (int rc = git_repository_index(&idx, m_repo.get()); rc < 0)
        return GitError::fromLibgit2(rc, QCoreApplication::translate("gantry::Repository", "cannot read the index"));
    IndexPtr owner(idx);
    if (int rc = git_index_read(idx, true); rc < 0)
        return GitError::fromLibgit2(rc, QCoreApplication::translate("gantry::Repository", "cannot read the index"));
    return owner;
}

} // namespace gantry
