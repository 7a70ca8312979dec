#include "gitcore/CommitMessage.h"
#include "gitcore/Repository.h"
#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace gantry;

namespace {

/// The message of HEAD exactly as stored in the commit object.
QByteArray storedMessage(const TestRepo &repo)
{
    const QByteArray raw = repo.git({QStringLiteral("cat-file"), QStringLiteral("commit"), QStringLiteral("HEAD")});
    const qsizetype split = raw.indexOf("\n\n");
    return split < 0 ? QByteArray() : raw.mid(split + 2);
}

/// Runs git commit with a no-op editor (so git applies its "edited" rules) on `message`.
int commitWithEditor(const TestRepo &repo, const QStringList &extraArgs, const QByteArray &message)
{
    repo.write(QStringLiteral(".git/gantry-msg-input.txt"), message);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_EDITOR"), QStringLiteral("true"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(repo.path());
    p.start(QStringLiteral("git"), QStringList{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                                               QStringLiteral("-e"), QStringLiteral("-F"),
                                               repo.filePath(QStringLiteral(".git/gantry-msg-input.txt"))}
                                       + extraArgs);
    p.waitForFinished(60000);
    QFile::remove(repo.filePath(QStringLiteral(".git/gantry-msg-input.txt")));
    return p.exitCode();
}

const QByteArray kTricky = "\n\n  Subject with trailing space   \n\n\n# a comment line\nbody line\t\n"
                           " indented line\n\n\n\n#also comment\n; semicolon line\n"
                           "# ------------------------ >8 ------------------------\nafter the cut\n\n\n";

} // namespace

