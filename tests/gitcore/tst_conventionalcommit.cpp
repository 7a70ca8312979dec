#include "gitcore/ConventionalCommit.h"

#include <QElapsedTimer>
#include <QTest>

using namespace gantry;

/// ConventionalCommit: the Conventional Commits 1.0.0 parts, conventional-commits-parser's
/// body/footer split (quirks included), message kinds, and the LINE:COL of every part.
class TestConventionalCommit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void header_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("conventional");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("bang");
        QTest::newRow("plain") << "feat: add x" << true << "feat" << "" << "add x" << false;
        QTest::newRow("scope") << "fix(parser): accept CRLF" << true << "fix" << "parser" << "accept CRLF" << false;
        QTest::newRow("bang") << "feat(api)!: drop v1" << true << "feat" << "api" << "drop v1" << true;
        QTest::newRow("bang no scope") << "feat!: drop v1" << true << "feat" << "" << "drop v1" << true;
        QTest::newRow("empty scope") << "docs(): x" << true << "docs" << "" << "x" << false;
        // The parser's scope group is greedy: the last "): " ends it.
        QTest::newRow("greedy scope") << "fix(a): b (c): d" << true << "fix" << "a): b (c" << "d" << false;
        QTest::newRow("no space") << "feat:no space" << false << "" << "" << "" << false;
        QTest::newRow("space before colon") << "feat : x" << false << "" << "" << "" << false;
        QTest::newRow("empty subject") << "feat: " << true << "feat" << "" << "" << false;
        QTest::newRow("no type") << "(ui): x" << true << "" << "ui" << "x" << false;
        QTest::newRow("not conventional") << "Add a palette" << false << "" << "" << "" << false;
    }
    void header()
    {
        QFETCH(QString, message);
        const auto c = ConventionalCommit::parse(message + QStringLiteral("\n"));
        QFETCH(bool, conventional);
        QCOMPARE(c.isConventional(), conventional);
        QFETCH(QString, type);
        QFETCH(QString, scope);
        QFETCH(QString, subject);
        QFETCH(bool, bang);
        QCOMPARE(c.header(), message);
        QCOMPARE(c.type(), type);
        QCOMPARE(c.scope(), scope);
        QCOMPARE(c.subject(), subject);
        QCOMPARE(c.hasBreakingMark(), bang);
    }

    void positions()
    {
        const auto c = ConventionalCommit::parse(QStringLiteral("\n\nfeat(cli)!: add lint\n\nBody line\n\nRefs: #12\n"));
        QCOMPARE(c.headerSpan().line, 3);
        QCOMPARE(c.headerSpan().column, 1);
        QCOMPARE(c.typeSpan().line, 3);
        QCOMPARE(c.typeSpan().column, 1);
        QCOMPARE(c.scopeSpan().column, 6);
        QCOMPARE(c.scopeSpan().length, 3);
        QCOMPARE(c.subjectSpan().column, 13);
        QCOMPARE(c.raw().mid(c.subjectSpan().offset, c.subjectSpan().length), QStringLiteral("add lint"));
        QCOMPARE(c.bodyLines().size(), 1);
        QCOMPARE(c.bodyLines().first().span.line, 5);
        QCOMPARE(c.footerLines().first().span.line, 7);
        QCOMPARE(c.footers().size(), 1);
        QCOMPARE(c.footers().first().tokenSpan.line, 7);
        QCOMPARE(c.footers().first().valueSpan.column, 7);
    }

    void crlfPositions()
    {
        const auto c = ConventionalCommit::parse(QStringLiteral("fix: crlf\r\n\r\nBody.\r\nCloses #3\r\n"));
        QCOMPARE(c.subject(), QStringLiteral("crlf")); // no \r left in it
        QCOMPARE(c.body(), QStringLiteral("Body."));
        QCOMPARE(c.footer(), QStringLiteral("Closes #3"));
        QCOMPARE(c.footerLines().first().span.line, 4);
        QCOMPARE(c.references().size(), 1);
        QCOMPARE(c.references().first().action, QStringLiteral("Closes"));
        QCOMPARE(c.references().first().issue, QStringLiteral("3"));
    }

    void footers()
    {
        const auto c = ConventionalCommit::parse(QStringLiteral(
            "feat: x\n\nThe body goes on: not a footer.\n\nReviewed-by: Z\nRefs #123\n"
            "BREAKING CHANGE: the config moved\nto a new place\nCo-authored-by: Ada <ada@example.com>\n"));
        const auto &f = c.footers();
        QCOMPARE(f.size(), 4);
        QCOMPARE(f.at(0).token, QStringLiteral("Reviewed-by"));
        QCOMPARE(f.at(0).value, QStringLiteral("Z"));
        QCOMPARE(f.at(1).token, QStringLiteral("Refs"));
        QCOMPARE(f.at(1).separator, QStringLiteral(" #"));
        QCOMPARE(f.at(1).value, QStringLiteral("123"));
        QVERIFY(f.at(2).isBreakingChange());
        QCOMPARE(f.at(2).value, QStringLiteral("the config moved\nto a new place"));
        QCOMPARE(f.at(3).token, QStringLiteral("Co-authored-by"));
        QVERIFY(c.isBreaking());
        QCOMPARE(c.notes().size(), 1);
        // The parser's note runs on to the end (only a reference line stops it).
        QCOMPARE(c.notes().first().text,
                 QStringLiteral("the config moved\nto a new place\nCo-authored-by: Ada <ada@example.com>"));
    }

    void footerParagraphInBodyIsNotAFooter()
    {
        // The footers are the trailing paragraphs that all start with a token; a token-like
        // paragraph before them belongs to them too.
        const auto d = ConventionalCommit::parse(QStringLiteral("fix: x\n\nNote: one\n\nRefs: #1\n"));
        QCOMPARE(d.footers().size(), 2);
        // "Note: …" starts a paragraph, but a plain paragraph follows: it is body.
        const auto c = ConventionalCommit::parse(QStringLiteral("fix: x\n\nNote: tricky\n\nMore body.\n"));
        QVERIFY(c.footers().isEmpty());
    }

    void breakingDash()
    {
        const auto c = ConventionalCommit::parse(QStringLiteral("feat: x\n\nBREAKING-CHANGE: moved\n"));
        QCOMPARE(c.footers().size(), 1);
        QVERIFY(c.footers().first().isBreakingChange());
        QCOMPARE(c.notes().first().title, QStringLiteral("BREAKING-CHANGE"));
    }

    void bangMakesANote()
    {
        const auto c = ConventionalCommit::parse(QStringLiteral("feat!: drop v1\n"));
        QCOMPARE(c.notes().size(), 1);
        QCOMPARE(c.notes().first().text, QStringLiteral("drop v1"));
    }

    void parserQuirks()
    {
        // conventional-commits-parser: a line with "#123" anywhere starts the footer…
        auto c = ConventionalCommit::parse(QStringLiteral("fix: y\n\nThis relates to #123.\nMore body after.\n"));
        QCOMPARE(c.body(), QString());
        QCOMPARE(c.footer(), QStringLiteral("This relates to #123.\nMore body after."));
        // … unless an action word comes after it on the line: only what follows "fix" counts.
        c = ConventionalCommit::parse(QStringLiteral("fix: z\n\nsee #5, fix later\n"));
        QCOMPARE(c.body(), QStringLiteral("see #5, fix later"));
        QVERIFY(c.references().isEmpty());
        // A lower-case "breaking change" starts a note too.
        c = ConventionalCommit::parse(QStringLiteral("feat: y\n\nbreaking change is coming\n"));
        QCOMPARE(c.notes().size(), 1);
        QCOMPARE(c.footer(), QStringLiteral("breaking change is coming"));
        // Leading blank lines of the body are skipped, inner ones kept.
        c = ConventionalCommit::parse(QStringLiteral("fix: y\n\n\n\nOne.\n\nTwo.\n\n\n"));
        QCOMPARE(c.body(), QStringLiteral("One.\n\nTwo."));
        QCOMPARE(c.bodyLines().first().span.line, 5);
        QCOMPARE(c.references().size(), 0);
        c = ConventionalCommit::parse(QStringLiteral("fix: close #12 in the header\n"));
        QCOMPARE(c.references().size(), 1);
        QCOMPARE(c.references().first().issue, QStringLiteral("12"));
        c = ConventionalCommit::parse(QStringLiteral("fix: z\n\nFixes octo/repo#78\n"));
        QCOMPARE(c.references().first().owner, QStringLiteral("octo"));
        QCOMPARE(c.references().first().repository, QStringLiteral("repo"));
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        using K = ConventionalCommit::Kind;
        QTest::newRow("regular") << "feat: x" << int(K::Regular) << "";
        QTest::newRow("merge branch") << "Merge branch 'feature/x'" << int(K::Merge) << "";
        QTest::newRow("merge pr") << "Merge pull request #12 from octo/feature" << int(K::Merge) << "";
        QTest::newRow("merge into") << "Merge feature into develop" << int(K::Merge) << "";
        QTest::newRow("revert git") << "Revert \"feat: add x\"\n\nThis reverts commit abc1234."
                                    << int(K::Revert) << "feat: add x";
        QTest::newRow("revert header") << "Revert \"feat: add x\"" << int(K::Revert) << "feat: add x";
        QTest::newRow("revert type") << "revert: feat: add x" << int(K::Revert) << "feat: add x";
        QTest::newRow("fixup") << "fixup! feat: add x" << int(K::Fixup) << "feat: add x";
        QTest::newRow("fixup fixup") << "fixup! fixup! feat: add x" << int(K::Fixup) << "feat: add x";
        QTest::newRow("squash") << "squash! feat: add x" << int(K::Squash) << "feat: add x";
        QTest::newRow("amend") << "amend! feat: add x\n\nfeat: add the x" << int(K::Amend) << "feat: add x";
    }
    void kinds()
    {
        QFETCH(QString, message);
        const auto c = ConventionalCommit::parse(message);
        QFETCH(int, kind);
        QCOMPARE(int(c.kind()), kind);
        QTEST(c.target(), "target");
    }

    void revertHash()
    {
        const auto c = ConventionalCommit::parse(QStringLiteral("Revert \"feat: add x\"\n\nThis reverts commit 0123abc.\n"));
        QCOMPARE(c.revertedHash(), QStringLiteral("0123abc"));
    }

    void commentsAndScissors()
    {
        const QString message = QStringLiteral("# leading comment\nfeat: x\n\nbody\n# Please enter\n"
                                               "# ------------------------ >8 ------------------------\ndiff\n");
        auto c = ConventionalCommit::parse(message, QLatin1Char('#'));
        QCOMPARE(c.header(), QStringLiteral("feat: x"));
        QCOMPARE(c.headerSpan().line, 2);
        QCOMPARE(c.body(), QStringLiteral("body"));
        // Without a comment character comment lines are text (commitlint reading stdin).
        c = ConventionalCommit::parse(message);
        QCOMPARE(c.header(), QStringLiteral("# leading comment"));
        QCOMPARE(c.body(), QStringLiteral("feat: x\n\nbody\n# Please enter")); // scissors still cut
        c = ConventionalCommit::parse(QStringLiteral(";x\nfix: y\n"), QLatin1Char(';'));
        QCOMPARE(c.header(), QStringLiteral("fix: y"));
    }

    void gpgLinesDropped()
    {
        const auto c = ConventionalCommit::parse(QStringLiteral("feat: gpg\n\ngpg: Signature made\nreal body\n"));
        QCOMPARE(c.body(), QStringLiteral("real body"));
    }

    void badInput()
    {
        QVERIFY(ConventionalCommit::parse(QString()).isEmpty());
        QVERIFY(ConventionalCommit::parse(QStringLiteral("\n\n\r\n")).isEmpty());
        QVERIFY(ConventionalCommit::parse(QStringLiteral("# only\n# comments\n"), QLatin1Char('#')).isEmpty());
        // Non-UTF-8 bytes arrive as U+FFFD and are kept in place.
        const auto c = ConventionalCommit::parse(QString::fromUtf8("fix: caf\xe9 au lait\n"));
        QVERIFY(c.isConventional());
        QCOMPARE(c.subject(), QString::fromUtf8("caf\xef\xbf\xbd au lait"));
        // A whitespace-only header is still a header.
        QCOMPARE(ConventionalCommit::parse(QStringLiteral("   \nx")).header(), QStringLiteral("   "));
    }

    void largeMessage()
    {
        QString message = QStringLiteral("feat: big\n\n");
        const QString line = QString(99, QLatin1Char('a')) + QLatin1Char('\n');
        while (message.size() < 1024 * 1024)
            message += line;
        QElapsedTimer timer;
        timer.start();
        const auto c = ConventionalCommit::parse(message);
        QVERIFY2(timer.elapsed() < 5000, "a 1 MB message parses in well under 5 s");
        QCOMPARE(c.bodyLines().size(), (message.size() - 11) / 100);
        QCOMPARE(c.bodyLines().last().span.line, int(c.bodyLines().size()) + 2);
    }
};

QTEST_GUILESS_MAIN(TestConventionalCommit)
#include "tst_conventionalcommit.moc"
