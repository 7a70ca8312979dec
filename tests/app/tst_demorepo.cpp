#include "support/TestRepo.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// scripts/make-demo-repo builds the repository the README and screenshots show: checks its
/// structure with the git CLI, and that a second run gives the same commits.
class TestDemoRepo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_repo;
    int m_lastExit = 0;

    static QString script()
    {
        return qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/scripts/make-demo-repo");
    }

    static bool makeDemo(const QString &dir, QByteArray *errors)
    {
        QProcess p;
        p.start(script(), {dir});
        if (!p.waitForFinished(300000))
            return false;
        *errors = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QByteArray git(const QStringList &args, const QString &repo = {})
    {
        QProcess p;
        p.setWorkingDirectory(repo.isEmpty() ? m_repo : repo);
        p.start(QStringLiteral("git"), args);
        p.waitForFinished(60000);
        m_lastExit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (p.exitCode() != 0)
            qWarning() << "git" << args << p.readAllStandardError();
        return p.readAllStandardOutput();
    }

    QStringList lines(const QStringList &args)
    {
        return QString::fromUtf8(git(args)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo(script()).isExecutable());
        m_repo = m_root.filePath(QStringLiteral("demo"));
        QByteArray errors;
        QVERIFY2(makeDemo(m_repo, &errors), errors.constData());
    }

    void historyIsLargeAndByManyAuthors()
    {
        const int commits = git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("--all")}).trimmed().toInt();
        QVERIFY2(commits >= 50 && commits <= 80, qPrintable(QString::number(commits)));
        const QStringList authors = lines({QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("--format=%an")});
        QVERIFY(QSet<QString>(authors.begin(), authors.end()).size() >= 4);
        const int merges = git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("--merges"),
                                QStringLiteral("--all")}).trimmed().toInt();
        QVERIFY(merges >= 8);
    }

    void messagesAreConventionalCommits()
    {
        const QRegularExpression conventional(QStringLiteral(
            R"(^(feat|fix|docs|test|ci|build|chore|refactor|perf|wip)(\([a-z0-9-]+\))?: .+|^Merge branch '.+'.*)"));
        const QStringList subjects = lines({QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("--format=%s")});
        for (const QString &subject : subjects)
            QVERIFY2(conventional.match(subject).hasMatch(), qPrintable(subject));
    }

    void releasesAreAnnotatedTagsOnMain()
    {
        const QStringList tags = lines({QStringLiteral("tag"), QStringLiteral("--sort=v:refname")});
        QCOMPARE(tags.first(), QStringLiteral("v0.1.0"));
        QCOMPARE(tags.last(), QStringLiteral("v1.2.0"));
        QVERIFY(tags.size() >= 5);
        for (const QString &tag : tags) {
            QCOMPARE(git({QStringLiteral("cat-file"), QStringLiteral("-t"), tag}).trimmed(), QByteArray("tag"));
            // Every release is reachable from main, and v1.2.0 is a merge commit there.
            git({QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), tag, QStringLiteral("main")});
            QVERIFY2(m_lastExit == 0, qPrintable(tag));
        }
        QCOMPARE(lines({QStringLiteral("branch"), QStringLiteral("--contains"), QStringLiteral("v1.0.1"),
                        QStringLiteral("--format=%(refname:short)")}).contains(QStringLiteral("main")), true);
        QCOMPARE(lines({QStringLiteral("rev-list"), QStringLiteral("--parents"), QStringLiteral("-n1"),
                        QStringLiteral("v1.2.0^{commit}")}).first().split(QLatin1Char(' ')).size(), 3);
    }

    void hotfixIsMergedIntoMainAndDevelop()
    {
        const QStringList merges = lines({QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("--merges"),
                                          QStringLiteral("--format=%s")});
        QVERIFY(merges.contains(QStringLiteral("Merge branch 'hotfix/1.0.1'")));
        QVERIFY(merges.contains(QStringLiteral("Merge branch 'hotfix/1.0.1' into develop")));
        QVERIFY(merges.filter(QRegularExpression(QStringLiteral("^Merge branch 'feature/.+' into develop$"))).size() >= 5);
    }

    void environmentBranchesPointAtDifferentCommits()
    {
        QSet<QString> targets;
        for (const char *env : {"env/development", "env/test", "env/staging", "env/production"})
            targets.insert(QString::fromUtf8(git({QStringLiteral("rev-parse"), QString::fromLatin1(env)}).trimmed()));
        QCOMPARE(targets.size(), 4);
        QCOMPARE(git({QStringLiteral("rev-parse"), QStringLiteral("env/production")}),
                 git({QStringLiteral("rev-parse"), QStringLiteral("v1.0.0^{commit}")}));
    }

    void featureBranchIsUnmerged()
    {
        const QStringList unmerged = lines({QStringLiteral("branch"), QStringLiteral("--no-merged"), QStringLiteral("main"),
                                            QStringLiteral("--format=%(refname:short)")});
        QVERIFY(unmerged.contains(QStringLiteral("feature/dark-mode")));
        QVERIFY(unmerged.contains(QStringLiteral("develop")));
    }

    void workflowHasJobsWithNeedsMatrixAndEnvironments()
    {
        const QByteArray ci = git({QStringLiteral("show"), QStringLiteral("main:.github/workflows/ci.yml")});
        for (const char *needle : {"jobs:", "  build:", "  test:", "    needs: build", "matrix:", "deploy-production:",
                                   "environment:", "name: staging", "name: production"})
            QVERIFY2(ci.contains(needle), needle);
    }

    void workingTreeHasStagedModifiedAndUntrackedFiles()
    {
        QCOMPARE(git({QStringLiteral("symbolic-ref"), QStringLiteral("--short"), QStringLiteral("HEAD")}).trimmed(),
                 QByteArray("main"));
        const QByteArray status = git({QStringLiteral("status"), QStringLiteral("--porcelain")});
        QVERIFY2(status.contains("M  README.md\n"), status.constData());
        QVERIFY2(status.contains(" M skylark/cache.py\n"), status.constData());
        QVERIFY2(status.contains("?? notes/\n"), status.constData());
    }

    void secondRunGivesTheSameCommits()
    {
        const QString again = m_root.filePath(QStringLiteral("again"));
        QByteArray errors;
        QVERIFY2(makeDemo(again, &errors), errors.constData());
        const QStringList args{QStringLiteral("for-each-ref"), QStringLiteral("--format=%(objectname) %(refname)")};
        QCOMPARE(git(args, again), git(args));
    }

    void refusesAFolderThatIsNotEmpty()
    {
        QByteArray errors;
        QVERIFY(!makeDemo(m_repo, &errors));
        QVERIFY(errors.contains("not empty"));
    }
};

QTEST_GUILESS_MAIN(TestDemoRepo)
#include "tst_demorepo.moc"