/// Message cleanup, paragraphs, sign-off, templates and the empty check, compared with git.
class TestCommitMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stripSpaceMatchesGit_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("tricky") << kTricky;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines only") << QByteArray("\n \n\t\n");
        QTest::newRow("no final newline") << QByteArray("a\n\n\nb");
        QTest::newRow("crlf") << QByteArray("a\r\n\r\nb\r\n");
        QTest::newRow("comment first") << QByteArray("# c\nreal\n# d\n\n\nmore\n");
        QTest::newRow("unicode") << QByteArray("Ünïcödé   \n\n\n→ arrow\n");
    }

    void stripSpaceMatchesGit()
    {
        QFETCH(QByteArray, input);
        TestRepo repo;
        const QString text = QString::fromUtf8(input);
        QCOMPARE(CommitMessage::stripSpace(text, false).toUtf8(), repo.gitWithInput({QStringLiteral("stripspace")}, input));
        QCOMPARE(CommitMessage::stripSpace(text, true).toUtf8(),
                 repo.gitWithInput({QStringLiteral("stripspace"), QStringLiteral("--strip-comments")}, input));
        repo.git({QStringLiteral("config"), QStringLiteral("core.commentChar"), QStringLiteral(";")});
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        QCOMPARE(CommitMessage::commentChar(*r), QLatin1Char(';'));
        QCOMPARE(CommitMessage::stripSpace(text, true, QLatin1Char(';')).toUtf8(),
                 repo.gitWithInput({QStringLiteral("stripspace"), QStringLiteral("--strip-comments")}, input));
    }

    void cleanupModesMatchGitCommit_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("edited");
        for (const char *mode : {"default", "strip", "whitespace", "verbatim", "scissors"})
            QTest::addRow("%s -m", mode) << QString::fromLatin1(mode) << false;
        // With an editor, whitespace and verbatim keep git's own help text: nothing to compare.
        for (const char *mode : {"default", "strip", "scissors"})
            QTest::addRow("%s edited", mode) << QString::fromLatin1(mode) << true;
    }

    void cleanupModesMatchGitCommit()
    {
        QFETCH(QString, mode);
        QFETCH(bool, edited);
        TestRepo repo;
        const auto parsed = CommitMessage::parseCleanupMode(mode);
        QVERIFY(parsed.has_value());
        const CleanupMode effective = CommitMessage::effectiveMode(*parsed, edited);
        // What CommitWriter does: -m text completed as a paragraph, whitespace-cleaned unless
        // verbatim, then the mode's cleanup.
        QString input = edited ? QString::fromUtf8(kTricky) : CommitMessage::fromParagraphs({QString::fromUtf8(kTricky)});
        if (effective != CleanupMode::Verbatim)
            input = CommitMessage::stripSpace(input, false);
        const QString expected = CommitMessage::cleanup(input, effective);

        if (edited) {
            QCOMPARE(commitWithEditor(repo, {QStringLiteral("--cleanup=") + mode}, kTricky), 0);
        } else {
            repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                      QStringLiteral("--cleanup=") + mode, QStringLiteral("-m"), QString::fromUtf8(kTricky)});
        }
        QCOMPARE(storedMessage(repo), expected.toUtf8());
    }

    void configuredCleanupMode()
    {
        TestRepo repo;
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        QVERIFY(CommitMessage::configuredCleanupMode(*r) == CleanupMode::Default);
        repo.git({QStringLiteral("config"), QStringLiteral("commit.cleanup"), QStringLiteral("verbatim")});
        QVERIFY(CommitMessage::configuredCleanupMode(*r) == CleanupMode::Verbatim);
        QVERIFY(!CommitMessage::parseCleanupMode(QStringLiteral("bogus")).has_value());
    }

    void paragraphsMatchGit()
    {
        TestRepo repo;
        const QStringList parts = {QStringLiteral("Subject"), QStringLiteral("Second\nparagraph\n"), QStringLiteral("Third")};
        QStringList args = {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                            QStringLiteral("--cleanup=verbatim")};
        for (const QString &p : parts)
            args << QStringLiteral("-m") << p;
        repo.git(args);
        QCOMPARE(storedMessage(repo), CommitMessage::fromParagraphs(parts).toUtf8());
    }

    void signoffOnlyMessageIsEmptyLikeGit()
    {
        TestRepo repo;
        const QString message = QStringLiteral("Signed-off-by: A <a@x>\n");
        QVERIFY(CommitMessage::isEmpty(message, CleanupMode::Whitespace));
        QVERIFY(!CommitMessage::isEmpty(QStringLiteral("x\n"), CleanupMode::Whitespace));
        QVERIFY(CommitMessage::isEmpty(QStringLiteral("# c\n\n"), CleanupMode::Strip));
        QVERIFY(!CommitMessage::isEmpty(QStringLiteral("# c\n\n"), CleanupMode::Whitespace));
        repo.git({QStringLiteral("commit"), QStringLiteral("--allow-empty"), QStringLiteral("-m"), message}, true);
        QVERIFY(repo.lastExitCode() != 0);
        QVERIFY(repo.lastStderr().contains("Aborting commit due to empty commit message."));
        QCOMPARE(CommitMessage::emptyMessageError(), QStringLiteral("Aborting commit due to empty commit message."));
    }

    void signoffPlacement_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        const QString sob = QStringLiteral("Signed-off-by: A <a@x>\n");
        QTest::newRow("subject") << QStringLiteral("Fix\n") << QStringLiteral("Fix\n\n") + sob;
        QTest::newRow("no newline") << QStringLiteral("Fix") << QStringLiteral("Fix\n\n") + sob;
        QTest::newRow("trailer block") << QStringLiteral("Fix\n\nAcked-by: B <b@x>\n")
                                       << QStringLiteral("Fix\n\nAcked-by: B <b@x>\n") + sob;
        QTest::newRow("same sob last") << QStringLiteral("Fix\n\n") + sob << QStringLiteral("Fix\n\n") + sob;
        QTest::newRow("subject looks like trailer") << QStringLiteral("Fix: thing\n")
                                                    << QStringLiteral("Fix: thing\n\n") + sob;
        QTest::newRow("trailing comments") << QStringLiteral("Fix\n\n# comment\n")
                                           << QStringLiteral("Fix\n\n") + sob + QStringLiteral("\n# comment\n");
    }

    void signoffPlacement()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QCOMPARE(CommitMessage::addSignoff(message, QStringLiteral("A <a@x>")), expected);
    }

    void signoffMatchesGitInterpretation()
    {
        // git commit -s on the same texts (whitespace cleanup) gives the same message.
        TestRepo repo;
        for (const QString &message : {QStringLiteral("Fix: thing"), QStringLiteral("Fix\n\nAcked-by: B <b@x>"),
                                       QStringLiteral("Fix\n\nCloses #12\nSee-also: foo")}) {
            repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-s"),
                      QStringLiteral("-m"), message});
            const QString prepared = CommitMessage::stripSpace(CommitMessage::fromParagraphs({message}), false);
            const QString expected = CommitMessage::cleanup(
                CommitMessage::addSignoff(prepared, QStringLiteral("Gantry Test <test@gantry.invalid>")),
                CleanupMode::Whitespace);
            QCOMPARE(QString::fromUtf8(storedMessage(repo)), expected);
        }
    }

    void templateRelativeAndHome()
    {
        TestRepo repo;
        repo.write(QStringLiteral("docs/commit-template.txt"), "Area: summary\n\n# Why?\n");
        repo.git({QStringLiteral("config"), QStringLiteral("commit.template"), QStringLiteral("docs/commit-template.txt")});
        auto r = Repository::open(repo.filePath(QStringLiteral("docs")));
        QVERIFY(r.ok());
        auto text = CommitMessage::readTemplate(*r);
        QVERIFY2(text.ok(), qPrintable(text.errorMessage()));
        QCOMPARE(*text, QStringLiteral("Area: summary\n\n# Why?\n"));

        const QString homeFile = QStringLiteral(".gantry-tst-commitmessage-template");
        QFile f(QDir::homePath() + QLatin1Char('/') + homeFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from home\n");
        f.close();
        repo.git({QStringLiteral("config"), QStringLiteral("commit.template"), QStringLiteral("~/") + homeFile});
        auto fromHome = CommitMessage::readTemplate(*r);
        f.remove();
        QVERIFY2(fromHome.ok(), qPrintable(fromHome.errorMessage()));
        QCOMPARE(*fromHome, QStringLiteral("from home\n"));

        repo.git({QStringLiteral("config"), QStringLiteral("commit.template"), QStringLiteral("missing.txt")});
        auto missing = CommitMessage::readTemplate(*r);
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("missing.txt")));
    }

    void subject()
    {
        QCOMPARE(CommitMessage::subject(QStringLiteral("one\n\ntwo\n")), QStringLiteral("one"));
        QCOMPARE(CommitMessage::subject(QStringLiteral("only")), QStringLiteral("only"));
    }
};

QTEST_GUILESS_MAIN(TestCommitMessage)
#include "tst_commitmessage.moc"
