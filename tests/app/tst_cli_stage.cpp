// `gantry stage` / `gantry unstage` against git add, git restore --staged and git apply --cached.
#include "support/TestRepo.h"

#include <QtTest>

namespace {

/// A byte-identical copy of the repository to run git in.
class Copy
{
public:
    explicit Copy(const TestRepo &repo)
    {
        QProcess cp;
        cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), repo.path() + QStringLiteral("/."), dir.path()});
        cp.waitForFinished();
    }
    QTemporaryDir dir;
    QString path() const { return dir.path(); }
};

QByteArray indexState(const TestRepo &repo, const QString &dir = {})
{
    return repo.git({"ls-files", "-s"}, false, dir) + "\n--cached--\n" + repo.git({"diff", "--cached", "--no-color"}, false, dir);
}

/// The patch that keeps, out of one file's `git diff`, only the changes a line range selects:
/// added lines numbered first..last on the new side, and deleted lines whose new-side position
/// (the number of the next new-side line) is in [first, last]. reverse: for `git apply -R`.
QByteArray rangePatch(const QByteArray &diff, int first, int last, bool reverse)
{
    QByteArray header, out;
    QList<QByteArray> all = diff.split('\n');
    if (!all.isEmpty() && all.last().isEmpty())
        all.removeLast();
    int i = 0;
    for (; i < all.size() && !all[i].startsWith("@@"); ++i)
        if (!all[i].startsWith("index "))
            header += all[i] + '\n';
    out = header;
    int offset = 0;
    static const QRegularExpression re(QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@"));
    while (i < all.size()) {
        const auto m = re.match(QString::fromUtf8(all[i]));
        const int oldStart = m.captured(1).toInt();
        const int newStart = m.captured(3).toInt();
        const int newCount = m.captured(4).isEmpty() ? 1 : m.captured(4).toInt();
        int nextNew = newCount == 0 ? newStart + 1 : newStart;
        QByteArray body;
        int oldN = 0, newN = 0;
        bool any = false;
        bool lastKept = false;
        for (++i; i < all.size() && !all[i].startsWith("@@"); ++i) {
            const QByteArray &line = all[i];
            if (line.startsWith('\\')) { // "\ No newline at end of file" goes with the line before it
                if (lastKept)
                    body += line + '\n';
                continue;
            }
            bool selected = false;
            if (line.startsWith('+')) {
                selected = nextNew >= first && nextNew <= last;
                ++nextNew;
            } else if (line.startsWith('-')) {
                selected = nextNew >= first && nextNew <= last;
            } else {
                ++nextNew;
            }
            const char dropped = reverse ? '-' : '+';
            lastKept = true;
            if (line.startsWith(' ') || (line.at(0) != dropped && !selected)) {
                body += ' ' + line.mid(1) + '\n';
                ++oldN, ++newN;
            } else if (selected) {
                body += line + '\n';
                any = true;
                line.startsWith('+') ? ++newN : ++oldN;
            } else {
                lastKept = false;
            }
        }
        if (!any)
            continue;
        const int fixedStart = reverse ? newStart : oldStart;
        const int fixedN = reverse ? newN : oldN;
        const int otherN = reverse ? oldN : newN;
        int otherStart = (fixedN == 0 ? fixedStart + 1 : fixedStart) + offset;
        if (otherN == 0)
            --otherStart;
        offset += otherN - fixedN;
        out += (reverse ? QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(otherStart).arg(otherN).arg(fixedStart).arg(fixedN)
                        : QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(fixedStart).arg(fixedN).arg(otherStart).arg(otherN))
                   .toUtf8()
            + body;
    }
    return out;
}

QByteArray numbered(int from, int to)
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += "line" + QByteArray::number(i) + '\n';
    return out;
}

/// 1 2 X 4' 5 7 8 A B 9 10 against 1..10: changes at 3, 4, a deletion (6) and two additions.
void setUp(TestRepo &repo, const QString &name)
{
    repo.commitFile(name, numbered(1, 10), "base");
    repo.write(name, "line1\nline2\nX\nline4 changed\nline5\nline7\nline8\nA\nB\nline9\nline10\n");
}

