// The open workflow file follows the disk, through the real main window: a checkout under a
// clean file reloads it (selection and cursor kept), under one with unsaved edits the bar asks
// (Reload, Keep Mine, Show Difference), an external editor's write reloads, F5 checks at once,
// Save asks before it writes over a change on disk, and a deleted file says so. Each checked
// against the file's bytes on disk.
#include "app/MainWindow.h"
#include "app/PipelineEditActions.h"
#include "app/PipelinesTab.h"
#include "app/WorkflowDiskSync.h"
#include "app/WorkflowSession.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "support/gui/PipelinesTestKit.h"
#include "widgets/FileChangedBar.h"
#include "widgets/TextDifferenceDialog.h"
#include "widgets/UnifiedDiffEditor.h"
#include "widgets/WorkflowGraphView.h"
#include "widgets/WorkflowNodeItem.h"
#include "widgets/WorkflowTextEditor.h"

#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTest>
#include <QUndoStack>

using namespace gantry;
using testkit::whenModal;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const char *const kPath = ".github/workflows/ci.yml";

// main's workflow; develop drops "3.10" from the matrix (the demo repository's case).
const QByteArray kMain = "name: CI\n"
                         "on: [push]\n"
                         "jobs:\n"
                         "  build:\n"
                         "    runs-on: ubuntu-22.04\n"
                         "    strategy:\n"
                         "      matrix:\n"
                         "        python: [\"3.10\", \"3.11\", \"3.12\"]\n"
                         "    steps:\n"
                         "      - run: make\n"
                         "  test:\n"
                         "    needs: build\n"
                         "    runs-on: ubuntu-22.04\n"
                         "    steps:\n"
                         "      - run: make test\n";

QByteArray developText()
{
    return QByteArray(kMain).replace("[\"3.10\", \"3.11\", \"3.12\"]", "[\"3.11\", \"3.12\"]");
}

/// A repository on main with the workflow, and develop (one commit later) without "3.10" and
/// with a second workflow file.
void makeBranches(TestRepo &repo)
{
    repo.commitFile(s(kPath), kMain, s("ci: add the workflow"));
    repo.git({"checkout", "-q", "-b", "develop"});
    repo.write(kPath, developText());
    repo.write(".github/workflows/release.yml", "on: [workflow_dispatch]\njobs:\n  ship:\n    runs-on: x\n    steps: [{run: ./ship}]\n");
    repo.git({"add", "."});
    repo.git({"commit", "-qm", "ci: drop Python 3.10"});
    repo.git({"checkout", "-q", "main"});
}

/// Writes `bytes` as an editor does: a new file renamed over the old one.
void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        qFatal("cannot write %s", qPrintable(path));
}

/// The runner of job `job`, set through the graph's dialog as a user would.
void setRunner(PipelinesTab *pipelines, const QString &job, const QString &runner)
{
    whenModal<QInputDialog>([runner](QInputDialog *d) {
        d->setTextValue(runner);
        d->accept();
    });
    pipelines->edits()->editRunsOn(job);
}

/// Answers the next message box with the button named `objectName` (or a standard button).
void answer(const QString &objectName, QString *text = nullptr)
{
    whenModal<QMessageBox>([objectName, text](QMessageBox *box) {
        if (text)
            *text = box->text();
        auto *button = box->findChild<QPushButton *>(objectName);
        (button ? static_cast<QAbstractButton *>(button) : box->button(QMessageBox::Cancel))->click();
    });
}

} // namespace

class TestPipelinesDisk : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

