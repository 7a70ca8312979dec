#include "gitcore/ChangelogWriter.h"
#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace gantry;

namespace {

QString dataDir() { return qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/tests/gitcore/data/release"); }

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QList<ReleaseCommit> readCase(const QString &path)
{
    QList<ReleaseCommit> commits;
    static const QRegularExpression marker(QStringLiteral("^=== ([0-9a-f]{40})$"));
    for (const QString &line : readText(path).split(QLatin1Char('\n'))) {
        if (const auto m = marker.match(line); m.hasMatch())
            commits.append({m.captured(1), {}});
        else if (!commits.isEmpty())
            commits.last().message += line + QLatin1Char('\n');
    }
    for (ReleaseCommit &c : commits)
        while (c.message.endsWith(QLatin1Char('\n')))
            c.message.chop(1);
    return commits;
}

} // namespace

/// The changelog section, byte for byte against conventional-changelog-writer with the
/// conventionalcommits preset (goldens from scripts/release-oracle), between revisions of a
/// real repository, with configured types, and prepended to an existing CHANGELOG.md.
class TestChangelogWriter : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithConventionalChangelog()
    {
        const QStringList cases = QDir(dataDir() + QStringLiteral("/cases")).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(cases.size() >= 15);
        int agree = 0;
        QStringList disagreements;
        const ChangelogWriter writer;
        for (const QString &name : cases) {
            const QString expected = readText(dataDir() + QStringLiteral("/expected/") + QString(name).replace(QStringLiteral(".txt"), QStringLiteral(".md")));
            const QString actual = writer.write(readCase(dataDir() + QStringLiteral("/cases/") + name), QStringLiteral("1.0.0"), QStringLiteral("2026-01-01"));
            if (actual == expected)
                ++agree;
            else
                disagreements.append(QStringLiteral("%1:\n--- conventional-changelog\n%2--- gantry\n%3").arg(name, expected, actual));
        }
        qInfo("conventional-changelog-writer oracle: %d of %d commit lists agree byte for byte", agree, int(cases.size()));
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(QLatin1Char('\n'))));
    }

    void betweenTwoRevisions()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "feat: first");
        repo.git({"tag", "v1.0.0"});
        const QString fix = repo.commitFile("a", "2", "fix(io): close the file");
        const QString feat = repo.commitFile("a", "3", "feat(ui)!: new layout\n\nBREAKING CHANGE: the old layout is gone");
        repo.commitFile("a", "4", "docs: later");
        auto r = Repository::open(repo.path());
        QVERIFY(r);
        auto commits = ReleaseAnalyzer::commitsBetween(*r, QStringLiteral("v1.0.0"), QStringLiteral("HEAD~1"));
        QVERIFY2(commits, qPrintable(commits.errorMessage()));
        QCOMPARE(commits->size(), 2);
        QCOMPARE(commits->first().hash, feat);
        const QString md = ChangelogWriter().write(*commits, QStringLiteral("2.0.0"), QStringLiteral("2026-02-03"));
        QCOMPARE(md, QStringLiteral("## 2.0.0 (2026-02-03)\n\n### ⚠ BREAKING CHANGES\n\n* **ui:** the old layout is gone\n\n"
                                    "### Features\n\n* **ui:** new layout %1\n\n### Bug Fixes\n\n* **io:** close the file %2\n")
                         .arg(feat.left(7), fix.left(7)));
        // Hashes as git abbreviates them when unambiguous.
        QCOMPARE(QString::fromUtf8(repo.git({"log", "-1", "--format=%h", "--abbrev=7", fix})).trimmed(), fix.left(7));
        QVERIFY(!ReleaseAnalyzer::commitsBetween(*r, QStringLiteral("no-such-rev"), QStringLiteral("HEAD")));
    }

    void configuredTypesAreShown()
    {
        ReleaseConfig config = ReleaseConfig::fromText("changelog:\n  types:\n    - type: docs\n      section: Documentation\n"
                                                       "    - type: fix\n      hidden: true\n", "c.yml");
        QVERIFY(config.problems().isEmpty());
        const QList<ReleaseCommit> commits{{QStringLiteral("1111111aaaa"), QStringLiteral("docs: the guide")},
                                           {QStringLiteral("2222222bbbb"), QStringLiteral("fix: hidden now")},
                                           {QStringLiteral("3333333cccc"), QStringLiteral("feat: shown")}};
        QCOMPARE(ChangelogWriter(config.types()).write(commits, QStringLiteral("1.1.0"), {}),
                 QStringLiteral("## 1.1.0\n\n### Features\n\n* shown 3333333\n\n### Documentation\n\n* the guide 1111111\n"));
    }

    void subjectReferencesStayPlainText()
    {
        // The one deliberate difference: without a repository URL the preset still links "#12" and
        // "@user" in subjects, to "undefined/undefined/undefined/issues/12"; Gantry leaves them as
        // text. A reference the subject names is not repeated after "closes", as in the preset.
        const QList<ReleaseCommit> commits{{QStringLiteral("1111111111"),
                                            QStringLiteral("fix(api): handle #12 and @octocat\n\nCloses #12, #13")}};
        QCOMPARE(ChangelogWriter().write(commits, QStringLiteral("1.0.1"), {}),
                 QStringLiteral("## 1.0.1\n\n### Bug Fixes\n\n* **api:** handle #12 and @octocat 1111111, closes #13\n"));
    }

    void prependKeepsTheTitleAndOlderReleases()
    {
        const QString section = QStringLiteral("## 1.1.0 (2026-01-02)\n\n### Features\n\n* x abc1234\n");
        QCOMPARE(ChangelogWriter::prepend({}, section), section);
        QCOMPARE(ChangelogWriter::prepend(QStringLiteral("# Changelog\n\n## 1.0.0 (2026-01-01)\n\n* old\n"), section),
                 QStringLiteral("# Changelog\n\n") + section + QStringLiteral("\n## 1.0.0 (2026-01-01)\n\n* old\n"));
        QCOMPARE(ChangelogWriter::prepend(QStringLiteral("## 1.0.0\n"), section), section + QStringLiteral("\n## 1.0.0\n"));
    }
};

QTEST_GUILESS_MAIN(TestChangelogWriter)
#include "tst_changelogwriter.moc"
