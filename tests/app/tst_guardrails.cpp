// The guard rails in the real main window: staging a .env opens the secrets dialog (each choice
// checked against the index and .gitignore with the git CLI), committing on a protected branch
// asks or is refused, amending a pushed commit asks, a large commit gets a hint. Saves the
// secrets dialog's screenshot.
#include "app/CommitController.h"
#include "app/GitTaskRunner.h"
#include "app/MainWindow.h"
#include "app/MessageBar.h"
#include "app/RepositoryTab.h"
#include "app/StagingController.h"
#include "app/ThemePalette.h"
#include "app/WindowSettings.h"
#include "gitcore/DiffReader.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "widgets/CommitBox.h"
#include "widgets/NewBranchDialog.h"
#include "widgets/SecretFindingsDialog.h"
#include "widgets/WorkingTreeModel.h"
#include "widgets/WorkingTreeView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace gantry;
using testkit::screenshotPath;
using testkit::whenModal;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

using testkit::fakeToken;

QPushButton *buttonNamed(QMessageBox *box, const QString &name)
{
    for (QAbstractButton *b : box->buttons())
        if (b->objectName() == name)
            return qobject_cast<QPushButton *>(b);
    return nullptr;
}

} // namespace

class TestGuardRails : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

    std::unique_ptr<MainWindow> makeWindow() { return m_windows.makeWindow(); }

    static RepositoryTab *openInChanges(MainWindow &window, const QString &path)
    {
        return testkit::MainWindowTestKit::open(window, path, RepositoryTab::Workspace::Changes);
    }

    static QByteArray staged(const TestRepo &repo)
    {
        return repo.git({s("diff"), s("--cached"), s("--name-only")});
    }

    /// Requests a stage of `path` from the file list and answers the dialog with `answer`.
    static bool stageThroughDialog(RepositoryTab *tab, const QString &path,
                                   std::function<void(SecretFindingsDialog *)> answer)
    {
        QSignalSpy decided(tab->stagingController(), &StagingController::secretsDecided);
        whenModal<SecretFindingsDialog>(std::move(answer));
        Q_EMIT tab->workingTreeView()->stageRequested({path});
        return decided.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_windows.isValid());
        ThemePalette::apply(ThemePalette::detect());
    }

    void stagingADotEnvAsksAndEachChoiceDoesWhatItSays()
    {
        TestRepo repo;
        repo.commitFile(s("README.md"), "hello\n", s("Initial"));
        const QByteArray token = fakeToken();
        repo.write(s(".env"), "DEBUG=1\nGITHUB_TOKEN=" + token + "\n");
        auto window = makeWindow();
        RepositoryTab *tab = openInChanges(*window, repo.path());
        QTRY_VERIFY_WITH_TIMEOUT(tab->workingTreeView()->model()->fileIndex(WorkingTreeModel::Section::Unstaged, s(".env")).isValid()
                                     || tab->workingTreeView()->model()->fileIndex(WorkingTreeModel::Section::Untracked, s(".env")).isValid(),
                                 20000);

        // Don't Stage: the dialog lists both findings, masked; nothing reaches the index.
        QStringList rows;
        QString shownText;
        QVERIFY(stageThroughDialog(tab, s(".env"), [&](SecretFindingsDialog *dialog) {
            QTreeWidget *list = dialog->findingsList();
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                rows.append(list->topLevelItem(i)->text(0));
                shownText += list->topLevelItem(i)->text(1) + QLatin1Char('\n');
            }
            QVERIFY(dialog->stagedNote()->isHidden());
            QVERIFY(dialog->dontStageButton()->isDefault());
            QVERIFY(dialog->grab().save(screenshotPath(s("secrets-dialog.png"))));
            QTest::mouseClick(dialog->dontStageButton(), Qt::LeftButton);
        }));
        QCOMPARE(rows, (QStringList{s(".env"), s(".env:2:14")}));
        QVERIFY2(shownText.contains(s("ghp_…") + QString::fromLatin1(token.right(4))), qPrintable(shownText));
        QVERIFY2(!shownText.contains(QString::fromLatin1(token.mid(4, 10))), "the token itself is shown");
        tab->taskRunner()->waitForIdle();
        QCOMPARE(staged(repo), QByteArray());
        QVERIFY(!QFile::exists(repo.filePath(s(".gitignore"))));

        // Stage Anyway: the explicit override stages it.
        QVERIFY(stageThroughDialog(tab, s(".env"), [](SecretFindingsDialog *dialog) {
            QTest::mouseClick(dialog->stageAnywayButton(), Qt::LeftButton);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(staged(repo), QByteArray(".env\n"), 20000);

        // Already staged and changed again: "Unstage and Add to .gitignore" takes it out of the
        // index and ignores it (the suggested pattern, ".env").
        repo.write(s(".env"), "DEBUG=2\nGITHUB_TOKEN=" + token + "\n");
        QVERIFY(stageThroughDialog(tab, s(".env"), [](SecretFindingsDialog *dialog) {
            QVERIFY(!dialog->stagedNote()->isHidden());
            QCOMPARE(dialog->ignoreButton()->text(), s("Unstage and Add to .gitignore"));
            QCOMPARE(dialog->ignoreEntries(), QStringList{s(".env")});
            QTest::mouseClick(dialog->ignoreButton(), Qt::LeftButton);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(repo.read(s(".gitignore")), QByteArray(".env\n"), 20000);
        tab->taskRunner()->waitForIdle();
        QCOMPARE(staged(repo), QByteArray());
        QCOMPARE(repo.git({s("check-ignore"), s(".env")}), QByteArray(".env\n"));
        QTRY_VERIFY(tab->messageBar()->text().contains(s("Added to .gitignore: .env")));

        // Add to .gitignore with the exact path, for a key in a folder; an existing .gitignore
        // without a final newline is appended to properly.
        repo.write(s(".gitignore"), ".env");
        repo.write(s("deploy/server.pem"), "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\n");
        QVERIFY(stageThroughDialog(tab, s("deploy/server.pem"), [](SecretFindingsDialog *dialog) {
            QCOMPARE(dialog->findingsList()->topLevelItemCount(), 2); // the name and the key block
            dialog->ignoreKindBox()->setCurrentIndex(1);
            QCOMPARE(dialog->ignoreEntries(), QStringList{s("deploy/server.pem")});
            QTest::mouseClick(dialog->ignoreButton(), Qt::LeftButton);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(repo.read(s(".gitignore")), QByteArray(".env\ndeploy/server.pem\n"), 20000);
        tab->taskRunner()->waitForIdle();
        QCOMPARE(staged(repo), QByteArray());

        // A harmless file stages with no question. (The .gitignore task above may still emit its
        // own "changed" after the file is written, so wait for the index, not for a signal.)
        repo.write(s("notes.txt"), "fine\n");
        QSignalSpy decided(tab->stagingController(), &StagingController::secretsDecided);
        Q_EMIT tab->workingTreeView()->stageRequested({s("notes.txt")});
        QTRY_COMPARE_WITH_TIMEOUT(staged(repo), QByteArray("notes.txt\n"), 20000);
        QCOMPARE(decided.size(), 0);
    }

    void stageAllIsGuardedToo()
    {
        TestRepo repo;
        repo.commitFile(s("README.md"), "hello\n", s("Initial"));
        repo.write(s("keys/id_ed25519"), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        repo.write(s("b.txt"), "b\n");
        auto window = makeWindow();
        RepositoryTab *tab = openInChanges(*window, repo.path());
        QSignalSpy decided(tab->stagingController(), &StagingController::secretsDecided);
        whenModal<SecretFindingsDialog>([](SecretFindingsDialog *dialog) {
            QTest::mouseClick(dialog->dontStageButton(), Qt::LeftButton);
        });
        tab->stagingController()->stageAll();
        QVERIFY(decided.wait(20000));
        QCOMPARE(decided.first().first().toInt(), int(SecretFindingsDialog::Choice::DontStage));
        tab->taskRunner()->waitForIdle();
        QCOMPARE(staged(repo), QByteArray());
    }

    void hunksAreGuardedAndHarmlessHunksAreNot()
    {
        TestRepo repo;
        repo.commitFile(s("a.txt"), "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", s("Initial"));
        repo.write(s("a.txt"), "1\ntoken = " + fakeToken() + "\n3\n4\n5\n6\n7\n8\n9\n10\n11\nsafe\n");
        auto window = makeWindow();
        RepositoryTab *tab = openInChanges(*window, repo.path());
        auto opened = Repository::open(repo.path());
        QVERIFY(opened);
        auto diff = DiffReader::fileDiff(*opened, DiffKind::IndexToWorkdir, s("a.txt"));
        QVERIFY(diff && diff->hunks.size() == 2);

        QSignalSpy decided(tab->stagingController(), &StagingController::secretsDecided);
        QStringList rows;
        whenModal<SecretFindingsDialog>([&rows](SecretFindingsDialog *dialog) {
            for (int i = 0; i < dialog->findingsList()->topLevelItemCount(); ++i)
                rows.append(dialog->findingsList()->topLevelItem(i)->text(0));
            QTest::mouseClick(dialog->dontStageButton(), Qt::LeftButton);
        });
        tab->stagingController()->stageHunk(*diff, 0);
        QVERIFY(decided.wait(20000));
        QCOMPARE(rows, QStringList{s("a.txt:2:9")});
        tab->taskRunner()->waitForIdle();
        QCOMPARE(repo.git({s("diff"), s("--cached")}), QByteArray());

        // The second hunk holds no secret: staged without a question.
        tab->stagingController()->stageHunk(*diff, 1);
        QTRY_COMPARE_WITH_TIMEOUT(repo.git({s("show"), s(":a.txt")}), QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\nsafe\n"), 20000);
        QVERIFY(decided.size() == 1);
    }

    void protectedBranchAsksOrRefuses()
    {
        TestRepo repo;
        repo.commitFile(s("a.txt"), "1\n", s("Initial"));
        repo.write(s("a.txt"), "2\n");
        repo.git({s("add"), s("a.txt")});
        auto window = makeWindow();
        RepositoryTab *tab = openInChanges(*window, repo.path());
        CommitBox *box = tab->commitBox();
        QTRY_VERIFY_WITH_TIMEOUT(box->canCommit(), 20000);
        const QString initial = repo.revParse(s("HEAD"));

        // "Create a Branch Instead…" opens the new-branch dialog and commits nothing.
        QString question;
        bool branchDialogShown = false;
        whenModal<QMessageBox>([&](QMessageBox *message) {
            question = message->text();
            whenModal<NewBranchDialog>([&](NewBranchDialog *dialog) {
                branchDialogShown = true;
                dialog->reject();
            });
            QTest::mouseClick(buttonNamed(message, s("guardCreateBranch")), Qt::LeftButton);
        });
        QSignalSpy stopped(tab->commitController(), &CommitController::guardStopped);
        box->setMessage(s("Two"));
        box->requestCommit();
        QVERIFY(stopped.wait(20000));
        QCOMPARE(question, s("main is protected: commit here anyway?"));
        QTRY_VERIFY(branchDialogShown);
        QCOMPARE(repo.revParse(s("HEAD")), initial);
        QCOMPARE(box->message(), s("Two")); // the message is kept for the branch

        // "Commit Anyway" commits on main.
        whenModal<QMessageBox>([](QMessageBox *message) {
            QTest::mouseClick(buttonNamed(message, s("guardProceed")), Qt::LeftButton);
        });
        QSignalSpy committed(tab->commitController(), &CommitController::committed);
        box->requestCommit();
        QVERIFY(committed.wait(20000));
        QCOMPARE(repo.git({s("log"), s("-1"), s("--format=%s")}), QByteArray("Two\n"));

        // Refuse mode: no question, an explanation with a way out, nothing committed.
        repo.write(s(".gantry/conventions.yml"), "protected-branches:\n  mode: refuse\n");
        repo.write(s("a.txt"), "3\n");
        repo.git({s("add"), s("a.txt")});
        tab->refreshStatus();
        QTRY_VERIFY_WITH_TIMEOUT(box->canCommit(), 20000);
        const QString two = repo.revParse(s("HEAD"));
        box->setMessage(s("Three"));
        QSignalSpy refused(tab->commitController(), &CommitController::guardStopped);
        box->requestCommit();
        QVERIFY(refused.wait(20000));
        QCOMPARE(repo.revParse(s("HEAD")), two);
        MessageBar *bar = tab->messageBar();
        QVERIFY2(bar->text().contains(s("main is protected: this repository refuses commits")), qPrintable(bar->text()));
        QCOMPARE(bar->actionButton()->text(), s("Create Branch…"));
        QVERIFY(bar->actionButton()->isVisible());
    }

    void amendingAPushedCommitAsksAndLargeCommitsGetAHint()
    {
        TestRepo remote(false);
        remote.git({s("init"), s("-q"), s("--bare"), s("-b"), s("main")});
        TestRepo repo;
        repo.write(s(".gantry/conventions.yml"), "protected-branches: []\nguards:\n  large-commit-lines: 5\n");
        repo.commitFile(s("a.txt"), "1\n", s("Initial"));
        repo.git({s("remote"), s("add"), s("origin"), remote.path()});
        repo.git({s("push"), s("-q"), s("-u"), s("origin"), s("main")});
        const QString pushed = repo.revParse(s("HEAD"));

        auto window = makeWindow();
        RepositoryTab *tab = openInChanges(*window, repo.path());
        CommitBox *box = tab->commitBox();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->status().branch.isEmpty(), 20000);
        box->setAmend(true);
        QTRY_COMPARE_WITH_TIMEOUT(box->message(), s("Initial"), 20000);
        box->setMessage(s("Initial, reworded"));

        // Cancel: the pushed commit stays.
        QString question;
        whenModal<QMessageBox>([&](QMessageBox *message) {
            question = message->text();
            QVERIFY(!buttonNamed(message, s("guardCreateBranch")));
            message->button(QMessageBox::Cancel)->click();
        });
        QSignalSpy stopped(tab->commitController(), &CommitController::guardStopped);
        box->requestCommit();
        QVERIFY(stopped.wait(20000));
        QCOMPARE(question, s("The last commit is already on origin/main: amending it rewrites published history."));
        QCOMPARE(repo.revParse(s("HEAD")), pushed);

        // Amend Anyway: rewritten.
        whenModal<QMessageBox>([](QMessageBox *message) {
            QTest::mouseClick(buttonNamed(message, s("guardProceed")), Qt::LeftButton);
        });
        QSignalSpy committed(tab->commitController(), &CommitController::committed);
        box->requestCommit();
        QVERIFY(committed.wait(20000));
        QVERIFY(repo.revParse(s("HEAD")) != pushed);
        QCOMPARE(repo.git({s("log"), s("-1"), s("--format=%s")}), QByteArray("Initial, reworded\n"));

        // Staging 8 lines against a limit of 5: a hint before committing, once per crossing.
        repo.write(s("b.txt"), "1\n2\n3\n4\n5\n6\n7\n8\n");
        QSignalSpy largeStaged(tab->commitController(), &CommitController::largeStagedChange);
        tab->stagingController()->stageFiles({s("b.txt")});
        QVERIFY(largeStaged.wait(20000));
        QCOMPARE(largeStaged.first().at(0).toInt(), 8);
        QVERIFY2(tab->messageBar()->text().contains(s("the staged change is 8 line")), qPrintable(tab->messageBar()->text()));
        repo.write(s("c.txt"), "c\n");
        tab->stagingController()->stageFiles({s("c.txt")});
        QTRY_VERIFY_WITH_TIMEOUT(repo.git({s("diff"), s("--cached"), s("--name-only")}).contains("c.txt"), 20000);
        tab->taskRunner()->waitForIdle();
        QCOMPARE(largeStaged.size(), 1);

        // Committing it: made, with a hint in the message bar.
        tab->refreshStatus();
        QTRY_VERIFY_WITH_TIMEOUT(box->canCommit() && !box->isAmend(), 20000);
        QSignalSpy large(tab->commitController(), &CommitController::largeCommit);
        box->setMessage(s("Add b"));
        box->requestCommit();
        QVERIFY(large.wait(20000));
        QCOMPARE(large.first().at(0).toInt(), 9);
        QCOMPARE(large.first().at(1).toInt(), 5);
        QCOMPARE(repo.git({s("log"), s("-1"), s("--format=%s")}), QByteArray("Add b\n"));
        QVERIFY2(tab->messageBar()->text().contains(s("consider splitting")), qPrintable(tab->messageBar()->text()));
    }
};

QTEST_MAIN(TestGuardRails)
#include "tst_guardrails.moc"
