// Two gantry processes working on one repository at once: no stage that reported success is
// lost, and a collision is reported as git reports it (the index lock), never as something else.
#include "support/TestRepo.h"

#include <QtTest>

namespace {

/// Starts `script` (bash) as worker `name` for `rounds` rounds in `dir`, with GANTRY set to the binary.
QProcess *startWorker(const QString &dir, const char *script, const QString &name, int rounds, QObject *parent)
{
    auto *p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GANTRY"), qEnvironmentVariable("GANTRY_APP"));
    p->setProcessEnvironment(env);
    p->setWorkingDirectory(dir);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(QStringLiteral("bash"), {QStringLiteral("-c"), QString::fromLatin1(script), QStringLiteral("bash"), name, QString::number(rounds)});
    return p;
}

// One worker: stage a new file and commit it, `rounds` times. A stage or commit refused because
// the other worker holds the index lock is retried; a commit that finds nothing to commit (the
// other worker committed this file with its own) is fine. Anything else stops the worker.
const char *const kStageAndCommit = R"(
set -u
w=$1; rounds=$2
for i in $(seq 1 $rounds); do
  f="$w-$i.txt"; echo "$w $i" > "$f"
  until out=$("$GANTRY" stage "$f" 2>&1); do
    case "$out" in *index.lock*) sleep 0.01 ;; *) echo "STAGE FAILED: $out"; exit 1 ;; esac
  done
  until out=$("$GANTRY" commit -m "feat: $f" 2>&1); do
    case "$out" in *index.lock*|*"cannot lock ref"*|*"moved meanwhile"*|*"changed meanwhile"*) sleep 0.01 ;;
      *"nothing to commit"*) break ;;
      *) echo "COMMIT FAILED: $out"; exit 1 ;; esac
  done
done
echo done
)";

const char *const kEmptyCommits = R"(
set -u
w=$1; rounds=$2; ok=0; locked=0
for i in $(seq 1 $rounds); do
  if out=$("$GANTRY" commit --allow-empty -m "chore: $w $i" 2>&1); then ok=$((ok+1));
  else case "$out" in *index.lock*|*"cannot lock ref"*|*"moved meanwhile"*|*"changed meanwhile"*) locked=$((locked+1)) ;;
       *) echo "WRONG CAUSE: $out"; exit 1 ;; esac
  fi
done
echo "ok=$ok locked=$locked"
)";

} // namespace

class TestCliConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void concurrentStageAndCommitLoseNothing()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("README"), "r\n", QStringLiteral("chore: start"));
        const int rounds = 25;
        QObject owner;
        QProcess *a = startWorker(repo.path(), kStageAndCommit, QStringLiteral("A"), rounds, &owner);
        QProcess *b = startWorker(repo.path(), kStageAndCommit, QStringLiteral("B"), rounds, &owner);
        QVERIFY(a->waitForFinished(300000));
        QVERIFY(b->waitForFinished(300000));
        QVERIFY2(a->exitCode() == 0, a->readAll().constData());
        QVERIFY2(b->exitCode() == 0, b->readAll().constData());

        // Every file whose stage succeeded is in the last commit, and nothing is left over.
        const QByteArray tree = repo.git({"ls-tree", "--name-only", "HEAD"});
        for (const char *w : {"A", "B"})
            for (int i = 1; i <= rounds; ++i) {
                const QByteArray name = QByteArray(w) + '-' + QByteArray::number(i) + ".txt";
                QVERIFY2(tree.contains(name + '\n'), name + " was staged but is not in HEAD:\n" + repo.git({"status", "--porcelain"}));
            }
        QCOMPARE(repo.git({"status", "--porcelain"}), QByteArray());
        repo.git({"fsck", "--no-progress"});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY(!QFile::exists(repo.filePath(QStringLiteral(".git/index.lock"))));
    }

    void concurrentCommitsNameTheLockNotAnEmptyMessage()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("README"), "r\n", QStringLiteral("chore: start"));
        const int rounds = 30;
        QObject owner;
        QProcess *a = startWorker(repo.path(), kEmptyCommits, QStringLiteral("A"), rounds, &owner);
        QProcess *b = startWorker(repo.path(), kEmptyCommits, QStringLiteral("B"), rounds, &owner);
        QVERIFY(a->waitForFinished(300000));
        QVERIFY(b->waitForFinished(300000));
        const QByteArray outA = a->readAll(), outB = b->readAll();
        QVERIFY2(a->exitCode() == 0, outA.constData());
        QVERIFY2(b->exitCode() == 0, outB.constData());
        // Every commit that reported success is in the history, each once.
        const auto count = [](const QByteArray &out) { return out.mid(out.indexOf("ok=") + 3).split(' ').first().toInt(); };
        const int made = count(outA) + count(outB);
        QCOMPARE(repo.git({"rev-list", "--count", "HEAD"}).trimmed().toInt(), made + 1);
        repo.git({"fsck", "--no-progress"});
        QCOMPARE(repo.lastExitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cli_concurrency.moc"
