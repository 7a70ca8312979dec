#include "gitcore/CommitComposition.h"
#include "gitcore/CommitLinter.h"
#include "gitcore/ConventionalCommit.h"
#include "support/TestRepo.h"

#include <QTest>

using namespace gantry;

Q_DECLARE_METATYPE(gantry::CommitComposition)

/// CommitComposition: fields → the final message (checked against git's own cleanup and the
/// parser), message → fields again, and which field a lint finding's LINE:COL falls in.
class TestCommitComposition : public QObject
{
    Q_OBJECT

    static CommitComposition full()
    {
        CommitComposition c;
        c.type = QStringLiteral("feat");
        c.scope = QStringLiteral("api");
        c.subject = QStringLiteral("add the forecast endpoint");
        c.body = QStringLiteral("Serves seven days.\n\nCached for an hour.");
        c.breaking = true;
        c.breakingDescription = QStringLiteral("the /v1 routes are gone");
        c.footers = {{QStringLiteral("Refs"), QStringLiteral("#12")},
                     {QStringLiteral("Co-authored-by"), QStringLiteral("Chen Wei <chen.wei@skylark.example>")}};
        return c;
    }

private Q_SLOTS:
    void messageText_data()
    {
        QTest::addColumn<CommitComposition>("composition");
        QTest::addColumn<QString>("expected");
        CommitComposition c;
        QTest::newRow("empty") << c << QString();
        c.subject = QStringLiteral("just a subject");
        QTest::newRow("no type: subject only") << c << QStringLiteral("just a subject");
        c.type = QStringLiteral("fix");
        QTest::newRow("type") << c << QStringLiteral("fix: just a subject");
        c.scope = QStringLiteral(" parser ");
        QTest::newRow("scope trimmed") << c << QStringLiteral("fix(parser): just a subject");
        c.breaking = true;
        QTest::newRow("breaking without description") << c << QStringLiteral("fix(parser)!: just a subject");
        c.breakingDescription = QStringLiteral("CRLF is no longer accepted");
        QTest::newRow("breaking footer")
            << c << QStringLiteral("fix(parser)!: just a subject\n\nBREAKING CHANGE: CRLF is no longer accepted");
        c.body = QStringLiteral("\n\nLine one  \nline two\n\n\n");
        QTest::newRow("body trimmed")
            << c
            << QStringLiteral("fix(parser)!: just a subject\n\nLine one\nline two\n\nBREAKING CHANGE: CRLF is no longer accepted");
        c.breaking = false;
        c.footers = {{QStringLiteral("Closes"), QStringLiteral("#7")}, {QStringLiteral("Refs"), QStringLiteral("  ")},
                     {QStringLiteral("Signed-off-by"), QStringLiteral("Ada <ada@example.org>")}};
        QTest::newRow("footers, blank left out, # separator")
            << c
            << QStringLiteral("fix(parser): just a subject\n\nLine one\nline two\n\nCloses #7\nSigned-off-by: Ada <ada@example.org>");
        QTest::newRow("full") << full()
                              << QStringLiteral("feat(api)!: add the forecast endpoint\n\nServes seven days.\n\nCached for an hour."
                                                "\n\nBREAKING CHANGE: the /v1 routes are gone\nRefs #12\n"
                                                "Co-authored-by: Chen Wei <chen.wei@skylark.example>");
    }

    void messageText()
    {
        QFETCH(CommitComposition, composition);
        QFETCH(QString, expected);
        QCOMPARE(composition.message(), expected);
        QCOMPARE(composition.isEmpty(), expected.isEmpty());
    }

