#include "gitcore/ReleasePlanner.h"
#include "support/OpenRepository.h"
#include "support/ReleaseScenarios.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace gantry;
using testkit::openRepo;
using testkit::trimmed;
using testkit::makeGitFlowReleases;

namespace {

ReleasePlan planOf(const TestRepo &repo, const ReleaseQuery &query = {}, const ReleaseConfig &config = {})
{
    auto result = ReleasePlanner::plan(openRepo(repo), config, query);
    if (!result)
        qFatal("plan failed: %s", qPrintable(result.errorMessage()));
    return *result;
}

/// Whether git knows a tag of that name.
bool tagExists(const TestRepo &repo, const QString &name)
{
    return !trimmed(repo.git({"tag", "-l", name})).isEmpty();
}

QString dataDir() { return qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/tests/gitcore/data/release"); }

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

/// Builds a scenario of tests/gitcore/data/release/branches (see scripts/release-branch-oracle.mjs)
/// in `repo`; returns its "# differs: OUTCOME (why)" outcome, empty when there is none.
QString buildScenario(TestRepo &repo, const QString &text)
{
    QString differs;
    int tick = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("# differs: ")))
            differs = line.mid(11).section(QStringLiteral(" ("), 0, 0);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString command = line.section(QLatin1Char(' '), 0, 0);
        const QString arg = line.section(QLatin1Char(' '), 1);
        ++tick;
        if (command == QLatin1String("commit"))
            repo.commitFile(QStringLiteral("file%1.txt").arg(tick), QByteArray::number(tick) + '\n', arg);
        else if (command == QLatin1String("tag"))
            repo.git({"tag", arg});
        else if (command == QLatin1String("branch"))
            repo.git({"checkout", "-q", "-b", arg});
        else if (command == QLatin1String("checkout"))
            repo.git({"checkout", "-q", arg});
        else if (command == QLatin1String("merge"))
            repo.git({"merge", "-q", "--no-ff", "-m", "Merge branch '" + arg + "'", arg});
        else
            qFatal("unknown scenario command: %s", qPrintable(line));
    }
    return differs;
}

/// A plan as the oracle's outcomes name them; semantic-release's "error CODE" is Gantry's "blocked".
QString outcomeOf(const ReleasePlan &plan)
{
    switch (plan.status) {
    case ReleasePlan::Status::Releasable: return QStringLiteral("release ") + plan.version->toString();
    case ReleasePlan::Status::NothingToRelease: return QStringLiteral("no-release");
    case ReleasePlan::Status::NotReleaseBranch: return QStringLiteral("not-release-branch");
    case ReleasePlan::Status::Blocked: return QStringLiteral("blocked");
    }
    return {};
}

} // namespace

