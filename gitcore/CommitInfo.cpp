#include "gitcore/CommitInfo.h"

#include "gitcore/GitPtr.h"
#include "gitcore/Repository.h"

#include <QStringDecoder>
#include <QTimeZone>

namespace gantry {

namespace {

CommitSignature toSignature(const git_signature *sig)
{
    CommitSignature s;
    if (!sig)
        return s;
    s.name = QString::fromUtf8(sig->name);
    s.email = QString::fromUtf8(sig->email);
    s.offsetMinutes = sig->when.offset;
    s.when = QDateTime::fromSecsSinceEpoch(qint64(sig->when.time), QTimeZone(sig->when.offset * 60));
    return s;
}

/// The commit message as text: in its declared encoding when it has one git knows, else UTF-8.
QString decodeMessage(const git_commit *commit)
{
    const char *raw = git_commit_message_raw(commit);
    if (!raw)
        return {};
    const char *encoding = git_commit_message_encoding(commit);
    if (encoding && qstricmp(encoding, "utf-8") != 0 && qstricmp(encoding, "utf8") != 0) {
        QStringDecoder decoder(encoding);
        if (decoder.isValid())
            return decoder(QByteArrayView(raw));
    }
    return QString::fromUtf8(raw);
}

bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

/// The line starting at `pos` (without its '\n'), and where the next one starts.
QStringView lineAt(const QString &text, qsizetype pos, qsizetype *next)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
    if (end < 0) {
        *next = text.size();
        return QStringView(text).mid(pos);
    }
    *next = end + 1;
    return QStringView(text).mid(pos, end - pos);
}

qsizetype skipBlankLines(const QString &text, qsizetype pos)
{
    while (pos < text.size()) {
        qsizetype next;
        if (!isBlank(lineAt(text, pos, &next)))
            break;
        pos = next;
    }
    return pos;
}

QStringView trimmedRight(QStringView s)
{
    qsizetype n = s.size();
    while (n > 0 && s[n - 1].isSpace())
        --n;
    return s.left(n);
}

DeltaStatus toDeltaStatus(git_delta_t status)
{
    switch (status) {
    case GIT_DELTA_ADDED: return DeltaStatus::Added;
    case GIT_DELTA_DELETED: return DeltaStatus::Deleted;
    case GIT_DELTA_MODIFIED: return DeltaStatus::Modified;
    case GIT_DELTA_RENAMED: return DeltaStatus::Renamed;
    case GIT_DELTA_COPIED: return DeltaStatus::Copied;
    case GIT_DELTA_IGNORED: return DeltaStatus::Ignored;
    case GIT_DELTA_UNTRACKED: return DeltaStatus::Untracked;
    case GIT_DELTA_TYPECHANGE: return DeltaStatus::TypeChange;
    case GIT_DELTA_CONFLICTED: return DeltaStatus::Conflicted;
    case GIT_DELTA_UNMODIFIED:
    case GIT_DELTA_UNREADABLE: break;
    }
    return DeltaStatus::Unmodified;
}

Result<QList<ChangedFile>> readChangedFiles(git_repository *repo, git_commit *commit)
{
    TreePtr newTree;
    {
        git_tree *tree = nullptr;
        if (auto r = check(git_commit_tree(&tree, commit), QStringLiteral("read commit tree")); !r)
            return r.error();
        newTree.reset(tree);
    }
    TreePtr oldTree;
    if (git_commit_parentcount(commit) > 0) {
        git_commit *parent = nullptr;
        if (auto r = check(git_commit_parent(&parent, commit, 0), QStringLiteral("read first parent")); !r)
            return r.error();
        CommitPtr parentPtr(parent);
        git_tree *tree = nullptr;
        if (auto r = check(git_commit_tree(&tree, parent), QStringLiteral("read parent tree")); !r)
            return r.error();
        oldTree.reset(tree);
    }

    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    git_diff *rawDiff = nullptr;
    if (auto r = check(git_diff_tree_to_tree(&rawDiff, repo, oldTree.get(), newTree.get(), &options),
                       QStringLiteral("diff commit against its parent"));
        !r)
        return r.error();
    DiffPtr diff(rawDiff);

    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    if (auto r = check(git_diff_find_similar(diff.get(), &find), QStringLiteral("detect renames")); !r)
        return r.error();

    QList<ChangedFile> files;
    const size_t count = git_diff_num_deltas(diff.get());
    files.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        ChangedFile file;
        file.status = toDeltaStatus(delta->status);
        file.oldPath = QString::fromUtf8(delta->old_file.path);
        file.path = QString::fromUtf8(delta->new_file.path);
        file.similarity = int(delta->similarity);
        files.append(file);
    }
    return files;
}

} // namespace

