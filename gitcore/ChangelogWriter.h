#pragma once

#include "gitcore/ReleaseAnalyzer.h"
#include "gitcore/ReleaseConfig.h"

#include <QList>
#include <QString>

namespace gantry {

/// Writes a release's changelog section in Markdown exactly as conventional-changelog-writer
/// does with the conventionalcommits preset (no repository links): "## VERSION (DATE)", then
/// "### ⚠ BREAKING CHANGES" with each note's text, then one section per shown type in the
/// preset's order, entries "* **scope:** subject shorthash" sorted by scope and subject.
class ChangelogWriter
{
public:
    explicit ChangelogWriter(QList<ChangelogType> types = ReleaseConfig::defaultTypes());

    /// The section for `commits` (newest first, as git log lists them). `date` is YYYY-MM-DD.
    QString write(const QList<ReleaseCommit> &commits, const QString &version, const QString &date) const;

    /// `existing` CHANGELOG.md text with `section` put in front of the previous releases, as
    /// conventional-changelog -i CHANGELOG.md -s does; a leading "# Title" line stays on top, as
    /// commit-and-tag-version keeps its header.
    static QString prepend(const QString &existing, const QString &section);

private:
    QList<ChangelogType> m_types;
};

} // namespace gantry
