#include "gitcore/StatusReader.h"

#include "gitcore/LibGit2.h"
#include "gitcore/LockedIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <git2/sys/mempack.h>

#include <algorithm>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::StatusReader)
};

/// git's two-letter code for an unmerged path, from which stages exist (1 base, 2 ours, 4 theirs).
QByteArray conflictCode(int stages)
{
    switch (stages) {
    case 1: return "DD";
    case 2: return "AU";
    case 3: return "UD";
    case 4: return "UA";
    case 5: return "DU";
    case 6: return "AA";
    default: return "UU";
    }
}

Result<QHash<QByteArray, int>> conflictStages(git_repository *repo)
{
    git_index *weak = nullptr;
    if (int rc = git_repository_index(&weak, repo); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    IndexPtr index(weak);
    git_index_conflict_iterator *raw = nullptr;
    if (int rc = git_index_conflict_iterator_new(&raw, index.get()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the conflicts in the index"));
    GitPtr<git_index_conflict_iterator, git_index_conflict_iterator_free> iterator(raw);
    QHash<QByteArray, int> stages;
    const git_index_entry *ancestor = nullptr, *ours = nullptr, *theirs = nullptr;
    int rc = 0;
    while ((rc = git_index_conflict_next(&ancestor, &ours, &theirs, iterator.get())) == 0) {
        const git_index_entry *any = ancestor ? ancestor : (ours ? ours : theirs);
        if (!any)
            continue;
        stages.insert(QByteArray(any->path), (ancestor ? 1 : 0) | (ours ? 2 : 0) | (theirs ? 4 : 0));
    }
    if (rc != GIT_ITEROVER)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the conflicts in the index"));
    return stages;
}

char indexLetter(unsigned status)
{
    if (status & GIT_STATUS_INDEX_NEW)
        return 'A';
    if (status & GIT_STATUS_INDEX_DELETED)
        return 'D';
    if (status & GIT_STATUS_INDEX_RENAMED)
        return 'R';
    if (status & GIT_STATUS_INDEX_TYPECHANGE)
        return 'T';
    if (status & GIT_STATUS_INDEX_MODIFIED)
        return 'M';
    return ' ';
}

char worktreeLetter(unsigned status)
{
    if (status & GIT_STATUS_WT_DELETED)
        return 'D';
    if (status & GIT_STATUS_WT_RENAMED)
        return 'R';
    if (status & GIT_STATUS_WT_TYPECHANGE)
        return 'T';
    if (status & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_UNREADABLE))
        return 'M';
    return ' ';
}

int submoduleChanges(git_repository *repo, const char *path)
{
    unsigned flags = 0;
    if (git_submodule_status(&flags, repo, path, GIT_SUBMODULE_IGNORE_UNSPECIFIED) < 0) {
        git_error_clear(); // not a registered submodule (a bare gitlink): no details to give
        return 0;
    }
    int changes = 0;
    if (flags & GIT_SUBMODULE_STATUS_WD_MODIFIED)
        changes |= SubmoduleNewCommits;
    if (flags & (GIT_SUBMODULE_STATUS_WD_INDEX_MODIFIED | GIT_SUBMODULE_STATUS_WD_WD_MODIFIED))
        changes |= SubmoduleModifiedContent;
    if (flags & GIT_SUBMODULE_STATUS_WD_UNTRACKED)
        changes |= SubmoduleUntrackedContent;
    return changes;
}

bool renamesFromConfig(const Repository &repo)
{
    // status.renames falls back to diff.renames, which defaults to true; "copies" also means on.
    for (const char *key : {"status.renames", "diff.renames"}) {
        const QString value = repo.configString(QString::fromLatin1(key)).trimmed().toLower();
        if (value.isEmpty())
            continue;
        if (value == QLatin1String("copies") || value == QLatin1String("copy"))
            return true;
        return repo.configBool(QString::fromLatin1(key), true);
    }
    return true;
}

void readBranchInfo(const Repository &repo, StatusSnapshot &snapshot)
{
    snapshot.headUnborn = repo.isHeadUnborn();
    snapshot.headDetached = repo.isHeadDetached();
    snapshot.branch = repo.headBranch();
    snapshot.head = repo.headCommit();
    snapshot.state = repo.state();
    if (snapshot.branch.isEmpty())
        return;
    const QByteArray localRef = "refs/heads/" + snapshot.branch.toUtf8();
    GitBuf upstreamName;
    if (git_branch_upstream_name(&upstreamName, repo.raw(), localRef.constData()) < 0) {
        git_error_clear(); // no upstream configured
        return;
    }
    QString upstream = QString::fromUtf8(upstreamName.data(), qsizetype(upstreamName.size()));
    git_oid upstreamOid;
    if (git_reference_name_to_id(&upstreamOid, repo.raw(), upstreamName.data()) < 0) {
        git_error_clear();
        snapshot.upstreamGone = true;
    }
    for (const char *prefix : {"refs/heads/", "refs/remotes/", "refs/tags/", "refs/"}) {
        if (upstream.startsWith(QLatin1String(prefix))) {
            upstream.remove(0, qsizetype(qstrlen(prefix)));
            break;
        }
    }
    snapshot.upstream = upstream;
    if (snapshot.upstreamGone || snapshot.headUnborn)
        return;
    size_t ahead = 0, behind = 0;
    if (git_graph_ahead_behind(&ahead, &behind, repo.raw(), snapshot.head.ptr(), &upstreamOid) < 0) {
        git_error_clear(); // unrelated histories or missing objects: counts unknown, shown as none
        return;
    }
    snapshot.ahead = int(ahead);
    snapshot.behind = int(behind);
}

/// Every folder ("a/", "a/b/") above each path in `paths`.
void addParentFolders(QSet<QByteArray> &folders, const QByteArray &path)
{
    for (qsizetype slash = path.indexOf('/'); slash >= 0 && slash + 1 < path.size(); slash = path.indexOf('/', slash + 1))
        folders.insert(path.left(slash + 1));
}

/// The highest folder above `path` that is not in `excluded`, or empty when its parent is.
QByteArray topmostFolderOutside(const QByteArray &path, const QSet<QByteArray> &excluded)
{
    for (qsizetype slash = path.indexOf('/'); slash >= 0 && slash + 1 < path.size(); slash = path.indexOf('/', slash + 1)) {
        const QByteArray folder = path.left(slash + 1);
        if (!excluded.contains(folder))
            return folder;
    }
    return {};
}

void dropDuplicates(QList<StatusEntry> &entries)
{
    QSet<QByteArray> seen;
    QList<StatusEntry> unique;
    for (const StatusEntry &e : entries)
        if (!seen.contains(e.path)) {
            seen.insert(e.path);
            unique.append(e);
        }
    entries = unique;
}

/// git's --ignored with -unormal lists ignored files inside untracked folders one by one, which
/// libgit2 cannot do while collapsing. So the walk recursed; here untracked files are collapsed
/// to their highest untracked folder, and ignored ones to their highest folder without tracked or
/// untracked files, as git's directory walk does.
Result<void> collapseLikeGit(git_repository *repo, QList<StatusEntry> &untracked, QList<StatusEntry> &ignored)
{
    git_index *raw = nullptr;
    if (int rc = git_repository_index(&raw, repo); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    IndexPtr index(raw);
    QSet<QByteArray> trackedFolders;
    const size_t count = git_index_entrycount(index.get());
    for (size_t i = 0; i < count; ++i)
        if (const git_index_entry *e = git_index_get_byindex(index.get(), i))
            addParentFolders(trackedFolders, QByteArray(e->path));

    QSet<QByteArray> foldersWithUntracked = trackedFolders;
    for (StatusEntry &e : untracked) {
        addParentFolders(foldersWithUntracked, e.path);
        const QByteArray top = topmostFolderOutside(e.path, trackedFolders);
        if (!top.isEmpty())
            e.path = top;
    }
    for (StatusEntry &e : ignored) {
        const QByteArray top = topmostFolderOutside(e.path, foldersWithUntracked);
        if (!top.isEmpty())
            e.path = top;
    }
    dropDuplicates(untracked);
    dropDuplicates(ignored);
    return {};
}

Result<bool> isIntentToAdd(git_repository *repo, const char *path, IndexPtr &index)
{
    if (!index) {
        git_index *raw = nullptr;
        if (int rc = git_repository_index(&raw, repo); rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
        index.reset(raw);
    }
    const git_index_entry *entry = git_index_get_bypath(index.get(), path, 0);
    return entry && (entry->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD);
}

/// True when the index is known to hold exactly HEAD's tree, from the tree the index caches (git's
/// cache-tree extension, which git and libgit2 invalidate on every index change), without reading
/// a single tree object. Then HEAD→index has no changes and the status needs only the worktree
/// side, as git's diff-index skips trees the cache-tree vouches for. False whenever unsure:
/// unborn HEAD, conflicts, intent-to-add entries (left out of cached trees but shown by status),
/// or no valid cached root tree.
bool indexMatchesHead(git_repository *repo)
{
    git_oid headCommit;
    if (git_reference_name_to_id(&headCommit, repo, "HEAD") < 0) {
        git_error_clear();
        return false;
    }
    git_commit *rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, repo, &headCommit) < 0) {
        git_error_clear();
        return false;
    }
    CommitPtr commit(rawCommit);
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0) {  // the repository's own index: read once, shared with status
        git_error_clear();
        return false;
    }
    IndexPtr index(rawIndex);
    const size_t count = git_index_entrycount(index.get());
    if (count == 0 || git_index_has_conflicts(index.get()))
        return false;
    for (size_t i = 0; i < count; ++i) {
        const git_index_entry *e = git_index_get_byindex(index.get(), i);
        if (!e || (e->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD))
            return false;
    }
    // git_index_write_tree_to() answers from a valid cached root tree without writing anything;
    // otherwise it would build trees, so it gets an in-memory object store holding no objects:
    // nothing reaches the repository, and the build fails at the first entry (strict object
    // creation, libgit2's default), which only means "unsure".
    git_odb *rawOdb = nullptr;
    if (git_odb_new(&rawOdb) < 0) {
        git_error_clear();
        return false;
    }
    OdbPtr odb(rawOdb);
    git_odb_backend *mempack = nullptr;
    if (git_mempack_new(&mempack) < 0 || git_odb_add_backend(odb.get(), mempack, 1) < 0) {
        git_error_clear();
        return false;
    }
    git_repository *rawScratch = nullptr;
    if (git_repository_wrap_odb(&rawScratch, odb.get()) < 0) {
        git_error_clear();
        return false;
    }
    RepositoryPtr scratch(rawScratch);
    git_oid indexTree;
    if (git_index_write_tree_to(&indexTree, index.get(), scratch.get()) < 0) {
        git_error_clear();
        return false;
    }
    if (git_odb_exists(odb.get(), &indexTree)) {
        // Trees were built after all (strict object creation turned off): the index now caches
        // trees that exist only in the scratch store, and a commit would name them. Drop them.
        if (git_index_read(index.get(), 1) < 0)
            git_error_clear();
        return false;
    }
    return git_oid_equal(&indexTree, git_commit_tree_id(commit.get()));
}

bool pathLess(const StatusEntry &a, const StatusEntry &b)
{
    return a.path < b.path; // QByteArray compares bytes as unsigned, as git's strcmp order
}

} // namespace

