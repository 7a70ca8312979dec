#include "gitcore/BranchPolicy.h"
#include "gitcore/GlobMatcher.h"
#include "gitcore/GuardRailConfig.h"
#include "gitcore/ReleaseBranches.h"
#include "support/TestRepo.h"

#include <QTest>

using namespace gantry;

Q_DECLARE_METATYPE(gantry::GlobMatcher::Syntax)

namespace {

const QString kHostile = QStringLiteral("*a*a*a*a*a*a*a*a*a*a*a*a*a*b");

} // namespace

/// GlobMatcher: the glob semantics of each syntax (branch names, .gitignore-like paths,
/// micromatch sets) and its bound: pattern × text steps on globs that backtrack exponentially
/// in a recursive matcher or a regular expression. Work is bounded by counting steps, not timed.
class TestGlobMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void semantics_data()
    {
        QTest::addColumn<GlobMatcher::Syntax>("syntax");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        const auto names = GlobMatcher::Syntax::Names;
        const auto paths = GlobMatcher::Syntax::Paths;
        const auto sets = GlobMatcher::Syntax::PathsWithClasses;
        struct Row
        {
            GlobMatcher::Syntax syntax;
            const char *pattern;
            const char *text;
            bool matches;
        };
        const Row rows[] = {
            // Names: * crosses '/', ? is any one character, everything else itself.
            {names, "main", "main", true},
            {names, "main", "mainline", false},
            {names, "main", "mai", false},
            {names, "", "", true},
            {names, "", "x", false},
            {names, "*", "", true},
            {names, "*", "a/b/c", true},
            {names, "feat/*", "feat/a/b", true},
            {names, "feat/*", "feat/", true},
            {names, "feat/*", "xfeat/a", false},
            {names, "release/?.?", "release/1.2", true},
            {names, "release/?.?", "release/1.22", false},
            {names, "a?c", "a/c", true},
            {names, "a*b*c", "aXbYbZc", true},
            {names, "a*b*c", "aXbYbZ", false},
            {names, "**b", "a/b", true},
            {names, "*-wip", "x-wip", true},
            {names, "[ab]", "a", false}, // no sets in branch policies: '[' is itself
            {names, "[ab]", "[ab]", true},
            {names, "?", "\xF0\x9F\x98\x80", true}, // one character, not one UTF-16 unit
            {names, "Feat/*", "feat/x", false},     // case-sensitive
            // Paths: * and ? within a segment, ** across, **/ also no folder.
            {paths, "*.pem", "c.pem", true},
            {paths, "*.pem", "a/c.pem", false},
            {paths, "release/*", "release/1.0", true},
            {paths, "release/*", "release/1.0/rc", false},
            {paths, "release/**", "release/1.0/rc", true},
            {paths, "a/**/z.txt", "a/z.txt", true},
            {paths, "a/**/z.txt", "a/b/c/z.txt", true},
            {paths, "a/**/z.txt", "a/bz.txt", false},
            {paths, "**/z", "z", true},
            {paths, "**/z", "x/y/z", true},
            {paths, "**", "x/y/z", true},
            {paths, "***", "x/y", true},
            {paths, "file?.c", "file1.c", true},
            {paths, "file?.c", "file/.c", false},
            {paths, "file?.c", "file12.c", false},
            {paths, "a*/b", "abc/b", true},
            {paths, "a*/b", "a/c/b", false},
            {paths, "*/**", "a/b/c", true},
            {paths, "[ab]", "a", false},
            // micromatch sets.
            {sets, "[0-9].x", "1.x", true},
            {sets, "[0-9].x", "a.x", false},
            {sets, "[!0-9].x", "a.x", true},
            {sets, "[^0-9].x", "1.x", false},
            {sets, "v[12]", "v2", true},
            {sets, "[a-]", "-", true},
            {sets, "[", "[", true},
            {sets, "[]", "[]", true},
            {sets, "rel/*", "rel/a/b", false},
            {sets, "rel/**", "rel/a/b", true},
        };
        for (const Row &row : rows)
            QTest::addRow("%d %s ~ %s", int(row.syntax), row.pattern, row.text)
                << row.syntax << QString::fromUtf8(row.pattern) << QString::fromUtf8(row.text) << row.matches;
    }
    void semantics()
    {
        QFETCH(GlobMatcher::Syntax, syntax);
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(GlobMatcher::match(pattern, text, syntax), matches);
    }

    void hostileGlobsCostPatternTimesText_data()
    {
        QTest::addColumn<GlobMatcher::Syntax>("syntax");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        for (auto syntax : {GlobMatcher::Syntax::Names, GlobMatcher::Syntax::Paths, GlobMatcher::Syntax::PathsWithClasses}) {
            const int s = int(syntax);
            QTest::addRow("%d: 28 a", s) << syntax << kHostile << QString(28, QLatin1Char('a')) << false;
            QTest::addRow("%d: 40 a", s) << syntax << kHostile << QString(40, QLatin1Char('a')) << false;
            QTest::addRow("%d: 10000 a", s) << syntax << kHostile << QString(10000, QLatin1Char('a')) << false;
            QTest::addRow("%d: 10000 a + b", s) << syntax << kHostile << QString(10000, QLatin1Char('a')) + QLatin1Char('b')
                                                << true;
            QTest::addRow("%d: ?*?*?*… on a…", s) << syntax << QStringLiteral("?*").repeated(50) + QLatin1Char('b')
                                                   << QString(5000, QLatin1Char('a')) << false;
        }
        QTest::addRow("paths: **/ chain") << GlobMatcher::Syntax::Paths << QStringLiteral("**/").repeated(20) + QStringLiteral("b")
                                          << QStringLiteral("a/").repeated(2000) << false;
    }
    void hostileGlobsCostPatternTimesText()
    {
        QFETCH(GlobMatcher::Syntax, syntax);
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        const GlobMatcher glob(pattern, syntax);
        qint64 steps = 0;
        QCOMPARE(glob.matches(text, &steps), matches);
        QVERIFY2(steps <= (glob.stateCount() + 1) * (text.size() + 1),
                 qPrintable(QStringLiteral("%1 steps for %2 states × %3 characters")
                                .arg(steps).arg(glob.stateCount()).arg(text.size())));
        QVERIFY(steps > 0);
    }

    void everyConventionsGlobUsesIt()
    {
        // The glob of the issue, in each place .gantry/conventions.yml takes globs: each check
        // finishes (a recursive matcher takes minutes on 40 characters) and gives the right verdict.
        TestRepo repo;
        repo.write(QStringLiteral(".gantry/conventions.yml"),
                   "branches:\n  allowed: ['" + kHostile.toUtf8() + "']\n"
                   "protected-branches: ['" + kHostile.toUtf8() + "']\n");
        const QString name(40, QLatin1Char('a'));
        const BranchPolicy policy = BranchPolicy::discover(repo.path());
        QVERIFY(policy.problems().isEmpty());
        QCOMPARE(policy.check(name).kind, BranchVerdict::Kind::NotAllowed);
        QVERIFY(policy.check(name + QLatin1Char('b')).fits());
        const GuardRailConfig guards = GuardRailConfig::discover(repo.path());
        QVERIFY(!guards.isProtected(name));
        QVERIFY(guards.isProtected(name + QLatin1Char('b')));
        QVERIFY(!GuardRailConfig::globMatch(kHostile, name));
        QVERIFY(GuardRailConfig::globMatch(kHostile, QStringLiteral("dir/") + name + QLatin1Char('b')));
        QVERIFY(!ReleaseBranches::globMatch(kHostile, name));
        QVERIFY(ReleaseBranches::globMatch(kHostile, name + QLatin1Char('b')));
    }
};

QTEST_GUILESS_MAIN(TestGlobMatcher)
#include "tst_globmatcher.moc"
