#include "gitcore/HistorySearch.h"
#include "gitcore/LibGit2.h"
#include "gitcore/Repository.h"
#include "support/TestRepo.h"

#include <QSignalSpy>
#include <QTest>

using namespace gantry;

/// HistorySearch compared with `git log --all` (--grep -i -F, --author -i -F, -- path) on a
/// repository with branches, merges, a revert and authors of different names.
class TestHistorySearch : public QObject
{
    Q_OBJECT

private:
    TestRepo *m_repo = nullptr;
    QString m_revertedTry;  // a commit on a merged (then deleted) branch that util.cpp's history hides

    void commitAs(const QString &author, const QString &path, const QByteArray &content, const QString &message)
    {
        m_repo->write(path, content);
        m_repo->git({QStringLiteral("add"), QStringLiteral("-A")});
        m_repo->git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--author=") + author,
                     QStringLiteral("-m"), message});
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    QStringList gitLog(const QStringList &extra) const
    {
        QStringList args{QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("--format=%H")};
        args += extra;
        return QString::fromUtf8(m_repo->git(args)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    QStringList search(HistorySearchQuery::Mode mode, const QString &text) const
    {
        auto repository = Repository::open(m_repo->path());
        if (!repository)
            return {QStringLiteral("open failed: ") + repository.errorMessage()};
        HistorySearchQuery query;
        query.mode = mode;
        query.text = text;
        auto found = HistorySearch::findAll(*repository, query);
        if (!found)
            return {QStringLiteral("search failed: ") + found.errorMessage()};
        QStringList ids;
        for (const Oid &id : *found)
            ids << id.toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ensureLibgit2();
        m_repo = new TestRepo;
        const QString alice = QStringLiteral("Alice Anders <alice@example.org>");
        const QString bob = QStringLiteral("Bob Builder <bob@builders.test>");
        const QString zoe = QStringLiteral("Zoë Ünger <zoe@example.org>");
        commitAs(alice, QStringLiteral("README.md"), "readme\n", QStringLiteral("Initial commit"));
        commitAs(bob, QStringLiteral("src/app.cpp"), "int main() {}\n", QStringLiteral("Add the APP entry point"));
        commitAs(alice, QStringLiteral("src/util.cpp"), "util\n", QStringLiteral("Add util\n\nFixes bug #12 in the parser."));

        m_repo->git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feature")});
        commitAs(zoe, QStringLiteral("src/app.cpp"), "int main() { return 1; }\n", QStringLiteral("Feature: change app"));
        commitAs(zoe, QStringLiteral("docs/guide.md"), "guide\n", QStringLiteral("Write the guide"));

        // A side branch that changes util.cpp and changes it back: its merge is TREESAME for util.cpp.
        m_repo->git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("experiment"), QStringLiteral("main")});
        commitAs(bob, QStringLiteral("src/util.cpp"), "util experiment\n", QStringLiteral("Try a new util"));
        commitAs(bob, QStringLiteral("src/util.cpp"), "util\n", QStringLiteral("Revert the util experiment"));
        commitAs(bob, QStringLiteral("notes.txt"), "notes\n", QStringLiteral("Notes from the experiment"));

        m_repo->git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        commitAs(alice, QStringLiteral("src/app.cpp"), "int main() {}\n// main side\n", QStringLiteral("Main: comment app"));
        m_repo->git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("-m"),
                     QStringLiteral("Merge branch 'experiment'"), QStringLiteral("experiment")});
        m_revertedTry = m_repo->revParse(QStringLiteral("experiment~1"));
        m_repo->git({QStringLiteral("branch"), QStringLiteral("-q"), QStringLiteral("-d"), QStringLiteral("experiment")});
        // Both sides changed app.cpp: resolve by hand so the merge differs from both parents.
        m_repo->git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("--no-commit"),
                     QStringLiteral("feature")},
                    true);
        m_repo->write(QStringLiteral("src/app.cpp"), "int main() { return 1; }\n// main side\n");
        m_repo->git({QStringLiteral("add"), QStringLiteral("-A")});
        m_repo->git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--no-edit")});
        commitAs(bob, QStringLiteral("src/util.cpp"), QByteArray(), QStringLiteral("Empty util"));
        m_repo->remove(QStringLiteral("src/util.cpp"));
        m_repo->git({QStringLiteral("add"), QStringLiteral("-A")});
        m_repo->git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Remove util")});
        m_repo->git({QStringLiteral("tag"), QStringLiteral("v1.0")});
        m_repo->git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("later")});
        commitAs(alice, QStringLiteral("src/util.cpp"), "util is back\n", QStringLiteral("Bring util back"));
        m_repo->git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
    }

    void cleanupTestCase() { delete m_repo; }

    void messageMatchesGitGrep_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("word") << QStringLiteral("util");
        QTest::newRow("case") << QStringLiteral("app");
        QTest::newRow("body") << QStringLiteral("BUG #12");
        QTest::newRow("merge") << QStringLiteral("merge branch");
        QTest::newRow("none") << QStringLiteral("no such words");
    }
    void messageMatchesGitGrep()
    {
        QFETCH(QString, text);
        const QStringList expected = gitLog({QStringLiteral("-i"), QStringLiteral("-F"), QStringLiteral("--grep=") + text});
        QCOMPARE(sorted(search(HistorySearchQuery::Mode::Message, text)), sorted(expected));
    }

    void authorMatchesGitAuthor_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << QStringLiteral("alice");
        QTest::newRow("email") << QStringLiteral("builders.test");
        QTest::newRow("domain") << QStringLiteral("example.org");
        QTest::newRow("non-ascii") << QStringLiteral("Zoë");
        QTest::newRow("default") << QStringLiteral("Gantry Test");
    }
    void authorMatchesGitAuthor()
    {
        QFETCH(QString, text);
        const QStringList expected = gitLog({QStringLiteral("-i"), QStringLiteral("-F"), QStringLiteral("--author=") + text});
        QVERIFY(!expected.isEmpty());
        QCOMPARE(sorted(search(HistorySearchQuery::Mode::Author, text)), sorted(expected));
    }

    void shaPrefix()
    {
        const QStringList all = gitLog({});
        for (const QString &id : all) {
            const QString prefix = id.left(6);
            QStringList expected;
            for (const QString &other : all) {
                if (other.startsWith(prefix))
                    expected << other;
            }
            QCOMPARE(search(HistorySearchQuery::Mode::Sha, prefix.toUpper()), expected);
        }
        QCOMPARE(search(HistorySearchQuery::Mode::Sha, all.first()), QStringList{all.first()});
        QCOMPARE(search(HistorySearchQuery::Mode::Sha, QStringLiteral("xyz")), QStringList());
        QCOMPARE(search(HistorySearchQuery::Mode::Sha, QString()), QStringList());
    }

    void pathMatchesGitLogWithSimplification_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("file changed on both sides") << QStringLiteral("src/app.cpp");
        QTest::newRow("file reverted on a side branch") << QStringLiteral("src/util.cpp");
        QTest::newRow("folder") << QStringLiteral("src");
        QTest::newRow("folder with slash") << QStringLiteral("src/");
        QTest::newRow("side-branch file") << QStringLiteral("notes.txt");
        QTest::newRow("nested") << QStringLiteral("docs/guide.md");
        QTest::newRow("never existed") << QStringLiteral("nothing/here");
    }
    void pathMatchesGitLogWithSimplification()
    {
        QFETCH(QString, path);
        const QStringList expected = gitLog({QStringLiteral("--"), path});
        QCOMPARE(sorted(search(HistorySearchQuery::Mode::Path, path)), sorted(expected));
    }

    void pathSimplificationDropsRevertedSideBranch()
    {
        // The two experiment commits changed util.cpp but their merge kept main's version:
        // git's default simplification (and ours) hides them.
        const QStringList found = search(HistorySearchQuery::Mode::Path, QStringLiteral("src/util.cpp"));
        QVERIFY(!m_revertedTry.isEmpty());
        QVERIFY(!found.contains(m_revertedTry));
        QVERIFY(search(HistorySearchQuery::Mode::Message, QStringLiteral("Revert the util experiment")).contains(m_revertedTry));
        QVERIFY(found.contains(m_repo->revParse(QStringLiteral("later"))));
        QVERIFY(found.contains(m_repo->revParse(QStringLiteral("main"))));  // the deletion
    }

    void revisionsRestrictTheSearch()
    {
        auto repository = Repository::open(m_repo->path());
        QVERIFY(repository);
        HistorySearchQuery query;
        query.allRefs = false;
        query.revisions = {QStringLiteral("feature")};
        query.mode = HistorySearchQuery::Mode::Author;
        query.text = QStringLiteral("zoe@");
        auto found = HistorySearch::findAll(*repository, query);
        QVERIFY(found);
        QCOMPARE(found->size(), 2);
        query.revisions = {QStringLiteral("no-such-branch")};
        auto failed = HistorySearch::findAll(*repository, query);
        QVERIFY(!failed);
        QVERIFY(failed.errorMessage().contains(QStringLiteral("no-such-branch")));
    }

    void workerReportsMatchesAndFinishes()
    {
        HistorySearch search;
        QSignalSpy matches(&search, &HistorySearch::matchesFound);
        QSignalSpy finished(&search, &HistorySearch::finished);
        QSignalSpy failed(&search, &HistorySearch::failed);
        HistorySearchQuery query;
        query.mode = HistorySearchQuery::Mode::Message;
        query.text = QStringLiteral("util");
        search.start(m_repo->path(), query);
        QTRY_COMPARE(finished.count(), 1);
        const QStringList expected = gitLog({QStringLiteral("-i"), QStringLiteral("-F"), QStringLiteral("--grep=util")});
        QCOMPARE(finished.first().first().toInt(), expected.size());
        QStringList got;
        for (const auto &args : matches) {
            for (const Oid &id : args.first().value<QVector<Oid>>())
                got << id.toString();
        }
        QCOMPARE(sorted(got), sorted(expected));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!search.isRunning());
    }

    void restartCancelsThePreviousSearch()
    {
        HistorySearch search;
        QSignalSpy matches(&search, &HistorySearch::matchesFound);
        QSignalSpy finished(&search, &HistorySearch::finished);
        HistorySearchQuery first;
        first.mode = HistorySearchQuery::Mode::Author;
        first.text = QStringLiteral("bob");
        search.start(m_repo->path(), first);
        HistorySearchQuery second;
        second.mode = HistorySearchQuery::Mode::Sha;
        second.text = m_repo->revParse(QStringLiteral("v1.0")).left(10);
        search.start(m_repo->path(), second);
        QTRY_COMPARE(finished.count(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), 1);
        // Only the second search's single match arrived.
        int total = 0;
        for (const auto &args : matches)
            total += args.first().value<QVector<Oid>>().size();
        QCOMPARE(total, 1);
    }

    void cancelStopsSignals()
    {
        HistorySearch search;
        QSignalSpy finished(&search, &HistorySearch::finished);
        HistorySearchQuery query;
        query.mode = HistorySearchQuery::Mode::Path;
        query.text = QStringLiteral("src");
        search.start(m_repo->path(), query);
        search.cancel();
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!search.isRunning());
    }

    void badRepositoryFails()
    {
        HistorySearch search;
        QSignalSpy failed(&search, &HistorySearch::failed);
        HistorySearchQuery query;
        query.text = QStringLiteral("x");
        search.start(QStringLiteral("/nonexistent/gantry/repo"), query);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistorySearch)
#include "tst_historysearch.moc"