UntrackedMode StatusReader::effectiveUntrackedMode(const Repository &repo, const StatusOptions &options)
{
    if (options.untracked != UntrackedMode::FromConfig)
        return options.untracked;
    const QString value = repo.configString(QStringLiteral("status.showUntrackedFiles")).trimmed().toLower();
    if (value == QLatin1String("no") || value == QLatin1String("false") || value == QLatin1String("off")
        || value == QLatin1String("0"))
        return UntrackedMode::No;
    if (value == QLatin1String("all"))
        return UntrackedMode::All;
    return UntrackedMode::Normal;
}

Result<StatusSnapshot> StatusReader::read(const Repository &repo, const StatusOptions &options)
{
    ensureLibgit2();
    if (repo.isBare())
        return GitError::custom(Tr::tr("'%1' is a bare repository: it has no working tree to show the status of")
                                    .arg(QDir::toNativeSeparators(repo.gitDir())), GIT_EBAREREPO);
    // git stops with "bad object HEAD" here; without this, libgit2 takes an unreadable HEAD
    // commit for an empty tree and lists every tracked file as added.
    if (auto head = repo.checkHeadReadable(); !head)
        return head.error();
    if (auto index = repo.checkIndexFile(); !index)
        return index.error();

    const UntrackedMode untracked = effectiveUntrackedMode(repo, options);
    const bool renames = options.renames.has_value() ? *options.renames : renamesFromConfig(repo);

    // Like git, refresh the index only when its lock can be taken (and GIT_OPTIONAL_LOCKS is not
    // 0); otherwise stay read-only. The refresh then works on the index read under the lock, so
    // it can never write back a stale index over another process's stage. The lock is taken
    // before anything reads the index, so it is read once: the lock's snapshot is the
    // repository's index from then on.
    std::optional<LockedIndex> refreshLock;
    bool refreshing = false;
    if (options.refreshIndex && qEnvironmentVariable("GIT_OPTIONAL_LOCKS") != QLatin1String("0")
        && !QFileInfo::exists(repo.gitDir() + QStringLiteral("/index.lock"))) {
        if (auto locked = LockedIndex::acquire(repo)) {
            refreshLock.emplace(std::move(locked).value());
            refreshing = true;
        }
    }

    const bool collapseAfterWalk = untracked == UntrackedMode::Normal && options.includeIgnored;
    git_status_options opts = GIT_STATUS_OPTIONS_INIT;
    // Comparing HEAD's trees with the index is most of libgit2's status time on a large tree;
    // skip it when the index's cached tree says they are the same.
    opts.show = indexMatchesHead(repo.raw()) ? GIT_STATUS_SHOW_WORKDIR_ONLY : GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    opts.flags = GIT_STATUS_OPT_SORT_CASE_SENSITIVELY;
    if (untracked != UntrackedMode::No) {
        opts.flags |= GIT_STATUS_OPT_INCLUDE_UNTRACKED;
        if (untracked == UntrackedMode::All || collapseAfterWalk)
            opts.flags |= GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
        // git finds ignored files in the same walk as untracked ones: with -uno it lists neither.
        if (options.includeIgnored) {
            opts.flags |= GIT_STATUS_OPT_INCLUDE_IGNORED;
            if (untracked == UntrackedMode::All)
                opts.flags |= GIT_STATUS_OPT_RECURSE_IGNORED_DIRS;
        }
    }
    if (renames)
        opts.flags |= GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX;
    if (options.worktreeRenames)
        opts.flags |= GIT_STATUS_OPT_RENAMES_INDEX_TO_WORKDIR;
    if (refreshing)
        opts.flags |= GIT_STATUS_OPT_UPDATE_INDEX;

    QList<QByteArray> pathStorage;
    QList<char *> pathPointers;
    for (const QString &p : options.paths)
        pathStorage.append(p.toUtf8());
    for (QByteArray &p : pathStorage)
        pathPointers.append(p.data());
    if (!pathPointers.isEmpty()) {
        opts.pathspec.strings = pathPointers.data();
        opts.pathspec.count = size_t(pathPointers.size());
        if (options.literalPaths)
            opts.flags |= GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH;
    }

    git_status_list *rawList = nullptr;
    if (int rc = git_status_list_new(&rawList, repo.raw(), &opts); rc < 0) {
        GitError error = GitError::fromLibgit2(rc, Tr::tr("cannot read the status of '%1'")
                                                       .arg(QDir::toNativeSeparators(repo.workdir())));
        // A corrupt HEAD commit or tree surfaces as a failed peel; name the object instead.
        // (Checked after taking libgit2's message: the check's own calls reset it.)
        if (auto head = repo.checkHeadReadable(); !head)
            return head.error();
        return error;
    }
    StatusListPtr list(rawList);
    if (refreshLock && !refreshLock->publishIfWritten())
        git_error_clear(); // the refresh is an optimisation: the status itself is read
    refreshLock.reset();

    StatusSnapshot snapshot;
    snapshot.workdir = repo.workdir();
    if (options.branchInfo)
        readBranchInfo(repo, snapshot);

    QList<StatusEntry> tracked, untrackedEntries, ignored;
    std::optional<QHash<QByteArray, int>> conflicts;
    IndexPtr index; // loaded on first need
    const size_t count = git_status_list_entrycount(list.get());
    tracked.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *e = git_status_byindex(list.get(), i);
        if (!e)
            continue;
        const unsigned s = e->status;
        const git_diff_delta *h2i = e->head_to_index;
        const git_diff_delta *i2w = e->index_to_workdir;
        const char *path = i2w ? i2w->new_file.path : (h2i ? h2i->new_file.path : nullptr);
        if (!path)
            continue;

        if (s & GIT_STATUS_CONFLICTED) {
            if (!conflicts) {
                auto stages = conflictStages(repo.raw());
                if (!stages)
                    return stages.error();
                conflicts = std::move(stages.value());
            }
            StatusEntry entry;
            entry.kind = StatusKind::Conflicted;
            entry.path = QByteArray(path);
            const QByteArray code = conflictCode(conflicts->value(entry.path, 7));
            entry.index = code.at(0);
            entry.worktree = code.at(1);
            tracked.append(entry);
            continue;
        }
        if (s & GIT_STATUS_IGNORED) {
            StatusEntry entry;
            entry.kind = StatusKind::Ignored;
            entry.path = QByteArray(path);
            entry.index = entry.worktree = '!';
            ignored.append(entry);
            continue;
        }

        char x = indexLetter(s);
        char y = worktreeLetter(s);
        if ((s & GIT_STATUS_INDEX_NEW) && h2i) {
            // libgit2 takes an intent-to-add entry ("git add -N") for an added empty file;
            // git reports it as not staged yet: " A", or " D" once the file is gone.
            auto intent = isIntentToAdd(repo.raw(), h2i->new_file.path, index);
            if (!intent)
                return intent.error();
            if (*intent) {
                x = ' ';
                y = (s & GIT_STATUS_WT_DELETED) ? 'D' : 'A';
            }
        }
        if (s & GIT_STATUS_WT_NEW) {
            // An untracked file; with an index change too (e.g. "git rm --cached") git lists both.
            StatusEntry entry;
            entry.kind = StatusKind::Untracked;
            entry.path = QByteArray(path);
            entry.index = entry.worktree = '?';
            untrackedEntries.append(entry);
        }
        if (x == ' ' && y == ' ')
            continue;

        StatusEntry entry;
        entry.kind = StatusKind::Tracked;
        entry.index = x;
        entry.worktree = y;
        if (x == 'R' && h2i) {
            entry.origPath = QByteArray(h2i->old_file.path);
            entry.path = QByteArray(h2i->new_file.path);
        } else {
            entry.path = QByteArray(h2i && x != ' ' ? h2i->new_file.path : path);
        }
        if (y == 'R' && i2w) {
            if (entry.origPath.isEmpty())
                entry.origPath = QByteArray(i2w->old_file.path);
            entry.path = QByteArray(i2w->new_file.path);
        }
        const bool gitlink = (i2w && (i2w->new_file.mode == GIT_FILEMODE_COMMIT || i2w->old_file.mode == GIT_FILEMODE_COMMIT))
            || (h2i && (h2i->new_file.mode == GIT_FILEMODE_COMMIT));
        if (gitlink) {
            entry.isSubmodule = true;
            if (y != ' ')
                entry.submoduleChanges = submoduleChanges(repo.raw(), entry.path.constData());
        }
        tracked.append(entry);
    }

    if (collapseAfterWalk) {
        std::stable_sort(untrackedEntries.begin(), untrackedEntries.end(), pathLess);
        if (auto collapsed = collapseLikeGit(repo.raw(), untrackedEntries, ignored); !collapsed)
            return collapsed.error();
    }
    std::stable_sort(tracked.begin(), tracked.end(), pathLess);
    std::stable_sort(untrackedEntries.begin(), untrackedEntries.end(), pathLess);
    std::stable_sort(ignored.begin(), ignored.end(), pathLess);
    snapshot.entries = std::move(tracked);
    snapshot.entries += untrackedEntries;
    snapshot.entries += ignored;
    return snapshot;
}

QFuture<Result<StatusSnapshot>> StatusReader::readAsync(const QString &repoPath, const StatusOptions &options)
{
    return QtConcurrent::run([repoPath, options]() -> Result<StatusSnapshot> {
        // libgit2 handles are not shared between threads: this worker opens its own.
        auto repo = Repository::open(repoPath);
        if (!repo)
            return repo.error();
        return read(*repo, options);
    });
}

} // namespace gantry
