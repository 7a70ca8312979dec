// StagingGuard: what a stage of files, a hunk or lines would add is what gets scanned (lines the
// index already holds are not reported again), .gitignore is appended to properly, and the
// already-staged paths are found — each checked against the git CLI.
#include "gitcore/DiffReader.h"
#include "gitcore/StagingGuard.h"
#include "support/TestRepo.h"

#include <QtTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QStringList rules(const QList<SecretFinding> &findings)
{
    QStringList out;
    for (const SecretFinding &f : findings)
        out.append(f.path + QLatin1Char(':') + QString::number(f.line) + QLatin1Char(':') + f.rule);
    return out;
}

const QByteArray kKey = "AKIAABCDEFGHIJKLMNOP";

} // namespace

class TestStagingGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesFoldersAndKnownLines()
    {
        TestRepo repo;
        repo.commitFile(s("conf/app.ini"), "a = 1\nkey = " + kKey + "\n", s("Initial")); // already committed
        repo.write(s("conf/app.ini"), "a = 2\nkey = " + kKey + "\n");
        repo.write(s("conf/new.ini"), "id = " + kKey + "\n");
        repo.write(s("conf/deep/.env"), "X=1\n");
        repo.write(s("other/id_rsa"), "x\n");
        auto opened = Repository::open(repo.path());
        QVERIFY(opened);
        const SecretScanner scanner;

        // The committed key is not reported again; the new file's is; a folder covers what is inside.
        auto found = StagingGuard::scanFiles(*opened, {s("conf")}, scanner);
        QVERIFY(found);
        QCOMPARE(rules(*found), (QStringList{s("conf/deep/.env:0:env-file"), s("conf/new.ini:1:aws-access-key-id")}));
        found = StagingGuard::scanAll(*opened, scanner);
        QVERIFY(found);
        QCOMPARE(found->size(), 3);
        found = StagingGuard::scanFiles(*opened, {s("conf/app.ini")}, scanner);
        QVERIFY(found && found->isEmpty());
        // A deleted file adds nothing.
        repo.commitFile(s("gone/.env"), "X=1\n", s("Env"));
        repo.remove(s("gone/.env"));
        found = StagingGuard::scanFiles(*opened, {s("gone")}, scanner);
        QVERIFY(found && found->isEmpty());
    }

    void hunksAndLines()
    {
        TestRepo repo;
        repo.commitFile(s("a.txt"), "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", s("Initial"));
        repo.write(s("a.txt"), "1\ntoken = " + kKey + "\n3\n4\n5\n6\n7\n8\n9\n10\n11\nsafe\n");
        auto opened = Repository::open(repo.path());
        QVERIFY(opened);
        auto diff = DiffReader::fileDiff(*opened, DiffKind::IndexToWorkdir, s("a.txt"));
        QVERIFY(diff);
        QCOMPARE(diff->hunks.size(), 2);
        const SecretScanner scanner;
        QCOMPARE(rules(StagingGuard::scanHunk(*diff, 0, scanner)), QStringList{s("a.txt:2:aws-access-key-id")});
        QVERIFY(StagingGuard::scanHunk(*diff, 1, scanner).isEmpty());
        QVERIFY(StagingGuard::scanHunk(*diff, 7, scanner).isEmpty()); // out of range: nothing, no crash
        QList<DiffLineRef> deletionOnly;
        QList<DiffLineRef> addition;
        for (int i = 0; i < diff->hunks[0].lines.size(); ++i) {
            const DiffLine &line = diff->hunks[0].lines[i];
            if (line.origin == DiffLine::Origin::Deletion)
                deletionOnly.append({0, i});
            else if (line.origin == DiffLine::Origin::Addition)
                addition.append({0, i});
        }
        QVERIFY(StagingGuard::scanLines(*diff, deletionOnly, scanner).isEmpty());
        QCOMPARE(rules(StagingGuard::scanLines(*diff, addition, scanner)), QStringList{s("a.txt:2:aws-access-key-id")});
    }

    void gitignoreAndStagedPaths()
    {
        TestRepo repo;
        repo.commitFile(s("README.md"), "x\n", s("Initial"));
        auto opened = Repository::open(repo.path());
        QVERIFY(opened);
        QVERIFY(StagingGuard::addToGitignore(*opened, {s(".env"), s("*.pem")}));
        QCOMPARE(repo.read(s(".gitignore")), QByteArray(".env\n*.pem\n"));
        QVERIFY(StagingGuard::addToGitignore(*opened, {s("*.pem"), s("keys/id_rsa"), QString()}));
        QCOMPARE(repo.read(s(".gitignore")), QByteArray(".env\n*.pem\nkeys/id_rsa\n"));
        repo.write(s(".gitignore"), "build/");
        QVERIFY(StagingGuard::addToGitignore(*opened, {s(".env")}));
        QCOMPARE(repo.read(s(".gitignore")), QByteArray("build/\n.env\n"));
        repo.write(s("x.pem"), "k\n");
        QCOMPARE(repo.git({s("check-ignore"), s(".env"), s("x.pem")}, true), QByteArray(".env\n"));

        repo.write(s("a.key"), "k\n");
        repo.write(s("b.key"), "k\n");
        repo.git({s("add"), s("a.key")});
        auto staged = StagingGuard::stagedAmong(*opened, {s("a.key"), s("b.key")});
        QVERIFY(staged);
        QCOMPARE(*staged, QStringList{s("a.key")});
    }
};

QTEST_GUILESS_MAIN(TestStagingGuard)
#include "tst_stagingguard.moc"
