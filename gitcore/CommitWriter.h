#pragma once

#include "gitcore/CommitMessage.h"
#include "gitcore/HookRunner.h"
#include "gitcore/Identity.h"
#include "gitcore/Oid.h"
#include "gitcore/Result.h"

#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <optional>

namespace gantry {

class Repository;

/// What to commit and how: the message and the options of `git commit`.
struct CommitRequest
{
    /// The message as typed. Empty with `amend` reuses HEAD's message (git commit --amend --no-edit).
    QString message;
    /// True when the user wrote the message in Gantry's commit box (like git's editor): the
    /// "default" cleanup then strips comment lines. False for -m / -F (git keeps them then).
    bool editedInteractively = false;
    bool amend = false;
    bool signoff = false;          ///< add "Signed-off-by: committer" like git commit -s
    bool allowEmpty = false;       ///< commit even when the tree equals the parent's
    bool allowEmptyMessage = false;
    bool noVerify = false;         ///< skip pre-commit and commit-msg (git commit --no-verify)
    bool resetAuthor = false;      ///< with amend: the committer becomes the author, dated now
    /// Overrides commit.cleanup.
    std::optional<CleanupMode> cleanup;
    /// Override the identity git would resolve (tests, --author). Unset: Identity::resolve().
    std::optional<Signature> author;
    std::optional<Signature> committer;
    /// Environment used to resolve identity/dates and passed to hooks.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /// Per-hook time limit in milliseconds (<= 0: none).
    int hookTimeoutMs = 10 * 60 * 1000;
    /// Set to true from any thread to cancel a running hook (the commit then fails).
    const std::atomic<bool> *cancel = nullptr;
};

/// What a successful commit produced.
struct CommitOutcome
{
    Oid id;
    QString shortId;       ///< the unique abbreviation git would print (core.abbrev honoured)
    QString branch;        ///< the branch that moved; empty when HEAD is detached
    QString subject;       ///< first line of the message
    bool rootCommit = false; ///< HEAD had no commit before (git prints "(root-commit)")
    bool amended = false;
    /// Output of every hook that ran, in order (post-commit included), for the UI to show.
    QByteArray hookOutput;
    /// post-commit's result: its failure does not undo the commit but is worth showing.
    std::optional<HookResult> postCommit;

    /// git's one-line report: "[main (root-commit) abc1234] subject", "[detached HEAD abc1234] …".
    QString summaryLine() const;
};

/// Creates commits from the index exactly as `git commit` does: hooks in git's order
/// (pre-commit → prepare-commit-msg → commit-msg → write + ref update → post-commit),
/// message cleanup and sign-off, unborn branches, merges (MERGE_HEAD parents) and amend.
/// Blocking (hooks may run for a while): call it off the UI thread with a reopened Repository.
class CommitWriter
{
public:
    explicit CommitWriter(const Repository &repo);

    /// Makes the commit. On failure the error carries git's kind of message ("nothing to
    /// commit", "Aborting commit due to empty commit message", a refusing hook...).
    Result<CommitOutcome> commit(const CommitRequest &request);

    /// When the last commit() was stopped by pre-commit or commit-msg (or a hook that could not
    /// run/was cancelled), that hook's result: name, exit code, output.
    const std::optional<HookResult> &failedHook() const { return m_failedHook; }

    /// The message to prefill a new commit with: MERGE_MSG during a merge, else SQUASH_MSG,
    /// else commit.template; empty if none.
    Result<QString> initialMessage() const;
    /// HEAD's message, for the commit box when "Amend" is switched on.
    Result<QString> headMessage() const;

private:
    const Repository &m_repo;
    std::optional<HookResult> m_failedHook;
};

} // namespace gantry
