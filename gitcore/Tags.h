#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace gantry {

/// One tag: lightweight (a ref straight to an object) or annotated (a ref to a tag object
/// with tagger and message).
struct TagInfo
{
    QString name;            // "v1.0"
    QString refName;         // "refs/tags/v1.0"
    Oid refTarget;           // what the ref points at: the tag object when annotated
    Oid target;              // the commit (or other object) the tag finally names, peeled
    bool annotated = false;
    QString taggerName;      // annotated only
    QString taggerEmail;
    QDateTime taggerTime;
    QString message;         // annotated only: the full message
    /// The first line of the message (annotated) or of the commit's message (lightweight),
    /// as `git tag -n` shows it.
    QString subject;
};

using TagList = QList<TagInfo>;

/// What is left of a deleted tag: the ref's target. An annotated tag's object stays in the
/// object database, so pointing refs/tags/<name> at it again restores the tag exactly.
struct DeletedTag
{
    QString name;
    Oid refTarget;
    bool annotated = false;
};

/// Lists, creates and deletes tags, as `git tag` does.
class Tags
{
public:
    /// All tags sorted by name (as `git tag` lists them).
    static Result<TagList> list(const Repository &repo);
    static Result<TagInfo> find(const Repository &repo, const QString &name);

    /// Empty when `name` is a valid tag name, otherwise why not (also "already exists").
    static QString nameProblem(const Repository &repo, const QString &name);

    /// A lightweight tag on what `revision` resolves to. Refuses an existing name unless `force`.
    static Result<TagInfo> createLightweight(const Repository &repo, const QString &name,
                                             const QString &revision = QStringLiteral("HEAD"), bool force = false);
    /// An annotated tag with `message` (cleaned up like git: trailing whitespace stripped, one
    /// final newline); the tagger is user.name/user.email from config, as `git tag -a` uses.
    static Result<TagInfo> createAnnotated(const Repository &repo, const QString &name, const QString &message,
                                           const QString &revision = QStringLiteral("HEAD"), bool force = false);
    /// Deletes the tag; the result lets restore() put it back.
    static Result<DeletedTag> remove(const Repository &repo, const QString &name);
    static Result<TagInfo> restore(const Repository &repo, const DeletedTag &deleted);
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::TagInfo)