    void roundTripsThroughTheParser()
    {
        const CommitComposition c = full();
        const std::optional<CommitComposition> back = CommitComposition::fromMessage(c.message());
        QVERIFY(back);
        QCOMPARE(back->type, c.type);
        QCOMPARE(back->scope, c.scope);
        QCOMPARE(back->subject, c.subject);
        QCOMPARE(back->body, c.body);
        QVERIFY(back->breaking);
        QCOMPARE(back->breakingDescription, c.breakingDescription);
        QCOMPARE(back->footers, c.footers);
        QVERIFY(*back == c);
        QCOMPARE(back->message(), c.message());
        // The parser sees what the composer meant.
        const ConventionalCommit parsed = ConventionalCommit::parse(c.message());
        QVERIFY(parsed.isConventional() && parsed.isBreaking());
        QCOMPARE(parsed.footers().size(), 3);
        QVERIFY(CommitLinter().lint(c.message()).isEmpty());
    }

    void gitKeepsTheMessageAsComposed()
    {
        TestRepo repo;
        repo.write(QStringLiteral("a.txt"), "a\n");
        repo.git({QStringLiteral("add"), QStringLiteral("a.txt")});
        const QString message = full().message();
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--cleanup=default"),
                  QStringLiteral("-m"), message});
        QCOMPARE(QString::fromUtf8(repo.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")})),
                 message + QStringLiteral("\n\n"));
        const std::optional<CommitComposition> fromGit = CommitComposition::fromMessage(
            QString::fromUtf8(repo.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")})));
        QVERIFY(fromGit && *fromGit == full());
    }

    void parsesExistingMessages_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<QString>("composed");
        QTest::newRow("plain text") << "Update the readme" << false << "";
        QTest::newRow("merge") << "Merge branch 'feat/x' into develop" << false << "";
        QTest::newRow("revert") << "Revert \"feat: x\"\n\nThis reverts commit 1234567." << false << "";
        QTest::newRow("fixup") << "fixup! feat: x" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("comments only") << "# Please enter the commit message\n#\n" << false << "";
        QTest::newRow("bang, no footer") << "refactor(core)!: split Repository" << true << "refactor(core)!: split Repository";
        QTest::newRow("CRLF and comments")
            << "docs: explain setup\r\n\r\n# a comment\r\nRun make.\r\n" << true << "docs: explain setup\n\nRun make.";
        QTest::newRow("BREAKING-CHANGE token")
            << "feat: x\n\nBREAKING-CHANGE: y" << true << "feat!: x\n\nBREAKING CHANGE: y";
        QTest::newRow("multi-line footer value")
            << "fix: a\n\nbody\n\nRefs: one\n  two\nCloses #3" << true << "fix: a\n\nbody\n\nRefs: one\n  two\nCloses #3";
        // A commit.template's conventional parts: type and scope, subject still to write.
        QTest::newRow("template with a conventional header")
            << "chore(deps): \n\n# Explain why" << true << "chore(deps): ";
    }

    void parsesExistingMessages()
    {
        QFETCH(QString, message);
        QFETCH(bool, parses);
        QFETCH(QString, composed);
        const std::optional<CommitComposition> c = CommitComposition::fromMessage(message);
        QCOMPARE(bool(c), parses);
        if (c)
            QCOMPARE(c->message(), composed);
    }

    /// Every state the composer can be in either lacks something it names (no subject yet) or
    /// lints clean with @commitlint/config-conventional when the user broke no rule: the
    /// composer's own "type: " separator, an unticked breaking description or an empty footer
    /// row never make a finding.
    void incompleteStatesAreMissingNotWrong_data()
    {
        QTest::addColumn<CommitComposition>("composition");
        QTest::addColumn<int>("missing");
        CommitComposition c;
        QTest::newRow("empty") << c << int(CommitComposition::Missing::TypeAndSubject);
        c.body = QStringLiteral("Only a body.");
        QTest::newRow("body only") << c << int(CommitComposition::Missing::TypeAndSubject);
        c = {};
        c.footers = {{QStringLiteral("Refs"), QStringLiteral("#4")}};
        QTest::newRow("footer only") << c << int(CommitComposition::Missing::TypeAndSubject);
        c = {};
        c.type = QStringLiteral("feat");
        QTest::newRow("type only") << c << int(CommitComposition::Missing::Subject);
        c.scope = QStringLiteral("api");
        QTest::newRow("scope, no subject") << c << int(CommitComposition::Missing::Subject);
        c.breaking = true;
        QTest::newRow("breaking, no subject") << c << int(CommitComposition::Missing::Subject);
        c.subject = QStringLiteral("   ");
        QTest::newRow("blank subject") << c << int(CommitComposition::Missing::Subject);
        c.subject = QStringLiteral("drop the v1 routes");
        QTest::newRow("breaking without description") << c << int(CommitComposition::Missing::Nothing);
        c.breakingDescription = QStringLiteral("clients must call /v2");
        QTest::newRow("breaking with description") << c << int(CommitComposition::Missing::Nothing);
        c.body = QStringLiteral("Why.\n\n");
        c.footers = {{QStringLiteral("Closes"), QString()}, {QStringLiteral("Refs"), QStringLiteral("#12")}};
        QTest::newRow("body, an empty footer row, a footer") << c << int(CommitComposition::Missing::Nothing);
        c = {};
        c.type = QStringLiteral("fix");
        c.subject = QStringLiteral("trailing blanks   ");
        QTest::newRow("subject with trailing blanks") << c << int(CommitComposition::Missing::Nothing);
    }
    void incompleteStatesAreMissingNotWrong()
    {
        QFETCH(CommitComposition, composition);
        QFETCH(int, missing);
        QCOMPARE(int(composition.missing()), missing);
        const QList<LintFinding> findings = CommitLinter().lint(composition.message());
        if (missing == int(CommitComposition::Missing::Nothing)) {
            QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).toString()));
        } else if (missing == int(CommitComposition::Missing::Subject)) {
            // Why such a message must not be linted: the composer's own separator breaks header-trim.
            QStringList rules;
            for (const LintFinding &f : findings)
                rules.append(f.rule);
            QVERIFY2(rules.contains(QStringLiteral("header-trim")), qPrintable(rules.join(QLatin1Char(','))));
        }
    }

    void partAtMapsFindingsToFields()
    {
        CommitComposition c = full();
        // feat(api)!: add the forecast endpoint
        QCOMPARE(c.partAt(1, 1), CommitComposition::Part::Type);
        QCOMPARE(c.partAt(1, 4), CommitComposition::Part::Type);
        QCOMPARE(c.partAt(1, 5), CommitComposition::Part::Scope);
        QCOMPARE(c.partAt(1, 9), CommitComposition::Part::Scope);
        QCOMPARE(c.partAt(1, 13), CommitComposition::Part::Subject);
        QCOMPARE(c.partAt(2, 1), CommitComposition::Part::None);
        QCOMPARE(c.partAt(3, 1), CommitComposition::Part::Body);
        QCOMPARE(c.partAt(5, 1), CommitComposition::Part::Body);
        QCOMPARE(c.partAt(7, 1), CommitComposition::Part::BreakingDescription);
        int footer = -1;
        QCOMPARE(c.partAt(9, 1, &footer), CommitComposition::Part::Footer);
        QCOMPARE(footer, 1);
        QCOMPARE(c.partAt(10, 1), CommitComposition::Part::None);
        QCOMPARE(c.partAt(0, 1), CommitComposition::Part::None);

        // The linter's findings land on the field that caused them.
        c.type = QStringLiteral("Feature");
        c.subject = QStringLiteral("Add it.");
        const QList<LintFinding> findings = CommitLinter().lint(c.message());
        QVERIFY(!findings.isEmpty());
        QSet<CommitComposition::Part> parts;
        for (const LintFinding &f : findings)
            parts.insert(c.partAt(f.line, f.column));
        QVERIFY2(parts.contains(CommitComposition::Part::Type), qPrintable(findings.first().toString()));
        QVERIFY(parts.contains(CommitComposition::Part::Subject));
    }
};

QTEST_GUILESS_MAIN(TestCommitComposition)
#include "tst_commitcomposition.moc"
