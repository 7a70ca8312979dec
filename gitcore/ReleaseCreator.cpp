#include "gitcore/ReleaseCreator.h"

#include "gitcore/ChangelogWriter.h"
#include "gitcore/CommitWriter.h"
#include "gitcore/GitPtr.h"
#include "gitcore/SemVer.h"
#include "gitcore/Staging.h"
#include "gitcore/Tags.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::ReleaseCreator)
};

/// True when the index holds changes against HEAD: committing the changelog would take them along.
Result<bool> hasStagedChanges(const Repository &repo)
{
    if (repo.isHeadUnborn())
        return false;
    git_object *rawTree = nullptr;
    if (auto r = check(git_revparse_single(&rawTree, repo.raw(), "HEAD^{tree}"), Tr::tr("read HEAD")); !r)
        return r.error();
    ObjectPtr tree(rawTree);
    auto index = repo.index();
    if (!index)
        return index.error();
    git_diff *rawDiff = nullptr;
    if (auto r = check(git_diff_tree_to_index(&rawDiff, repo.raw(), reinterpret_cast<git_tree *>(tree.get()),
                                              index->get(), nullptr), Tr::tr("compare the index with HEAD")); !r)
        return r.error();
    DiffPtr diff(rawDiff);
    return git_diff_num_deltas(diff.get()) > 0;
}

} // namespace

Result<ReleaseOutcome> ReleaseCreator::create(const Repository &repo, const ReleaseRequest &request)
{
    if (!SemVer::fromTag(request.tagName))
        return GitError::custom(Tr::tr("'%1' is not a semantic version").arg(request.tagName));
    if (const QString problem = Tags::nameProblem(repo, request.tagName); !problem.isEmpty())
        return GitError::custom(problem);
    if (!request.expectedHead.isNull() && repo.headCommit() != request.expectedHead)
        return GitError::custom(Tr::tr("HEAD has moved since the release was computed; open Create Release again"));
    ReleaseOutcome outcome;
    outcome.tagName = request.tagName;
    outcome.previousHead = repo.headCommit();
    outcome.branch = repo.headBranch();

    if (request.commitChangelog) {
        if (repo.isBare())
            return GitError::custom(Tr::tr("a bare repository has no CHANGELOG.md to update"));
        auto staged = hasStagedChanges(repo);
        if (!staged)
            return staged.error();
        if (*staged)
            return GitError::custom(Tr::tr("there are staged changes; commit or unstage them before committing the changelog"));
        const QString path = QDir(repo.workdir()).filePath(QStringLiteral("CHANGELOG.md"));
        QString existing;
        if (QFile in(path); in.exists()) {
            if (!in.open(QIODevice::ReadOnly))
                return GitError::custom(Tr::tr("could not read CHANGELOG.md: %1").arg(in.errorString()));
            existing = QString::fromUtf8(in.readAll());
        }
        QString section = request.changelog;
        if (!section.endsWith(QLatin1Char('\n')))
            section += QLatin1Char('\n');
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(ChangelogWriter::prepend(existing, section).toUtf8()) < 0 || !out.commit())
            return GitError::custom(Tr::tr("could not write CHANGELOG.md: %1").arg(out.errorString()));
        if (auto r = Staging::stageFiles(repo, {QStringLiteral("CHANGELOG.md")}); !r)
            return r.error();
        CommitRequest commit;
        commit.message = QStringLiteral("chore(release): %1\n").arg(request.tagName);
        CommitWriter writer(repo);
        auto made = writer.commit(commit);
        if (!made)
            return made.error();
        outcome.changelogCommit = made->id;
    }

    auto tag = Tags::createAnnotated(repo, request.tagName,
                                     request.changelog.trimmed().isEmpty() ? request.tagName : request.changelog);
    if (!tag)
        return tag.error();
    outcome.tagged = tag->target;
    return outcome;
}

Result<void> ReleaseCreator::undo(const Repository &repo, const ReleaseOutcome &outcome)
{
    if (auto removed = Tags::remove(repo, outcome.tagName); !removed)
        return removed.error();
    if (outcome.changelogCommit.isNull())
        return {};
    if (repo.headCommit() != outcome.changelogCommit)
        return GitError::custom(Tr::tr("the tag was deleted, but the changelog commit is no longer HEAD and was kept"));
    git_object *raw = nullptr;
    if (auto r = check(git_object_lookup(&raw, repo.raw(), outcome.previousHead.ptr(), GIT_OBJECT_COMMIT),
                       Tr::tr("find the commit before the release")); !r)
        return r.error();
    ObjectPtr previous(raw);
    return check(git_reset(repo.raw(), previous.get(), GIT_RESET_SOFT, nullptr), Tr::tr("move the branch back"));
}

} // namespace gantry
