#include "gitcore/CommitInfo.h"
#include "gitcore/CommitInfoCache.h"
#include "gitcore/LibGit2.h"
#include "gitcore/Repository.h"
#include "support/TestRepo.h"

#include <QStringDecoder>
#include <QTest>

using namespace gantry;

/// CommitInfo and CommitInfoCache checked field by field against `git show`.
class TestCommitInfo : public QObject
{
    Q_OBJECT

private:
    static QString show(const TestRepo &repo, const QString &format, const QString &rev)
    {
        return QString::fromUtf8(repo.git({QStringLiteral("show"), QStringLiteral("-s"),
                                           QStringLiteral("--format=") + format, rev}));
    }

    /// Checks every header and message field of `rev` against git.
    static void compareWithGit(const TestRepo &repo, const QString &rev)
    {
        auto repository = Repository::open(repo.path());
        QVERIFY2(repository, qPrintable(repository.errorMessage()));
        const Oid id = Oid::fromHex(repo.revParse(rev));
        auto info = CommitInfo::read(*repository, id, CommitInfo::Files::Skip);
        QVERIFY2(info, qPrintable(info.errorMessage()));

        QCOMPARE(info->id.toString(), show(repo, QStringLiteral("%H"), rev).trimmed());
        QStringList parents;
        for (const Oid &p : info->parents)
            parents << p.toString();
        QCOMPARE(parents.join(QLatin1Char(' ')), show(repo, QStringLiteral("%P"), rev).trimmed());
        QCOMPARE(info->author.name + QLatin1Char('\n'), show(repo, QStringLiteral("%an"), rev));
        QCOMPARE(info->author.email + QLatin1Char('\n'), show(repo, QStringLiteral("%ae"), rev));
        QCOMPARE(QString::number(info->author.when.toSecsSinceEpoch()), show(repo, QStringLiteral("%at"), rev).trimmed());
        QCOMPARE(info->author.when.toString(Qt::ISODate), show(repo, QStringLiteral("%aI"), rev).trimmed());
        QCOMPARE(info->committer.name + QLatin1Char('\n'), show(repo, QStringLiteral("%cn"), rev));
        QCOMPARE(info->committer.email + QLatin1Char('\n'), show(repo, QStringLiteral("%ce"), rev));
        QCOMPARE(info->committer.when.toString(Qt::ISODate), show(repo, QStringLiteral("%cI"), rev).trimmed());
        QCOMPARE(info->subject + QLatin1Char('\n'), show(repo, QStringLiteral("%s"), rev));
        QCOMPARE(info->body + QLatin1Char('\n'), show(repo, QStringLiteral("%b"), rev));
        QCOMPARE(info->message + QLatin1Char('\n'), show(repo, QStringLiteral("%B"), rev));
        QVERIFY(!info->filesLoaded);

        auto summary = CommitInfo::readSummary(*repository, id);
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        QCOMPARE(summary->subject, info->subject);
        QCOMPARE(summary->authorName, info->author.name);
        QCOMPARE(summary->authorEmail, info->author.email);
        QCOMPARE(summary->authorTime, info->author.when);
        QCOMPARE(summary->parentCount, info->parents.size());
    }

    /// The name-status lines of CommitInfo's files, in git's "R\told\tnew" form. The rename
    /// score is left out: libgit2 measures similarity a little differently (98 where git says 99);
    /// renamesScoreLikeGit() checks it within a tolerance.
    static QStringList nameStatus(const CommitInfo &info)
    {
        QStringList lines;
        for (const ChangedFile &f : info.files) {
            if (f.status == DeltaStatus::Renamed || f.status == DeltaStatus::Copied)
                lines << QStringLiteral("%1\t%2\t%3").arg(f.statusLetter()).arg(f.oldPath, f.path);
            else
                lines << QStringLiteral("%1\t%2").arg(f.statusLetter()).arg(f.path);
        }
        return lines;
    }

    /// git's --name-status lines with the rename/copy score removed ("R099" -> "R").
    static QStringList gitLines(const QByteArray &out)
    {
        QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &line : lines) {
            if (line.startsWith(QLatin1Char('R')) || line.startsWith(QLatin1Char('C')))
                line = line.left(1) + line.mid(line.indexOf(QLatin1Char('\t')));
        }
        return lines;
    }

    /// git's rename scores by new path.
    static QHash<QString, int> gitScores(const QByteArray &out)
    {
        QHash<QString, int> scores;
        for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() == 3)
                scores.insert(parts[2], parts[0].mid(1).toInt());
        }
        return scores;
    }

    static CommitInfo readWithFiles(const TestRepo &repo, const QString &rev)
    {
        auto repository = Repository::open(repo.path());
        if (!repository)
            return {};
        auto info = CommitInfo::read(*repository, Oid::fromHex(repo.revParse(rev)));
        return info ? *info : CommitInfo();
    }

