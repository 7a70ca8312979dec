#include "gitcore/CommandLineConfig.h"
#include "gitcore/Repository.h"
#include "support/TestRepo.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

CommandLineConfig::Entry entry(const char *argument)
{
    auto parsed = CommandLineConfig::parseArgument(s(argument));
    if (!parsed)
        QTest::qFail(qPrintable(parsed.errorMessage()), __FILE__, __LINE__);
    return parsed ? *parsed : CommandLineConfig::Entry();
}

} // namespace

/// `gantry -c name=value` as git's `-c`: kept in GIT_CONFIG_PARAMETERS in git's format (git reads
/// what Gantry writes, Gantry reads what git writes) and read by every repository Gantry opens
/// above its own configuration, never written to it.
class TestCommandLineConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { qunsetenv("GIT_CONFIG_PARAMETERS"); }

    void overridesTheRepositoryConfiguration()
    {
        TestRepo repo;
        repo.commitFile(s("a"), "1\n", s("first"));
        repo.git({s("config"), s("core.abbrev"), s("9")});
        CommandLineConfig::add(entry("Core.Abbrev=10"));
        CommandLineConfig::add(entry("core.abbrev=12"));  // the last one wins, as in git
        CommandLineConfig::add(entry("gantry.Sub.Section.flag"));  // no value: true
        auto opened = Repository::open(repo.path());
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        qunsetenv("GIT_CONFIG_PARAMETERS");
        QCOMPARE(opened->configString(s("core.abbrev")), s("12"));
        QVERIFY(opened->configBool(s("gantry.Sub.Section.flag"), false));
        QVERIFY(!opened->configBool(s("gantry.sub.section.flag"), false));  // the subsection keeps its case
        // A repository opened without it reads its own value.
        auto plain = Repository::open(repo.path());
        QVERIFY(plain);
        QCOMPARE(plain->configString(s("core.abbrev")), s("9"));
    }

    void iteratesAtTheApplicationLevel()
    {
        TestRepo repo;
        repo.git({s("config"), s("core.abbrev"), s("9")});
        CommandLineConfig::add(entry("core.abbrev=12"));
        auto opened = Repository::open(repo.path());
        QVERIFY(opened);
        auto config = opened->config();
        QVERIFY(config);
        QList<QPair<QString, int>> seen;
        git_config_foreach_match(config->get(), "^core\\.abbrev$", [](const git_config_entry *e, void *payload) {
            static_cast<QList<QPair<QString, int>> *>(payload)->append({QString::fromUtf8(e->value), int(e->level)});
            return 0;
        }, &seen);
        // Lowest level first, as `git config --list` shows the command line's entries last.
        QCOMPARE(seen, (QList<QPair<QString, int>>{{s("9"), int(GIT_CONFIG_LEVEL_LOCAL)}, {s("12"), int(GIT_CONFIG_LEVEL_APP)}}));
    }

    void writesStillGoToTheRepository()
    {
        TestRepo repo;
        const QByteArray before = repo.read(s(".git/config"));
        CommandLineConfig::add(entry("core.abbrev=12"));
        auto opened = Repository::open(repo.path());
        QVERIFY(opened);
        qunsetenv("GIT_CONFIG_PARAMETERS");
        git_config *config = nullptr;
        QCOMPARE(git_repository_config(&config, opened->raw()), 0);
        QCOMPARE(git_config_set_string(config, "user.name", "Written"), 0);
        git_config_free(config);
        QCOMPARE(repo.git({s("config"), s("--local"), s("user.name")}), QByteArray("Written\n"));
        QVERIFY(!repo.read(s(".git/config")).contains("abbrev"));
        QVERIFY(repo.read(s(".git/config")) != before);
    }

    void speaksGitsFormat()
    {
        TestRepo repo;
        // What Gantry writes, git reads: quotes and exclamation marks survive.
        CommandLineConfig::add(entry("user.name=it's me!"));
        CommandLineConfig::add(entry("url.https://example.org/.insteadOf=ex:"));
        QCOMPARE(repo.git({s("config"), s("user.name")}), QByteArray("it's me!\n"));
        QCOMPARE(repo.git({s("config"), s("url.https://example.org/.insteadof")}), QByteArray("ex:\n"));
        // What git writes (both of its formats), Gantry reads.
        qputenv("GIT_CONFIG_PARAMETERS", "'user.name'='it'\\''s me' 'Core.Bare' 'old.style=v=w'");
        auto entries = CommandLineConfig::fromEnvironment();
        QVERIFY2(entries, qPrintable(entries.errorMessage()));
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).name, s("user.name"));
        QCOMPARE(entries->at(0).value, s("it's me"));
        QCOMPARE(entries->at(1).name, s("core.bare"));
        QVERIFY(!entries->at(1).hasValue);
        QCOMPARE(entries->at(2).name, s("old.style"));
        QCOMPARE(entries->at(2).value, s("v=w"));
    }

    void badInputIsAnError()
    {
        QCOMPARE(CommandLineConfig::parseArgument(s("nosection")).errorMessage(), s("key does not contain a section: nosection"));
        QCOMPARE(CommandLineConfig::parseArgument(s(".x=1")).errorMessage(), s("key does not contain a section: .x"));
        QCOMPARE(CommandLineConfig::parseArgument(s("core.=1")).errorMessage(), s("key does not contain a variable name: core."));
        QCOMPARE(CommandLineConfig::parseArgument(s("core.1abbrev=1")).errorMessage(), s("invalid key: core.1abbrev"));
        QCOMPARE(CommandLineConfig::parseArgument(s("co_re.abbrev=1")).errorMessage(), s("invalid key: co_re.abbrev"));
        TestRepo repo;
        qputenv("GIT_CONFIG_PARAMETERS", "'unterminated");
        auto opened = Repository::open(repo.path());
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(s("bogus format in GIT_CONFIG_PARAMETERS")), qPrintable(opened.errorMessage()));
    }
};

QTEST_MAIN(TestCommandLineConfig)
#include "tst_commandlineconfig.moc"
