#include "gitcore/Repository.h"

#include "gitcore/CommandLineConfig.h"
#include "gitcore/LibGit2.h"
#include "gitcore/LooseObjectGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Repository)
};

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
        return GitError::custom(Tr::tr("'%1' does not exist")
                                    .arg(QDir::toNativeSeparators(path)), GIT_ENOTFOUND);
    git_repository *repo = nullptr;
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const int rc = git_repository_open_ext(&repo, native.constData(), flags, nullptr);
    if (rc == GIT_ENOTFOUND)
        return GitError::custom(Tr::tr(
                                                            "'%1' is not a Git repository (nor is any parent folder)")
                                    .arg(QDir::toNativeSeparators(path)), GIT_ENOTFOUND);
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot open '%1'")
                                             .arg(QDir::toNativeSeparators(path)));
    RepositoryPtr owned(repo);
    // libgit2 opens a repository whose HEAD file is garbage; git does not (and nothing can be
    // trusted to work on it): every command opens through this check.
    if (const QString problem = headFileProblem(stripSlash(git_repository_path(repo))); !problem.isEmpty())
        return GitError::custom(Tr::tr("not a git repository: '%1' is damaged (%2)")
                                    .arg(QDir::toNativeSeparators(stripSlash(git_repository_path(repo)) + QStringLiteral("/HEAD")), problem),
                                GIT_EINVALID);
    if (int configured = CommandLineConfig::install(repo); configured < 0)
        return GitError::fromLibgit2(configured, Tr::tr("cannot open '%1'")
                                                     .arg(QDir::toNativeSeparators(path)));
    if (int guarded = LooseObjectGuard::install(repo); guarded < 0)
        return GitError::fromLibgit2(guarded, Tr::tr("cannot open '%1'")
                                                  .arg(QDir::toNativeSeparators(path)));
    return Repository(std::move(owned));
}

QString Repository::headFileProblem(const QString &gitDir)
{
    const QString headPath = gitDir + QStringLiteral("/HEAD");
    const QFileInfo info(headPath);
    if (info.isSymLink()) {
        const QString target = QFile::symLinkTarget(headPath);
        const QString relative = QDir(gitDir).relativeFilePath(target);
        return relative.startsWith(QLatin1String("refs/")) ? QString()
                                                           : Tr::tr("a symbolic link outside refs/");
    }
    QFile file(headPath);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("it cannot be read: %1").arg(file.errorString());
    QByteArray text = file.read(256).trimmed();
    if (text.isEmpty())
        return Tr::tr("it is empty");
    if (text.startsWith("ref:")) {
        const QByteArray target = text.mid(4).trimmed();
        if (target.startsWith("refs/"))
            return {};
        return Tr::tr("it names '%1', which is not under refs/").arg(QString::fromUtf8(target.left(80)));
    }
    git_oid oid;
    if ((text.size() == GIT_OID_HEXSZ) && git_oid_fromstrn(&oid, text.constData(), size_t(text.size())) == 0)
        return {};
    git_error_clear();
    return Tr::tr("it is neither \"ref: refs/…\" nor a commit id");
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
        return GitError::fromLibgit2(rc, Tr::tr("cannot create a repository in '%1'")
                                             .arg(QDir::toNativeSeparators(path)));
    RepositoryPtr owned(repo);
    if (int configured = CommandLineConfig::install(repo); configured < 0)
        return GitError::fromLibgit2(configured, Tr::tr("cannot open '%1'")
                                                     .arg(QDir::toNativeSeparators(path)));
    if (int guarded = LooseObjectGuard::install(repo); guarded < 0)
        return GitError::fromLibgit2(guarded, Tr::tr("cannot open '%1'")
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
    switch (state) {
    case RepositoryState::Clean: return {};
    case RepositoryState::Merge: return Tr::tr("A merge is in progress");
    case RepositoryState::Revert:
    case RepositoryState::RevertSequence: return Tr::tr("A revert is in progress");
    case RepositoryState::CherryPick:
    case RepositoryState::CherryPickSequence: return Tr::tr("A cherry-pick is in progress");
    case RepositoryState::Bisect: return Tr::tr("A bisect is in progress");
    case RepositoryState::Rebase:
    case RepositoryState::RebaseInteractive:
    case RepositoryState::RebaseMerge: return Tr::tr("A rebase is in progress");
    case RepositoryState::ApplyMailbox:
    case RepositoryState::ApplyMailboxOrPatch: return Tr::tr("Applying patches (git am) is in progress");
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
        return GitError::fromLibgit2(rc, Tr::tr("bad object HEAD (the commit %1 cannot be read)")
                                             .arg(head.toString()));
    CommitPtr owned(commit);
    git_tree *tree = nullptr;
    if (int rc = git_commit_tree(&tree, commit); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("bad object HEAD (its tree %1 cannot be read)")
                                             .arg(Oid(*git_commit_tree_id(commit)).toString()));
    TreePtr ownedTree(tree);
    return {};
}

Result<ConfigPtr> Repository::config() const
{
    git_config *cfg = nullptr;
    if (int rc = git_repository_config_snapshot(&cfg, m_repo.get()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the configuration"));
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

Result<void> Repository::checkIndexFile() const
{
    if (isBare())
        return {};
    // The path, not the index: libgit2 would refuse to load a damaged one with a misleading message.
    GitBuf path;
    if (int rc = git_repository_item_path(&path, m_repo.get(), GIT_REPOSITORY_ITEM_INDEX); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    QFile file(QFile::decodeName(QByteArray(path.data(), qsizetype(path.size()))));
    if (!file.exists())
        return {};
    const QString shown = QDir::toNativeSeparators(file.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return GitError::custom(Tr::tr("cannot read the index '%1': %2").arg(shown, file.errorString()));
    // A header (signature, version, entry count) and a trailing checksum: 12 + 20 bytes at least.
    constexpr qint64 kHeader = 12, kChecksum = 20;
    const qint64 size = file.size();
    QString problem;
    if (size == 0)
        problem = Tr::tr("it is empty");
    else if (size < kHeader + kChecksum)
        problem = Tr::tr("it is %n byte(s) long, shorter than an index can be", nullptr, int(size));
    else if (file.read(4) != "DIRC")
        problem = Tr::tr("it does not start with an index's signature");
    if (problem.isEmpty())
        return {};
    return GitError(GIT_ERROR, GIT_ERROR_INDEX,
                    Tr::tr("index file '%1' is damaged (%2); git reports \"index file corrupt\" "
                                                     "too: restore it with `rm %1 && git reset`")
                        .arg(shown, problem));
}

Result<IndexPtr> Repository::index() const
{
    if (auto readable = checkIndexFile(); !readable)
        return readable.error();
    git_index *idx = nullptr;
    if (int rc = git_repository_index(&idx, m_repo.get()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    IndexPtr owner(idx);
    // git_repository_index has just read a fresh handle's index: reading it again at once would
    // double the cost (a 50,000-file index takes tens of milliseconds).
    if (m_indexLoaded) {
        if (int rc = git_index_read(idx, true); rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    }
    m_indexLoaded = true;
    return owner;
}

} // namespace gantry
