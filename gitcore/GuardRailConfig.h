#pragma once

#include "gitcore/CommitLintConfig.h" // ConfigProblem

#include <QList>
#include <QString>
#include <QStringList>

namespace gantry {

/// The guard rails' settings: the `guards:` and `protected-branches:` sections of a
/// repository's `.gantry/conventions.yml` (see docs/guard-rails.md). A missing file or section
/// means the defaults; a malformed one is reported as a ConfigProblem (file, line, column) and
/// the defaults stay in force for what could not be read.
class GuardRailConfig
{
public:
    /// What happens when committing on a protected branch.
    enum class ProtectionMode { Confirm, Refuse };

    /// What happens before an operation rewrites commits the upstream already has (amend,
    /// rebase, reset): ask first, refuse (an explicit override still goes ahead), or say nothing.
    enum class RewriteMode { Confirm, Refuse, Off };

    static constexpr qint64 DefaultMaxFileSize = 5 * 1024 * 1024; // 5 MiB
    static constexpr int DefaultLargeCommitLines = 200;

    /// The defaults: secrets scanning on, 5 MiB, 200 lines, main/master/production in confirm mode.
    GuardRailConfig();

    /// `.gantry/conventions.yml` under `workdir` (defaults when there is none).
    static GuardRailConfig discover(const QString &workdir);
    /// Reads YAML text as if it came from `fileName` (the name goes into problems).
    static GuardRailConfig fromText(const QByteArray &text, const QString &fileName);
    /// The file's path relative to a working tree.
    static QString fileName();

    bool secretsEnabled() const { return m_secrets; }
    /// Extra file-name patterns (globs) that count as secrets.
    const QStringList &extraPathPatterns() const { return m_paths; }
    /// Extra content regular expressions (already checked to compile).
    const QStringList &extraContentPatterns() const { return m_patterns; }
    /// Path globs never reported (fixtures, documented examples).
    const QStringList &allowedPaths() const { return m_allow; }
    /// Files larger than this many bytes are reported; 0 turns the check off.
    qint64 maxFileSize() const { return m_maxFileSize; }
    /// A commit changing more lines than this gets a hint to split it; 0 turns it off.
    int largeCommitLines() const { return m_largeCommitLines; }
    const QStringList &protectedBranches() const { return m_protected; }
    ProtectionMode protectionMode() const { return m_mode; }
    /// guards.merge.fast-forward-only (default true): a merge that needs a merge commit asks first.
    bool mergeFastForwardOnly() const { return m_mergeFastForwardOnly; }
    /// guards.rewrite-published (default confirm).
    RewriteMode rewritePublished() const { return m_rewrite; }

    /// Whether `branch` matches a protected name or glob.
    bool isProtected(const QString &branch) const;
    /// Whether `path` matches one of allowedPaths().
    bool isAllowed(const QString &path) const;

    const QList<ConfigProblem> &problems() const { return m_problems; }

    void setSecretsEnabled(bool on) { m_secrets = on; }
    void setMaxFileSize(qint64 bytes) { m_maxFileSize = bytes; }
    void setLargeCommitLines(int lines) { m_largeCommitLines = lines; }
    void setProtectedBranches(const QStringList &branches, ProtectionMode mode);
    void setMergeFastForwardOnly(bool on) { m_mergeFastForwardOnly = on; }
    void setRewritePublished(RewriteMode mode) { m_rewrite = mode; }
    void setAllowedPaths(const QStringList &globs) { m_allow = globs; }

    /// gitignore-like glob match: `*` and `?` stay within one path segment, `**` crosses them;
    /// a pattern without '/' is matched against the last segment (the file name).
    static bool globMatch(const QString &pattern, const QString &path);
    /// "5 MB", "512KiB", "1048576" → bytes; -1 when it is not a size.
    static qint64 parseSize(const QString &text);

private:
    void read(const QByteArray &text);
    void readGuards(const YamlNode &node);
    void readSecrets(const YamlNode &node);
    void readProtected(const YamlNode &node);
    void readMerge(const YamlNode &node);
    QStringList readStrings(const YamlNode &node, const QString &what);
    void problem(const YamlNode &node, const QString &message);

    QString m_file;
    bool m_secrets = true;
    QStringList m_paths;
    QStringList m_patterns;
    QStringList m_allow;
    qint64 m_maxFileSize = DefaultMaxFileSize;
    int m_largeCommitLines = DefaultLargeCommitLines;
    QStringList m_protected;
    ProtectionMode m_mode = ProtectionMode::Confirm;
    bool m_mergeFastForwardOnly = true;
    RewriteMode m_rewrite = RewriteMode::Confirm;
    QList<ConfigProblem> m_problems;
};

} // namespace gantry
