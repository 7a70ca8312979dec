#pragma once

#include "gitcore/ConventionalCommit.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace gantry {

struct YamlNode;

/// commitlint's rule levels: 0 off, 1 warning, 2 error.
enum class LintLevel { Disabled = 0, Warning = 1, Error = 2 };

/// One configured rule: `[level, "always"|"never", value]`. `value` is a number, a string, a
/// string list, or (for *-case rules) a list of {when, case} maps; invalid when absent.
struct LintRuleSetting
{
    QString name;
    LintLevel level = LintLevel::Disabled;
    bool always = true;
    QVariant value;
};

/// A problem in a configuration file, with where it is.
struct ConfigProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    /// "FILE:LINE:COL: message" (LINE:COL left out when unknown).
    QString toString() const;
};

/// The commit-lint configuration of a repository: commitlint's rules as `.commitlintrc`,
/// `.commitlintrc.json`, `.commitlintrc.yaml`, `.commitlintrc.yml` or package.json's
/// `commitlint` key give them, `extends: ["@commitlint/config-conventional"]` understood.
/// Without a file, @commitlint/config-conventional. Problems are collected, never fatal: a file
/// that does not parse leaves the defaults in force, a bad rule is left out.
class CommitLintConfig
{
public:
    /// @commitlint/config-conventional's rules.
    static CommitLintConfig conventional();
    /// The configuration found in `directory` (a repository's root): the first of the files
    /// commitlint reads; JavaScript/TypeScript configs are reported as not read.
    static CommitLintConfig discover(const QString &directory);
    /// Reads `path` (JSON or YAML by its name; package.json: its `commitlint` key).
    static CommitLintConfig fromFile(const QString &path);
    /// Reads configuration text as if it came from `fileName` (which picks JSON or YAML).
    static CommitLintConfig fromText(const QByteArray &text, const QString &fileName);

    /// Every rule commitlint implements, by name.
    static const QStringList &ruleNames();
    /// The files looked for, in order.
    static const QStringList &configFileNames();

    /// The rules in force, in configuration order (extended rules first, overrides in place).
    const QList<LintRuleSetting> &rules() const { return m_rules; }
    const LintRuleSetting *rule(const QString &name) const;
    void setRule(const LintRuleSetting &setting);
    /// commitlint's defaultIgnores (merge, revert, fixup!… messages skipped).
    bool defaultIgnores() const { return m_defaultIgnores; }
    /// The parser commitlint would use: conventionalcommits when the configuration extends
    /// config-conventional or names that preset, else angular (commitlint's default).
    ConventionalCommit::Preset parserPreset() const { return m_preset; }
    /// The file read, or empty for the built-in defaults.
    const QString &source() const { return m_source; }
    const QList<ConfigProblem> &problems() const { return m_problems; }

private:
    void read(const QByteArray &text, const QString &fileName);
    bool readRoot(const YamlNode &root);
    void readRule(const YamlNode &key, const YamlNode &value);
    void problem(int line, int column, const QString &message);
    CommitLintConfig withSource(const QString &source, const QList<ConfigProblem> &problems) const;

    QList<LintRuleSetting> m_rules;
    bool m_defaultIgnores = true;
    ConventionalCommit::Preset m_preset = ConventionalCommit::Preset::ConventionalCommits;
    QString m_source;
    QList<ConfigProblem> m_problems;
};

} // namespace gantry
