#include "gitcore/BranchPolicy.h"
#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace gantry;

namespace {

void writeConventions(const TestRepo &repo, const QByteArray &text)
{
    repo.write(QStringLiteral(".gantry/conventions.yml"), text);
}

QStringList problemTexts(const BranchPolicy &p)
{
    QStringList out;
    for (const ConfigProblem &problem : p.problems())
        out << problem.toString();
    return out;
}

} // namespace

/// BranchPolicy: the default and configured branch conventions, malformed configuration
/// (file:line:col, defaults kept) and name validity compared with `git check-ref-format --branch`.
class TestBranchPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsWithoutAFile()
    {
        TestRepo repo;
        const BranchPolicy p = BranchPolicy::discover(repo.path());
        QVERIFY(p.source().isEmpty());
        QVERIFY(p.problems().isEmpty());
        QCOMPARE(p.allowed(), (QStringList{"main", "master", "develop", "feat/*", "feature/*", "fix/*", "bugfix/*",
                                           "hotfix/*", "release/*", "chore/*"}));
        QStringList types;
        for (const BranchType &t : p.types())
            types << t.name;
        QCOMPARE(types, (QStringList{"feat", "fix", "chore", "hotfix", "release"}));
        QCOMPARE(p.format(), QStringLiteral("{type}/{issue}-{slug}"));
    }

    void defaultVerdicts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("pattern");
        const int fits = int(BranchVerdict::Kind::Fits), no = int(BranchVerdict::Kind::NotAllowed),
                  bad = int(BranchVerdict::Kind::Invalid);
        QTest::newRow("main") << "main" << fits << "main";
        QTest::newRow("master") << "master" << fits << "master";
        QTest::newRow("develop") << "develop" << fits << "develop";
        QTest::newRow("feat") << "feat/123-dark-mode" << fits << "feat/*";
        QTest::newRow("feature nested") << "feature/ui/dark" << fits << "feature/*";
        QTest::newRow("fix") << "fix/crash" << fits << "fix/*";
        QTest::newRow("bugfix") << "bugfix/crash" << fits << "bugfix/*";
        QTest::newRow("hotfix") << "hotfix/1.2.1" << fits << "hotfix/*";
        QTest::newRow("release") << "release/2.0" << fits << "release/*";
        QTest::newRow("chore") << "chore/deps" << fits << "chore/*";
        QTest::newRow("capital") << "Feat/x" << no << "";
        QTest::newRow("no prefix") << "dark-mode" << no << "";
        QTest::newRow("prefix only word") << "feat" << no << "";
        QTest::newRow("mainline lookalike") << "main2" << no << "";
        QTest::newRow("other prefix") << "wip/x" << no << "";
        QTest::newRow("invalid dots") << "feat/a..b" << bad << "";
        QTest::newRow("invalid empty") << "" << bad << "";
        QTest::newRow("invalid lock") << "feat/x.lock" << bad << "";
    }

    void defaultVerdicts()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, pattern);
        const BranchVerdict v = BranchPolicy::defaults().check(name);
        QCOMPARE(int(v.kind), kind);
        QCOMPARE(v.pattern, pattern);
        QCOMPARE(v.reason.isEmpty(), v.fits());
    }

    void reasonNamesThePatterns()
    {
        const BranchVerdict v = BranchPolicy::defaults().check(QStringLiteral("Feat/x"));
        QCOMPARE(v.reason, QStringLiteral("'Feat/x' does not match any of: main, master, develop, feat/*, feature/*, "
                                          "fix/*, bugfix/*, hotfix/*, release/*, chore/* "
                                          "(names are case-sensitive: 'feat/x' would fit)"));
        const BranchVerdict other = BranchPolicy::defaults().check(QStringLiteral("wip/x"));
        QVERIFY(other.reason.startsWith(QStringLiteral("'wip/x' does not match any of: main,")));
        QVERIFY(!other.reason.contains(QStringLiteral("case-sensitive")));
        const BranchVerdict invalid = BranchPolicy::defaults().check(QStringLiteral("feat/a..b"));
        QVERIFY2(invalid.reason.contains(QStringLiteral("not a valid branch name")), qPrintable(invalid.reason));
    }

    void globs()
    {
        QVERIFY(BranchPolicy::globMatch(QStringLiteral("feat/*"), QStringLiteral("feat/a/b")));
        QVERIFY(!BranchPolicy::globMatch(QStringLiteral("feat/*"), QStringLiteral("xfeat/a")));
        QVERIFY(BranchPolicy::globMatch(QStringLiteral("release/?.?"), QStringLiteral("release/1.2")));
        QVERIFY(!BranchPolicy::globMatch(QStringLiteral("release/?.?"), QStringLiteral("release/1.22")));
        QVERIFY(BranchPolicy::globMatch(QStringLiteral("*-wip"), QStringLiteral("x-wip")));
        QVERIFY(BranchPolicy::globMatch(QStringLiteral("a*b*c"), QStringLiteral("aXbYbZc")));
        QVERIFY(!BranchPolicy::globMatch(QStringLiteral("a*b*c"), QStringLiteral("aXbYbZ")));
        QVERIFY(BranchPolicy::globMatch(QStringLiteral("main"), QStringLiteral("main")));
        QVERIFY(!BranchPolicy::globMatch(QStringLiteral("main"), QStringLiteral("mainline")));
    }

    void basesFollowTheTypeAndWhatExists()
    {
        const BranchPolicy p = BranchPolicy::defaults();
        const QStringList withDevelop{"develop", "main", "feat/x"};
        const QStringList withoutDevelop{"master", "feat/x"};
        QCOMPARE(p.baseFor(QStringLiteral("feat"), withDevelop), QStringLiteral("develop"));
        QCOMPARE(p.baseFor(QStringLiteral("feat"), withoutDevelop), QStringLiteral("master"));
        QCOMPARE(p.baseFor(QStringLiteral("hotfix"), withDevelop), QStringLiteral("main"));
        QCOMPARE(p.baseFor(QStringLiteral("hotfix"), withoutDevelop), QStringLiteral("master"));
        QCOMPARE(p.baseFor(QStringLiteral("release"), withDevelop), QStringLiteral("develop"));
        QCOMPARE(p.baseFor(QStringLiteral("release"), QStringList{"main"}), QStringLiteral("main"));
        QCOMPARE(p.baseFor(QStringLiteral("feat"), QStringList{"trunk"}), QString());
        QCOMPARE(p.baseFor(QStringLiteral("nope"), withDevelop), QString());
        QCOMPARE(p.typeOf(QStringLiteral("hotfix/x"))->name, QStringLiteral("hotfix"));
        QVERIFY(!p.typeOf(QStringLiteral("main")));
    }

    void configuredSection()
    {
        TestRepo repo;
        writeConventions(repo, "protected-branches: [main]\n"
                               "branches:\n"
                               "  allowed: [trunk, \"story/*\", \"bug/*\"]\n"
                               "  types:\n"
                               "    story:\n"
                               "      base: trunk\n"
                               "      description: A user story\n"
                               "    bug:\n"
                               "      base: [stable, trunk]\n"
                               "  format: \"{type}/{slug}-{issue}\"\n"
                               "  slug-max-length: 20\n");
        const BranchPolicy p = BranchPolicy::discover(repo.path());
        QVERIFY2(p.problems().isEmpty(), qPrintable(problemTexts(p).join(u'\n')));
        QCOMPARE(p.source(), BranchPolicy::configPath(repo.path()));
        QCOMPARE(p.allowed(), (QStringList{"trunk", "story/*", "bug/*"}));
        QCOMPARE(p.types().size(), 2);
        QCOMPARE(p.types().at(0).name, QStringLiteral("story"));
        QCOMPARE(p.types().at(0).description, QStringLiteral("A user story"));
        QCOMPARE(p.types().at(0).bases, QStringList{"trunk"});
        QCOMPARE(p.types().at(1).bases, (QStringList{"stable", "trunk"}));
        QCOMPARE(p.format(), QStringLiteral("{type}/{slug}-{issue}"));
        QCOMPARE(p.slugMaxLength(), 20);
        QVERIFY(p.check(QStringLiteral("story/login")).fits());
        QVERIFY(!p.check(QStringLiteral("feat/login")).fits());
        QVERIFY(!p.check(QStringLiteral("main")).fits());
        QCOMPARE(p.baseFor(QStringLiteral("bug"), QStringList{"trunk", "stable"}), QStringLiteral("stable"));
    }

    void typesWithoutAllowedExtendTheDefaults()
    {
        const BranchPolicy p = BranchPolicy::fromText("branches:\n  types:\n    feat:\n    docs:\n      base: main\n",
                                                      QStringLiteral("c.yml"));
        QVERIFY2(p.problems().isEmpty(), qPrintable(problemTexts(p).join(u'\n')));
        QVERIFY(p.allowed().contains(QStringLiteral("docs/*")));
        QVERIFY(p.allowed().contains(QStringLiteral("hotfix/*")));
        QCOMPARE(p.types().size(), 2);
        QCOMPARE(p.types().at(0).bases, (QStringList{"develop", "main", "master"})); // feat keeps its defaults
        QVERIFY(!p.types().at(0).description.isEmpty());
        QCOMPARE(p.types().at(1).bases, QStringList{"main"});
        QVERIFY(p.check(QStringLiteral("docs/readme")).fits());
    }

    void otherSectionsOnlyMeanDefaults()
    {
        const BranchPolicy p = BranchPolicy::fromText("guards:\n  secrets: true\n", QStringLiteral("c.yml"));
        QVERIFY(p.problems().isEmpty());
        QCOMPARE(p.allowed(), BranchPolicy::defaults().allowed());
        const BranchPolicy empty = BranchPolicy::fromText("", QStringLiteral("c.yml"));
        QVERIFY(empty.problems().isEmpty());
    }

    void malformedFileKeepsTheDefaults_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // LINE:COL: start of the message
        QTest::newRow("yaml syntax") << QByteArray("branches:\n  allowed: [main, \"feat/*\"\n  types: x\n")
                                     << "3:3: invalid YAML";
        QTest::newRow("section not a mapping") << QByteArray("branches: [main]\n") << "1:11: \"branches\" must be";
        QTest::newRow("allowed item not a name") << QByteArray("branches:\n  allowed:\n    - main\n    - {a: b}\n")
                                                 << "4:7: \"allowed\" must be a list";
        QTest::newRow("types not a mapping") << QByteArray("branches:\n  types: [feat]\n") << "2:10: \"types\" must map";
        QTest::newRow("bad type name") << QByteArray("branches:\n  types:\n    \"a..b\":\n") << "3:5: 'a..b' cannot start";
        QTest::newRow("bad format") << QByteArray("branches:\n  format: \"{type}/{issue}\"\n") << "2:11: \"format\" must";
        QTest::newRow("bad length") << QByteArray("branches:\n  slug-max-length: lots\n")
                                    << "2:20: \"slug-max-length\" must";
        QTest::newRow("unknown key") << QByteArray("branches:\n  alowed: [main]\n") << "2:3: unknown key \"alowed\"";
        QTest::newRow("allowed empty") << QByteArray("branches:\n  allowed: []\n") << "2:12: \"allowed\" is empty";
        QTest::newRow("root a list") << QByteArray("- branches\n") << "1:1: the file must be a mapping";
    }

    void malformedFileKeepsTheDefaults()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        TestRepo repo;
        writeConventions(repo, text);
        const BranchPolicy p = BranchPolicy::discover(repo.path());
        QCOMPARE(p.problems().size(), 1);
        const QString path = BranchPolicy::configPath(repo.path());
        const QString message = p.problems().first().toString();
        QVERIFY2(message.startsWith(path + u':' + expected), qPrintable(message));
        QCOMPARE(p.allowed(), BranchPolicy::defaults().allowed());
        QCOMPARE(p.types().size(), BranchPolicy::defaults().types().size());
        QCOMPARE(p.format(), BranchPolicy::defaults().format());
        QVERIFY(p.check(QStringLiteral("feat/x")).fits());
    }

    void unreadableFileKeepsTheDefaults()
    {
        TestRepo repo;
        QDir(repo.path()).mkpath(QStringLiteral(".gantry/conventions.yml")); // a folder: cannot be read
        const BranchPolicy p = BranchPolicy::discover(repo.path());
        QCOMPARE(p.problems().size(), 1);
        QVERIFY2(p.problems().first().toString().contains(QStringLiteral("cannot read")),
                 qPrintable(p.problems().first().toString()));
        QVERIFY(p.check(QStringLiteral("main")).fits());
    }

    /// Validity is git's: every name gets the same verdict as `git check-ref-format --branch`.
    void validityAgreesWithGit()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a"), "a\n", QStringLiteral("a"));
        const QStringList names{
            "main", "feat/x", "feat/123-add-dark-mode", "a/b/c/d", "-leading-dash", "feat/-dash", "trailing/",
            "/leading", "double//slash", "dot..dot", ".hidden", "feat/.hidden", "feat/x.lock", "x.lock/y",
            "ends.", "with space", "tab\tname", "tilde~1", "caret^", "colon:x", "question?", "star*", "bracket[",
            "back\\slash", "at@{brace", "@", "a@b", "@{-1}", "HEAD", "feat/HEAD", "héllo", "日本語", "emoji😀",
            "a.b", "1.0", "release/1.2.3", "-", "--", "x/-", "del\x7f", "ctl\x01", "at-end@", "{braces}",
            "a/.lock", "a.lock.b", "lock", "..", "a/..", "feat/x/", "x@{y}", "ok-name_1"};
        int agreed = 0, gitValidCount = 0;
        for (const QString &name : names) {
            repo.git({QStringLiteral("check-ref-format"), QStringLiteral("--branch"), name}, true);
            const bool gitValid = repo.lastExitCode() == 0;
            gitValidCount += gitValid ? 1 : 0;
            const bool ours = BranchPolicy::defaults().check(name).kind != BranchVerdict::Kind::Invalid;
            QVERIFY2(ours == gitValid, qPrintable(QStringLiteral("%1: git %2, Gantry %3")
                                                      .arg(name, gitValid ? "valid" : "invalid",
                                                           ours ? "valid" : "invalid")));
            ++agreed;
        }
        qInfo("git check-ref-format --branch and Gantry agree on %d of %d names (%d valid for git)", agreed,
              int(names.size()), gitValidCount);
        QVERIFY(gitValidCount >= 10 && names.size() - gitValidCount >= 30); // both sides are exercised
    }
};

QTEST_GUILESS_MAIN(TestBranchPolicy)
#include "tst_branchpolicy.moc"
