#include "gitcore/Revisions.h"

#include "gitcore/GitPtr.h"
#include "gitcore/Repository.h"

#include <QCoreApplication>

#include <git2.h>

namespace gantry {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Revisions)
};
} // namespace

Result<Oid> Revisions::commitOf(const Repository &repo, const QString &revision)
{
    git_object *raw = nullptr;
    if (int rc = git_revparse_single(&raw, repo.raw(), revision.toUtf8().constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("resolve '%1'").arg(revision));
    ObjectPtr object(raw);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' does not name a commit").arg(revision));
    ObjectPtr commit(peeled);
    return Oid(git_object_id(commit.get()));
}

} // namespace gantry
