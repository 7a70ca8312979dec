#pragma once

#include "gitcore/GuardRailConfig.h"
#include "gitcore/PathGlob.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gantry {

/// Something the secrets guard found in what is about to be staged. Never holds the secret:
/// `excerpt` is masked (see SecretScanner::mask).
struct SecretFinding
{
    enum class Kind { FileName, Content, Size };
    Kind kind = Kind::Content;
    QString path;
    int line = 0;    // 1-based; 0 for a finding about the whole file
    int column = 0;  // 1-based; 0 for a finding about the whole file
    QString rule;    // stable id: "github-token", "env-file", "file-size" …
    QString reason;  // a sentence, translated, with the masked excerpt
    QString excerpt; // the masked match, e.g. "ghp_…abcd"
    /// What "Add to .gitignore" proposes: the file's own path, or a pattern for its kind.
    QString ignorePattern;

    /// "PATH:LINE:COL: warning: REASON" (LINE and COL 1 for a whole-file finding).
    QString toString() const;
};

/// Looks for credentials and environment metadata in files about to be staged: file names
/// (.env, keys, keystores, credentials…), content (private keys, cloud and API tokens,
/// high-entropy password/secret/token assignments) and files above the size limit. Rules come
/// from gitleaks' and detect-secrets' well-known patterns; the repository's GuardRailConfig adds
/// its own and an allow-list. A line holding `gantry:allow-secret` is never reported.
class SecretScanner
{
public:
    explicit SecretScanner(GuardRailConfig config = {});

    /// Findings for the file name of `path` alone.
    QList<SecretFinding> scanPath(const QString &path) const;
    /// Findings for a whole file: its name, its size and every line of `content`.
    /// `size` is the file's size on disk (-1: content's size). Binary content is not read.
    QList<SecretFinding> scanFile(const QString &path, const QByteArray &content, qint64 size = -1) const;
    /// Findings in some lines of a file (what a hunk or line selection would stage), each with
    /// its line number in the file; the name is checked too.
    QList<SecretFinding> scanLines(const QString &path, const QList<std::pair<int, QString>> &lines) const;
    /// Findings in one line of text (line number 1); for tests and callers with their own numbering.
    QList<SecretFinding> scanLine(const QString &path, int lineNumber, const QString &text) const;

    /// `secret` with all but its first `prefix` characters (up to the first '_' or '-' of a known
    /// token prefix, at most 4) and its last 4 hidden: "ghp_…abcd". Short values become "…".
    static QString mask(const QString &secret);
    /// Shannon entropy of `text` in bits per character.
    static double entropy(const QString &text);

    const GuardRailConfig &config() const { return m_config; }

private:
    bool isAllowed(const QString &path) const;

    GuardRailConfig m_config;
    QList<PathGlob> m_allow;       // m_config's allow-list, compiled
    QList<PathGlob> m_extraPaths;  // m_config's guards.secrets.paths, compiled
};

} // namespace gantry
