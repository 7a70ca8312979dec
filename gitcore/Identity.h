#pragma once

#include "gitcore/GitPtr.h"
#include "gitcore/Result.h"

#include <QProcessEnvironment>
#include <QString>

namespace gantry {

class Repository;

/// A person and a moment as written in a commit's author or committer line.
struct Signature
{
    QString name;
    QString email;
    qint64 time = 0;       ///< seconds since the epoch
    int offsetMinutes = 0; ///< the time zone, east of UTC

    /// git's raw date form, "@<seconds> +hhmm" (what git exports as GIT_AUTHOR_DATE to hooks).
    QString rawDate() const;
    /// "Name <email>"
    QString nameAndEmail() const;
    /// A libgit2 signature with exactly these fields.
    Result<SignaturePtr> toGit() const;
    static Signature fromGit(const git_signature *sig);
};

/// Who is committing: author and committer resolved the way git does (GIT_AUTHOR_* /
/// GIT_COMMITTER_* environment, author.* / committer.* / user.* config, $EMAIL), detection of a
/// missing identity, and saving a new one into the global or repository configuration.
class Identity
{
public:
    enum class Role { Author, Committer };
    enum class Scope { Global, Repository };

    /// The author or committer for a new commit, dated now unless GIT_*_DATE says otherwise.
    /// Fails with git's "Author identity unknown" message when no name or email is configured.
    static Result<Signature> resolve(const Repository &repo, Role role,
                                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// True when both a name and an email are configured (or set in the environment), so that
    /// a commit can be made without asking the user first.
    static bool isConfigured(const Repository &repo,
                             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// The configured user.name / user.email (empty when unset), to prefill IdentityDialog.
    static QString configuredName(const Repository &repo);
    static QString configuredEmail(const Repository &repo);

    /// Writes user.name and user.email into ~/.gitconfig (Global) or the repository's config.
    /// `repo` may be null for Global.
    static Result<void> save(const Repository *repo, Scope scope, const QString &name, const QString &email);

    /// Checks an email's shape (local@domain, no spaces or angle brackets).
    static bool isValidEmail(const QString &email);

    /// git's multi-line message for a missing identity ("Author identity unknown ... git config
    /// --global user.email ...").
    static QString missingIdentityMessage(Role role);

    /// Parses a date as git accepts it in GIT_AUTHOR_DATE: "@<seconds> [+hhmm]", "<seconds> +hhmm",
    /// RFC 2822 ("Thu, 07 Apr 2005 22:13:13 +0200") or ISO 8601 ("2005-04-07T22:13:13+02:00").
    /// On success fills `time` and `offsetMinutes` of `into`.
    static bool parseDate(const QString &text, Signature *into);
};

} // namespace gantry
