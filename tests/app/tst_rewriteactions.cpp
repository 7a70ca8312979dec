// Merge, rebase and reset from the real main window's menus: the "Create a merge commit?"
// question (fast-forward only by default), the reset dialog, the "Rewrite published history?"
// warning with its override, and Undo / Abort offers — checked with the git CLI. The upstream is
// a bare repository pushed to with git.
#include "app/MainWindow.h"
#include "app/MessageBar.h"
#include "app/RepositoryTab.h"
#include "app/RewriteController.h"
#include "app/ThemePalette.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "widgets/HistoryModel.h"
#include "widgets/HistoryView.h"
#include "widgets/RefsModel.h"
#include "widgets/RefsPanel.h"
#include "widgets/ResetDialog.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace gantry;
using testkit::whenModal;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

using testkit::trimmed;
using testkit::words;

QAction *actionNamed(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions())
        if (action->objectName() == objectName)
            return action;
    return nullptr;
}

QPushButton *buttonNamed(QMessageBox *box, const QString &name)
{
    for (QAbstractButton *b : box->buttons())
        if (b->objectName() == name)
            return qobject_cast<QPushButton *>(b);
    return nullptr;
}

} // namespace

class TestRewriteActions : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

    static RepositoryTab *openInHistory(MainWindow &window, const QString &path)
    {
        return testkit::MainWindowTestKit::open(window, path, RepositoryTab::Workspace::History);
    }

    /// The refs panel's menu of local branch `branch`.
    static std::unique_ptr<QMenu> branchMenu(RefsPanel *panel, const QString &branch)
    {
        const QModelIndex source = panel->model()->indexForKey(s("local:") + branch);
        return std::unique_ptr<QMenu>(panel->contextMenuFor(panel->proxyModel()->mapFromSource(source)));
    }

    /// Waits for the controller's next `finished`; returns its `ok`.
    static bool waitFinished(QSignalSpy &spy)
    {
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 20000))
            return false;
        return spy.takeFirst().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_windows.isValid());
        ThemePalette::apply(ThemePalette::detect());
    }

    void mergeAsksBeforeAMergeCommitAndCanBeUndone()
    {
        TestRepo repo;
        repo.commitFile(s("f.txt"), "1\n", s("base"));
        repo.git(words("checkout -q -b feature"));
        repo.commitFile(s("g.txt"), "g\n", s("feature work"));
        repo.git(words("checkout -q main"));
        repo.commitFile(s("m.txt"), "m\n", s("main work"));
        const QString before = repo.revParse(s("HEAD"));

        auto window = m_windows.makeWindow();
        RepositoryTab *tab = openInHistory(*window, repo.path());
        RefsPanel *panel = tab->refsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->indexForKey(s("local:feature")).isValid(), 20000);
        QSignalSpy finished(tab->rewriteController(), &RewriteController::finished);

        // The branch checked out offers none of them.
        auto own = branchMenu(panel, s("main"));
        QVERIFY(actionNamed(own.get(), s("refsMergeAction")));
        QVERIFY(!actionNamed(own.get(), s("refsMergeAction"))->isEnabled());

        QString question, explanation;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            explanation = box->informativeText();
            QVERIFY(buttonNamed(box, s("mergeCreateCommit")));
            box->button(QMessageBox::Cancel)->click();
        });
        actionNamed(branchMenu(panel, s("feature")).get(), s("refsMergeAction"))->trigger();
        QVERIFY(!waitFinished(finished));
        QCOMPARE(question, s("main and feature have diverged: only a merge commit can join them."));
        QVERIFY2(explanation.contains(s("fast-forward only")), qPrintable(explanation));
        QCOMPARE(repo.revParse(s("HEAD")), before);

        whenModal<QMessageBox>([](QMessageBox *box) {
            QTest::mouseClick(buttonNamed(box, s("mergeCreateCommit")), Qt::LeftButton);
        });
        actionNamed(branchMenu(panel, s("feature")).get(), s("refsMergeAction"))->trigger();
        QVERIFY(waitFinished(finished));
        QCOMPARE(trimmed(repo.git(words("log -1 --format=%s%n%P"))),
                 s("Merge branch 'feature'\n") + before + QLatin1Char(' ') + repo.revParse(s("feature")));

        MessageBar *bar = tab->messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->actionButton()->isVisible() && bar->actionButton()->text() == s("Undo"), 20000);
        QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
        QVERIFY(waitFinished(finished));
        QCOMPARE(repo.revParse(s("HEAD")), before);
        QCOMPARE(trimmed(repo.git(words("status --porcelain"))), QString());
    }

    void resetWarnsBeforeDroppingPublishedCommits()
    {
        TestRepo origin(false);
        origin.git(words("init -q --bare -b main"));
        TestRepo repo;
        repo.commitFile(s("f.txt"), "a\n", s("a"));
        repo.commitFile(s("f.txt"), "b\n", s("b is pushed"));
        repo.git({s("remote"), s("add"), s("origin"), origin.path()});
        repo.git(words("push -q -u origin main"));
        repo.commitFile(s("f.txt"), "c\n", s("c is local"));
        repo.write(s("f.txt"), "uncommitted\n");
        const QString head = repo.revParse(s("HEAD"));
        const QString first = repo.revParse(s("HEAD~2"));

        auto window = m_windows.makeWindow();
        RepositoryTab *tab = openInHistory(*window, repo.path());
        HistoryView *history = tab->historyView();
        QVERIFY(QTest::qWaitFor([&] { return !history->isLoading() && history->model()->rowCount() >= 3; }, 30000));
        QSignalSpy finished(tab->rewriteController(), &RewriteController::finished);

        // Hard, then Cancel at the warning: nothing happens.
        QString leaving, warning, details;
        whenModal<ResetDialog>([&](ResetDialog *dialog) {
            leaving = dialog->leavingLabel()->text();
            dialog->hardButton()->setChecked(true);
            whenModal<QMessageBox>([&](QMessageBox *box) {
                warning = box->text();
                details = box->informativeText();
                box->button(QMessageBox::Cancel)->click();
            });
            dialog->accept();
        });
        std::unique_ptr<QMenu> menu(history->contextMenuFor(Oid::fromHex(first)));
        actionNamed(menu.get(), s("resetToCommitAction"))->trigger();
        QVERIFY(!waitFinished(finished));
        QVERIFY2(leaving.contains(s("b is pushed")) && leaving.contains(s("c is local")), qPrintable(leaving));
        QVERIFY2(warning.contains(s("origin/main")), qPrintable(warning));
        QVERIFY2(details.contains(s("b is pushed")) && !details.contains(s("c is local")), qPrintable(details));
        QCOMPARE(repo.revParse(s("HEAD")), head);
        QCOMPARE(repo.read(s("f.txt")), QByteArray("uncommitted\n"));

        // Rewrite Anyway: reset hard, the uncommitted change saved; Undo brings everything back.
        whenModal<ResetDialog>([](ResetDialog *dialog) {
            dialog->hardButton()->setChecked(true);
            whenModal<QMessageBox>([](QMessageBox *box) {
                QTest::mouseClick(buttonNamed(box, s("rewriteProceed")), Qt::LeftButton);
            });
            QTest::mouseClick(dialog->findChild<QPushButton *>(s("resetAccept")), Qt::LeftButton);
        });
        menu.reset(history->contextMenuFor(Oid::fromHex(first)));
        actionNamed(menu.get(), s("resetToCommitAction"))->trigger();
        QVERIFY(waitFinished(finished));
        QCOMPARE(repo.revParse(s("HEAD")), first);
        QCOMPARE(repo.read(s("f.txt")), QByteArray("a\n"));

        MessageBar *bar = tab->messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->actionButton()->isVisible() && bar->actionButton()->text() == s("Undo"), 20000);
        QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
        QVERIFY(waitFinished(finished));
        QCOMPARE(repo.revParse(s("HEAD")), head);
        QCOMPARE(repo.read(s("f.txt")), QByteArray("uncommitted\n"));
    }

    void refuseModeAndRebaseConflictAbort()
    {
        TestRepo origin(false);
        origin.git(words("init -q --bare -b main"));
        TestRepo repo;
        repo.write(s(".gantry/conventions.yml"), "guards:\n  rewrite-published: refuse\n");
        repo.git(words("add .gantry/conventions.yml"));
        repo.commitFile(s("f.txt"), "1\n", s("base"));
        repo.git(words("checkout -q -b feature"));
        repo.commitFile(s("f.txt"), "feature\n", s("feature work"));
        repo.git({s("remote"), s("add"), s("origin"), origin.path()});
        repo.git(words("checkout -q main"));
        repo.commitFile(s("f.txt"), "main\n", s("main work"));
        repo.git(words("checkout -q feature"));
        const QString head = repo.revParse(s("HEAD"));

        auto window = m_windows.makeWindow();
        RepositoryTab *tab = openInHistory(*window, repo.path());
        RefsPanel *panel = tab->refsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->indexForKey(s("local:main")).isValid(), 20000);
        QSignalSpy finished(tab->rewriteController(), &RewriteController::finished);
        MessageBar *bar = tab->messageBar();

        // Not published yet: the rebase runs, stops at the conflict and offers Abort.
        actionNamed(branchMenu(panel, s("main")).get(), s("refsRebaseAction"))->trigger();
        QVERIFY(!waitFinished(finished));
        QTRY_VERIFY_WITH_TIMEOUT(bar->actionButton()->isVisible() && bar->actionButton()->text() == s("Abort Rebase"), 20000);
        QVERIFY2(bar->text().contains(s("f.txt")), qPrintable(bar->text()));
        QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
        QVERIFY(waitFinished(finished));
        QCOMPARE(repo.revParse(s("HEAD")), head);
        QCOMPARE(trimmed(repo.git(words("symbolic-ref HEAD"))), s("refs/heads/feature"));
        QCOMPARE(trimmed(repo.git(words("status --porcelain"))), QString());

        // Published, in refuse mode: refused with the reason, no question, nothing changed.
        repo.git(words("push -q -u origin feature"));
        actionNamed(branchMenu(panel, s("main")).get(), s("refsRebaseAction"))->trigger();
        QVERIFY(!waitFinished(finished));
        QVERIFY2(bar->text().contains(s("guards.rewrite-published")), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(s("feature work")));
        QCOMPARE(repo.revParse(s("HEAD")), head);
    }

    void stoppedRebaseIsContinuedFromTheBanner()
    {
        TestRepo repo;
        repo.commitFile(s("f.txt"), "1\n", s("base"));
        repo.git(words("checkout -q -b feature"));
        repo.commitFile(s("f.txt"), "feature\n", s("feat: feature work"));
        repo.commitFile(s("g.txt"), "g\n", s("feat: more work"));
        repo.git(words("checkout -q main"));
        repo.commitFile(s("f.txt"), "main\n", s("main work"));
        const QString mainHead = repo.revParse(s("HEAD"));
        repo.git(words("checkout -q feature"));

        auto window = m_windows.makeWindow();
        RepositoryTab *tab = openInHistory(*window, repo.path());
        RefsPanel *panel = tab->refsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->indexForKey(s("local:main")).isValid(), 20000);
        QSignalSpy finished(tab->rewriteController(), &RewriteController::finished);
        actionNamed(branchMenu(panel, s("main")).get(), s("refsRebaseAction"))->trigger();
        QVERIFY(!waitFinished(finished));
        // Stopped: the banner says so and offers Continue (disabled while files conflict) and Abort.
        QTRY_VERIFY_WITH_TIMEOUT(tab->continueRebaseButton()->isVisible(), 20000);
        QVERIFY(!tab->continueRebaseButton()->isEnabled());
        QCOMPARE(tab->abortOperationButton()->text(), s("Abort Rebase"));
        // Resolve and stage as a user would, then Continue.
        repo.write(s("f.txt"), "main and feature\n");
        repo.git(words("add f.txt"));
        tab->refreshStatus();
        QTRY_VERIFY_WITH_TIMEOUT(tab->continueRebaseButton()->isEnabled(), 20000);
        QTest::mouseClick(tab->continueRebaseButton(), Qt::LeftButton);
        QVERIFY(waitFinished(finished));
        QCOMPARE(trimmed(repo.git(words("symbolic-ref HEAD"))), s("refs/heads/feature"));
        QCOMPARE(repo.revParse(s("HEAD~2")), mainHead);
        QCOMPARE(trimmed(repo.git({s("log"), s("--format=%s"), s("-2")})), s("feat: more work\nfeat: feature work"));
        QCOMPARE(repo.read(s("f.txt")), QByteArray("main and feature\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->continueRebaseButton()->isVisible(), 20000);
        QVERIFY(!tab->abortOperationButton()->isVisible());
    }
};

QTEST_MAIN(TestRewriteActions)
#include "tst_rewriteactions.moc"
