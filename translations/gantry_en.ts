<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gantry::BranchCheckCommand</name>
    <message>
        <source>The branch name to check; the checked-out branch when left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one branch name may be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a repository: give the branch name to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is detached: give the branch name to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fits %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::BranchPolicy</name>
    <message>
        <source>A new feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bug fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance: build, dependencies, tooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent fix of what is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the branch policy: %1 (using the defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1 (using the default branch policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must be a mapping of sections such as &quot;branches:&quot; (using the default branch policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;branches&quot; must be a mapping with allowed, types, format (using the default branch policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of branch names or patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;allowed&quot; is empty (using the default patterns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;types&quot; must map each type to its base and description (using the default types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot start a branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;description&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (a type has base and description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;%1&apos; must be a mapping with base and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be text containing {slug}, such as &quot;%1&quot; (using the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;slug-max-length&quot; must be a number from 8 to 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;branches&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match any of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (names are case-sensitive: &apos;%1&apos; would fit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Branches</name>
    <message>
        <source>cannot list branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot force-update the checked-out branch &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create branch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the upstream of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot overwrite the checked-out branch &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the branch &apos;%1&apos;: it is checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the branch &apos;%1&apos;: it is checked out in another worktree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch &apos;%1&apos; is not fully merged: deleting it would lose commits that are on no other branch. Delete it anyway only if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete branch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore for branch &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch &apos;%1&apos; has no upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot unset the upstream of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch named &apos;%1&apos; to track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the upstream of &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read branch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the upstream of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the upstream remote of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare &apos;%1&apos; with &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot start with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot contain &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot contain &apos;@{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot contain &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot start or end with &apos;/&apos; or contain &apos;//&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot end with &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no part of it can end with &apos;.lock&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no part of it can start with &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ChangelogCommand</name>
    <message>
        <source>Start after &lt;rev&gt; (default: the last version tag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End at &lt;rev&gt; (default: HEAD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading&apos;s version (default: the next version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading&apos;s date, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository has no commits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Checkout</name>
    <message numerus="yes">
        <source>Your changes were re-applied with conflicts in %n file(s); resolve them. The stash is kept as stash@{0}.</source>
        <translation>
            <numerusform>Your changes were re-applied with conflicts in %n file; resolve them. The stash is kept as stash@{0}.</numerusform>
            <numerusform>Your changes were re-applied with conflicts in %n files; resolve them. The stash is kept as stash@{0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gantry: carrying changes to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept in stash@{0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be re-applied (%1); they are kept in stash@{0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local changes were carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local branch &apos;%1&apos; already exists and does not track &apos;%2&apos;. Check out &apos;%1&apos;, or create a branch with another name from &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bare repository has no work tree to check out into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the conflicts in the working tree (or abort the operation in progress) before switching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch to switch to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches more than one remote-tracking branch (%2); choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local changes to the following files would be overwritten by checkout:
%1
Commit or stash them before you switch branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following untracked working tree files would be overwritten by checkout:
%1
Move or remove them before you switch branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch HEAD to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to branch &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to a new branch &apos;%1&apos; tracking &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot detach HEAD at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is now detached at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CiConfig</name>
    <message>
        <source>gitlab: max-includes must be a whole number from 1 to %1; GitLab&apos;s default %2 is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CloneController</name>
    <message>
        <source>Clone Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving deltas %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving objects %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone cancelled: nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clone %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CloneDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/team/project.git or git@example.com:team/project.git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clones into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommandLine</name>
    <message>
        <source>Show the history (--graph, --all, --format as git log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the staged changes as a new commit (-m, --amend, -s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage files, or only their changed lines (FILE:A-B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the working tree status (--porcelain for git&apos;s format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstage files, or only their staged lines (FILE:A-B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as if started in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint a commit message like commitlint (config-conventional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the commit-msg hook that runs commit-lint (hooks install).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a branch name against the branch policy (.gantry/conventions.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Markdown changelog of --from..--to (conventional-changelog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the next semantic version from the commits (--pre ID; 3: nothing to release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a remote&apos;s branches and tags like git fetch (--prune).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a revision into the current branch (fast-forward only unless --allow-merge-commit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a branch (--set-upstream, --force-with-lease; guarded protected branches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the current branch onto a revision (--continue, --abort, --allow-rewrite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current branch to a revision (--soft, --mixed, --hard, --allow-rewrite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, draw or edit a CI workflow (workflow check|graph|edit FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the upstream and fast-forward to it (never a merge commit; 3: diverged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: gantry [-C &lt;dir&gt;] [-c &lt;name&gt;=&lt;value&gt;] [--no-pager] &lt;command&gt; [&lt;options&gt;]
       gantry [PATH]     open the repository at PATH (or containing it) in the GUI
       gantry --version | --help | help &lt;command&gt;

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options before the command (as in git):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as if started in &lt;dir&gt;; a relative one follows the -C before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a configuration value for this run only (never saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as in git; gantry never pages its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;gantry help &lt;command&gt;&apos; (or &apos;gantry &lt;command&gt; --help&apos;) for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a gantry command. See &apos;gantry --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most similar command is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most similar commands are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (before the command: -C, -c, --no-pager, --version, --help); see &apos;gantry --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no directory given for &apos;-C&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-c expects a configuration string: -c &lt;name&gt;=&lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad -c &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommandLineConfig</name>
    <message>
        <source>key does not contain a section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key does not contain a variable name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration given with -c is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bogus format in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitBox</name>
    <message>
        <source>Summary length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the summary under %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the last commit instead of adding a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Signed-off-by trailer with your name and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the staged changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Message as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message breaks the commit conventions: fix the errors, or use Commit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit although lint found errors in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a conventional commit: type, scope, subject, body, footers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a saved message, or save this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subject to commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitCommand</name>
    <message>
        <source>Use &lt;msg&gt; as the message; several -m become paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the message from &lt;file&gt; (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the last commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Signed-off-by trailer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a commit that changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an empty message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the pre-commit and commit-msg hooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --amend: make the committer the author, dated now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message cleanup: strip, whitespace, verbatim, scissors or default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing only some paths is not supported; stage them first (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cleanup mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option -m cannot be combined with -F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read log file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this operation must be run in a work tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commit message given (use -m or -F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to auto-detect email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit on a protected branch even when the repository refuses it (see docs/guard-rails.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: this repository refuses commits made directly on it (protected-branches in %2); commit on a branch, or pass --allow-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the commit being amended is already on %1: this rewrites published history, and pushing it will need --force-with-lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is protected (protected-branches); committed on it anyway (--allow-protected silences this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>hint: this commit changes %n line(s), more than %1 (guards.large-commit-lines); consider splitting the next one into smaller commits</source>
        <translation>
            <numerusform>hint: this commit changes %n line, more than %1 (guards.large-commit-lines); consider splitting the next one into smaller commits</numerusform>
            <numerusform>hint: this commit changes %n lines, more than %1 (guards.large-commit-lines); consider splitting the next one into smaller commits</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the guard rails could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend a commit the upstream already has even when the repository refuses it (see docs/guard-rails.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit being amended is already on %1, and this repository refuses to rewrite published history (guards.rewrite-published in %2); make a new commit, or pass --allow-rewrite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitComposer</name>
    <message>
        <source>A new feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bug fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation only changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that do not affect the meaning of the code (white-space, formatting, missing semi-colons, etc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code change that neither fixes a bug nor adds a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code change that improves performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding missing tests or correcting existing tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that affect the build system or external dependencies (example scopes: gulp, broccoli, npm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to our CI configuration files and scripts (example scopes: Travis, Circle, BrowserStack, SauceLabs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other changes that don&apos;t modify src or test files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverts a previous commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a type and write a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Follows the commit conventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Header length (type, scope and subject) against header-max-length (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the change is about: scopes from this repository&apos;s history and the changed folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: what the change does, in the imperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: why the change was made (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the header with &quot;!&quot; and adds a BREAKING CHANGE footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BREAKING CHANGE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What breaks, and how to migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message that will be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint findings (LINE:COL) with the repository&apos;s commitlint rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subject: what the change does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitController</name>
    <message>
        <source>Amending the last commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the commit message template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the last commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the guard rails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Branch Instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: this repository refuses commits made directly on it (protected-branches in .gantry/conventions.yml). Commit on a branch and merge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: commit here anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on %1 usually arrives through reviewed merges. Committing directly skips that; a branch of its own keeps the change reviewable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite Published History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last commit is already on %1: amending it rewrites published history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who pulled it keeps the old commit, and pushing the amended one needs a force push. A new commit on top is usually the better fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last commit is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hint: this commit changes %n line(s), more than %1 (guards.large-commit-lines); smaller commits are easier to review and revert — consider splitting the next one.</source>
        <translation>
            <numerusform>Hint: this commit changes %n line, more than %1 (guards.large-commit-lines); smaller commits are easier to review and revert — consider splitting the next one.</numerusform>
            <numerusform>Hint: this commit changes %n lines, more than %1 (guards.large-commit-lines); smaller commits are easier to review and revert — consider splitting the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring the staged change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hint: the staged change is %n line(s), more than %1 (guards.large-commit-lines); consider committing it in smaller steps.</source>
        <translation>
            <numerusform>Hint: the staged change is %n line, more than %1 (guards.large-commit-lines); consider committing it in smaller steps.</numerusform>
            <numerusform>Hint: the staged change is %n lines, more than %1 (guards.large-commit-lines); consider committing it in smaller steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the commit conventions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit-lint configuration has problems (defaults are used for what could not be read):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last commit is already on %1, and this repository refuses to rewrite published history (guards.rewrite-published in .gantry/conventions.yml). Make a new commit on top.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitDetailsPane</name>
    <message>
        <source>Copy SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full commit id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commit selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read commit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading changed files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed against the first parent</source>
        <translation>
            <numerusform>%n file changed against the first parent</numerusform>
            <numerusform>%n files changed against the first parent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (renamed from %2, %3% similar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge changes no file of its first parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This commit changes no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n staged</source>
        <translation>
            <numerusform>%n staged</numerusform>
            <numerusform>%n staged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not staged</source>
        <translation>
            <numerusform>%n not staged</numerusform>
            <numerusform>%n not staged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untracked</source>
        <translation>
            <numerusform>%n untracked</numerusform>
            <numerusform>%n untracked</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncommitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click the row, or press Enter, to stage and commit them in Changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untracked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitFooterEditor</name>
    <message>
        <source>Remove this footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &lt;email&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitGraphFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed commit-graph %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported hash version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 base graphs, the file names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk table past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk offsets out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or short OID fanout chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing OID lookup or commit data chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fanout is not sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk sizes do not match %1 commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many commits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitLintCommand</name>
    <message>
        <source>Read the configuration from &lt;file&gt; instead of the repository&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is git&apos;s message file: drop comment lines (core.commentChar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file; - or nothing for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one message file may be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration file &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>found %1, %2</source>
        <extracomment>%1 is &quot;%n error(s)&quot;, %2 is &quot;%n warning(s)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitLintConfig</name>
    <message>
        <source>%1 is a JavaScript/TypeScript configuration, which Gantry does not run; put its rules in .commitlintrc.json or .commitlintrc.yaml instead (using @commitlint/config-conventional meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1 (using @commitlint/config-conventional meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1 (using @commitlint/config-conventional meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json has no &quot;commitlint&quot; key (using @commitlint/config-conventional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration must be an object with &quot;extends&quot; and &quot;rules&quot; (using @commitlint/config-conventional meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends %1 is not supported; only %2 is understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an object of rule names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;defaultIgnores&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs JavaScript functions and is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the conventional-changelog-conventionalcommits and -angular parser presets are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found rules without implementation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config for rule %1 must be array, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level for rule %1 must be number, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config for rule %1 must be 2 or 3 items long, received %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level for rule %1 must be between 0 and 2, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition for rule %1 must be &quot;always&quot; or &quot;never&quot;, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value for rule %1 must be %2, received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to-case: Unknown target case &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitLintRules</name>
    <message>
        <source>header must not be longer than %1 characters, current length is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header must not be shorter than %1 characters, current length is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header must not be surrounded by whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header must not start with whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header must not end with whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must not be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope must not be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject must not be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header must not be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body must not be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must not be longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope must not be longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject must not be longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body must not be longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer must not be longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must not be shorter than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope must not be shorter than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject must not be shorter than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body must not be shorter than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer must not be shorter than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must not be one of [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be one of [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope must not be one of [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope must be one of [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject may not end with full stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject must end with full stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject must not have an exclamation mark in the subject to identify a breaking change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject must have an exclamation mark in the subject to identify a breaking change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header may not end with full stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header must end with full stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body may not end with full stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body must end with full stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body may not have leading blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body must have leading blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer may not have leading blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer must have leading blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body&apos;s lines must not be longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer&apos;s lines must not be longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message must not be signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message must be signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message must not have `%1` trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message must have `%1` trailer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitLinter</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header is %1 characters long; Gantry lints headers of up to %2 characters and did not check this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitMessage</name>
    <message>
        <source>could not read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting commit due to empty commit message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitMsgHookInstaller</name>
    <message>
        <source>the gantry path must be absolute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the hooks folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not Gantry&apos;s, and %2 is taken too; merge them by hand, then run gantry hooks install again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitSource</name>
    <message>
        <source>no repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open object database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit-graph file is corrupt (commit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown commit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is not a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit %1 has a malformed parent line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CommitWriter</name>
    <message>
        <source>there is no commit to amend yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD does not point to a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit.gpgSign is set, and Gantry cannot sign commits yet: commit with git, or unset commit.gpgSign for this repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have nothing to amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in the middle of a merge -- cannot amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing is not possible because you have unmerged files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked to amend the most recent commit, but doing so would make it empty. You can repeat your command with --allow-empty, or you can remove the commit entirely with &quot;git reset HEAD^&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to commit (use &quot;git add&quot; to stage changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting commit; you did not edit the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not parse MERGE_HEAD line &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to create &apos;%1/index.lock&apos;: File exists. Another git process seems to be running in this repository; if not, remove that file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock ref &apos;HEAD&apos;: it moved meanwhile (another commit?); nothing was committed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CreateReleaseDialog</name>
    <message>
        <source>&amp;Commit the changelog to CHANGELOG.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hangelog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the version to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a semantic version (such as v1.2.3 or 1.2.3-rc.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changelog is empty; write one or do not commit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::CronExpression</name>
    <message>
        <source>&quot;%1&quot; is not supported; GitHub Actions takes five cron fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cron schedule has five fields (minute, hour, day of month, month, day of week), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values must be from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range %1 runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At minute %1 past every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At minute %1 past hour %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At minutes %1 past hour %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on day %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::DiffPlaceholder</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the whole diff of this file; this may take a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary file — %1, not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large file, %1 — not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffs of large files are slow to compute and to display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied without changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed without changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1% similar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(now executable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer executable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File mode changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty file deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty file added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::DiffReader</name>
    <message>
        <source>cannot find %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a commit or tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare repository has no working tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commit given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compute the diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot detect renames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the changes of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare the two versions of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::DiffView</name>
    <message>
        <source>Stage Hunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstage Hunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Hunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage every change of the hunk under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstage every change of the hunk under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away every change of the hunk under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstage Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstage the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the selected changed lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show whitespace changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore all whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore whitespace amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore whitespace at line end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged lines shown around each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions on the hunk under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitespace ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Whitespace and context lines: %1, %n line(s) of context</source>
        <translation>
            <numerusform>Whitespace and context lines: %1, %n line of context</numerusform>
            <numerusform>Whitespace and context lines: %1, %n lines of context</numerusform>
        </translation>
    </message>
    <message>
        <source>Unified: old and new lines in one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side: old lines on the left, new lines on the right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::DiscardArchive</name>
    <message>
        <source>cannot read the link &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard archive: before and after states do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot archive discarded changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot archive &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read discard archive entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the archived &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring would overwrite changes made after the discard in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwritten by restoring discarded changes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: a folder is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the link &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the permissions of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ExpressionChecker</name>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strings are written in single quotes (&apos;…&apos;), not double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown context &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a property name after &quot;.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes %2 arguments, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;matrix.%1&quot;: this job has no matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;matrix.%1&quot; is not defined; the matrix has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;needs.%1&quot;: this job does not need a job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;needs.%1.%2&quot;: a needed job has only &quot;outputs&quot; and &quot;result&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;needs.%1.outputs.%2&quot;: job &quot;%1&quot; has no output &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps.%1&quot;: no step before this one has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps.%1.%2&quot;: a step has only &quot;outputs&quot;, &quot;outcome&quot; and &quot;conclusion&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;${{&quot; is not closed by &quot;}}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::FetchCommand</name>
    <message>
        <source>Remove remote-tracking branches whose branch is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote to fetch (default: the upstream&apos;s, or origin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching explicit refspecs is not supported; give only a remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[new]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[deleted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: no ref was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::FileChangedBar</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version on disk; your edits are replaced (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your edits; Save will ask before it writes over the version on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Difference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the version on disk with yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk (a checkout, a pull or another editor), and you have unsaved edits here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on disk, or is not in the checked-out branch. Save writes it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::GitError</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::GitLabEditor</name>
    <message>
        <source>this is a GitHub Actions workflow; GitLab CI edits do not apply to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a GitLab CI pipeline: its top level is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a global keyword of the pipeline, not a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a hidden template (it starts with &apos;.&apos;), not a job GitLab runs; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; comes from an included file; edit it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is not written as a mapping here; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a global keyword of the pipeline; a job cannot have that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a job: use up to 255 characters, no line break, not starting with &apos;.&apos; or a blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is not in stages: %2; add the stage first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; extends &quot;%2&quot;; change that first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 takes part of &quot;%2&quot; with !reference; change that first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 at line %2 are an alias (*name); edit the list it points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a hidden template; its new name must start with &apos;.&apos; too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name starting with &apos;.&apos; would hide job &quot;%1&quot; (GitLab would not run it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 takes part of &quot;%2&quot; with !reference; rename it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; already needs &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the needs of job &quot;%1&quot; are an alias (*name); edit the list it points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has needs that are neither a name nor a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; inherits its needs (&lt;&lt;); edit them where they are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; inherits its needs (extends); edit them where they are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; does not need &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is already in stage &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; needs &quot;%2&quot;, which runs in a later stage (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; needs &quot;%2&quot; and runs in an earlier stage (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage of job &quot;%1&quot; is not written as a name; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is already in stages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages: is not written as a list here; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; inherits its script (extends, &lt;&lt;); edit it where it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has no script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script of job &quot;%1&quot; is not written as lines here; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script line needs a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has no script; there is no line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has %2 script lines; there is no position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has no script line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the only script line of job &quot;%1&quot;, and GitLab wants one; remove the job instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script line %1 of job &quot;%2&quot; is not a single line (a list or !reference); edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has a single script line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job &quot;%1&quot; to need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job cannot need itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs in a later stage (%2) than &quot;%3&quot; (%4); GitLab only lets a job need jobs of its own or earlier stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that would make the needs go round in a circle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::GitLabGraph</name>
    <message>
        <source>when: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::GitLabIncludes</name>
    <message>
        <source>remote include %1 is not followed; its jobs are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only local includes are followed (not project, remote, template or component); its jobs are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline includes more than %1 files (nested and repeated includes count too); GitLab refuses it — the limit is set in .gantry/ci.yml (gitlab: max-includes:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes are nested more than %1 deep (GitLab&apos;s limit); %2 is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the include %1 is outside the project: GitLab reads local includes from the project only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include %1 is not read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the include %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::GitLabParallel</name>
    <message>
        <source>parallel: %1 is more than GitLab allows (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel:matrix would create %1 jobs; GitLab allows at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::GitLabReader</name>
    <message>
        <source>a .gitlab-ci.yml holds a mapping of jobs and keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown keyword &quot;%1&quot; in job &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is in stage &quot;%2&quot;, which is not in stages: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; needs &quot;%2&quot;, which is not a job of this pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; extends &quot;%2&quot;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends goes round in a circle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the needs go round in a circle: %1; GitLab refuses the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::GitTaskRunner</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::GuardRailConfig</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML (%1); the guard rails use their defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping of sections (guards:, protected-branches: …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max-file-size: expected a size such as 5MB, 512KB or a number of bytes (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large-commit-lines: expected a whole number of lines (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: expected true, false or a mapping (enabled, paths, patterns, allow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets.enabled: expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets.patterns: &apos;%1&apos; is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: unknown setting &apos;%1&apos; (known: enabled, paths, patterns, allow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected-branches: expected a list of branch names or a mapping (branches, mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected-branches.mode: expected confirm or refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected-branches: unknown setting &apos;%1&apos; (known: branches, mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guards: expected a mapping (secrets, max-file-size, large-commit-lines, merge, rewrite-published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewrite-published: expected confirm, refuse or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guards: unknown setting &apos;%1&apos; (known: secrets, max-file-size, large-commit-lines, merge, rewrite-published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: expected a mapping (fast-forward-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge.fast-forward-only: expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: unknown setting &apos;%1&apos; (known: fast-forward-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::HistoryCommitActions</name>
    <message>
        <source>Checkout This Commit (Detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Branch Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Tag Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Commit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into Current Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebase Current Branch onto This…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Current Branch to Here…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::HistoryModel</name>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author&apos;s date, in your time zone. A row&apos;s tooltip and the commit&apos;s details show the author&apos;s own time and offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 your time
%2 the author&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uncommitted changes (%n)</source>
        <translation>
            <numerusform>Uncommitted changes (%n)</numerusform>
            <numerusform>Uncommitted changes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed in the working tree or the index, not committed yet. Double-click to stage and commit them.</source>
        <translation>
            <numerusform>%n file changed in the working tree or the index, not committed yet. Double-click to stage and commit them.</numerusform>
            <numerusform>%n files changed in the working tree or the index, not committed yet. Double-click to stage and commit them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::HistoryView</name>
    <message>
        <source>Find Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only matching commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n commit(s)</source>
        <translation>
            <numerusform>Loading… %n commit</numerusform>
            <numerusform>Loading… %n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n commit</numerusform>
            <numerusform>%n commits</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::HookRunner</name>
    <message>
        <source>the %1 hook could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 hook was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 hook took too long and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 hook failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::HooksCommand</name>
    <message>
        <source>Install the commit-msg hook running gantry commit-lint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: gantry hooks install [-C DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed %1; the existing hook was kept as commit-msg.local and runs first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::HunkHeaderButtons</name>
    <message>
        <source>Stage Hunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstage Hunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Hunk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Identity</name>
    <message>
        <source>invalid identity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repository to save the identity in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set user.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set user.email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author identity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committer identity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Please tell me who you are.

Run

  git config --global user.email &quot;you@example.com&quot;
  git config --global user.name &quot;Your Name&quot;

to set your account&apos;s default identity.
Omit --global to set the identity only in this repository.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git records a name and an email address in every commit. Tell Gantry which ones to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for &amp;all repositories (global configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this &amp;repository only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::IndexAccess</name>
    <message>
        <source>Unable to create &apos;%1/index.lock&apos;: File exists. Another git process seems to be running in this repository; if not, remove that file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathspec &apos;%1&apos; did not match any files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare repository has no working tree to stage from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the filters for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; for the working tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a binary file: its lines cannot be staged one by one; stage the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to pick lines from; stage the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has conflicts: resolve them, then stage the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no changed lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::LockedIndex</name>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index is in memory only and cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the index &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index lock is not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::LogCommand</name>
    <message>
        <source>invalid --pretty format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; requires a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limiting the log to paths is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: gantry log [-C DIR] [--all] [--max-count N | -n N] [--graph] [--topo-order] [--oneline]
                  [--format FMT | --pretty=format:FMT] [REV...]

Shows the history in git&apos;s graph order, formatted as git log formats it.
FMT placeholders: %H %h %P %p %T %t %an %ae %ad %at %ai %aI %cn %ce %cd %ct %ci %cI
                  %s %b %B %d %D %n %%
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your current branch &apos;%1&apos; does not have any commits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous argument &apos;%1&apos;: unknown revision or path not in the working tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::LooseObjectGuard</name>
    <message>
        <source>cannot start zlib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid zlib stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its zlib stream is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loose object %1 (stored in %2) is corrupt: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::MainWindow</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Git repository (or inside one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Init Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Side Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unstage All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Git repository (or inside one).

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init Repository: choose or create a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Git repository already; it is opened instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a repository in %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gantry %1&lt;/h3&gt;&lt;p&gt;A desktop client for Git and CI/CD pipelines.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and libgit2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Gantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Co&amp;mmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commit selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running operation where that is safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a remote repository to this computer and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the remote&apos;s new commits, branches and tags (changes no local branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the upstream and fast-forward the branch to it (never a merge commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a branch to a remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a branch from HEAD or another start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the local changes aside and clean the working tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the repository again: status, branches and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::MergeCommand</name>
    <message>
        <source>Create a merge commit when the branches have diverged (merges are fast-forward only otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the merge in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch, tag or commit to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--abort takes no revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one revision to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--allow-merge-commit creates one; see guards.merge in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFLICT: merge conflict in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Merger</name>
    <message>
        <source>No revision to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot analyse the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local changes to the following files would be overwritten by merge:
%1
Commit or stash them before you merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check out the merged commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast-forwarded %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local changes would be overwritten by the merge (%1). Commit or stash them before you merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Automatic merge failed: fix the conflicts in %n file(s), then commit the result (or abort the merge).</source>
        <translation>
            <numerusform>Automatic merge failed: fix the conflicts in %n file, then commit the result (or abort the merge).</numerusform>
            <numerusform>Automatic merge failed: fix the conflicts in %n files, then commit the result (or abort the merge).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the merged tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the merge commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2 (merge commit %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Finish or abort it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bare repository has no work tree to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the conflicts in the working tree before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have diverged: they can only be joined by a merge commit, and merges here are fast-forward only. Create a merge commit, or rebase %1 onto %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge to abort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reset the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot leave the merge state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::NetworkStream</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server at %1 did not answer the connection (nothing for %n s)</source>
        <translation>
            <numerusform>the server at %1 did not answer the connection (nothing for %n s)</numerusform>
            <numerusform>the server at %1 did not answer the connection (nothing for %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server at %1 stopped answering (no data for %n s)</source>
        <translation>
            <numerusform>the server at %1 stopped answering (no data for %n s)</numerusform>
            <numerusform>the server at %1 stopped answering (no data for %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>gantry.networkTimeout is &apos;%1&apos;: give a whole number of seconds (0: no timeout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::NewBranchDialog</name>
    <message>
        <source>Start &amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check out the new branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it &amp;anyway, outside the branch policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feat/123-my-change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By con&amp;vention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few words, e.g. Add dark mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from the type, issue and description; choose Free name to type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 branches start from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy proposes %1 for %2 branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 here to start %2 branches from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) behind %2 — pull it first to start from the latest work.</source>
        <translation>
            <numerusform>%1 is %n commit behind %2 — pull it first to start from the latest work.</numerusform>
            <numerusform>%1 is %n commits behind %2 — pull it first to start from the latest work.</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe the change in a few words (or give an issue number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Fits the branch policy (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::NewTagDialog</name>
    <message>
        <source>A tag name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotated tag (with tagger and message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotated tag needs a message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::NewWorkflowDialog</name>
    <message>
        <source>New Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File (.github/workflows/):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name must be letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, ending in .yml or .yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a workflow named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workflow a name; GitHub shows it in the Actions tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::NextVersionCommand</name>
    <message>
        <source>Make a pre-release with identifier &lt;id&gt; (rc → 1.3.0-rc.0, then rc.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision to release; HEAD when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one revision may be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository has no commits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to release since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch the release is made from (default: REV when it is a branch, else the checked-out branch), as a CI job that checks out a commit gives it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::PartialPatch</name>
    <message>
        <source>&apos;%1&apos; is a binary file: its lines cannot be picked one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to pick lines from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected line %1 of hunk %2 is not in the diff of &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no added or removed line of &apos;%1&apos; is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed since its diff was shown; refresh and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::PipelineEditActions</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New id for job %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command to run in job %1 (or an action as uses: owner/repo@ref):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a step of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs-on for job %1 (labels, comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment of job %1 (development, test, staging, production…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes of job %1, one per line as NAME: VALUE, VALUE (include and exclude stay as written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: &quot;%1&quot; is not NAME: VALUE, VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs of workflow_dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text changed while the edit was made; nothing was changed, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Script Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command to add to the script of job %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a script line to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a script line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of job %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the script of job %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a script line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a step of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of job %1 (type a name for a new stage):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::PipelinesTab</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflow files here yet: GitHub Actions reads .github/workflows/*.yml, GitLab CI reads .gitlab-ci.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes from an earlier session. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workflow has no triggers or jobs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline has no jobs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or fold away the list of workflow files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflow files yet. New Workflow… makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deleted on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the file is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph&apos;s zoom; click for 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::PublishedHistory</name>
    <message>
        <source>cannot read branch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the upstream of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare with &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would rewrite %n commit(s) already on %2 (published history):
%3
Pushing afterwards would need --force-with-lease, and other clones would diverge. Allow rewriting published history to go ahead anyway.</source>
        <translation>
            <numerusform>%1 would rewrite %n commit already on %2 (published history):
%3
Pushing afterwards would need --force-with-lease, and other clones would diverge. Allow rewriting published history to go ahead anyway.</numerusform>
            <numerusform>%1 would rewrite %n commits already on %2 (published history):
%3
Pushing afterwards would need --force-with-lease, and other clones would diverge. Allow rewriting published history to go ahead anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::Pull</name>
    <message>
        <source>HEAD is not on a branch: check out a branch to pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no upstream: push it with &quot;set upstream&quot; first, or set one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows the local branch %2: there is nothing to fetch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::PullCommand</name>
    <message>
        <source>pull takes no arguments: it pulls the current branch&apos;s upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetched, not merged: %1 Merge it (gantry merge %2) or rebase it (gantry rebase %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already up to date with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: nothing was fetched or merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::PullController</name>
    <message>
        <source>Pulling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched, but not merged: %1 Pull only fast-forwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebase onto %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled: already up to date with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::PushCommand</name>
    <message>
        <source>Allow a rewrite, only if the remote branch is still where its remote-tracking branch says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the pushed branch the upstream of the local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to a protected branch (confirm mode; refuse mode always refuses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote (default: the upstream&apos;s, or origin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch to push, or LOCAL:REMOTE (default: the current branch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no --force; use --force-with-lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push takes one remote and one branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting remote branches is not supported (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: this repository refuses pushes to it (protected-branches in %2); push a branch and open a merge request instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected (protected-branches in %2): not pushed; pass --allow-protected to push to it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: &apos;gantry fetch&apos;, then merge or rebase; to replace the remote commits on purpose use --force-with-lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything up-to-date (%1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[new branch]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch &apos;%1&apos; set up to track &apos;%2/%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::PushDialog</name>
    <message>
        <source>Set as &amp;upstream of the local branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force with &amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name as the local branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the remote branch even when it is not a fast-forward (after an amend or a rebase), but only if it is still where you last fetched it. If someone else pushed meanwhile, nothing is pushed: fetch and look at their commits first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote b&amp;ranch:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::PushGuard</name>
    <message>
        <source>cannot count commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::RebaseCommand</name>
    <message>
        <source>CONFLICT: merge conflict in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead even when commits already on the upstream are rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a rebase stopped at a conflict, once it is resolved and staged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the rebase and restore the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision to replay the branch onto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--continue and --abort cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--continue and --abort take no revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one revision to rebase onto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--allow-rewrite; see guards.rewrite-published in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>warning: %n published commit(s) rewritten; pushing now needs --force-with-lease</source>
        <translation>
            <numerusform>warning: %n published commit rewritten; pushing now needs --force-with-lease</numerusform>
            <numerusform>warning: %n published commits rewritten; pushing now needs --force-with-lease</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::Rebaser</name>
    <message>
        <source>cannot read the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebase: you have uncommitted changes. Commit or stash them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the rebased change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the conflicts (and stage the result) before continuing:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not apply %1: fix the conflicts in %n file(s), stage them and continue (or abort the rebase).</source>
        <translation>
            <numerusform>Could not apply %1: fix the conflicts in %n file, stage them and continue (or abort the rebase).</numerusform>
            <numerusform>Could not apply %1: fix the conflicts in %n files, stage them and continue (or abort the rebase).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot rebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the rebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully rebased and updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch has no commit yet: there is nothing to rebase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision to rebase onto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find where %1 and %2 meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current branch %1 is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bare repository has no work tree to rebase in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebasing %1 onto %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the rebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rebase to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rebase to abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot abort the rebase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::RefsController</name>
    <message>
        <source>Reading branches and tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking out %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stash and Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stashing and checking out %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating branch %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created branch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming branch %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a branch on a remote comes with the remotes feature; %1 was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting branch %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not fully merged. Delete it anyway? You can undo this afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted branch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring branch %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the upstream of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now tracks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the upstream of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer tracks a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating tag %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting tag %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring tag %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stashing changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes stashed as stash@{0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popping stash@{%1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying stash@{%1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stash@{%1} was applied with conflicts in: %2. The stash was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied and dropped stash@{%1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied stash@{%1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping stash@{%1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped stash@{%1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the stash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stash restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout of %1 cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout of %1 cancelled; your changes are where they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stash cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying stash@{%1} cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created branch %1, outside the branch policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::RefsModel</name>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tracks %1: %n commit(s) ahead</source>
        <translation>
            <numerusform>Tracks %1: %n commit ahead</numerusform>
            <numerusform>Tracks %1: %n commits ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n behind</numerusform>
            <numerusform>%n behind</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branches yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIP: %1 · on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::RefsPanel</name>
    <message>
        <source>Filter branches, tags, stashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Branch from Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Tag Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Upstream…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout (Detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stash Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into Current Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebase Current Branch onto This…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Current Branch to Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch, tag or stash matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ReleaseAnalyzer</name>
    <message>
        <source>the repository is shallow: history stops at its edge, so older version tags may not be seen (run &apos;git fetch --unshallow&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start history walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid pre-release identifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ReleaseBranches</name>
    <message>
        <source>&apos;branches&apos; must be a list of branch names or {name, prerelease, range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prerelease&apos; must be true, false or a pre-release identifier such as rc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;range&apos; must be a maintenance range such as 1.x or 1.2.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a release branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each release branch needs a &apos;name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each release branch is a name or {name, prerelease, range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;branches&apos; lists no release branch; the defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ReleaseConfig</name>
    <message>
        <source>could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must be a mapping of sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;versions&apos; must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pre-major&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;initial&apos; must be a semantic version such as 0.1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;tag-prefix&apos; must be &quot;v&quot; or &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in &apos;versions&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;changelog&apos; must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in &apos;changelog&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;types&apos; must be a list of {type, section, hidden}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &apos;types&apos; needs a &apos;type&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;hidden&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;release&apos; must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in &apos;release&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ReleaseController</name>
    <message>
        <source>Computing the next version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to release: the repository has no commits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s), no version tag yet: a first release.</source>
        <translation>
            <numerusform>%n commit, no version tag yet: a first release.</numerusform>
            <numerusform>%n commits, no version tag yet: a first release.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since %1: a %2 release.</source>
        <translation>
            <numerusform>%n commit since %1: a %2 release.</numerusform>
            <numerusform>%n commits since %1: a %2 release.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing since %1 calls for a release (only commits such as docs or chore); you can still enter a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating release %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created release %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created release %1 and committed CHANGELOG.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing release %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release can be made from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the release from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release can be made from %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ReleaseCreator</name>
    <message>
        <source>read HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare the index with HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a semantic version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare repository has no CHANGELOG.md to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are staged changes; commit or unstage them before committing the changelog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read CHANGELOG.md: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write CHANGELOG.md: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag was deleted, but the changelog commit is no longer HEAD and was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the commit before the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the branch back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD has moved since the release was computed; open Create Release again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ReleasePlanner</name>
    <message>
        <source>list the branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists, on a commit this branch does not contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists on %2; this branch does not contain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid pre-release identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branches named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is not on a branch; releases are made from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a release branch; releases are made from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1, nothing in it calls for a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it into %1 (merge or pull) before releasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range for %2: based on the releases on other branches, only versions %3 can be released from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists (on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already released (on %2): merge it into %3 so that the next pre-release is of a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a release branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a maintenance branch: it releases %2 versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pre-release branch: it releases %2 pre-releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1, it would be released in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1, it would make %2, but that tag already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::RemoteController</name>
    <message>
        <source>This repository has no remotes to fetch from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch cancelled: no ref was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1: already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1: %n ref(s) updated.</source>
        <translation>
            <numerusform>Fetched %1: %n ref updated.</numerusform>
            <numerusform>Fetched %1: %n refs updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository has no remotes to push to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot push: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date with %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) to push.</source>
        <translation>
            <numerusform>%n commit to push.</numerusform>
            <numerusform>%n commits to push.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This rewrites %1/%2: %n commit(s) there would be replaced, which needs Force with lease.</source>
        <translation>
            <numerusform>This rewrites %1/%2: %n commit there would be replaced, which needs Force with lease.</numerusform>
            <numerusform>This rewrites %1/%2: %n commits there would be replaced, which needs Force with lease.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected: this repository refuses pushes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: you will be asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to %1 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: work on it usually arrives through reviewed merges. Pushing directly skips that review for everyone who shares %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed: %1 is protected and this repository refuses pushes to it (protected-branches in .gantry/conventions.yml). Push a branch of your own and merge it through a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed: %1 is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push cancelled: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 to %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::RemoteCredentials</name>
    <message>
        <source>Authentication failed for %1: the user name or password was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed for %1: ssh-agent has no key the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot authenticate to %1: no ssh-agent is running (start one and add your key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot authenticate to %1: the server asks for a kind of credentials Gantry does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a user name and password, and no credential helper gave them. Set up one (git config credential.helper), or sign in with git once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::RemoteTransfer</name>
    <message>
        <source>No remote given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no remote named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the remote &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the upstream of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is detached: choose the branch to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch &apos;%1&apos; has no commits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fetch from &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No URL given to clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder given to clone into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot clone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the branches of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed: &apos;%1&apos; on &apos;%2&apos; is at %3, but you last saw it at %4. Someone else pushed to it meanwhile: fetch and look at their commits first, then push again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed: &apos;%1&apos; on &apos;%2&apos; has commits that &apos;%3&apos; does not have (not a fast-forward). Fetch and integrate them first, or push with force-with-lease to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed: &apos;%1&apos; on &apos;%2&apos; moved to %3 while pushing, but you last saw it at %4. Fetch and look at the new commits first, then push again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot push to &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote &apos;%1&apos; refused %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Repository</name>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Git repository (nor is any parent folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a repository in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a git repository: &apos;%1&apos; is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad object HEAD (the commit %1 cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad object HEAD (its tree %1 cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link outside refs/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names &apos;%1&apos;, which is not under refs/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither &quot;ref: refs/…&quot; nor a commit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revert is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cherry-pick is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bisect is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rebase is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying patches (git am) is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the index &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it is %n byte(s) long, shorter than an index can be</source>
        <translation>
            <numerusform>it is %n byte long, shorter than an index can be</numerusform>
            <numerusform>it is %n bytes long, shorter than an index can be</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not start with an index&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index file &apos;%1&apos; is damaged (%2); git reports &quot;index file corrupt&quot; too: restore it with `rm %1 &amp;&amp; git reset`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::RepositoryTab</name>
    <message>
        <source>Changes on disk will not be noticed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD detached at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (upstream %1 is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ↑%1 ↓%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached HEAD: new commits will not be on any branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commits yet on %1: the first commit creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicted file(s)</source>
        <translation>
            <numerusform>%n conflicted file</numerusform>
            <numerusform>%n conflicted files</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the diff of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare repository: no working tree to change, only its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) behind %2 — pull before you start new work</source>
        <translation>
            <numerusform>%1 is %n commit behind %2 — pull before you start new work</numerusform>
            <numerusform>%1 is %n commits behind %2 — pull before you start new work</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull (or fetch and merge) %1 into %2 first, so that new branches and commits start from the latest work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue Rebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the resolved files and replay the remaining commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort Rebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commits of every branch as a graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working tree&apos;s changes: stage them and commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CI workflows as a graph beside their YAML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Reset</name>
    <message>
        <source>cannot read the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reset --hard to %1: uncommitted changes in %n file(s)</source>
        <translation>
            <numerusform>Reset --hard to %1: uncommitted changes in %n file</numerusform>
            <numerusform>Reset --hard to %1: uncommitted changes in %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reset to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bare repository has no work tree: only a soft reset is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch has no commit yet: there is nothing to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision to reset to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do a soft reset in the middle of a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uncommitted changes could not be saved, so nothing was reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is now at %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD has moved since the reset (it is at %1, not %2): undo it by hand (git reset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the staged changes to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore the staged changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ResetCommand</name>
    <message>
        <source>Move the branch only; changes stay staged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the branch and reset the index (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the branch, index and working tree (uncommitted changes are saved in refs/gantry/discarded first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead even when commits already on the upstream leave the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit to move the branch to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--soft, --mixed and --hard cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one revision to reset to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--allow-rewrite; see guards.rewrite-published in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uncommitted changes were saved in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>warning: %n published commit(s) left the branch; pushing now needs --force-with-lease</source>
        <translation>
            <numerusform>warning: %n published commit left the branch; pushing now needs --force-with-lease</numerusform>
            <numerusform>warning: %n published commits left the branch; pushing now needs --force-with-lease</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ResetDialog</name>
    <message>
        <source>Reset Current Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft: keep all changes staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the branch moves. The changes of the commits that leave it, and everything you had staged, are staged, ready to commit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: keep all changes, unstaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch and the staging area move. Every change stays in your files, unstaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard: discard all changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch, the staging area and your files all match the commit. Uncommitted changes are saved first, so Undo can bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commit leaves the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) will leave the branch:</source>
        <translation>
            <numerusform>%n commit will leave the branch:</numerusform>
            <numerusform>%n commits will leave the branch:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::Revisions</name>
    <message>
        <source>resolve &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::RewriteController</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 would rewrite %n commit(s) already on %2, and this repository refuses to rewrite published history (guards.rewrite-published in .gantry/conventions.yml):
%3</source>
        <translation>
            <numerusform>%1 would rewrite %n commit already on %2, and this repository refuses to rewrite published history (guards.rewrite-published in .gantry/conventions.yml):
%3</numerusform>
            <numerusform>%1 would rewrite %n commits already on %2, and this repository refuses to rewrite published history (guards.rewrite-published in .gantry/conventions.yml):
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite Published History?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 rewrites %n commit(s) already on %2:</source>
        <translation>
            <numerusform>%1 rewrites %n commit already on %2:</numerusform>
            <numerusform>%1 rewrites %n commits already on %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone who already has them keeps the old commits, and pushing afterwards needs a force push (--force-with-lease). Set guards.rewrite-published in .gantry/conventions.yml to change this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the merge of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Merge Commit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have diverged: only a merge commit can join them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges here are fast-forward only by default, so that the history stays a straight line. Rebasing %1 onto %2 keeps it straight; a merge commit records that the two lines of work were joined. (guards.merge.fast-forward-only in .gantry/conventions.yml turns this question off.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Merge Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebase Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting the merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rebase onto %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already based on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebasing %1 onto %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebasing onto %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort Rebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting the rebase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebase aborted; the branch is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the reset to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing the rebase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::SchemaChecker</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown activity type &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::SecretFindingsDialog</name>
    <message>
        <source>Possible Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What you are about to stage looks like credentials, environment settings or large data.&lt;/b&gt;&lt;br&gt;Once committed and pushed, a secret stays in the history for everyone who clones the repository: removing it later needs a history rewrite, and the secret must be revoked anyway. Keep such files out of Git (add them to .gitignore) and share them another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to .gitignore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggested patterns (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exact paths (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to .gitignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstage and Add to .gitignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already staged: %1. &quot;Unstage and Add to .gitignore&quot; takes it out of the index too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::SecretScanner</name>
    <message>
        <source>a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AWS access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AWS secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GitLab token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Stripe secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a high-entropy value assigned to a password, secret or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an environment file (.env), which usually holds credentials and local settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key or certificate file, which may hold a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SSH private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keystore (PKCS#12, Java), which holds private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file the repository&apos;s guards.secrets.paths list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a match of the repository&apos;s guards.secrets.patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, above the %3 limit (guards.max-file-size): large data belongs in Git LFS or outside the repository [large-file]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::SetUpstreamDialog</name>
    <message>
        <source>&amp;Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin/main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote-tracking branch (or a local branch) to compare with, pull from and push to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the upstream, as git branch --unset-upstream does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which branch should this branch track?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which branch should %1 track?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no remote-tracking branches yet: fetch from a remote to get them, or track a local branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No upstream (stop tracking %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no upstream to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the branch to track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch cannot track itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tracks %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset Upstream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::StageCommand</name>
    <message>
        <source>bad line range &apos;%1&apos; in &apos;%2&apos;: lines are counted from 1 and A-B needs A &lt;= B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad line range &apos;%1&apos; in &apos;%2&apos;: expected FILE:A-B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside repository at &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line range needs a file, not a folder: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstage whole files, or the staged lines A-B of the index version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage whole files, or the changed lines A-B of the working-tree version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE or FILE:A-B, relative to the current folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing specified: name the files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a git repository (or any of the parent directories): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this operation must be run in a work tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>staging anyway (--allow-secrets): %n possible secret(s)</source>
        <translation>
            <numerusform>staging anyway (--allow-secrets): %n possible secret</numerusform>
            <numerusform>staging anyway (--allow-secrets): %n possible secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refusing to stage %n possible secret(s); nothing was staged. Add the files to .gitignore, or pass --allow-secrets to stage anyway</source>
        <translation>
            <numerusform>refusing to stage %n possible secret; nothing was staged. Add the files to .gitignore, or pass --allow-secrets to stage anyway</numerusform>
            <numerusform>refusing to stage %n possible secrets; nothing was staged. Add the files to .gitignore, or pass --allow-secrets to stage anyway</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage even what looks like a secret, key or large file (see docs/guard-rails.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Staging</name>
    <message>
        <source>cannot stage &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage all changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed since its diff was shown; refresh and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage the deletion of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot unstage &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid line range %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no unstaged changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no staged changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unstaged changes in lines %1-%2 of &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staged changes in lines %1-%2 of &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update &apos;%1&apos; in the index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::StagingController</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discarded content is kept in refs/gantry/discarded: you can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Staging %n file(s)…</source>
        <translation>
            <numerusform>Staging %n file…</numerusform>
            <numerusform>Staging %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstaging %n file(s)…</source>
        <translation>
            <numerusform>Unstaging %n file…</numerusform>
            <numerusform>Unstaging %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard all changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard all changes to %n file(s)?</source>
        <translation>
            <numerusform>Discard all changes to %n file?</numerusform>
            <numerusform>Discard all changes to %n files?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discarded changes to %n file(s).</source>
        <translation>
            <numerusform>Discarded changes to %n file.</numerusform>
            <numerusform>Discarded changes to %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staging all changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstaging all changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging hunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstaging hunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this hunk of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding hunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded a hunk of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstaging lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n selected line(s) of %1?</source>
        <translation>
            <numerusform>Discard %n selected line of %1?</numerusform>
            <numerusform>Discard %n selected lines of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarding lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n line(s) of %1.</source>
        <translation>
            <numerusform>Discarded %n line of %1.</numerusform>
            <numerusform>Discarded %n lines of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring discarded changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded changes restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was staged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to .gitignore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to .gitignore: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::StagingGuard</name>
    <message>
        <source>a bare repository has no .gitignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read .gitignore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write .gitignore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare the working tree with the index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::StashDialog</name>
    <message>
        <source>Include &amp;untracked files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep staged changes in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stash Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what these changes are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Stashes</name>
    <message>
        <source>cannot read stash@{%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bare repository has no work tree to stash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stash without an identity (set user.name and user.email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stash the local changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply a stash while files have unresolved conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stash&apos;s staged changes conflict with the index; apply it without restoring the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local changes to the following files would be overwritten by applying the stash:
%1
Commit or stash them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot apply stash@{%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stash list changed while applying; stash@{%1} was not dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot drop stash@{%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store %1 as a stash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a stash commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the stash log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the stash list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stash@{%1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the index conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::StatusCommand</name>
    <message>
        <source>unsupported porcelain version &apos;%1&apos; (only v1 is supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid untracked files mode &apos;%1&apos; (use no, normal or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported ignored mode &apos;%1&apos; (use traditional or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untracked content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD detached at %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On branch %1 (no commits yet)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On branch %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream %1 is gone.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1: %2 ahead, %3 behind.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n):
</source>
        <translation>
            <numerusform>Conflicts (%n):
</numerusform>
            <numerusform>Conflicts (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staged (%n):
</source>
        <translation>
            <numerusform>Staged (%n):
</numerusform>
            <numerusform>Staged (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not staged (%n):
</source>
        <translation>
            <numerusform>Not staged (%n):
</numerusform>
            <numerusform>Not staged (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untracked (%n):
</source>
        <translation>
            <numerusform>Untracked (%n):
</numerusform>
            <numerusform>Untracked (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored (%n):
</source>
        <translation>
            <numerusform>Ignored (%n):
</numerusform>
            <numerusform>Ignored (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to commit, working tree clean.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the working tree status (git status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output, as git status --porcelain=v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate entries with NUL; paths are not quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the branch and its upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untracked files: no, normal or all (-u&lt;mode&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ignored files too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::StatusReader</name>
    <message>
        <source>&apos;%1&apos; is a bare repository: it has no working tree to show the status of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the status of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the conflicts in the index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::StepDialog</name>
    <message>
        <source>Shown in the run&apos;s log (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/repo@ref, ./path or docker://image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always (e.g. github.ref == &apos;refs/heads/main&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;if:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the action to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Tags</name>
    <message>
        <source>cannot list tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tag message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotated tag needs a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tag without an identity (set user.name and user.email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the target of tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::TextDifferenceDialog</name>
    <message>
        <source>Difference — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1    + %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::TopoOrderWalker</name>
    <message>
        <source>unknown revision &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read revision &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::TriggerDialog</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual Run Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pattern per line; globs such as release/** allowed. An empty list is no filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches &amp;ignored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags i&amp;gnored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths ig&amp;nored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity t&amp;ypes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: GitHub&apos;s default (opened, synchronize, reopened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to run, as cron: minute, hour, day of month, month, day of week (in UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Run workflow asks for. Options (comma-separated) are for the choice type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub does not allow %1 and %1-ignore together; use !pattern lines in %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every input needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid input name: a letter or &apos;_&apos; first, then letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice input &quot;%1&quot; needs its options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::UnifiedDiffEditor</name>
    <message>
        <source>No newline at end of file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WelcomePage</name>
    <message>
        <source>Welcome to Gantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Git repository to see its history, stage changes and commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowCommand</name>
    <message>
        <source>The workflow files to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the workflow files to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one workflow file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs-on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix: from an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the edited file instead of writing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-job: the runner label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-job: the jobs it needs, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-step: the command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-step: the action to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-step: an input of the action (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-step: the step&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the file and the edit: FILE OP ARGS...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: gantry workflow edit FILE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step index (0 is the first step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown edit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: gantry workflow check FILE...
       gantry workflow graph FILE [--json]
       gantry workflow edit FILE OP ARGS... [--stdout]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (check, graph, edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-step, add-script: where to insert it (0 is first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-job (GitLab CI): the job&apos;s stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-job (GitLab CI): a script line (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-job, remove-job, rename-job, add-needs, remove-needs, add-step, remove-step, move-step, set or remove; GitLab CI: set-stage, add-stage, add-script, remove-script, set-script, move-script instead of the step edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a GitHub Actions edit; %2 is a GitLab CI file (use add-script, remove-script, move-script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a GitLab CI edit; %2 is a GitHub Actions workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs-on, --run, --uses, --with and --name are for GitHub Actions workflows; %1 is a GitLab CI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage and --script are for GitLab CI files; %1 is a GitHub Actions workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a script line index (0 is the first line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowDiskSync</name>
    <message>
        <source>on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on disk (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours, unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on disk, or is not in the checked-out branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save writes it again with your text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write It Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read (a checkout, a pull or another editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite replaces the version on disk with yours; Reload shows the version on disk instead of yours (Undo brings yours back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowDocument</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it leads outside the project (through a symbolic link); GitLab reads local includes from the project only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowEditor</name>
    <message>
        <source>the file has a YAML error at line %1, column %2 (%3); fix it in the text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a workflow: its top level is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit&apos;s changes overlap; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit would make the YAML invalid (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit would change more than intended; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is not written as a mapping here; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid job id: use a letter or &apos;_&apos; first, then letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job &quot;%1&quot; to need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; does not need &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job cannot need itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; already needs &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has needs that are neither a name nor a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step needs either a command to run or an action to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has %2 steps; there is no position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has no step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key path (keys and list indexes joined by &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an alias; edit the anchor it points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a list item holding a collection; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mapping, so it cannot get &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be set: a list index in it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; calls a reusable workflow (uses:); such a job has no steps of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is the only job, and a workflow needs at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;on&quot; is not written as an event name or a list of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;on&quot; names an event twice; fix it in the text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside an alias; edit the anchor it points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no list at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab would reject the result (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a GitLab CI file; GitHub Actions edits do not apply to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowExpressionRules</name>
    <message>
        <source>this looks like a real access token; store it as a secret and use &quot;${{ secrets.NAME }}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be written by anyone who opens an issue or a pull request; pass it to the script through an environment variable instead of &quot;${{ }}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written in the file; store it as a secret and use &quot;${{ secrets.NAME }}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowGraph</name>
    <message>
        <source>tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paths %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowGraphView</name>
    <message>
        <source>Add Step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Need: %1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner (runs-on)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches and Paths…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Script Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Script Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Script Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowNodeItem</name>
    <message numerus="yes">
        <source>matrix: %n job(s)</source>
        <translation>
            <numerusform>matrix: %n job</numerusform>
            <numerusform>matrix: %n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>matrix: from an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more step(s)</source>
        <translation>
            <numerusform>… %n more step</numerusform>
            <numerusform>… %n more steps</numerusform>
        </translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowSession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recovery draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on disk; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on disk: there is nothing to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1 from Disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowTemplates</name>
    <message>
        <source>Build and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds and tests every push to main and every pull request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test, then deploy through environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests, then deploys to test, staging and production in turn; production waits for a manual approval through the environment&apos;s required reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a job every night at 03:00 UTC, and by hand from the Actions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container build and push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds a container image and pushes it to the GitHub Container Registry for every v* tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowValidator</name>
    <message>
        <source>the file is empty; a workflow needs &quot;on&quot; and &quot;jobs&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;docker://&quot; needs an image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no ref; use &quot;{owner}/{repo}@{ref}&quot;, &quot;{owner}/{repo}/{path}@{ref}&quot;, &quot;./path&quot; or &quot;docker://image&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;{owner}/{repo}@{ref}&quot;, &quot;{owner}/{repo}/{path}@{ref}&quot;, &quot;./path&quot; or &quot;docker://image&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reusable workflow; use &quot;{owner}/{repo}/.github/workflows/{file}.yml@{ref}&quot; or &quot;./.github/workflows/{file}.yml&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid job id &quot;%1&quot;: it must start with a letter or &quot;_&quot; and hold only letters, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job id &quot;%1&quot; is a duplicate of &quot;%2&quot; (line %3): job ids ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;needs&quot; is empty; remove it, or name the jobs &quot;%1&quot; waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is already needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; needs &quot;%2&quot;, which is not a job of this workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; needs &quot;%2&quot;, which is not a job of this workflow; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the needs of these jobs form a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid step id &quot;%1&quot;: it must start with a letter or &quot;_&quot; and hold only letters, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step id &quot;%1&quot; is already used in job &quot;%2&quot; (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step has either &quot;uses&quot; or &quot;run&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step needs &quot;uses&quot; or &quot;run&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs every %2 min; GitHub runs schedules at most every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workflow needs at least one job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix would create %1 jobs; GitHub allows at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix would create at least %1 jobs; GitHub allows at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkingTreeModel</name>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: deleted by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: added by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: deleted by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: added by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: deleted by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: added by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: modified by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untracked content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (submodule: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorkingTreeView</name>
    <message>
        <source>Stage All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstage All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit, working tree clean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorktreeAdd</name>
    <message>
        <source>cannot stage &apos;%1&apos;: it is neither a file nor a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare the working tree with the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the object database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage all changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::WorktreeDiscard</name>
    <message>
        <source>&apos;%1&apos; has conflicts: resolve them before discarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes to discard in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes in %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed since its diff was shown; refresh and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n changed line(s) in %1</source>
        <translation>
            <numerusform>Discard %n changed line in %1</numerusform>
            <numerusform>Discard %n changed lines in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::WorktreeFile</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::YamlBlockEditor</name>
    <message>
        <source>%1 is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mapping entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written in flow style ([…]); reorder it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::YamlBounds</name>
    <message>
        <source>alias expansion exceeds %1 nodes at &quot;*%2&quot; (Gantry&apos;s limit); the alias is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases nest deeper than %1 levels at &quot;*%2&quot; (Gantry&apos;s limit); the alias is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias &quot;*%1&quot; is inside the node it names, so it never ends; the alias is not followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::YamlSyntaxParser</name>
    <message>
        <source>only the first YAML document of a file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown alias &quot;*%1&quot;: no anchor &quot;&amp;%1&quot; before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels; the rest of the file is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge keys (&quot;&lt;&lt;&quot;) are not supported here; write the keys out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab character in indentation; YAML indents with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