QString CommitSignature::nameAndEmail() const
{
    return QStringLiteral("%1 <%2>").arg(name, email);
}

QChar ChangedFile::statusLetter() const
{
    switch (status) {
    case DeltaStatus::Added: return QLatin1Char('A');
    case DeltaStatus::Deleted: return QLatin1Char('D');
    case DeltaStatus::Modified: return QLatin1Char('M');
    case DeltaStatus::Renamed: return QLatin1Char('R');
    case DeltaStatus::Copied: return QLatin1Char('C');
    case DeltaStatus::TypeChange: return QLatin1Char('T');
    case DeltaStatus::Conflicted: return QLatin1Char('U');
    case DeltaStatus::Untracked: return QLatin1Char('?');
    case DeltaStatus::Ignored: return QLatin1Char('!');
    case DeltaStatus::Unmodified: break;
    }
    return QLatin1Char(' ');
}

QString CommitInfo::subjectOf(const QString &message)
{
    QString subject;
    qsizetype pos = skipBlankLines(message, 0);
    bool first = true;
    while (pos < message.size()) {
        qsizetype next;
        const QStringView line = lineAt(message, pos, &next);
        if (isBlank(line))
            break;
        if (!first)
            subject += QLatin1Char(' ');
        subject += trimmedRight(line);
        first = false;
        pos = next;
    }
    return subject;
}

QString CommitInfo::bodyOf(const QString &message)
{
    qsizetype pos = skipBlankLines(message, 0);
    while (pos < message.size()) {
        qsizetype next;
        if (isBlank(lineAt(message, pos, &next)))
            break;
        pos = next;
    }
    return message.mid(skipBlankLines(message, pos));
}

Result<CommitInfo> CommitInfo::read(const Repository &repository, const Oid &id, Files files)
{
    git_commit *raw = nullptr;
    if (auto r = check(git_commit_lookup(&raw, repository.raw(), id.ptr()),
                       QStringLiteral("read commit %1").arg(id.toString()));
        !r)
        return r.error();
    CommitPtr commit(raw);

    CommitInfo info;
    info.id = id;
    const unsigned parents = git_commit_parentcount(commit.get());
    info.parents.reserve(int(parents));
    for (unsigned i = 0; i < parents; ++i)
        info.parents.append(Oid(git_commit_parent_id(commit.get(), i)));
    info.author = toSignature(git_commit_author(commit.get()));
    info.committer = toSignature(git_commit_committer(commit.get()));
    info.message = decodeMessage(commit.get());
    info.subject = subjectOf(info.message);
    info.body = bodyOf(info.message);

    if (files == Files::Load) {
        auto changed = readChangedFiles(repository.raw(), commit.get());
        if (!changed)
            return changed.error();
        info.files = std::move(changed).value();
        info.filesLoaded = true;
    }
    return info;
}

Result<CommitSummary> CommitInfo::readSummary(const Repository &repository, const Oid &id)
{
    git_commit *raw = nullptr;
    if (auto r = check(git_commit_lookup(&raw, repository.raw(), id.ptr()),
                       QStringLiteral("read commit %1").arg(id.toString()));
        !r)
        return r.error();
    CommitPtr commit(raw);

    CommitSummary summary;
    summary.id = id;
    summary.subject = subjectOf(decodeMessage(commit.get()));
    const CommitSignature author = toSignature(git_commit_author(commit.get()));
    summary.authorName = author.name;
    summary.authorEmail = author.email;
    summary.authorTime = author.when;
    summary.parentCount = int(git_commit_parentcount(commit.get()));
    return summary;
}

} // namespace gantry
