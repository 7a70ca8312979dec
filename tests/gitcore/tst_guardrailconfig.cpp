// GuardRailConfig: defaults, every setting of guards: and protected-branches:, and malformed input
// (a message naming file, line and column, with the defaults kept meanwhile).
#include "gitcore/GuardRailConfig.h"
#include "support/TestRepo.h"

#include <QtTest>

using namespace gantry;

class TestGuardRailConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWithoutAFile()
    {
        TestRepo repo;
        const GuardRailConfig config = GuardRailConfig::discover(repo.path());
        QVERIFY(config.problems().isEmpty());
        QVERIFY(config.secretsEnabled());
        QCOMPARE(config.maxFileSize(), qint64(5 * 1024 * 1024));
        QCOMPARE(config.largeCommitLines(), 200);
        QCOMPARE(config.protectedBranches(), (QStringList{"main", "master", "production"}));
        QCOMPARE(config.protectionMode(), GuardRailConfig::ProtectionMode::Confirm);
        QVERIFY(config.isProtected(QStringLiteral("main")));
        QVERIFY(!config.isProtected(QStringLiteral("feat/main")));
        QVERIFY(!config.isProtected(QString()));
    }

    void readsEverySetting()
    {
        TestRepo repo;
        repo.write(QStringLiteral(".gantry/conventions.yml"),
                   "branches:\n  allowed: ['feat/*']\n"   // another helper's section: not ours, not a problem
                   "guards:\n"
                   "  secrets:\n    enabled: true\n    paths: ['*.secret']\n    patterns: ['ACME-[0-9]+']\n    allow: ['fixtures/**']\n"
                   "  max-file-size: 2MB\n"
                   "  large-commit-lines: 50\n"
                   "protected-branches:\n  branches: [main, 'release/*', 'prod-**']\n  mode: refuse\n");
        const GuardRailConfig config = GuardRailConfig::discover(repo.path());
        QVERIFY2(config.problems().isEmpty(), qPrintable(config.problems().value(0).toString()));
        QCOMPARE(config.extraPathPatterns(), QStringList{QStringLiteral("*.secret")});
        QCOMPARE(config.extraContentPatterns(), QStringList{QStringLiteral("ACME-[0-9]+")});
        QCOMPARE(config.allowedPaths(), QStringList{QStringLiteral("fixtures/**")});
        QCOMPARE(config.maxFileSize(), qint64(2 * 1024 * 1024));
        QCOMPARE(config.largeCommitLines(), 50);
        QCOMPARE(config.protectionMode(), GuardRailConfig::ProtectionMode::Refuse);
        QVERIFY(config.isProtected(QStringLiteral("main")));
        QVERIFY(!config.isProtected(QStringLiteral("master"))); // the list replaces the defaults
        QVERIFY(config.isProtected(QStringLiteral("release/1.0")));
        QVERIFY(!config.isProtected(QStringLiteral("release/1.0/hotfix")));
        QVERIFY(config.isProtected(QStringLiteral("prod-eu/west")));
        QVERIFY(config.isAllowed(QStringLiteral("fixtures/a/b.pem")));
        QVERIFY(!config.isAllowed(QStringLiteral("src/fixtures.pem")));
    }

    void shortForms()
    {
        const GuardRailConfig config = GuardRailConfig::fromText(
            "guards:\n  secrets: false\n  max-file-size: 0\n  large-commit-lines: 0\nprotected-branches: [trunk]\n",
            QStringLiteral("c.yml"));
        QVERIFY(config.problems().isEmpty());
        QVERIFY(!config.secretsEnabled());
        QCOMPARE(config.maxFileSize(), qint64(0));
        QCOMPARE(config.largeCommitLines(), 0);
        QCOMPARE(config.protectedBranches(), QStringList{QStringLiteral("trunk")});
        QCOMPARE(config.protectionMode(), GuardRailConfig::ProtectionMode::Confirm);
    }

    void sizes()
    {
        QCOMPARE(GuardRailConfig::parseSize(QStringLiteral("1048576")), qint64(1048576));
        QCOMPARE(GuardRailConfig::parseSize(QStringLiteral("512KB")), qint64(512 * 1024));
        QCOMPARE(GuardRailConfig::parseSize(QStringLiteral("512 KiB")), qint64(512 * 1024));
        QCOMPARE(GuardRailConfig::parseSize(QStringLiteral("1.5M")), qint64(1.5 * 1024 * 1024));
        QCOMPARE(GuardRailConfig::parseSize(QStringLiteral("1g")), qint64(1024) * 1024 * 1024);
        QCOMPARE(GuardRailConfig::parseSize(QStringLiteral("huge")), qint64(-1));
        QCOMPARE(GuardRailConfig::parseSize(QStringLiteral("-5MB")), qint64(-1));
    }

    void globs()
    {
        QVERIFY(GuardRailConfig::globMatch(QStringLiteral("*.pem"), QStringLiteral("a/b/c.pem")));
        QVERIFY(!GuardRailConfig::globMatch(QStringLiteral("/*.pem"), QStringLiteral("a/c.pem")));
        QVERIFY(GuardRailConfig::globMatch(QStringLiteral("/*.pem"), QStringLiteral("c.pem")));
        QVERIFY(GuardRailConfig::globMatch(QStringLiteral("docs/"), QStringLiteral("docs/x/y.md")));
        QVERIFY(GuardRailConfig::globMatch(QStringLiteral("a/**/z.txt"), QStringLiteral("a/z.txt")));
        QVERIFY(GuardRailConfig::globMatch(QStringLiteral("a/**/z.txt"), QStringLiteral("a/b/c/z.txt")));
        QVERIFY(!GuardRailConfig::globMatch(QStringLiteral("a/*.txt"), QStringLiteral("a/b/z.txt")));
        QVERIFY(GuardRailConfig::globMatch(QStringLiteral("file?.c"), QStringLiteral("file1.c")));
        QVERIFY(!GuardRailConfig::globMatch(QStringLiteral("file?.c"), QStringLiteral("file12.c")));
        QVERIFY(GuardRailConfig::globMatch(QStringLiteral("a+b(1).txt"), QStringLiteral("a+b(1).txt")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");   // "LINE:COL"
        QTest::addColumn<QString>("message"); // a part of the message
        QTest::newRow("syntax") << QByteArray("guards:\n  max-file-size: [1, 2\n") << "3:1" << "not valid YAML";
        QTest::newRow("root list") << QByteArray("- a\n- b\n") << "1:1" << "expected a mapping";
        QTest::newRow("guards scalar") << QByteArray("guards: yes please\n") << "1:9" << "guards: expected a mapping";
        QTest::newRow("bad size") << QByteArray("guards:\n  max-file-size: huge\n") << "2:18" << "max-file-size";
        QTest::newRow("bad lines") << QByteArray("guards:\n  large-commit-lines: -3\n") << "2:23" << "large-commit-lines";
        QTest::newRow("unknown key") << QByteArray("guards:\n  secret: true\n") << "2:3" << "unknown setting 'secret'";
        QTest::newRow("bad regex") << QByteArray("guards:\n  secrets:\n    patterns: ['ok', '(unclosed']\n") << "3:22" << "not a valid regular expression";
        QTest::newRow("bad enabled") << QByteArray("guards:\n  secrets:\n    enabled: maybe\n") << "3:14" << "expected true or false";
        QTest::newRow("bad mode") << QByteArray("protected-branches:\n  mode: ask\n") << "2:9" << "confirm or refuse";
        QTest::newRow("merge scalar") << QByteArray("guards:\n  merge: ff\n") << "2:10" << "merge: expected a mapping";
        QTest::newRow("bad ff-only") << QByteArray("guards:\n  merge:\n    fast-forward-only: sometimes\n") << "3:24" << "merge.fast-forward-only: expected true or false";
        QTest::newRow("unknown merge key") << QByteArray("guards:\n  merge:\n    ff-only: true\n") << "3:5" << "unknown setting 'ff-only'";
        QTest::newRow("bad rewrite mode") << QByteArray("guards:\n  rewrite-published: ask\n") << "2:22" << "confirm, refuse or off";
        QTest::newRow("rewrite list") << QByteArray("guards:\n  rewrite-published: [off]\n") << "2:22" << "confirm, refuse or off";
        QTest::newRow("bad branch item") << QByteArray("protected-branches: [main, {a: b}]\n") << "1:28" << "expected a string";
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const GuardRailConfig config = GuardRailConfig::fromText(text, QStringLiteral(".gantry/conventions.yml"));
        QVERIFY(!config.problems().isEmpty());
        const QString shown = config.problems().first().toString();
        QVERIFY2(shown.startsWith(QStringLiteral(".gantry/conventions.yml:%1: ").arg(where)), qPrintable(shown));
        QVERIFY2(shown.contains(message), qPrintable(shown));
        // The defaults stand for what could not be read.
        QCOMPARE(config.maxFileSize(), GuardRailConfig::DefaultMaxFileSize);
        QCOMPARE(config.largeCommitLines(), GuardRailConfig::DefaultLargeCommitLines);
        QVERIFY(config.secretsEnabled());
        QCOMPARE(config.protectionMode(), GuardRailConfig::ProtectionMode::Confirm);
        QVERIFY(config.isProtected(QStringLiteral("main")));
        QVERIFY(config.mergeFastForwardOnly());
        QCOMPARE(config.rewritePublished(), GuardRailConfig::RewriteMode::Confirm);
    }

    void mergeAndRewriteSettings()
    {
        const GuardRailConfig defaults;
        QVERIFY(defaults.mergeFastForwardOnly());
        QCOMPARE(defaults.rewritePublished(), GuardRailConfig::RewriteMode::Confirm);
        const GuardRailConfig off = GuardRailConfig::fromText(
            "guards:\n  merge:\n    fast-forward-only: false\n  rewrite-published: off\n", QStringLiteral("c.yml"));
        QVERIFY2(off.problems().isEmpty(), qPrintable(off.problems().value(0).toString()));
        QVERIFY(!off.mergeFastForwardOnly());
        QCOMPARE(off.rewritePublished(), GuardRailConfig::RewriteMode::Off);
        const GuardRailConfig refuse = GuardRailConfig::fromText(
            "guards:\n  merge:\n    fast-forward-only: true\n  rewrite-published: refuse\n", QStringLiteral("c.yml"));
        QVERIFY(refuse.problems().isEmpty());
        QVERIFY(refuse.mergeFastForwardOnly());
        QCOMPARE(refuse.rewritePublished(), GuardRailConfig::RewriteMode::Refuse);
        // "merge:" with nothing under it keeps the default.
        const GuardRailConfig empty = GuardRailConfig::fromText("guards:\n  merge:\n", QStringLiteral("c.yml"));
        QVERIFY(empty.problems().isEmpty());
        QVERIFY(empty.mergeFastForwardOnly());
    }

    void emptyFileAndUnreadableFile()
    {
        QVERIFY(GuardRailConfig::fromText("", QStringLiteral("c.yml")).problems().isEmpty());
        QVERIFY(GuardRailConfig::fromText("# nothing\n", QStringLiteral("c.yml")).problems().isEmpty());
        const GuardRailConfig emptySections = GuardRailConfig::fromText("guards:\n  secrets:\nprotected-branches:\n", QStringLiteral("c.yml"));
        QVERIFY(emptySections.problems().isEmpty());
        QVERIFY(emptySections.secretsEnabled());
        QVERIFY(emptySections.isProtected(QStringLiteral("master")));
        TestRepo repo;
        QDir(repo.path()).mkpath(QStringLiteral(".gantry/conventions.yml")); // a folder where the file should be
        const GuardRailConfig config = GuardRailConfig::discover(repo.path());
        QCOMPARE(config.problems().size(), 1);
        QVERIFY(config.problems().first().toString().startsWith(QStringLiteral(".gantry/conventions.yml: ")));
        QVERIFY(config.secretsEnabled());
    }
};

QTEST_GUILESS_MAIN(TestGuardRailConfig)
#include "tst_guardrailconfig.moc"
