#include "gitcore/ReleaseAnalyzer.h"
#include "support/OpenRepository.h"
#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace gantry;

namespace {

QString dataDir() { return qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/tests/gitcore/data/release"); }

/// A commit list of tests/gitcore/data/release/cases: "=== HASH" before each message, newest first.
QList<ReleaseCommit> readCase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<ReleaseCommit> commits;
    static const QRegularExpression marker(QStringLiteral("^=== ([0-9a-f]{40})$"));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
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

QMap<QString, QString> readBump(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QMap<QString, QString> values;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        values.insert(line.section(QStringLiteral(": "), 0, 0), line.section(QStringLiteral(": "), 1));
    return values;
}

using testkit::openRepo;

VersionComputation plan(const QString &path, const QString &pre = {}, const ReleaseConfig &config = {},
                 const QString &rev = QStringLiteral("HEAD"))
{
    auto result = ReleaseAnalyzer::analyze(openRepo(path), rev, config, pre);
    if (!result)
        qFatal("analyze failed: %s", qPrintable(result.errorMessage()));
    return *result;
}

} // namespace

/// The next version: bump rules against semantic-release's commit analyzer and the
/// conventionalcommits preset's whatBump (goldens from scripts/release-oracle), and on real
/// repositories: tags that are not versions, no tags, pre-releases, 0.x, shallow and empty ones.
class TestReleaseAnalyzer : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithTheOracles()
    {
        const QStringList cases = QDir(dataDir() + QStringLiteral("/cases")).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(cases.size() >= 15);
        int analyzerAgree = 0, preMajorAgree = 0, preMajorComparable = 0;
        QStringList disagreements;
        for (const QString &name : cases) {
            const QList<ReleaseCommit> commits = readCase(dataDir() + QStringLiteral("/cases/") + name);
            const auto expected = readBump(dataDir() + QStringLiteral("/expected/") + QString(name).replace(QStringLiteral(".txt"), QStringLiteral(".bump")));
            const SemVer::Bump bump = ReleaseAnalyzer::bumpOf(commits);
            if (SemVer::bumpName(bump) == expected.value(QStringLiteral("analyzer")))
                ++analyzerAgree;
            else
                disagreements.append(QStringLiteral("%1: analyzer %2, gantry %3").arg(name, expected.value(QStringLiteral("analyzer")), SemVer::bumpName(bump)));
            // whatBump never answers "none" (its lowest level is patch), so only releases compare.
            if (bump != SemVer::Bump::None && expected.value(QStringLiteral("analyzer")) != QLatin1String("none")) {
                ++preMajorComparable;
                const QString pre = SemVer::bumpName(ReleaseAnalyzer::preMajor(bump));
                if (pre == expected.value(QStringLiteral("recommended-premajor")))
                    ++preMajorAgree;
                else
                    disagreements.append(QStringLiteral("%1: premajor whatBump %2, gantry %3").arg(name, expected.value(QStringLiteral("recommended-premajor")), pre));
            }
        }
        qInfo("commit-analyzer oracle: %d of %d commit lists agree; preMajor whatBump: %d of %d releases agree",
              analyzerAgree, int(cases.size()), preMajorAgree, preMajorComparable);
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(QLatin1Char('\n'))));
    }

    void perCommitRules_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("bump");
        QTest::newRow("feat") << "feat: x" << int(SemVer::Bump::Minor);
        QTest::newRow("feat scope") << "feat(ui): x" << int(SemVer::Bump::Minor);
        QTest::newRow("fix") << "fix: x" << int(SemVer::Bump::Patch);
        QTest::newRow("perf") << "perf: x" << int(SemVer::Bump::Patch);
        QTest::newRow("bang") << "docs!: x" << int(SemVer::Bump::Major);
        QTest::newRow("footer") << "fix: x\n\nBREAKING CHANGE: y" << int(SemVer::Bump::Major);
        QTest::newRow("revert") << "Revert \"feat: x\"\n\nThis reverts commit abc." << int(SemVer::Bump::Patch);
        for (const char *t : {"docs", "style", "refactor", "test", "build", "ci", "chore"})
            QTest::newRow(t) << QStringLiteral("%1: x").arg(QLatin1String(t)) << int(SemVer::Bump::None);
        QTest::newRow("not conventional") << "Fix the thing" << int(SemVer::Bump::None);
    }
    void perCommitRules()
    {
        QFETCH(QString, message);
        QFETCH(int, bump);
        QCOMPARE(int(ReleaseAnalyzer::bumpOf(ConventionalCommit::parse(message))), bump);
    }

    void noTagsGivesTheInitialVersion()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "chore: init");
        VersionComputation p = plan(repo.path());
        QVERIFY(p.hasRelease);
        QVERIFY(!p.lastTag);
        QCOMPARE(p.next.toTag(), QStringLiteral("v0.1.0"));
        QCOMPARE(p.commits.size(), 1);

        ReleaseConfig config = ReleaseConfig::fromText("versions:\n  initial: 1.0.0\n  tag-prefix: \"\"\n", "c.yml");
        QVERIFY(config.problems().isEmpty());
        QCOMPARE(plan(repo.path(), {}, config).next.toTag(), QStringLiteral("1.0.0"));
        QCOMPARE(plan(repo.path(), QStringLiteral("rc"), config).next.toTag(), QStringLiteral("1.0.0-rc.0"));
    }

    void tagsThatAreNotVersionsAreIgnored()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        repo.git({"tag", "v1.2.0"});
        repo.commitFile("a", "2", "fix: two");
        repo.git({"tag", "latest"});
        repo.git({"tag", "-a", "release-2", "-m", "not a version"});
        repo.git({"tag", "v1.3"});
        repo.git({"tag", "01.2.3"});
        repo.git({"tag", "tree-tag", "HEAD^{tree}"});
        repo.git({"tag", "v9.9.9", "HEAD^{tree}"}); // names a tree, not a commit: no release
        VersionComputation p = plan(repo.path());
        QVERIFY(p.lastTag);
        QCOMPARE(p.lastTag->name, QStringLiteral("v1.2.0"));
        QCOMPARE(p.next.toTag(), QStringLiteral("v1.2.1"));
        QCOMPARE(p.commits.size(), 1);
    }

    void highestReachableTagAndUnreachableOnesIgnored()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        repo.git({"tag", "1.0.0"});
        repo.git({"checkout", "-q", "-b", "other"});
        repo.commitFile("b", "1", "feat: elsewhere");
        repo.git({"tag", "5.0.0"}); // not in main's history
        repo.git({"checkout", "-q", "main"});
        repo.commitFile("a", "2", "feat(api): two");
        VersionComputation p = plan(repo.path());
        QCOMPARE(p.lastTag->name, QStringLiteral("1.0.0"));
        QCOMPARE(p.next.toTag(), QStringLiteral("1.1.0")); // no prefix, as the last tag
        QCOMPARE(plan(repo.path(), {}, {}, QStringLiteral("other")).next.toTag(), QStringLiteral("5.0.0"));
        QVERIFY(!plan(repo.path(), {}, {}, QStringLiteral("other")).hasRelease);
    }

    void nothingToReleaseKeepsTheCurrentVersion()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        repo.git({"tag", "v2.0.0"});
        repo.commitFile("a", "2", "docs: readme");
        repo.commitFile("a", "3", "chore: tidy");
        VersionComputation p = plan(repo.path());
        QVERIFY(!p.hasRelease);
        QCOMPARE(p.next.toTag(), QStringLiteral("v2.0.0"));
        QCOMPARE(p.bump, SemVer::Bump::None);
    }

    void preMajorRule()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        repo.git({"tag", "v0.3.1"});
        repo.commitFile("a", "2", "feat!: breaking");
        QCOMPARE(plan(repo.path()).next.toTag(), QStringLiteral("v0.4.0"));
        ReleaseConfig off = ReleaseConfig::fromText("versions:\n  pre-major: false\n", "c.yml");
        QCOMPARE(plan(repo.path(), {}, off).next.toTag(), QStringLiteral("v1.0.0")); // semantic-release
        repo.git({"reset", "-q", "--hard", "HEAD~1"});
        repo.commitFile("a", "2", "feat: small");
        QCOMPARE(plan(repo.path()).next.toTag(), QStringLiteral("v0.3.2"));
        QCOMPARE(plan(repo.path(), {}, off).next.toTag(), QStringLiteral("v0.4.0"));
    }

    void preReleasesCount()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "fix: one");
        repo.git({"tag", "v1.2.0"});
        repo.commitFile("a", "2", "feat: two");
        QCOMPARE(plan(repo.path(), QStringLiteral("rc")).next.toTag(), QStringLiteral("v1.3.0-rc.0"));
        repo.git({"tag", "-a", "v1.3.0-rc.0", "-m", "rc"});
        // Nothing new since rc.0: nothing to release.
        VersionComputation same = plan(repo.path(), QStringLiteral("rc"));
        QVERIFY(!same.hasRelease);
        QCOMPARE(same.next.toTag(), QStringLiteral("v1.3.0-rc.0"));
        repo.commitFile("a", "3", "fix: three");
        QCOMPARE(plan(repo.path(), QStringLiteral("rc")).next.toTag(), QStringLiteral("v1.3.0-rc.1"));
        QCOMPARE(plan(repo.path(), QStringLiteral("beta")).next.toTag(), QStringLiteral("v1.3.0-beta.0"));
        // Without --pre the pre-releases lead to the release, computed from v1.2.0.
        VersionComputation release = plan(repo.path());
        QCOMPARE(release.next.toTag(), QStringLiteral("v1.3.0"));
        QCOMPARE(release.lastTag->name, QStringLiteral("v1.3.0-rc.0"));
        QCOMPARE(release.lastRelease->name, QStringLiteral("v1.2.0"));
        QCOMPARE(release.commits.size(), 2);
        QVERIFY(!ReleaseAnalyzer::analyze(openRepo(repo.path()), "HEAD", {}, QStringLiteral("r c")));
    }

    void revertCancelsTheReverted()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "fix: one");
        repo.git({"tag", "v1.0.0"});
        repo.commitFile("a", "2", "feat: risky");
        repo.git({"revert", "--no-edit", "HEAD"});
        VersionComputation p = plan(repo.path());
        QVERIFY(!p.hasRelease); // the feat and its revert cancel out, as in semantic-release
        QCOMPARE(p.commits.size(), 2);
    }

    void shallowRepository()
    {
        TestRepo origin;
        origin.commitFile("a", "1", "feat: one");
        origin.git({"tag", "v1.0.0"});
        origin.commitFile("a", "2", "fix: two");
        origin.commitFile("a", "3", "feat: three");
        TestRepo clone(false);
        clone.git({"clone", "-q", "--depth", "2", "file://" + origin.path(), "."});
        auto repo = openRepo(clone.path());
        QVERIFY(repo.isShallow());
        auto result = ReleaseAnalyzer::analyze(repo, "HEAD", {}, {});
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QVERIFY(!result->warning.isEmpty()); // says history stops at the edge
        QVERIFY(result->warning.contains(QLatin1String("shallow")));
        // The walk stops at the edge: two commits, and v1.0.0 beyond it is not seen.
        QCOMPARE(result->commits.size(), 2);
        QCOMPARE(result->commits.first().message, QStringLiteral("feat: three\n"));
        QVERIFY(!result->lastTag);
        QCOMPARE(result->next.toTag(), QStringLiteral("v0.1.0"));
        // With the tag fetched (git fetch --depth keeps it shallow), it is found again.
        clone.git({"fetch", "-q", "--depth", "3", "origin", "tag", "v1.0.0"});
        auto again = ReleaseAnalyzer::analyze(openRepo(clone.path()), "HEAD", {}, {});
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->lastTag->name, QStringLiteral("v1.0.0"));
        QCOMPARE(again->next.toTag(), QStringLiteral("v1.1.0"));
    }

    void emptyRepository()
    {
        TestRepo repo;
        auto result = ReleaseAnalyzer::analyze(openRepo(repo.path()), "HEAD", {}, {});
        QVERIFY(!result);
        QVERIFY(!result.errorMessage().isEmpty());
    }

    void malformedConfigUsesDefaults()
    {
        ReleaseConfig bad = ReleaseConfig::fromText("versions: [unclosed\n", ".gantry/conventions.yml");
        QCOMPARE(bad.problems().size(), 1);
        QVERIFY(bad.problems().first().toString().startsWith(QLatin1String(".gantry/conventions.yml:")));
        QVERIFY(bad.problems().first().line > 0);
        QCOMPARE(bad.initialVersion().toString(), QStringLiteral("0.1.0"));
        QVERIFY(bad.preMajor());

        ReleaseConfig values = ReleaseConfig::fromText(
            "branches: {}\nversions:\n  initial: 1.0\n  pre-major: maybe\n  colour: red\n"
            "changelog:\n  types:\n    - type: docs\n      section: Docs\n    - section: nope\n", ".gantry/conventions.yml");
        QCOMPARE(values.problems().size(), 4);
        QCOMPARE(values.problems()[0].toString(),
                 QStringLiteral(".gantry/conventions.yml:3:12: 'initial' must be a semantic version such as 0.1.0"));
        QCOMPARE(values.problems()[1].line, 4);
        QCOMPARE(values.problems()[2].toString(), QStringLiteral(".gantry/conventions.yml:5:3: unknown key 'colour' in 'versions'"));
        QCOMPARE(values.problems()[3].line, 10);
        QCOMPARE(values.initialVersion().toString(), QStringLiteral("0.1.0"));
        const auto docs = std::find_if(values.types().cbegin(), values.types().cend(), [](const ChangelogType &t) { return t.type == QLatin1String("docs"); });
        QCOMPARE(docs->section, QStringLiteral("Docs"));
        QVERIFY(!docs->hidden);

        TestRepo repo;
        repo.write(".gantry/conventions.yml", "versions:\n  initial: 2.0.0\n");
        QCOMPARE(ReleaseConfig::discover(repo.path()).initialVersion().toString(), QStringLiteral("2.0.0"));
        QCOMPARE(ReleaseConfig::discover(repo.path() + "/nowhere").problems().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReleaseAnalyzer)
#include "tst_releaseanalyzer.moc"
