#include "gitcore/CommitWriter.h"
#include "gitcore/Repository.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace gantry;

namespace {

const QString kDate = QStringLiteral("@1800000000 +0130");

/// The environment both git and CommitWriter commit with: same dates, so the same ids.
QProcessEnvironment fixedEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_DATE"), kDate);
    env.insert(QStringLiteral("GIT_COMMITTER_DATE"), kDate);
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    return env;
}

/// Runs git in `dir` with the fixed environment; fails the test on a non-zero exit.
QByteArray gitAt(const QString &dir, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(fixedEnvironment());
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), args);
    p.waitForFinished(60000);
    const QByteArray out = p.readAllStandardOutput();
    if (exitCode)
        *exitCode = p.exitCode();
    else if (p.exitCode() != 0)
        QTest::qFail(qPrintable(QStringLiteral("git %1 failed: %2").arg(args.join(QLatin1Char(' ')),
                                                                        QString::fromUtf8(p.readAllStandardError()))),
                     __FILE__, __LINE__);
    return out;
}

using testkit::copyRepo;

Result<CommitOutcome> commitWith(const QString &dir, CommitRequest request, QString *hookOutput = nullptr)
{
    auto repo = Repository::open(dir);
    if (!repo)
        return repo.error();
    request.environment = fixedEnvironment();
    CommitWriter writer(*repo);
    auto outcome = writer.commit(request);
    if (hookOutput && writer.failedHook())
        *hookOutput = QString::fromUtf8(writer.failedHook()->output);
    return outcome;
}

QString head(const QString &dir)
{
    return QString::fromUtf8(gitAt(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})).trimmed();
}

QString reflogSubject(const QString &dir, const QString &ref)
{
    return QString::fromUtf8(gitAt(dir, {QStringLiteral("reflog"), QStringLiteral("-1"), QStringLiteral("--format=%gs"), ref}))
        .trimmed();
}

} // namespace

