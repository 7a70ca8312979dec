#include "gitcore/CommitWriter.h"

#include "gitcore/LockedIndex.h"
#include "gitcore/Repository.h"

#include <QCoreApplication>
#include <QFile>

#include <vector>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommitWriter)
};

Result<QString> readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return GitError::custom(Tr::tr("could not read '%1': %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

Result<void> writeTextFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        return GitError::custom(Tr::tr("could not write '%1': %2").arg(path, file.errorString()));
    return {};
}

Result<CommitPtr> lookupCommit(git_repository *repo, const Oid &id)
{
    git_commit *commit = nullptr;
    if (int rc = git_commit_lookup(&commit, repo, id.ptr()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read commit %1").arg(id.toString()));
    return CommitPtr(commit);
}

// The ids in MERGE_HEAD, one per line.
Result<std::vector<Oid>> readMergeHeads(const QString &gitDir)
{
    auto text = readTextFile(gitDir + QStringLiteral("/MERGE_HEAD"));
    if (!text)
        return text.error();
    std::vector<Oid> ids;
    for (const QString &line : text->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const Oid id = Oid::fromHex(line.trimmed());
        if (id.isNull())
            return GitError::custom(Tr::tr("could not parse MERGE_HEAD line '%1'").arg(line));
        ids.push_back(id);
    }
    return ids;
}

/// The message a commit starts from, and the arguments git gives prepare-commit-msg for it.
struct MessageDraft
{
    QString text;
    QStringList hookArgs;
    bool clean = true; ///< whitespace-cleaned before the hooks see it (git leaves templates alone)
};

// builtin/commit.c prepare_to_commit(): -m/-F, else HEAD's message on amend, else MERGE_MSG,
// SQUASH_MSG, commit.template.
Result<MessageDraft> draftMessage(const Repository &repository, const CommitRequest &request, const git_commit *head)
{
    const QString gitDir = repository.gitDir();
    MessageDraft draft;
    if (!request.message.isEmpty()) {
        draft.text = request.message;
        draft.hookArgs = {QStringLiteral("message")};
        return draft;
    }
    if (request.amend && head) {
        draft.text = QString::fromUtf8(git_commit_message_raw(head));
        draft.hookArgs = {QStringLiteral("commit"), QStringLiteral("HEAD")};
        return draft;
    }
    for (const auto &[file, source] : {std::pair{"MERGE_MSG", "merge"}, std::pair{"SQUASH_MSG", "squash"}}) {
        const QString path = gitDir + QLatin1Char('/') + QLatin1String(file);
        if (!QFile::exists(path))
            continue;
        auto text = readTextFile(path);
        if (!text)
            return text.error();
        draft.text = *text;
        draft.hookArgs = {QLatin1String(source)};
        return draft;
    }
    if (!CommitMessage::templatePath(repository).isEmpty()) {
        auto text = CommitMessage::readTemplate(repository);
        if (!text)
            return text.error();
        draft.text = *text;
        draft.hookArgs = {QStringLiteral("template")};
        draft.clean = false;
    }
    return draft;
}

// Moves the branch HEAD names (creating it when unborn), or HEAD itself when detached, from
// `oldHead` to `newId` with `reflog`; refuses if someone moved it meanwhile. Returns the ref
// that moved ("refs/heads/main"), empty for a detached HEAD.
Result<QString> moveHead(const Repository &repository, const Oid &newId, const Oid &oldHead, const QByteArray &reflog)
{
    git_repository *repo = repository.raw();
    QString branchRef;
    if (!repository.isHeadDetached()) {
        git_reference *headRef = nullptr;
        if (int rc = git_reference_lookup(&headRef, repo, "HEAD"); rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot read HEAD"));
        ReferencePtr owner(headRef);
        if (git_reference_type(headRef) == GIT_REFERENCE_SYMBOLIC)
            branchRef = QString::fromUtf8(git_reference_symbolic_target(headRef));
    }
    const QByteArray refName = branchRef.isEmpty() ? QByteArray("HEAD") : branchRef.toUtf8();
    git_reference *updated = nullptr;
    const int rc = oldHead.isNull()
                       ? git_reference_create(&updated, repo, refName.constData(), newId.ptr(), 0, reflog.constData())
                       : git_reference_create_matching(&updated, repo, refName.constData(), newId.ptr(), 1,
                                                       oldHead.ptr(), reflog.constData());
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot update %1").arg(QString::fromUtf8(refName)));
    ReferencePtr updatedOwner(updated);
    return branchRef;
}

// Concludes a merge, squash or single cherry-pick/revert as git commit does (a rebase or a
// cherry-pick/revert sequence carries on, so their folders stay).
void concludeSequencerState(const QString &gitDir, RepositoryState state)
{
    QStringList stateFiles = {QStringLiteral("MERGE_HEAD"), QStringLiteral("MERGE_MSG"), QStringLiteral("MERGE_MODE"),
                              QStringLiteral("SQUASH_MSG"), QStringLiteral("AUTO_MERGE")};
    if (state == RepositoryState::CherryPick)
        stateFiles << QStringLiteral("CHERRY_PICK_HEAD");
    if (state == RepositoryState::Revert)
        stateFiles << QStringLiteral("REVERT_HEAD");
    for (const QString &name : stateFiles)
        QFile::remove(gitDir + QLatin1Char('/') + name);
}

// The abbreviation git prints for a new commit (unique, core.abbrev honoured).
QString shortIdOf(git_repository *repo, const git_oid &id)
{
    git_object *object = nullptr;
    GitBuf shortId;
    if (git_object_lookup(&object, repo, &id, GIT_OBJECT_COMMIT) == 0) {
        ObjectPtr owner(object);
        if (git_object_short_id(&shortId, object) == 0)
            return QString::fromUtf8(shortId.data(), qsizetype(shortId.size()));
    }
    git_error_clear();
    return Oid(id).toShortString();
}

} // namespace

QString CommitOutcome::summaryLine() const
{
    QString where = branch.isEmpty() ? Tr::tr("detached HEAD") : branch;
    if (rootCommit)
        where += QStringLiteral(" (root-commit)");
    return QStringLiteral("[%1 %2] %3").arg(where, shortId.isEmpty() ? id.toShortString() : shortId, subject);
}

CommitWriter::CommitWriter(const Repository &repo) : m_repo(repo) {}

Result<QString> CommitWriter::headMessage() const
{
    const Oid head = m_repo.headCommit();
    if (head.isNull())
        return GitError::custom(Tr::tr("there is no commit to amend yet"), GIT_ENOTFOUND);
    auto commit = lookupCommit(m_repo.raw(), head);
    if (!commit)
        return commit.error();
    return QString::fromUtf8(git_commit_message_raw(commit->get()));
}

Result<QString> CommitWriter::initialMessage() const
{
    for (const char *name : {"MERGE_MSG", "SQUASH_MSG"}) {
        const QString path = m_repo.gitDir() + QLatin1Char('/') + QLatin1String(name);
        if (QFile::exists(path))
            return readTextFile(path);
    }
    return CommitMessage::readTemplate(m_repo);
}

Result<CommitOutcome> CommitWriter::commit(const CommitRequest &request)
{
    m_failedHook.reset();
    git_repository *repo = m_repo.raw();
    const QString gitDir = m_repo.gitDir();
    const bool unborn = m_repo.isHeadUnborn();
    const Oid head = unborn ? Oid() : m_repo.headCommit();
    if (!unborn && head.isNull())
        return GitError::custom(Tr::tr("HEAD does not point to a commit"));
    // As git: no commit on top of a HEAD whose commit or tree cannot be read.
    if (auto readable = m_repo.checkHeadReadable(); !readable)
        return readable.error();
    const bool merging = m_repo.state() == RepositoryState::Merge
                         && QFile::exists(gitDir + QStringLiteral("/MERGE_HEAD"));
    // Better no commit than an unsigned one the user's configuration says must be signed.
    if (m_repo.configBool(QStringLiteral("commit.gpgSign"), false))
        return GitError::custom(Tr::tr("commit.gpgSign is set, and Gantry cannot sign commits yet: "
                                       "commit with git, or unset commit.gpgSign for this repository"));
    if (request.amend && unborn)
        return GitError::custom(Tr::tr("You have nothing to amend."));
    // As git: a held index lock means another process may be rewriting the index right now.
    if (QFile::exists(gitDir + QStringLiteral("/index.lock")))
        return GitError(GIT_ELOCKED, GIT_ERROR_INDEX,
                        Tr::tr("Unable to create '%1/index.lock': File exists. Another git process seems to be running "
                           "in this repository; if not, remove that file and try again.")
                            .arg(gitDir));
    if (request.amend && merging)
        return GitError::custom(Tr::tr("You are in the middle of a merge -- cannot amend."));

    // Concluding a single cherry-pick keeps the picked commit's author, as git does.
    CommitPtr pickedCommit;
    const bool cherryPicking = !request.amend && m_repo.state() == RepositoryState::CherryPick;
    if (cherryPicking) {
        git_oid picked;
        if (git_reference_name_to_id(&picked, repo, "CHERRY_PICK_HEAD") == 0) {
            auto c = lookupCommit(repo, Oid(picked));
            if (!c)
                return c.error();
            pickedCommit = std::move(*c);
        } else {
            git_error_clear();
        }
    }

    CommitPtr headCommit;
    if (!head.isNull()) {
        auto c = lookupCommit(repo, head);
        if (!c)
            return c.error();
        headCommit = std::move(*c);
    }

    // Who: resolved before any hook runs, as git exports GIT_AUTHOR_* to every hook.
    Signature author;
    if (request.author)
        author = *request.author;
    else if (request.amend && !request.resetAuthor)
        author = Signature::fromGit(git_commit_author(headCommit.get()));
    else if (pickedCommit && !request.resetAuthor)
        author = Signature::fromGit(git_commit_author(pickedCommit.get()));
    else if (auto a = Identity::resolve(m_repo, Identity::Role::Author, request.environment))
        author = *a;
    else
        return a.error();
    Signature committer;
    if (request.committer)
        committer = *request.committer;
    else if (auto c = Identity::resolve(m_repo, Identity::Role::Committer, request.environment))
        committer = *c;
    else
        return c.error();

    // What git exports to commit hooks (checked against git 2.39 in tst_hookrunner).
    const HookRunner hooks(m_repo);
    QProcessEnvironment env = request.environment;
    env.insert(QStringLiteral("GIT_INDEX_FILE"), hooks.pathForHook(gitDir + QStringLiteral("/index")));
    env.insert(QStringLiteral("GIT_EDITOR"), QStringLiteral(":"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), author.name);
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), author.email);
    env.insert(QStringLiteral("GIT_AUTHOR_DATE"), author.rawDate());
    env.insert(QStringLiteral("GIT_PREFIX"), QString());

    QByteArray hookOutput;
    const auto runHook = [&](const QString &name, const QStringList &args) {
        HookResult r = hooks.run(name, args, env, request.hookTimeoutMs, request.cancel);
        hookOutput += r.output;
        return r;
    };
    const auto hookFailed = [&](const HookResult &r) -> GitError {
        m_failedHook = r;
        return GitError::custom(r.failureMessage());
    };

    if (!request.noVerify) {
        HookResult pre = runHook(QStringLiteral("pre-commit"), {});
        if (!pre.ok())
            return hookFailed(pre);
    }

    // Re-read the index, under its lock from here to the moved branch: pre-commit may have staged
    // files (as git allows), and from now on no other writer can change what is committed or the
    // message file (a second commit at the same time fails with git's lock error).
    auto index = LockedIndex::acquire(m_repo);
    if (!index)
        return index.error();
    if (m_repo.headCommit() != head) // another commit landed while the hooks ran
        return GitError(GIT_EMODIFIED, GIT_ERROR_REFERENCE,
                        Tr::tr("cannot lock ref 'HEAD': it moved meanwhile (another commit?); nothing was committed"));
    if (git_index_has_conflicts(index->get()))
        return GitError::custom(Tr::tr("Committing is not possible because you have unmerged files."), GIT_EUNMERGED);
    git_oid treeId;
    if (auto r = check(git_index_write_tree(&treeId, index->get()), Tr::tr("cannot write the tree")); !r)
        return r.error();

    // The message and where it came from (git's prepare-commit-msg arguments).
    const QChar commentChar = CommitMessage::commentChar(m_repo);
    const CleanupMode mode = CommitMessage::effectiveMode(
        request.cleanup.value_or(CommitMessage::configuredCleanupMode(m_repo)), request.editedInteractively);
    auto draft = draftMessage(m_repo, request, headCommit.get());
    if (!draft)
        return draft.error();
    QString message = draft->text;
    const QStringList sourceArgs = draft->hookArgs;
    if (draft->clean && mode != CleanupMode::Verbatim)
        message = CommitMessage::stripSpace(message, false, commentChar);
    if (request.signoff)
        message = CommitMessage::addSignoff(message, committer.nameAndEmail(), commentChar);
    const QString editMsgPath = gitDir + QStringLiteral("/COMMIT_EDITMSG");
    if (auto r = writeTextFile(editMsgPath, message); !r)
        return r.error();

    // Refuse a commit that changes nothing, unless asked (or concluding a merge).
    std::vector<Oid> parents;
    if (request.amend) {
        for (unsigned i = 0; i < git_commit_parentcount(headCommit.get()); ++i)
            parents.emplace_back(git_commit_parent_id(headCommit.get(), i));
    } else {
        if (!head.isNull())
            parents.push_back(head);
        if (merging) {
            auto mergeHeads = readMergeHeads(gitDir);
            if (!mergeHeads)
                return mergeHeads.error();
            parents.insert(parents.end(), mergeHeads->begin(), mergeHeads->end());
        }
    }
    bool committable = true;
    if (parents.empty()) {
        committable = git_index_entrycount(index->get()) > 0;
    } else {
        auto firstParent = lookupCommit(repo, parents.front());
        if (!firstParent)
            return firstParent.error();
        committable = git_oid_cmp(git_commit_tree_id(firstParent->get()), &treeId) != 0;
    }
    const bool amendingMerge = request.amend && git_commit_parentcount(headCommit.get()) > 1;
    if (!committable && !merging && !request.allowEmpty && !amendingMerge) {
        if (request.amend)
            return GitError::custom(Tr::tr("You asked to amend the most recent commit, but doing so would make it empty. "
                                           "You can repeat your command with --allow-empty, or you can remove the "
                                           "commit entirely with \"git reset HEAD^\"."));
        return GitError::custom(Tr::tr("nothing to commit (use \"git add\" to stage changes)"));
    }

    const QString editMsgArg = hooks.pathForHook(editMsgPath);
    HookResult prepare = runHook(QStringLiteral("prepare-commit-msg"), QStringList{editMsgArg} + sourceArgs);
    if (!prepare.ok())
        return hookFailed(prepare);
    if (!request.noVerify) {
        HookResult msgHook = runHook(QStringLiteral("commit-msg"), {editMsgArg});
        if (!msgHook.ok())
            return hookFailed(msgHook);
    }

    auto edited = readTextFile(editMsgPath);
    if (!edited)
        return edited.error();
    const QString finalMessage = CommitMessage::cleanup(*edited, mode, commentChar);
    if (!request.allowEmptyMessage && CommitMessage::isEmpty(finalMessage, mode, commentChar))
        return GitError::custom(CommitMessage::emptyMessageError());
    if (!request.allowEmptyMessage && mode != CleanupMode::Verbatim) {
        // git's template_untouched(): committing the template as it stands is refused.
        auto templateText = CommitMessage::readTemplate(m_repo);
        if (templateText && !templateText->isEmpty()) {
            const QString cleanTemplate = CommitMessage::stripSpace(*templateText, mode == CleanupMode::Strip, commentChar);
            const QString rest = finalMessage.startsWith(cleanTemplate) ? finalMessage.mid(cleanTemplate.size()) : finalMessage;
            if (CommitMessage::isEmpty(rest, CleanupMode::Whitespace, commentChar))
                return GitError::custom(Tr::tr("Aborting commit; you did not edit the message."));
        }
    }

    // Write the commit object.
    git_tree *rawTree = nullptr;
    if (auto r = check(git_tree_lookup(&rawTree, repo, &treeId), Tr::tr("cannot read the tree")); !r)
        return r.error();
    TreePtr tree(rawTree);
    std::vector<CommitPtr> parentCommits;
    std::vector<const git_commit *> parentPtrs;
    for (const Oid &id : parents) {
        auto c = lookupCommit(repo, id);
        if (!c)
            return c.error();
        parentPtrs.push_back(c->get());
        parentCommits.push_back(std::move(*c));
    }
    auto authorSig = author.toGit();
    if (!authorSig)
        return authorSig.error();
    auto committerSig = committer.toGit();
    if (!committerSig)
        return committerSig.error();
    const QByteArray messageBytes = finalMessage.toUtf8();
    git_oid newId;
    if (auto r = check(git_commit_create(&newId, repo, nullptr, authorSig->get(), committerSig->get(), nullptr,
                                         messageBytes.constData(), tree.get(), parentPtrs.size(), parentPtrs.data()),
                       Tr::tr("cannot create the commit"));
        !r)
        return r.error();

    // Move the branch (or detached HEAD) with git's reflog message.
    const QString subject = CommitMessage::subject(finalMessage);
    const char *kind = request.amend ? "commit (amend)" : parents.empty() ? "commit (initial)"
                                                         : merging        ? "commit (merge)"
                                                         : pickedCommit   ? "commit (cherry-pick)"
                                                                          : "commit";
    const QByteArray reflog = QByteArray(kind) + ": " + subject.toUtf8();
    auto branchRef = moveHead(m_repo, Oid(newId), head, reflog);
    if (!branchRef)
        return branchRef.error();

    if (!request.amend)
        concludeSequencerState(gitDir, m_repo.state());

    // Keep the trees the commit computed in the index (as git does): the next status is faster.
    // The commit is made; failing to save that cache changes nothing else.
    if (auto saved = index->commit(); !saved)
        git_error_clear();

    CommitOutcome outcome;
    outcome.id = Oid(newId);
    outcome.branch = branchRef->startsWith(QLatin1String("refs/heads/")) ? branchRef->mid(11) : *branchRef;
    outcome.subject = subject;
    outcome.rootCommit = head.isNull();
    outcome.amended = request.amend;
    outcome.shortId = shortIdOf(repo, newId);

    HookResult post = runHook(QStringLiteral("post-commit"), {});
    if (post.ran)
        outcome.postCommit = post;
    outcome.hookOutput = hookOutput;
    return outcome;
}

} // namespace gantry