/// ReleasePlanner on real repositories built with git: which branches release (semantic-release's
/// branch types), never a version whose tag exists, a branch behind a newer release, maintenance
/// and next ranges, pre-release branches, and the `release: branches:` configuration.
class TestReleasePlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// Each branch scenario against what semantic-release 24 decided for it (a dry run with its
    /// default branches, goldens from scripts/release-oracle); where Gantry differs on purpose
    /// (never a version whose tag exists), the scenario says so and the golden must show it.
    void agreesWithSemanticRelease()
    {
        const QStringList names = QDir(dataDir() + QStringLiteral("/branches")).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 12);
        int agree = 0, differ = 0;
        QStringList wrong;
        for (const QString &name : names) {
            TestRepo repo;
            const QString differs = buildScenario(repo, readText(dataDir() + QStringLiteral("/branches/") + name));
            QString oracle = readText(dataDir() + QStringLiteral("/expected/branches/") + QString(name).replace(QStringLiteral(".txt"), QStringLiteral(".result"))).trimmed();
            if (oracle.startsWith(QLatin1String("error ")))
                oracle = QStringLiteral("blocked");
            const QString gantry = outcomeOf(planOf(repo));
            if (differs.isEmpty() ? gantry == oracle : gantry == differs && oracle != differs)
                ++(differs.isEmpty() ? agree : differ);
            else
                wrong.append(QStringLiteral("%1: semantic-release %2, gantry %3%4").arg(name, oracle, gantry,
                                                                                       differs.isEmpty() ? QString() : QStringLiteral(" (expected %1)").arg(differs)));
        }
        qInfo("semantic-release oracle: %d of %d branch scenarios agree, %d differ as documented", agree, int(names.size()), differ);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void featureBranchBehindAReleaseOnMain()
    {
        TestRepo repo;
        makeGitFlowReleases(repo);
        // What git says: the branch lacks the two releases made on main.
        QCOMPARE(trimmed(repo.git({"tag", "--merged", "feature/x"})), QStringLiteral("v1.0.0"));

        const ReleasePlan p = planOf(repo);
        QCOMPARE(p.status, ReleasePlan::Status::NotReleaseBranch);
        QCOMPARE(p.branch.branch, QStringLiteral("feature/x"));
        QCOMPARE(p.branch.kind, ReleaseBranchKind::None);
        QCOMPARE(p.releaseBranches, QStringList{QStringLiteral("main")});
        QCOMPARE(p.reasons, QStringList{QStringLiteral("feature/x is not a release branch; releases are made from main.")});
        // Its own history alone computes v1.1.0 from v1.0.0, a tag that exists: never proposed.
        QCOMPARE(p.computed.lastRelease->name, QStringLiteral("v1.0.0"));
        QCOMPARE(p.computed.next.toTag(), QStringLiteral("v1.1.0"));
        QVERIFY(tagExists(repo, QStringLiteral("v1.1.0")));
        QCOMPARE(p.newestRelease->name, QStringLiteral("v1.2.0"));
        QCOMPARE(p.newestReleaseOn, QStringLiteral("main"));
        QVERIFY2(p.notes.contains(QStringLiteral("v1.2.0 exists on main; this branch does not contain it.")),
                 qPrintable(p.notes.join(QLatin1Char('\n'))));
        // The preview: merged into main, "feat: four" and "feat(ui): five" make the minor after v1.2.0.
        QVERIFY(p.version);
        QCOMPARE(p.version->toTag(), QStringLiteral("v1.3.0"));
        QVERIFY(!tagExists(repo, p.version->toTag()));
        QCOMPARE(p.target, QStringLiteral("main"));
        QCOMPARE(p.commits.size(), 2);
        QCOMPARE(p.commits.first().message, QStringLiteral("feat(ui): five\n"));
        QVERIFY(p.notes.contains(QStringLiteral("Merged into main, it would be released in v1.3.0.")));

        // develop is not a release branch either (semantic-release's defaults do not list it).
        repo.git({"checkout", "-q", "develop"});
        const ReleasePlan d = planOf(repo);
        QCOMPARE(d.status, ReleasePlan::Status::NotReleaseBranch);
        QCOMPARE(d.version->toTag(), QStringLiteral("v1.3.0"));
        QCOMPARE(d.commits.size(), 1);

        // A detached HEAD is on no branch, unless the branch is given (a CI job's checkout).
        repo.git({"checkout", "-q", "--detach", "main"});
        const ReleasePlan detached = planOf(repo);
        QCOMPARE(detached.status, ReleasePlan::Status::NotReleaseBranch);
        QCOMPARE(detached.reasons.first(), QStringLiteral("HEAD is not on a branch; releases are made from main."));
        ReleaseQuery onMain;
        onMain.branch = QStringLiteral("main");
        QCOMPARE(planOf(repo, onMain).status, ReleasePlan::Status::NothingToRelease);
    }

    void releaseBranchWithNewCommits()
    {
        TestRepo repo;
        makeGitFlowReleases(repo);
        repo.git({"checkout", "-q", "main"});
        const ReleasePlan nothing = planOf(repo);
        QCOMPARE(nothing.status, ReleasePlan::Status::NothingToRelease);
        QCOMPARE(ReleasePlanner::describeBranch(nothing), QStringLiteral("main is a release branch."));
        QVERIFY(nothing.reasons.isEmpty());
        QVERIFY(!nothing.version);

        repo.git({"merge", "-q", "--no-ff", "-m", "Merge branch 'feature/x'", "feature/x"});
        const ReleasePlan p = planOf(repo);
        QCOMPARE(p.status, ReleasePlan::Status::Releasable);
        QVERIFY(p.isReleasable());
        QCOMPARE(p.version->toTag(), QStringLiteral("v1.3.0"));
        QCOMPARE(p.computed.lastRelease->name, QStringLiteral("v1.2.0"));
        QCOMPARE(p.commits.size(), 3); // the merge, feat: four, feat(ui): five
        QVERIFY(p.reasons.isEmpty());
        QVERIFY(p.notes.isEmpty());

        // The revision may name the branch; a remote-tracking name counts as its branch.
        repo.git({"checkout", "-q", "feature/x"});
        ReleaseQuery byName;
        byName.revision = QStringLiteral("main");
        QCOMPARE(planOf(repo, byName).version->toTag(), QStringLiteral("v1.3.0"));
    }

    void releaseBranchBehindItsRemote()
    {
        TestRepo origin;
        origin.commitFile("a", "1", "feat: one");
        origin.git({"tag", "-a", "v1.0.0", "-m", "1.0.0"});
        TestRepo clone(false);
        clone.git({"clone", "-q", "file://" + origin.path(), "."});
        // Someone releases v1.1.0 upstream; the clone fetches it but does not pull.
        origin.commitFile("a", "2", "feat: upstream");
        origin.git({"tag", "-a", "v1.1.0", "-m", "1.1.0"});
        clone.git({"fetch", "-q", "--tags", "origin"});
        clone.commitFile("b", "1", "feat: local");
        QVERIFY(tagExists(clone, QStringLiteral("v1.1.0")));
        QCOMPARE(trimmed(clone.git({"tag", "--merged", "main"})), QStringLiteral("v1.0.0"));

        const ReleasePlan p = planOf(clone);
        QCOMPARE(p.status, ReleasePlan::Status::Blocked);
        QCOMPARE(p.computed.next.toTag(), QStringLiteral("v1.1.0")); // what the branch alone computes: taken
        QVERIFY(!p.version);
        QCOMPARE(p.reasons, QStringList{QStringLiteral("v1.1.0 exists on origin/main; this branch does not contain it. "
                                                       "Bring it into main (merge or pull) before releasing.")});
        clone.git({"pull", "-q", "--no-rebase", "--no-edit", "origin", "main"});
        const ReleasePlan pulled = planOf(clone);
        QCOMPARE(pulled.status, ReleasePlan::Status::Releasable);
        QCOMPARE(pulled.version->toTag(), QStringLiteral("v1.2.0"));
    }

    void prereleaseBranch()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        repo.git({"tag", "v1.2.0"});
        repo.git({"checkout", "-q", "-b", "beta"});
        repo.commitFile("a", "2", "feat: two");
        ReleasePlan p = planOf(repo);
        QCOMPARE(p.branch.kind, ReleaseBranchKind::Prerelease);
        QCOMPARE(ReleasePlanner::describeBranch(p), QStringLiteral("beta is a pre-release branch: it releases beta pre-releases."));
        QCOMPARE(p.status, ReleasePlan::Status::Releasable);
        QCOMPARE(p.version->toTag(), QStringLiteral("v1.3.0-beta.1")); // semantic-release numbers from 1
        repo.git({"tag", "v1.3.0-beta.1"});
        QCOMPARE(planOf(repo).status, ReleasePlan::Status::NothingToRelease);
        repo.commitFile("a", "3", "fix: three");
        QCOMPARE(planOf(repo).version->toTag(), QStringLiteral("v1.3.0-beta.2"));
        // N follows the highest existing beta of that version, wherever it is.
        repo.git({"tag", "v1.3.0-beta.4", "HEAD~1"});
        QCOMPARE(planOf(repo).version->toTag(), QStringLiteral("v1.3.0-beta.5"));
        // --pre still makes an explicit pre-release (numbered from 0, as before).
        ReleaseQuery rc;
        rc.preId = QStringLiteral("rc");
        QCOMPARE(planOf(repo, rc).version->toTag(), QStringLiteral("v1.3.0-rc.0"));

        // main releases 1.3.0 meanwhile: a beta of 1.3.0 would come after its release.
        repo.git({"checkout", "-q", "main"});
        repo.git({"merge", "-q", "--no-ff", "-m", "Merge beta", "beta~1"});
        repo.git({"tag", "v1.3.0"});
        repo.git({"checkout", "-q", "beta"});
        p = planOf(repo);
        QCOMPARE(p.status, ReleasePlan::Status::Blocked);
        QVERIFY(!p.version);
        QCOMPARE(p.reasons, QStringList{QStringLiteral("v1.3.0 is already released (on main): merge it into beta so "
                                                       "that the next pre-release is of a later version.")});
        repo.git({"merge", "-q", "--no-edit", "main"});
        QCOMPARE(planOf(repo).version->toTag(), QStringLiteral("v1.3.1-beta.1"));
    }

    void existingTagClash()
    {
        // A maintenance release of 2.0.1 (tag without "v") while main's only change since v2.0.0 is a fix.
        TestRepo repo;
        repo.commitFile("a", "1", "feat!: two");
        repo.git({"tag", "v2.0.0"});
        repo.git({"checkout", "-q", "-b", "2.x"});
        repo.commitFile("b", "1", "fix: on the line");
        repo.git({"tag", "2.0.1"});
        repo.git({"checkout", "-q", "main"});
        repo.commitFile("a", "2", "fix: on main");
        const ReleasePlan p = planOf(repo);
        QCOMPARE(p.computed.next.toTag(), QStringLiteral("v2.0.1"));
        QCOMPARE(p.status, ReleasePlan::Status::Blocked);
        QVERIFY(!p.version);
        QCOMPARE(p.reasons, QStringList{QStringLiteral("2.0.1 already exists (on 2.x).")});
        // A feature makes 2.1.0, which is free: releasable.
        repo.commitFile("a", "3", "feat: on main");
        QCOMPARE(planOf(repo).version->toTag(), QStringLiteral("v2.1.0"));

        // The maintenance branch releases within its range, below main's next release.
        repo.git({"tag", "v2.1.0"});
        repo.git({"checkout", "-q", "2.x"});
        repo.commitFile("b", "2", "fix: another");
        ReleasePlan m = planOf(repo);
        QCOMPARE(m.branch.kind, ReleaseBranchKind::Maintenance);
        QCOMPARE(ReleasePlanner::describeBranch(m), QStringLiteral("2.x is a maintenance branch: it releases 2.x versions."));
        QCOMPARE(m.status, ReleasePlan::Status::Releasable);
        QCOMPARE(m.version->toTag(), QStringLiteral("2.0.2"));
        repo.commitFile("b", "3", "feat: a feature on 2.x");
        m = planOf(repo);
        QCOMPARE(m.status, ReleasePlan::Status::Blocked);
        QCOMPARE(m.reasons, QStringList{QStringLiteral("2.1.0 is out of range for 2.x: based on the releases on other "
                                                       "branches, only versions >=2.0.1 <2.1.0 can be released from it.")});
    }

    void nextBranchBoundsMain()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        repo.git({"tag", "v1.0.0"});
        repo.git({"checkout", "-q", "-b", "next"});
        repo.commitFile("b", "1", "feat!: the next major");
        repo.git({"tag", "v2.0.0"});
        repo.git({"checkout", "-q", "main"});
        repo.commitFile("a", "2", "feat: small");
        ReleasePlan p = planOf(repo);
        QCOMPARE(p.releaseBranches, (QStringList{QStringLiteral("main"), QStringLiteral("next")}));
        QCOMPARE(p.status, ReleasePlan::Status::Releasable); // v2.0.0 on next is not main's to contain
        QCOMPARE(p.version->toTag(), QStringLiteral("v1.1.0"));
        repo.commitFile("a", "3", "feat!: breaking on main");
        p = planOf(repo);
        QCOMPARE(p.status, ReleasePlan::Status::Blocked);
        QCOMPARE(p.reasons, QStringList{QStringLiteral("v2.0.0 is out of range for main: based on the releases on other "
                                                       "branches, only versions >=1.0.0 <2.0.0 can be released from it.")});
    }

    void configuredBranches()
    {
        const ReleaseConfig config = ReleaseConfig::fromText(
            "release:\n  branches:\n    - trunk\n    - 'release/*'\n    - name: rc\n      prerelease: true\n"
            "    - name: preview\n      prerelease: pre\n    - name: legacy\n      range: 1.x\n      channel: legacy\n",
            ".gantry/conventions.yml");
        QVERIFY2(config.problems().isEmpty(), qPrintable(config.problems().value(0).toString()));
        const ReleaseBranches &b = config.branches();
        QCOMPARE(b.match(QStringLiteral("trunk")).kind, ReleaseBranchKind::Release);
        QCOMPARE(b.match(QStringLiteral("release/2026")).kind, ReleaseBranchKind::Release);
        QCOMPARE(b.match(QStringLiteral("main")).kind, ReleaseBranchKind::None); // not listed any more
        QCOMPARE(b.match(QStringLiteral("rc")).prereleaseId, QStringLiteral("rc"));
        QCOMPARE(b.match(QStringLiteral("preview")).prereleaseId, QStringLiteral("pre"));
        const ReleaseBranchMatch legacy = b.match(QStringLiteral("legacy"));
        QCOMPARE(legacy.kind, ReleaseBranchKind::Maintenance);
        QCOMPARE(legacy.rangeMin.toString(), QStringLiteral("1.0.0"));
        QCOMPARE(legacy.rangeMax.toString(), QStringLiteral("2.0.0"));

        const ReleaseConfig bad = ReleaseConfig::fromText(
            "release:\n  branches:\n    - name: beta\n      prerelease: 'not valid!'\n    - prerelease: true\n"
            "    - name: x\n      colour: red\n  tag-format: v${version}\n",
            ".gantry/conventions.yml");
        QStringList problems;
        for (const ConfigProblem &problem : bad.problems())
            problems.append(problem.toString());
        QCOMPARE(problems, (QStringList{
            QStringLiteral(".gantry/conventions.yml:4:19: 'prerelease' must be true, false or a pre-release identifier such as rc"),
            QStringLiteral(".gantry/conventions.yml:5:7: each release branch needs a 'name'"),
            QStringLiteral(".gantry/conventions.yml:7:7: unknown key 'colour' in a release branch"),
            QStringLiteral(".gantry/conventions.yml:8:3: unknown key 'tag-format' in 'release'")}));
        QCOMPARE(bad.branches().match(QStringLiteral("x")).kind, ReleaseBranchKind::Release);

        // Configured branches are what a plan releases from.
        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        repo.git({"checkout", "-q", "-b", "trunk"});
        QCOMPARE(planOf(repo, {}, config).status, ReleasePlan::Status::Releasable);
        repo.git({"checkout", "-q", "main"});
        const ReleasePlan onMain = planOf(repo, {}, config);
        QCOMPARE(onMain.reasons.first(), QStringLiteral("main is not a release branch; releases are made from trunk."));
        repo.git({"branch", "-q", "-m", "trunk", "work"});
        QCOMPARE(planOf(repo, {}, config).reasons.first(),
                 QStringLiteral("main is not a release branch; releases are made from branches named trunk, release/*, "
                                "rc, preview and legacy."));
    }

    void semanticReleaseGlobs_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        const QString maintenance = ReleaseBranches::defaults().specs().first().name;
        QCOMPARE(maintenance, QStringLiteral("+([0-9])?(.{+([0-9]),x}).x"));
        for (const char *yes : {"1.x", "12.x", "1.2.x", "1.x.x", "10.20.x"})
            QTest::addRow("maintenance %s", yes) << maintenance << yes << true;
        for (const char *no : {"1.2", "x.x", "1.x.1", "v1.x", "1.2.3", "main"})
            QTest::addRow("not maintenance %s", no) << maintenance << no << false;
        QTest::newRow("star") << "release/*" << "release/2026" << true;
        QTest::newRow("star stops at /") << "release/*" << "release/a/b" << false;
        QTest::newRow("globstar") << "release/**" << "release/a/b" << true;
        QTest::newRow("braces") << "{main,trunk}" << "trunk" << true;
        QTest::newRow("negation") << "!(main|master)" << "feature" << true;
        QTest::newRow("negation excludes") << "!(main|master)" << "main" << false;
        QTest::newRow("class") << "v[0-9]" << "v7" << true;
        QTest::newRow("literal dot") << "a.b" << "axb" << false;
    }
    void semanticReleaseGlobs()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        QCOMPARE(ReleaseBranches::globMatch(pattern, name), matches);
    }
};

QTEST_GUILESS_MAIN(TestReleasePlanner)
#include "tst_releaseplanner.moc"