void applyInCopy(TestRepo &repo, const Copy &copy, const QByteArray &patch, bool reverse)
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(patch);
    file.flush();
    QStringList args{"apply", "--cached"};
    if (reverse)
        args << "-R";
    repo.git(args << file.fileName(), false, copy.path());
}

} // namespace

class TestCliStage : public QObject
{
    Q_OBJECT

private slots:
    void stageRangeMatchesGitApply_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("3-5") << 3 << 5;
        QTest::newRow("2-6 takes the deletion above line 6") << 2 << 6;
        QTest::newRow("8-8") << 8 << 8;
        QTest::newRow("whole range") << 1 << 11;
    }
    void stageRangeMatchesGitApply()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        TestRepo repo;
        setUp(repo, "f.txt");
        Copy copy(repo);
        applyInCopy(repo, copy, rangePatch(repo.git({"diff", "--no-color", "f.txt"}), first, last, false), false);
        repo.gantry({"stage", QStringLiteral("f.txt:%1-%2").arg(first).arg(last)});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
    }

    void unstageRangeMatchesGitApply()
    {
        TestRepo repo;
        setUp(repo, "f.txt");
        repo.git({"add", "f.txt"});
        Copy copy(repo);
        applyInCopy(repo, copy, rangePatch(repo.git({"diff", "--cached", "--no-color"}), 3, 5, true), true);
        repo.gantry({"unstage", "f.txt:3-5"});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
    }

    void wholeFilesFromSubfolderAndWithC()
    {
        TestRepo repo;
        repo.write("sub/a.txt", "a\n");
        repo.write("sub/b.txt", "b\n");
        repo.write("top.txt", "t\n");
        repo.git({"add", "."});
        repo.git({"commit", "-qm", "base"});
        repo.write("sub/a.txt", "A\n");
        repo.remove("sub/b.txt");
        repo.write("top.txt", "T\n");
        repo.write("sub/new.txt", "n\n");
        Copy copy(repo);
        repo.git({"add", "a.txt", "b.txt", "../top.txt", "new.txt"}, false, copy.path() + "/sub");
        repo.gantry({"stage", "a.txt", "b.txt", "../top.txt", "new.txt"}, repo.filePath("sub"));
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));

        repo.git({"restore", "--staged", "sub/a.txt", "sub/new.txt"}, false, copy.path());
        repo.gantry({"unstage", "-C", repo.path(), "sub/a.txt", "sub/new.txt"}, QDir::tempPath());
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));

        repo.git({"add", "."}, false, copy.path());
        repo.gantry({"stage", "."});
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
    }

    void manyUntrackedFilesMatchGitAdd_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow(".") << QStringList{"."};
        QTest::newRow("folders") << QStringList{"dir00", "dir01", "dir02"};
        QStringList files;
        for (int i = 0; i < 500; ++i)
            files << QStringLiteral("dir%1/file%2.txt").arg(i % 40, 2, 10, QLatin1Char('0')).arg(i, 4, 10, QLatin1Char('0'));
        QTest::newRow("500 files by name") << files;
    }
    void manyUntrackedFilesMatchGitAdd()
    {
        // 2,000 untracked files in 40 folders (and a tracked one changed): one stage gives the
        // index `git add` gives, entry for entry (modes, blob ids, stage numbers, paths).
        QFETCH(QStringList, args);
        TestRepo repo;
        repo.commitFile(QStringLiteral("tracked.txt"), "v1\n", QStringLiteral("base"));
        repo.write(QStringLiteral("tracked.txt"), "v2\n");
        for (int i = 0; i < 2000; ++i)
            repo.write(QStringLiteral("dir%1/file%2.txt").arg(i % 40, 2, 10, QLatin1Char('0')).arg(i, 4, 10, QLatin1Char('0')),
                       "line of file " + QByteArray::number(i) + "\nvalue = " + QByteArray::number(i * 7919 % 10007) + "\n");
        QFile::setPermissions(repo.filePath(QStringLiteral("dir00/file0000.txt")),
                              QFile::permissions(repo.filePath(QStringLiteral("dir00/file0000.txt"))) | QFile::ExeOwner);
        Copy copy(repo);
        repo.git(QStringList{"add"} + args, false, copy.path());
        repo.gantry(QStringList{"stage"} + args);
        QCOMPARE(repo.lastExitCode(), 0);
        const QByteArray ours = repo.git({"ls-files", "-s"});
        QVERIFY(ours.count('\n') >= 60);
        QCOMPARE(ours, repo.git({"ls-files", "-s"}, false, copy.path()));
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
    }

    void colonInFileName()
    {
        TestRepo repo;
        setUp(repo, "a:b.txt");
        Copy copy(repo);
        applyInCopy(repo, copy, rangePatch(repo.git({"diff", "--no-color", "a:b.txt"}), 3, 5, false), false);
        repo.gantry({"stage", "a:b.txt:3-5"});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
        repo.git({"add", "a:b.txt"}, false, copy.path());
        repo.gantry({"stage", "a:b.txt"});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
    }

    void errorsLeaveIndexAlone_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown path") << QStringList{"stage", "f.txt", "nope.txt"} << "gantry stage: pathspec 'nope.txt' did not match any files\n";
        QTest::newRow("unknown path in range") << QStringList{"stage", "f.txt:1-3", "nope.txt:1-2"} << "gantry stage: pathspec 'nope.txt' did not match any files\n";
        QTest::newRow("reversed range") << QStringList{"stage", "f.txt:5-3"} << "";
        QTest::newRow("zero line") << QStringList{"stage", "f.txt:0-3"} << "";
        QTest::newRow("not a range") << QStringList{"stage", "f.txt:three"} << "";
        QTest::newRow("no change in range") << QStringList{"stage", "f.txt:1-2"} << "";
        QTest::newRow("unstage unknown") << QStringList{"unstage", "nope.txt"} << "gantry unstage: pathspec 'nope.txt' did not match any files\n";
        QTest::newRow("nothing staged in range") << QStringList{"unstage", "f.txt:1-11"} << "";
        QTest::newRow("outside") << QStringList{"stage", "../elsewhere.txt"} << "";
    }
    void errorsLeaveIndexAlone()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        TestRepo repo;
        setUp(repo, "f.txt");
        const QByteArray before = repo.git({"ls-files", "-s", "--debug"});
        const QByteArray out = repo.gantry(args);
        QVERIFY(repo.lastExitCode() != 0);
        QVERIFY(out.isEmpty());
        const QByteArray err = repo.lastStderr();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.startsWith("gantry " + args.first().toUtf8() + ": "), err.constData());
        if (!message.isEmpty())
            QCOMPARE(QString::fromUtf8(err), message);
        QCOMPARE(repo.git({"ls-files", "-s", "--debug"}), before);
    }

    void notARepository()
    {
        TestRepo notRepo(false);
        TestRepo runner;
        runner.gantry({"stage", "-C", notRepo.path(), "x.txt"});
        QVERIFY(runner.lastExitCode() != 0);
        QVERIFY2(runner.lastStderr().startsWith("gantry stage: not a git repository"), runner.lastStderr().constData());
        QCOMPARE(runner.lastStderr().count('\n'), 1);
    }

    void heldIndexLock()
    {
        TestRepo repo;
        setUp(repo, "f.txt");
        repo.write(".git/index.lock", "");
        const QByteArray before = repo.git({"ls-files", "-s", "--debug"});
        repo.gantry({"stage", "f.txt:3-5"});
        QVERIFY(repo.lastExitCode() != 0);
        QVERIFY(repo.lastStderr().contains("index.lock"));
        QCOMPARE(repo.git({"ls-files", "-s", "--debug"}), before);
    }
};

QTEST_MAIN(TestCliStage)
#include "tst_cli_stage.moc"
