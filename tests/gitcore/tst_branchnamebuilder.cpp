#include "gitcore/BranchNameBuilder.h"
#include "gitcore/BranchPolicy.h"

#include <QTest>

using namespace gantry;

/// BranchNameBuilder: slugs (transliteration, case, separators, length) and names built from
/// type, issue and description, checked against the default policy.
class TestBranchNameBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slugs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << "Add dark mode" << 48 << "add-dark-mode";
        QTest::newRow("accents") << QStringLiteral("Réparer l’écran de connexion") << 48 << "reparer-lecran-de-connexion";
        QTest::newRow("german") << QStringLiteral("Größe ändern") << 48 << "grosse-andern";
        QTest::newRow("nordic") << QStringLiteral("Åse Ødegård Æble") << 48 << "ase-odegard-aeble";
        QTest::newRow("polish") << QStringLiteral("Łódź żółć") << 48 << "lodz-zolc";
        QTest::newRow("punctuation") << "Fix: crash (on #42) -- again!!" << 48 << "fix-crash-on-42-again";
        QTest::newRow("trim") << "  --hello--  " << 48 << "hello";
        QTest::newRow("apostrophe") << "Don't panic" << 48 << "dont-panic";
        QTest::newRow("non latin dropped") << QStringLiteral("日本語 support") << 48 << "support";
        QTest::newRow("only symbols") << "!!!" << 48 << "";
        QTest::newRow("empty") << "" << 48 << "";
        QTest::newRow("ligature") << QStringLiteral("ﬁnal oﬃce") << 48 << "final-office";
        QTest::newRow("cut at word") << "make the login screen remember the last user" << 20 << "make-the-login";
        QTest::newRow("cut in word") << "supercalifragilisticexpialidocious" << 10 << "supercalif";
        QTest::newRow("no trailing dash after cut") << "abcdefghi jklmnop" << 10 << "abcdefghi";
        QTest::newRow("uppercase") << "HTTP API v2" << 48 << "http-api-v2";
    }

    void slugs()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, slug);
        const QString got = BranchNameBuilder::slug(text, max);
        QCOMPARE(got, slug);
        QVERIFY(got.size() <= max);
    }

    void issues()
    {
        QCOMPARE(BranchNameBuilder::issue(QStringLiteral("#123")), QStringLiteral("123"));
        QCOMPARE(BranchNameBuilder::issue(QStringLiteral(" PROJ-42 ")), QStringLiteral("PROJ-42"));
        QCOMPARE(BranchNameBuilder::issue(QStringLiteral("-7-")), QStringLiteral("7"));
        QCOMPARE(BranchNameBuilder::issue(QStringLiteral("a b/c")), QStringLiteral("abc"));
    }

    void names_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("issue");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("name");
        const QString def = BranchPolicy::defaults().format();
        QTest::newRow("full") << def << "feat" << "123" << "Add dark mode" << "feat/123-add-dark-mode";
        QTest::newRow("hash issue") << def << "fix" << "#7" << "Crash on start" << "fix/7-crash-on-start";
        QTest::newRow("no issue") << def << "feat" << "" << "Add dark mode" << "feat/add-dark-mode";
        QTest::newRow("no description") << def << "hotfix" << "99" << "" << "hotfix/99";
        QTest::newRow("nothing") << def << "chore" << "" << "" << "chore";
        QTest::newRow("issue last") << "{type}/{slug}-{issue}" << "feat" << "" << "Dark" << "feat/dark";
        QTest::newRow("issue folder") << "{type}/{issue}/{slug}" << "feat" << "" << "Dark" << "feat/dark";
        QTest::newRow("issue folder given") << "{type}/{issue}/{slug}" << "feat" << "5" << "Dark" << "feat/5/dark";
        QTest::newRow("underscore") << "{type}/{issue}_{slug}" << "fix" << "" << "x y" << "fix/x-y";
        QTest::newRow("jira") << def << "feat" << "PROJ-42" << "Login" << "feat/PROJ-42-login";
    }

    void names()
    {
        QFETCH(QString, format);
        QFETCH(QString, type);
        QFETCH(QString, issue);
        QFETCH(QString, description);
        QFETCH(QString, name);
        QCOMPARE(BranchNameBuilder::build(format, type, issue, description), name);
    }

    void builtNamesFitTheDefaultPolicy()
    {
        const BranchPolicy policy = BranchPolicy::defaults();
        for (const BranchType &type : policy.types()) {
            const QString name = BranchNameBuilder::build(policy.format(), type.name, QStringLiteral("#12"),
                                                          QStringLiteral("Ça marche? Ünïcödé…"), policy.slugMaxLength());
            QCOMPARE(name, type.name + QStringLiteral("/12-ca-marche-unicode"));
            QVERIFY2(policy.check(name).fits(), qPrintable(policy.check(name).reason));
        }
    }
};

QTEST_GUILESS_MAIN(TestBranchNameBuilder)
#include "tst_branchnamebuilder.moc"