private Q_SLOTS:
    void initTestCase() { ensureLibgit2(); }

    void normalCommitFields()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "one\n", QStringLiteral("First"));
        repo.write(QStringLiteral("a.txt"), "two\n");
        repo.git({QStringLiteral("add"), QStringLiteral(".")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Change a"),
                  QStringLiteral("-m"), QStringLiteral("The body\nspans lines."), QStringLiteral("--date=2021-06-07T08:09:10+05:30")});
        compareWithGit(repo, QStringLiteral("HEAD"));
        compareWithGit(repo, QStringLiteral("HEAD~1"));

        auto repository = Repository::open(repo.path());
        auto info = CommitInfo::read(*repository, Oid::fromHex(repo.revParse(QStringLiteral("HEAD"))));
        QVERIFY(info);
        QCOMPARE(info->author.offsetMinutes, 330);
        QCOMPARE(info->subject, QStringLiteral("Change a"));
        QVERIFY(!info->isMerge());
    }

    void multiLineSubjectAndLeadingBlankLines()
    {
        TestRepo repo;
        repo.write(QStringLiteral("f"), "x");
        repo.write(QStringLiteral("msg.txt"), "\n\n  First line   \nsecond line\t\n \nBody text\n\n\nmore\n");
        repo.git({QStringLiteral("add"), QStringLiteral("f")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--cleanup=verbatim"), QStringLiteral("-F"),
                  repo.filePath(QStringLiteral("msg.txt"))});
        compareWithGit(repo, QStringLiteral("HEAD"));
    }

    void nonAsciiAuthorAndMessage()
    {
        TestRepo repo;
        repo.write(QStringLiteral("f"), "x");
        repo.git({QStringLiteral("add"), QStringLiteral("f")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--author=Zoë Ångström-Łukasz 李 <zoë@exämple.org>"),
                  QStringLiteral("-m"), QStringLiteral("Füge Ünïcode hinzu ✓")});
        compareWithGit(repo, QStringLiteral("HEAD"));
        const CommitInfo info = readWithFiles(repo, QStringLiteral("HEAD"));
        QCOMPARE(info.author.name, QStringLiteral("Zoë Ångström-Łukasz 李"));
    }

    void latin1EncodedMessage()
    {
        TestRepo repo;
        repo.write(QStringLiteral("f"), "x");
        QStringEncoder toLatin1(QStringEncoder::Latin1);
        repo.write(QStringLiteral("msg.txt"), QByteArray(toLatin1(QStringLiteral("Café crème\n"))));
        repo.git({QStringLiteral("add"), QStringLiteral("f")});
        repo.git({QStringLiteral("-c"), QStringLiteral("i18n.commitEncoding=ISO-8859-1"), QStringLiteral("commit"), QStringLiteral("-q"),
                  QStringLiteral("-F"), repo.filePath(QStringLiteral("msg.txt"))});
        const CommitInfo info = readWithFiles(repo, QStringLiteral("HEAD"));
        QCOMPARE(info.subject, QStringLiteral("Café crème"));
        QCOMPARE(info.subject + QLatin1Char('\n'), show(repo, QStringLiteral("%s"), QStringLiteral("HEAD")));
    }

    void rootCommitFiles()
    {
        TestRepo repo;
        repo.write(QStringLiteral("b.txt"), "b\n");
        repo.write(QStringLiteral("dir/a.txt"), "a\n");
        repo.write(QStringLiteral("z z.txt"), "z\n");
        repo.git({QStringLiteral("add"), QStringLiteral(".")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Root")});
        const CommitInfo info = readWithFiles(repo, QStringLiteral("HEAD"));
        QVERIFY(info.filesLoaded);
        QVERIFY(info.isRoot());
        QCOMPARE(nameStatus(info), gitLines(repo.git({QStringLiteral("-c"), QStringLiteral("core.quotePath=false"), QStringLiteral("show"),
                                                       QStringLiteral("--name-status"), QStringLiteral("-M"), QStringLiteral("--format="),
                                                       QStringLiteral("HEAD")})));
        compareWithGit(repo, QStringLiteral("HEAD"));
    }

    void renameModifyDeleteFiles()
    {
        TestRepo repo;
        QByteArray big;
        for (int i = 0; i < 40; ++i)
            big += "line " + QByteArray::number(i) + " of a file long enough for rename detection\n";
        repo.write(QStringLiteral("old/name.txt"), big);
        repo.write(QStringLiteral("keep.txt"), "keep\n");
        repo.write(QStringLiteral("gone.txt"), "gone\n");
        repo.write(QStringLiteral("exact.txt"), "exact rename content\n");
        repo.git({QStringLiteral("add"), QStringLiteral(".")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Base")});

        repo.remove(QStringLiteral("old/name.txt"));
        repo.write(QStringLiteral("new/name.txt"), big + "one more line\n");
        repo.remove(QStringLiteral("exact.txt"));
        repo.write(QStringLiteral("moved.txt"), "exact rename content\n");
        repo.write(QStringLiteral("keep.txt"), "kept, changed\n");
        repo.remove(QStringLiteral("gone.txt"));
        repo.write(QStringLiteral("added.txt"), "new\n");
        repo.git({QStringLiteral("add"), QStringLiteral("-A")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Rename things")});

        const CommitInfo info = readWithFiles(repo, QStringLiteral("HEAD"));
        const QByteArray gitOut = repo.git({QStringLiteral("show"), QStringLiteral("--name-status"), QStringLiteral("-M"),
                                            QStringLiteral("--format="), QStringLiteral("HEAD")});
        const QStringList expected = gitLines(gitOut);
        const QHash<QString, int> scores = gitScores(gitOut);
        QCOMPARE(scores.size(), 2);
        for (const ChangedFile &f : info.files) {
            if (f.status != DeltaStatus::Renamed)
                continue;
            QVERIFY2(scores.contains(f.path), qPrintable(f.path));
            QVERIFY2(qAbs(scores.value(f.path) - f.similarity) <= 3,
                     qPrintable(QStringLiteral("%1: %2 vs git %3").arg(f.path).arg(f.similarity).arg(scores.value(f.path))));
        }
        QStringList actual = nameStatus(info);
        QStringList sortedExpected = expected;
        actual.sort();
        sortedExpected.sort();
        QCOMPARE(actual, sortedExpected);
        QVERIFY(expected.size() == 5);
    }

    void mergeFilesAgainstFirstParent()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("base.txt"), "base\n", QStringLiteral("Base"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("side")});
        repo.commitFile(QStringLiteral("side.txt"), "side\n", QStringLiteral("Side 1"));
        repo.commitFile(QStringLiteral("base.txt"), "base\nside\n", QStringLiteral("Side 2"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        repo.commitFile(QStringLiteral("main.txt"), "main\n", QStringLiteral("Main 1"));
        repo.git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("-m"),
                  QStringLiteral("Merge branch 'side'"), QStringLiteral("side")});

        compareWithGit(repo, QStringLiteral("HEAD"));
        const CommitInfo info = readWithFiles(repo, QStringLiteral("HEAD"));
        QVERIFY(info.isMerge());
        QCOMPARE(info.parents.size(), 2);
        QCOMPARE(nameStatus(info), gitLines(repo.git({QStringLiteral("diff"), QStringLiteral("--name-status"), QStringLiteral("-M"),
                                                       QStringLiteral("HEAD^1"), QStringLiteral("HEAD")})));
        QCOMPARE(info.files.size(), 2);
    }

    void unknownCommitIsAnError()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a"), "a", QStringLiteral("A"));
        auto repository = Repository::open(repo.path());
        QVERIFY(repository);
        const Oid missing = Oid::fromHex(QStringLiteral("0123456789012345678901234567890123456789"));
        auto info = CommitInfo::read(*repository, missing);
        QVERIFY(!info);
        QVERIFY(info.error().isNotFound());
        QVERIFY(info.errorMessage().contains(missing.toString()));
        // A tree id is not a commit.
        const Oid tree = Oid::fromHex(repo.revParse(QStringLiteral("HEAD^{tree}")));
        QVERIFY(!CommitInfo::readSummary(*repository, tree));
    }

    void cacheKeepsRecentSummaries()
    {
        TestRepo repo;
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << repo.commitFile(QStringLiteral("f"), QByteArray::number(i), QStringLiteral("Commit %1").arg(i));
        auto repository = Repository::open(repo.path());
        QVERIFY(repository);

        CommitInfoCache cache(3);
        for (int i = 0; i < 5; ++i) {
            const CommitSummary *s = cache.summary(*repository, Oid::fromHex(ids[i]));
            QVERIFY(s);
            QCOMPARE(s->subject + QLatin1Char('\n'), show(repo, QStringLiteral("%s"), ids[i]));
        }
        QCOMPARE(cache.size(), 3);
        QVERIFY(!cache.contains(Oid::fromHex(ids[0])));
        QVERIFY(!cache.contains(Oid::fromHex(ids[1])));
        QVERIFY(cache.contains(Oid::fromHex(ids[4])));
        // Touching the oldest keeps it when a new one comes in.
        QVERIFY(cache.summary(*repository, Oid::fromHex(ids[2])));
        QVERIFY(cache.summary(*repository, Oid::fromHex(ids[0])));
        QVERIFY(cache.contains(Oid::fromHex(ids[2])));
        QVERIFY(!cache.contains(Oid::fromHex(ids[3])));
        // A commit that cannot be read gives nullptr, not a crash.
        QVERIFY(!cache.summary(*repository, Oid::fromHex(QStringLiteral("0123456789012345678901234567890123456789"))));
        cache.clear();
        QCOMPARE(cache.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommitInfo)
#include "tst_commitinfo.moc"