/// CommitWriter against git: the same index, message, identity and dates must give the same
/// commit id, the same reflog entries and the same state afterwards.
class TestCommitWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalCommitMatchesGit()
    {
        TestRepo viaGit;
        viaGit.commitFile(QStringLiteral("a.txt"), "one\n", QStringLiteral("first"));
        viaGit.write(QStringLiteral("a.txt"), "two\n");
        viaGit.write(QStringLiteral("dir/b.txt"), "bee\n");
        viaGit.git({QStringLiteral("add"), QStringLiteral("-A")});
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);

        gitAt(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                              QStringLiteral("Change a"), QStringLiteral("-m"), QStringLiteral("Details here.")});
        CommitRequest request;
        request.message = CommitMessage::fromParagraphs({QStringLiteral("Change a"), QStringLiteral("Details here.")});
        auto outcome = commitWith(viaGantry.path(), request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));

        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
        QCOMPARE(head(viaGantry.path()), head(viaGit.path()));
        QCOMPARE(outcome->branch, QStringLiteral("main"));
        QCOMPARE(outcome->subject, QStringLiteral("Change a"));
        QVERIFY(!outcome->rootCommit);
        QCOMPARE(outcome->summaryLine(), QStringLiteral("[main %1] Change a").arg(head(viaGit.path()).left(7)));
        QCOMPARE(reflogSubject(viaGantry.path(), QStringLiteral("main")), reflogSubject(viaGit.path(), QStringLiteral("main")));
        QCOMPARE(reflogSubject(viaGantry.path(), QStringLiteral("HEAD")), reflogSubject(viaGit.path(), QStringLiteral("HEAD")));
        QCOMPARE(reflogSubject(viaGantry.path(), QStringLiteral("HEAD")), QStringLiteral("commit: Change a"));
        QCOMPARE(viaGantry.git({QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
    }

    void unbornBranchMatchesGit()
    {
        TestRepo viaGit;
        viaGit.write(QStringLiteral("readme"), "hello\n");
        viaGit.git({QStringLiteral("add"), QStringLiteral("readme")});
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);

        gitAt(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Initial")});
        CommitRequest request;
        request.message = QStringLiteral("Initial");
        auto outcome = commitWith(viaGantry.path(), request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
        QVERIFY(outcome->rootCommit);
        QVERIFY(outcome->summaryLine().startsWith(QStringLiteral("[main (root-commit) ")));
        QCOMPARE(viaGantry.revParse(QStringLiteral("refs/heads/main")), head(viaGit.path()));
        QCOMPARE(reflogSubject(viaGantry.path(), QStringLiteral("main")), QStringLiteral("commit (initial): Initial"));
        QCOMPARE(reflogSubject(viaGantry.path(), QStringLiteral("HEAD")), reflogSubject(viaGit.path(), QStringLiteral("HEAD")));
    }

    void amendMatchesGit_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("new message") << QStringLiteral("Reworded\n\nwith a body\n");
        QTest::newRow("keep message") << QString();
    }

    void amendMatchesGit()
    {
        QFETCH(QString, message);
        TestRepo viaGit;
        viaGit.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
        viaGit.commitFile(QStringLiteral("a"), "2\n", QStringLiteral("to amend\n\nold body"));
        viaGit.write(QStringLiteral("b"), "extra\n");
        viaGit.git({QStringLiteral("add"), QStringLiteral("b")});
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);

        QStringList args = {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--amend")};
        if (message.isEmpty())
            args << QStringLiteral("--no-edit");
        else
            args << QStringLiteral("-m") << message;
        gitAt(viaGit.path(), args);
        CommitRequest request;
        request.amend = true;
        request.message = message;
        auto outcome = commitWith(viaGantry.path(), request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
        QVERIFY(outcome->amended);
        // The author (and its date) survive the amend; only the committer is new.
        QCOMPARE(viaGantry.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ad %cd"),
                                QStringLiteral("--date=raw")}),
                 gitAt(viaGit.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ad %cd"),
                                       QStringLiteral("--date=raw")}));
        QCOMPARE(reflogSubject(viaGantry.path(), QStringLiteral("HEAD")), reflogSubject(viaGit.path(), QStringLiteral("HEAD")));
        QVERIFY(reflogSubject(viaGantry.path(), QStringLiteral("HEAD")).startsWith(QStringLiteral("commit (amend): ")));
    }

    void amendResetAuthorMatchesGit()
    {
        TestRepo viaGit;
        viaGit.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);
        gitAt(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--amend"),
                              QStringLiteral("--reset-author"), QStringLiteral("--no-edit")});
        CommitRequest request;
        request.amend = true;
        request.resetAuthor = true;
        auto outcome = commitWith(viaGantry.path(), request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
    }

    void signoffMatchesGit_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("subject only") << QStringLiteral("Fix the thing");
        QTest::newRow("with body") << QStringLiteral("Fix\n\nBecause it was broken.\n");
        QTest::newRow("ends with trailers") << QStringLiteral("Fix\n\nBody.\n\nReviewed-by: Someone <s@x.org>\n");
        QTest::newRow("already signed last")
            << QStringLiteral("Fix\n\nBody.\n\nSigned-off-by: Gantry Test <test@gantry.invalid>\n");
        QTest::newRow("signed, not last")
            << QStringLiteral("Fix\n\nSigned-off-by: Gantry Test <test@gantry.invalid>\nAcked-by: B <b@x>\n");
        QTest::newRow("trailer-like body line") << QStringLiteral("Fix\n\nNote: this is prose, not a trailer\nreally.");
    }

    void signoffMatchesGit()
    {
        QFETCH(QString, message);
        TestRepo viaGit;
        viaGit.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
        viaGit.write(QStringLiteral("a"), "2\n");
        viaGit.git({QStringLiteral("add"), QStringLiteral("a")});
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);
        gitAt(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-s"), QStringLiteral("-m"), message});
        CommitRequest request;
        request.message = message;
        request.signoff = true;
        auto outcome = commitWith(viaGantry.path(), request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(viaGantry.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")}),
                 viaGit.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")}));
        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
    }

    void mergeMatchesGit()
    {
        TestRepo viaGit;
        viaGit.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
        viaGit.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("topic")});
        viaGit.commitFile(QStringLiteral("b"), "topic\n", QStringLiteral("topic work"));
        viaGit.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        viaGit.commitFile(QStringLiteral("c"), "main\n", QStringLiteral("main work"));
        viaGit.git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("--no-commit"),
                    QStringLiteral("topic")});
        QVERIFY(QFile::exists(viaGit.filePath(QStringLiteral(".git/MERGE_HEAD"))));
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);

        gitAt(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--no-edit")});
        CommitRequest request; // no message: MERGE_MSG, as git commit --no-edit
        auto outcome = commitWith(viaGantry.path(), request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
        QCOMPARE(viaGantry.git({QStringLiteral("rev-list"), QStringLiteral("--parents"), QStringLiteral("-1"), QStringLiteral("HEAD")}),
                 viaGit.git({QStringLiteral("rev-list"), QStringLiteral("--parents"), QStringLiteral("-1"), QStringLiteral("HEAD")}));
        for (const char *name : {"MERGE_HEAD", "MERGE_MSG", "MERGE_MODE"})
            QVERIFY2(!QFile::exists(viaGantry.filePath(QStringLiteral(".git/") + QLatin1String(name))), name);
        QCOMPARE(reflogSubject(viaGantry.path(), QStringLiteral("HEAD")), reflogSubject(viaGit.path(), QStringLiteral("HEAD")));
        auto repo = Repository::open(viaGantry.path());
        QVERIFY(repo.ok());
        QVERIFY(repo->state() == RepositoryState::Clean);
    }

    void concludingCherryPickMatchesGit()
    {
        TestRepo viaGit;
        viaGit.commitFile(QStringLiteral("a"), "base\n", QStringLiteral("base"));
        viaGit.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("other")});
        QProcess authored;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Original Author"));
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("orig@example.org"));
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), QStringLiteral("@1600000000 -0300"));
        authored.setProcessEnvironment(env);
        authored.setWorkingDirectory(viaGit.path());
        viaGit.write(QStringLiteral("a"), "other\n");
        authored.start(QStringLiteral("git"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                                                QStringLiteral("picked change")});
        QVERIFY(authored.waitForFinished(60000));
        QCOMPARE(authored.exitCode(), 0);
        viaGit.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        viaGit.commitFile(QStringLiteral("a"), "main\n", QStringLiteral("main change"));
        viaGit.git({QStringLiteral("cherry-pick"), QStringLiteral("other")}, true);
        QVERIFY(QFile::exists(viaGit.filePath(QStringLiteral(".git/CHERRY_PICK_HEAD"))));
        viaGit.write(QStringLiteral("a"), "resolved\n");
        viaGit.git({QStringLiteral("add"), QStringLiteral("a")});
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);

        gitAt(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--no-edit")});
        auto outcome = commitWith(viaGantry.path(), CommitRequest());
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(viaGantry.git({QStringLiteral("cat-file"), QStringLiteral("commit"), QStringLiteral("HEAD")}),
                 viaGit.git({QStringLiteral("cat-file"), QStringLiteral("commit"), QStringLiteral("HEAD")}));
        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
        QCOMPARE(reflogSubject(viaGantry.path(), QStringLiteral("HEAD")), reflogSubject(viaGit.path(), QStringLiteral("HEAD")));
        QVERIFY(!QFile::exists(viaGantry.filePath(QStringLiteral(".git/CHERRY_PICK_HEAD"))));
    }

    void refusesEmptyCommit()
    {
        TestRepo repo;
        const QString before = repo.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
        CommitRequest request;
        request.message = QStringLiteral("nothing");
        auto outcome = commitWith(repo.path(), request);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.errorMessage().contains(QStringLiteral("nothing to commit")), qPrintable(outcome.errorMessage()));
        QCOMPARE(repo.revParse(QStringLiteral("HEAD")), before);
        // git refuses the same commit.
        int exitCode = 0;
        gitAt(repo.path(), {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("nothing")}, &exitCode);
        QVERIFY(exitCode != 0);
    }

    void allowEmptyMatchesGit()
    {
        TestRepo viaGit;
        viaGit.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);
        gitAt(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                              QStringLiteral("-m"), QStringLiteral("empty")});
        CommitRequest request;
        request.message = QStringLiteral("empty");
        request.allowEmpty = true;
        auto outcome = commitWith(viaGantry.path(), request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
    }

    void refusesToSkipRequiredSigning()
    {
        TestRepo repo;
        repo.write(QStringLiteral("a"), "1\n");
        repo.git({QStringLiteral("add"), QStringLiteral("a")});
        repo.git({QStringLiteral("config"), QStringLiteral("commit.gpgSign"), QStringLiteral("true")});
        CommitRequest request;
        request.message = QStringLiteral("must be signed");
        auto outcome = commitWith(repo.path(), request);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.errorMessage().contains(QStringLiteral("commit.gpgSign")), qPrintable(outcome.errorMessage()));
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok() && r->isHeadUnborn());
    }

    void refusesEmptyMessage()
    {
        TestRepo repo;
        repo.write(QStringLiteral("a"), "1\n");
        repo.git({QStringLiteral("add"), QStringLiteral("a")});
        CommitRequest request;
        request.message = QStringLiteral("\n   \n# only a comment\n");
        request.editedInteractively = true;
        auto outcome = commitWith(repo.path(), request);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.errorMessage(), QStringLiteral("Aborting commit due to empty commit message."));
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok() && r->isHeadUnborn());
    }

    void interactiveMessageStripsComments()
    {
        TestRepo viaGit;
        viaGit.write(QStringLiteral("a"), "1\n");
        viaGit.git({QStringLiteral("add"), QStringLiteral("a")});
        viaGit.git({QStringLiteral("config"), QStringLiteral("core.commentChar"), QStringLiteral(";")});
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);
        const QByteArray message = "Subject  \n\n; a comment\n# not a comment here\n\n\nBody\n";
        viaGit.write(QStringLiteral("msg.txt"), message);
        // git with an editor that leaves the message as it is: the "default" cleanup strips comments.
        QProcess p;
        QProcessEnvironment env = fixedEnvironment();
        env.insert(QStringLiteral("GIT_EDITOR"), QStringLiteral("true"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(viaGit.path());
        p.start(QStringLiteral("git"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-e"),
                                         QStringLiteral("-F"), QStringLiteral("msg.txt")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        CommitRequest request;
        request.message = QString::fromUtf8(message);
        request.editedInteractively = true;
        auto outcome = commitWith(viaGantry.path(), request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
    }

    void detachedHeadMatchesGit()
    {
        TestRepo viaGit;
        const QString first = viaGit.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("one"));
        viaGit.commitFile(QStringLiteral("a"), "2\n", QStringLiteral("two"));
        viaGit.git({QStringLiteral("checkout"), QStringLiteral("-q"), first});
        viaGit.write(QStringLiteral("a"), "3\n");
        viaGit.git({QStringLiteral("add"), QStringLiteral("a")});
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);
        gitAt(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("detached")});
        CommitRequest request;
        request.message = QStringLiteral("detached");
        auto outcome = commitWith(viaGantry.path(), request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
        QVERIFY(outcome->branch.isEmpty());
        QVERIFY(outcome->summaryLine().startsWith(QStringLiteral("[detached HEAD ")));
        QCOMPARE(viaGantry.revParse(QStringLiteral("main")), viaGit.revParse(QStringLiteral("main")));
    }

    void identityFromEnvironmentAndConfigMatchesGit_data()
    {
        QTest::addColumn<QStringList>("variables"); // NAME=value pairs
        QTest::addColumn<QString>("authorConfig");
        QTest::newRow("raw date") << QStringList{QStringLiteral("GIT_AUTHOR_DATE=1112904793 -0700")} << QString();
        QTest::newRow("iso date") << QStringList{QStringLiteral("GIT_AUTHOR_DATE=2005-04-07T22:13:13+02:00")} << QString();
        QTest::newRow("rfc2822 date") << QStringList{QStringLiteral("GIT_AUTHOR_DATE=Thu, 07 Apr 2005 22:13:13 +0200")} << QString();
        QTest::newRow("crud in name") << QStringList{QStringLiteral("GIT_AUTHOR_NAME= .Fo<o>. ;"),
                                                     QStringLiteral("GIT_AUTHOR_EMAIL= <a@b.c> ")}
                                      << QString();
        QTest::newRow("committer from env") << QStringList{QStringLiteral("GIT_COMMITTER_NAME=Robot"),
                                                           QStringLiteral("GIT_COMMITTER_EMAIL=robot@ci")}
                                            << QString();
        QTest::newRow("author.name config") << QStringList{} << QStringLiteral("Config Author");
    }

    void identityFromEnvironmentAndConfigMatchesGit()
    {
        QFETCH(QStringList, variables);
        QFETCH(QString, authorConfig);
        TestRepo viaGit;
        viaGit.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
        if (!authorConfig.isEmpty())
            viaGit.git({QStringLiteral("config"), QStringLiteral("author.name"), authorConfig});
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);
        QProcessEnvironment env = fixedEnvironment();
        for (const QString &v : variables)
            env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(viaGit.path());
        p.start(QStringLiteral("git"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                                         QStringLiteral("-m"), QStringLiteral("who")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);

        auto repo = Repository::open(viaGantry.path());
        QVERIFY(repo.ok());
        CommitRequest request;
        request.message = QStringLiteral("who");
        request.allowEmpty = true;
        request.environment = env;
        CommitWriter writer(*repo);
        auto outcome = writer.commit(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(viaGantry.git({QStringLiteral("cat-file"), QStringLiteral("commit"), QStringLiteral("HEAD")}),
                 viaGit.git({QStringLiteral("cat-file"), QStringLiteral("commit"), QStringLiteral("HEAD")}));
        QCOMPARE(outcome->id.toString(), head(viaGit.path()));
    }

    void invalidDateIsRefused()
    {
        TestRepo repo;
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        QProcessEnvironment env = fixedEnvironment();
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), QStringLiteral("bogus"));
        auto who = Identity::resolve(*r, Identity::Role::Author, env);
        QVERIFY(!who.ok());
        QCOMPARE(who.errorMessage(), QStringLiteral("invalid date format: bogus"));
    }

    void refusesUnmergedIndex()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a"), "base\n", QStringLiteral("base"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("other")});
        repo.commitFile(QStringLiteral("a"), "other\n", QStringLiteral("other"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        repo.commitFile(QStringLiteral("a"), "main\n", QStringLiteral("main"));
        repo.git({QStringLiteral("merge"), QStringLiteral("other")}, true);
        const QString before = repo.revParse(QStringLiteral("HEAD"));
        CommitRequest request;
        request.message = QStringLiteral("merge");
        auto outcome = commitWith(repo.path(), request);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.errorMessage().contains(QStringLiteral("unmerged")), qPrintable(outcome.errorMessage()));
        QCOMPARE(repo.revParse(QStringLiteral("HEAD")), before);
    }
};

QTEST_GUILESS_MAIN(TestCommitWriter)
#include "tst_commitwriter.moc"
