#include "gitcore/RefDecorations.h"

#include "gitcore/GitPtr.h"

#include <git2.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace gantry {

namespace {

struct NamedTarget
{
    QByteArray name;
    git_oid target;
};

RefKind kindOf(const QByteArray &name)
{
    if (name.startsWith("refs/heads/"))
        return RefKind::LocalBranch;
    if (name.startsWith("refs/remotes/"))
        return RefKind::RemoteBranch;
    if (name.startsWith("refs/tags/"))
        return RefKind::Tag;
    if (name == "refs/stash")
        return RefKind::Stash;
    return RefKind::Other;
}

/// git's prettify_refname: the three well-known prefixes are dropped, other refs keep their name.
QString shortName(const QByteArray &name)
{
    for (const char *prefix : {"refs/heads/", "refs/tags/", "refs/remotes/"})
        if (name.startsWith(prefix))
            return QString::fromUtf8(name.mid(int(std::strlen(prefix))));
    return QString::fromUtf8(name);
}

} // namespace

Result<RefDecorations> RefDecorations::load(git_repository *repo)
{
    if (!repo)
        return GitError::custom(QStringLiteral("no repository"));
    git_reference_iterator *rawIterator = nullptr;
    if (auto r = check(git_reference_iterator_new(&rawIterator, repo), QStringLiteral("list references")); !r)
        return r.error();
    ReferenceIteratorPtr iterator(rawIterator);

    std::vector<NamedTarget> refs;
    for (;;) {
        git_reference *rawRef = nullptr;
        const int rc = git_reference_next(&rawRef, iterator.get());
        if (rc == GIT_ITEROVER)
            break;
        if (rc < 0)
            return GitError::fromLibgit2(rc, QStringLiteral("list references"));
        ReferencePtr ref(rawRef);
        git_reference *rawResolved = nullptr;
        if (git_reference_resolve(&rawResolved, ref.get()) < 0)
            continue;  // a dangling symbolic ref: git skips it too
        ReferencePtr resolved(rawResolved);
        const git_oid *target = git_reference_target(resolved.get());
        if (!target)
            continue;
        refs.push_back({QByteArray(git_reference_name(ref.get())), *target});
    }
    // git walks refs sorted by name (byte order) and prepends each decoration to the object's list.
    std::sort(refs.begin(), refs.end(), [](const NamedTarget &a, const NamedTarget &b) { return a.name < b.name; });

    git_odb *rawOdb = nullptr;
    if (auto r = check(git_repository_odb(&rawOdb, repo), QStringLiteral("open object database")); !r)
        return r.error();
    OdbPtr odb(rawOdb);

    RefDecorations result;
    auto addPeeled = [&](const QByteArray &name, RefKind kind, git_oid id) {
        RefDecoration deco{kind, kind == RefKind::Head ? QStringLiteral("HEAD") : shortName(name),
                           QString::fromUtf8(name), false};
        result.m_byObject[Oid(id)].append(deco);
        // Annotated tags (and tags of tags) decorate the object they point at as a tag.
        for (int depth = 0; depth < 16; ++depth) {
            size_t size = 0;
            git_object_t type = GIT_OBJECT_INVALID;
            if (git_odb_read_header(&size, &type, odb.get(), &id) < 0 || type != GIT_OBJECT_TAG)
                break;
            git_tag *rawTag = nullptr;
            if (git_tag_lookup(&rawTag, repo, &id) < 0)
                break;
            TagPtr tag(rawTag);
            id = *git_tag_target_id(tag.get());
            deco.kind = RefKind::Tag;
            result.m_byObject[Oid(id)].append(deco);
        }
    };
    for (const NamedTarget &ref : refs)
        addPeeled(ref.name, kindOf(ref.name), ref.target);

    QByteArray headBranch;
    git_reference *rawHead = nullptr;
    if (git_reference_lookup(&rawHead, repo, "HEAD") == 0) {
        ReferencePtr head(rawHead);
        if (git_reference_type(head.get()) == GIT_REFERENCE_SYMBOLIC)
            headBranch = git_reference_symbolic_target(head.get());
        git_reference *rawResolved = nullptr;
        if (git_reference_resolve(&rawResolved, head.get()) == 0) {
            ReferencePtr resolved(rawResolved);
            if (const git_oid *target = git_reference_target(resolved.get()))
                addPeeled("HEAD", RefKind::Head, *target);
        }
    }

    for (auto it = result.m_byObject.begin(); it != result.m_byObject.end(); ++it) {
        QVector<RefDecoration> &list = it.value();
        std::reverse(list.begin(), list.end());
        if (headBranch.isEmpty() || list.isEmpty() || list.first().kind != RefKind::Head)
            continue;
        // "HEAD -> main": the branch HEAD names moves next to HEAD (git prints it in HEAD's place).
        const QString target = QString::fromUtf8(headBranch);
        for (int i = 1; i < list.size(); ++i) {
            if (list[i].fullName == target) {
                RefDecoration branch = list.takeAt(i);
                branch.isHeadTarget = true;
                list.insert(1, branch);
                break;
            }
        }
    }
    return result;
}

QString RefDecorations::format(const Oid &id, const QString &prefix, const QString &suffix) const
{
    const auto it = m_byObject.constFind(id);
    if (it == m_byObject.constEnd() || it->isEmpty())
        return {};
    QString text = prefix;
    const QVector<RefDecoration> &list = *it;
    for (int i = 0; i < list.size(); ++i) {
        const RefDecoration &d = list[i];
        if (i > 0)
            text += QStringLiteral(", ");
        if (d.kind == RefKind::Tag)
            text += QStringLiteral("tag: ");
        text += d.name;
        if (d.kind == RefKind::Head && i + 1 < list.size() && list[i + 1].isHeadTarget) {
            text += QStringLiteral(" -> ") + list[i + 1].name;
            ++i;
        }
    }
    return text + suffix;
}

} // namespace gantry
