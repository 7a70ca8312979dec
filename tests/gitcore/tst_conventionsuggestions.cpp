#include "gitcore/ConventionSuggestions.h"
#include "gitcore/Repository.h"
#include "support/TestRepo.h"

#include <QTest>

using namespace gantry;

/// ConventionSuggestions on real repositories built with git: scopes ranked by frequency then
/// recency, scopes from changed paths, co-authors from the authors, the commit limit.
class TestConventionSuggestions : public QObject
{
    Q_OBJECT

    static void commitAs(TestRepo &repo, const QString &author, const QString &message)
    {
        static int n = 0;
        repo.write(QStringLiteral("f.txt"), QByteArray::number(++n));
        repo.git({QStringLiteral("add"), QStringLiteral("f.txt")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--author"), author,
                  QStringLiteral("-m"), message});
    }

private Q_SLOTS:
    void scopesAndCoAuthorsFromHistory()
    {
        TestRepo repo;
        const QString ada = QStringLiteral("Ada Lindqvist <ada@example.org>");
        const QString ben = QStringLiteral("Benoît Marchand <ben@example.org>");
        const QString me = QStringLiteral("Gantry Test <test@gantry.invalid>");
        commitAs(repo, ada, QStringLiteral("feat(api): one"));
        commitAs(repo, ada, QStringLiteral("fix(api): two"));
        commitAs(repo, ben, QStringLiteral("docs(readme): three"));
        commitAs(repo, ben, QStringLiteral("Plain subject (not): conventional"));
        commitAs(repo, ben, QStringLiteral("Merge branch 'x' (y)"));
        commitAs(repo, me, QStringLiteral("feat(ui,cli): four"));
        commitAs(repo, ben, QStringLiteral("chore: no scope"));

        Result<Repository> opened = Repository::open(repo.path());
        QVERIFY(opened);
        Result<ConventionSuggestions> s = ConventionSuggestions::read(opened.value(), 2000, QStringLiteral("test@gantry.invalid"));
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QCOMPARE(s->commitsRead, 7);
        // api twice; ui, cli, readme once each, newest first (ui/cli from commit 6, readme from 3).
        QCOMPARE(s->historyScopes, (QStringList{QStringLiteral("api"), QStringLiteral("ui"), QStringLiteral("cli"),
                                               QStringLiteral("readme")}));
        // Ben four times, Ada twice; the user's own address is left out.
        QCOMPARE(s->coAuthors, (QStringList{ben, ada}));
        // The same authors git prints.
        const QStringList gitAuthors = QString::fromUtf8(repo.git({QStringLiteral("log"), QStringLiteral("--format=%an <%ae>")}))
                                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &author : s->coAuthors)
            QVERIFY(gitAuthors.contains(author));

        // The cap: only the newest two commits (chore: no scope, feat(ui,cli)).
        Result<ConventionSuggestions> capped = ConventionSuggestions::read(opened.value(), 2);
        QVERIFY(capped);
        QCOMPARE(capped->commitsRead, 2);
        QCOMPARE(capped->historyScopes, (QStringList{QStringLiteral("ui"), QStringLiteral("cli")}));
        QCOMPARE(capped->coAuthors, (QStringList{ben, me}));

        QCOMPARE(s->scopesFor({QStringLiteral("readme"), QStringLiteral("docs")}),
                 (QStringList{QStringLiteral("readme"), QStringLiteral("docs"), QStringLiteral("api"), QStringLiteral("ui"),
                              QStringLiteral("cli")}));
    }

    void unbornAndCancelled()
    {
        TestRepo repo;
        Result<Repository> opened = Repository::open(repo.path());
        QVERIFY(opened);
        Result<ConventionSuggestions> s = ConventionSuggestions::read(opened.value());
        QVERIFY(s);
        QCOMPARE(s->commitsRead, 0);
        QVERIFY(s->historyScopes.isEmpty() && s->coAuthors.isEmpty());

        repo.commitFile(QStringLiteral("a"), "a", QStringLiteral("feat(a): a"));
        std::atomic<bool> cancel{true};
        Result<ConventionSuggestions> cancelled = ConventionSuggestions::read(opened.value(), 2000, {}, &cancel);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->commitsRead, 0);
    }

    void scopesFromPaths_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("scopes");
        QTest::newRow("none") << QStringList() << QStringList();
        QTest::newRow("top folder") << QStringList{QStringLiteral("gitcore/Staging.cpp"), QStringLiteral("gitcore/Staging.h")}
                                    << QStringList{QStringLiteral("gitcore")};
        QTest::newRow("container folders")
            << QStringList{QStringLiteral("src/parser/lexer.c"), QStringLiteral("packages/Core/index.ts"),
                           QStringLiteral("src/main.c")}
            << QStringList{QStringLiteral("parser"), QStringLiteral("core"), QStringLiteral("src")};
        QTest::newRow("root files and dot folders")
            << QStringList{QStringLiteral("README.md"), QStringLiteral(".github/workflows/ci.yml"), QStringLiteral(".gitignore")}
            << QStringList{QStringLiteral("readme"), QStringLiteral("github"), QStringLiteral("gitignore")};
    }

    void scopesFromPaths()
    {
        QFETCH(QStringList, paths);
        QFETCH(QStringList, scopes);
        QCOMPARE(ConventionSuggestions::scopesFromPaths(paths), scopes);
    }
};

QTEST_GUILESS_MAIN(TestConventionSuggestions)
#include "tst_conventionsuggestions.moc"