private Q_SLOTS:
    void checkoutUnderACleanFileReloadsIt()
    {
        TestRepo repo;
        makeBranches(repo);
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        QCOMPARE(pipelines->textEditor()->bytes(), kMain);
        QCOMPARE(pipelines->graphView()->item(s("job:build"))->node().matrixCount, 3);
        QCOMPARE(pipelines->fileList()->count(), 1);
        // The user looks at job test, the cursor on its runs-on line.
        pipelines->graphView()->selectJob(s("test"));
        pipelines->textEditor()->setCursorPosition(12, 4);
        const qreal zoom = pipelines->graphView()->zoom();

        repo.git({"checkout", "-q", "develop"});
        QTRY_COMPARE(pipelines->textEditor()->bytes(), developText());
        QCOMPARE(pipelines->session()->text(), developText());
        QVERIFY(!pipelines->session()->isModified());
        QTRY_COMPARE(pipelines->graphView()->item(s("job:build"))->node().matrixCount, 2);
        QCOMPARE(pipelines->graphView()->selectedJob(), s("test"));
        int line = -1;
        int column = -1;
        pipelines->textEditor()->getCursorPosition(&line, &column);
        QCOMPARE(line, 12);
        QCOMPARE(column, 4);
        QCOMPARE(pipelines->graphView()->zoom(), zoom);
        QVERIFY(pipelines->diskBar()->isHidden());
        // The new branch's second workflow is listed.
        QTRY_COMPARE(pipelines->fileList()->count(), 2);

        // The case: a runner set from the graph and saved keeps develop's matrix.
        setRunner(pipelines, s("test"), s("self-hosted"));
        QByteArray expected = developText();
        expected.replace("  test:\n    needs: build\n    runs-on: ubuntu-22.04\n", "  test:\n    needs: build\n    runs-on: self-hosted\n");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        QVERIFY(pipelines->save());
        QCOMPARE(repo.read(kPath), expected);
        QVERIFY(!repo.read(kPath).contains("3.10"));
    }

    void checkoutUnderUnsavedEditsAsks_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("reload") << s("reloadFromDisk");
        QTest::newRow("keep mine") << s("keepMine");
        QTest::newRow("show difference") << s("showDifference");
    }

    void checkoutUnderUnsavedEditsAsks()
    {
        QFETCH(QString, button);
        TestRepo repo;
        makeBranches(repo);
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        setRunner(pipelines, s("test"), s("self-hosted"));
        QByteArray mine = kMain;
        mine.replace("  test:\n    needs: build\n    runs-on: ubuntu-22.04\n", "  test:\n    needs: build\n    runs-on: self-hosted\n");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), mine);

        repo.git({"checkout", "-q", "develop"});
        FileChangedBar *bar = pipelines->diskBar();
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(s("ci.yml changed on disk")), qPrintable(bar->text()));
        QVERIFY(window->grab().save(testkit::screenshotPath(s("pipelines-changed-on-disk.png"))));
        // Nothing was overwritten either way meanwhile.
        QCOMPARE(pipelines->textEditor()->bytes(), mine);
        QCOMPARE(repo.read(kPath), developText());
        QVERIFY(pipelines->session()->isModified());

        if (button == s("reloadFromDisk")) {
            bar->reloadButton()->click();
            QCOMPARE(pipelines->textEditor()->bytes(), developText());
            QVERIFY(!pipelines->session()->isModified());
            QVERIFY(bar->isHidden());
            // Undo brings the edits back: nothing of the user's is lost.
            pipelines->session()->undoStack()->undo();
            QCOMPARE(pipelines->textEditor()->bytes(), mine);
            QVERIFY(pipelines->session()->isModified());
            QCOMPARE(repo.read(kPath), developText());
        } else if (button == s("keepMine")) {
            bar->keepMineButton()->click();
            QVERIFY(bar->isHidden());
            QCOMPARE(pipelines->textEditor()->bytes(), mine);
            // The same change is not announced again on a refresh…
            window->currentTab()->refresh();
            QVERIFY(bar->isHidden());
            // …but Save asks, since the disk differs from what was read: Cancel writes nothing.
            QString question;
            answer(s("cancel"), &question);
            QVERIFY(!pipelines->save());
            QVERIFY2(question.contains(s("changed on disk")), qPrintable(question));
            QCOMPARE(repo.read(kPath), developText());
            QVERIFY(pipelines->session()->isModified());
            // Overwrite writes mine.
            answer(s("overwriteButton"));
            QVERIFY(pipelines->save());
            QCOMPARE(repo.read(kPath), mine);
            QVERIFY(!pipelines->session()->isModified());
        } else {
            QList<UnifiedDiffEditor::Row> rows;
            QString legend;
            whenModal<TextDifferenceDialog>([&rows, &legend](TextDifferenceDialog *dialog) {
                rows = dialog->editor()->rows();
                legend = dialog->legend()->text();
                QVERIFY(dialog->grab().save(testkit::screenshotPath(s("pipelines-disk-difference.png"))));
                dialog->reject();
            });
            bar->differenceButton()->click();
            QStringList removed;
            QStringList added;
            for (const UnifiedDiffEditor::Row &row : rows) {
                if (row.kind == UnifiedDiffEditor::Row::Kind::Deletion)
                    removed.append(row.text);
                else if (row.kind == UnifiedDiffEditor::Row::Kind::Addition)
                    added.append(row.text);
            }
            // Disk (−) against mine (+): develop's matrix and runner go, main's matrix and my runner come.
            QCOMPARE(removed, (QStringList{s("        python: [\"3.11\", \"3.12\"]"), s("    runs-on: ubuntu-22.04")}));
            QCOMPARE(added, (QStringList{s("        python: [\"3.10\", \"3.11\", \"3.12\"]"), s("    runs-on: self-hosted")}));
            QVERIFY2(legend.contains(s("on disk")), qPrintable(legend));
            // Looking changes nothing; the question stays.
            QVERIFY(bar->isVisible());
            QCOMPARE(pipelines->textEditor()->bytes(), mine);
            QCOMPARE(repo.read(kPath), developText());
        }
    }

    void anExternalEditorsWriteReloads()
    {
        TestRepo repo;
        makeBranches(repo);
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        const QString path = repo.path() + QLatin1Char('/') + s(kPath);
        // Replaced by a rename, as editors save.
        QByteArray first = kMain;
        first.replace("run: make test", "run: make check");
        writeAtomically(path, first);
        QTRY_COMPARE(pipelines->textEditor()->bytes(), first);
        // Written in place after that: still watched.
        QByteArray second = first;
        second.replace("run: make\n", "run: make all\n");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(second);
        file.close();
        QTRY_COMPARE(pipelines->textEditor()->bytes(), second);
        QVERIFY(!pipelines->session()->isModified());

        // F5 checks at once, before any watcher had a turn.
        QByteArray third = second;
        third.replace("name: CI", "name: Checks");
        writeAtomically(path, third);
        window->currentTab()->refresh();
        QCOMPARE(pipelines->textEditor()->bytes(), third);
        QCOMPARE(pipelines->session()->text(), third);
    }

    void saveAsksWhenTheDiskChangedSinceItWasRead()
    {
        TestRepo repo;
        makeBranches(repo);
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        setRunner(pipelines, s("build"), s("self-hosted"));
        QTRY_VERIFY(pipelines->session()->isModified());
        const QByteArray mine = pipelines->session()->text();
        // Another program writes the file; Save comes before any watcher noticed it.
        QByteArray theirs = kMain;
        theirs.replace("run: make test", "run: make test-all");
        writeAtomically(repo.path() + QLatin1Char('/') + s(kPath), theirs);

        QString question;
        answer(s("cancel"), &question);
        QVERIFY(!pipelines->save());
        QVERIFY2(question.contains(s("ci.yml changed on disk since it was read")), qPrintable(question));
        QCOMPARE(repo.read(kPath), theirs);
        QCOMPARE(pipelines->textEditor()->bytes(), mine);

        // Reload in that question shows theirs instead (and does not save).
        answer(s("reloadButton"));
        QVERIFY(!pipelines->save());
        QCOMPARE(pipelines->textEditor()->bytes(), theirs);
        QCOMPARE(repo.read(kPath), theirs);
        QVERIFY(!pipelines->session()->isModified());

        // Undo (mine again), another outside change, Overwrite: mine is written.
        pipelines->session()->undoStack()->undo();
        QCOMPARE(pipelines->textEditor()->bytes(), mine);
        writeAtomically(repo.path() + QLatin1Char('/') + s(kPath), kMain + "# touched\n");
        answer(s("overwriteButton"));
        QVERIFY(pipelines->save());
        QCOMPARE(repo.read(kPath), mine);
        // Saved: the next Save does not ask.
        QVERIFY(pipelines->save());
        QCOMPARE(repo.read(kPath), mine);
    }

    void aDeletedFileIsSaidToBe()
    {
        TestRepo repo;
        repo.commitFile(s("README.md"), "hi\n", s("Initial"));
        repo.git({"checkout", "-q", "-b", "ci"});
        repo.commitFile(s(kPath), kMain, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        QCOMPARE(pipelines->openPath(), s(kPath));
        setRunner(pipelines, s("test"), s("self-hosted"));
        QTRY_VERIFY(pipelines->session()->isModified());
        const QByteArray mine = pipelines->session()->text();

        // main has no workflow: checking it out deletes the file.
        repo.git({"checkout", "-q", "main"});
        QVERIFY(!QFile::exists(repo.path() + QLatin1Char('/') + s(kPath)));
        QTRY_VERIFY(pipelines->titleLabel()->text().contains(s("deleted on disk")));
        QVERIFY(pipelines->diskBar()->isVisible());
        QVERIFY2(pipelines->diskBar()->text().contains(s("ci.yml was deleted on disk")), qPrintable(pipelines->diskBar()->text()));
        QVERIFY(pipelines->diskSync()->isDeleted());
        QCOMPARE(pipelines->fileList()->count(), 1); // the open file stays listed, in italics
        QVERIFY(pipelines->fileList()->item(0)->font().italic());
        QCOMPARE(pipelines->textEditor()->bytes(), mine);

        // Save asks before writing it again: Cancel leaves it deleted.
        QString question;
        answer(s("cancel"), &question);
        QVERIFY(!pipelines->save());
        QVERIFY2(question.contains(s("deleted on disk")), qPrintable(question));
        QVERIFY(!QFile::exists(repo.path() + QLatin1Char('/') + s(kPath)));
        answer(s("overwriteButton"));
        QVERIFY(pipelines->save());
        QCOMPARE(repo.read(kPath), mine);
        QVERIFY(!pipelines->titleLabel()->text().contains(s("deleted")));
        QVERIFY(pipelines->diskBar()->isHidden());
        QVERIFY(!pipelines->fileList()->item(0)->font().italic());
    }

    void aCleanFileComesBackWithTheBranch()
    {
        TestRepo repo;
        repo.commitFile(s("README.md"), "hi\n", s("Initial"));
        repo.git({"checkout", "-q", "-b", "ci"});
        repo.commitFile(s(kPath), kMain, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        repo.git({"checkout", "-q", "main"});
        QTRY_VERIFY(pipelines->diskSync()->isDeleted());
        QCOMPARE(pipelines->textEditor()->bytes(), kMain); // still shown, said to be deleted
        // Back on the branch (another version of it there): reloaded, nothing asked.
        repo.git({"checkout", "-q", "ci"});
        repo.write(kPath, developText());
        QTRY_COMPARE(pipelines->textEditor()->bytes(), developText());
        QTRY_VERIFY(!pipelines->diskSync()->isDeleted());
        QVERIFY(!pipelines->titleLabel()->text().contains(s("deleted")));
        QVERIFY(pipelines->diskBar()->isHidden());
    }
};

QTEST_MAIN(TestPipelinesDisk)
#include "tst_pipelines_disk.moc"
