#include "app/GitTaskRunner.h"
#include "app/MainWindow.h"
#include "app/MessageBar.h"
#include "app/RefsController.h"
#include "app/RepositoryTab.h"
#include "app/ThemePalette.h"
#include "app/WindowSettings.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "widgets/HistoryModel.h"
#include "widgets/HistoryView.h"
#include "widgets/NewBranchDialog.h"
#include "widgets/NewTagDialog.h"
#include "widgets/RefsModel.h"
#include "widgets/RefsPanel.h"
#include "widgets/SetUpstreamDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <atomic>
#include <functional>

using namespace gantry;
using testkit::screenshotPath;
using testkit::whenModal;

namespace {

using testkit::trimmed;
using testkit::words;

} // namespace

/// The history context menu, the set-upstream dialog and the Cancel button, driven through the
/// real main window on real repositories and checked with the git CLI.
class TestHistoryActions : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

    std::unique_ptr<MainWindow> makeWindow() { return m_windows.makeWindow(); }

    static RepositoryTab *openInHistory(MainWindow &window, const QString &path)
    {
        return testkit::MainWindowTestKit::open(window, path, RepositoryTab::Workspace::History);
    }

    /// Right-clicks history row `row` and returns the menu that pops up.
    static QMenu *rightClickRow(HistoryView *history, int row)
    {
        QTreeView *view = history->view();
        const QRect rect = view->visualRect(history->model()->index(row, HistoryModel::SubjectColumn));
        QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(), view->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(view->viewport(), &event);
        QMenu *menu = nullptr;
        QTest::qWaitFor([&] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr; }, 5000);
        return menu;
    }

    static QAction *actionNamed(QMenu *menu, const QString &objectName)
    {
        for (QAction *action : menu->actions())
            if (action->objectName() == objectName)
                return action;
        return nullptr;
    }

    static bool historyLoaded(HistoryView *history, int rows)
    {
        return QTest::qWaitFor([&] { return !history->isLoading() && history->model()->rowCount() >= rows; }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_windows.isValid());
        ThemePalette::apply(ThemePalette::detect());
    }

    void historyMenuChecksOutBranchesAndTags()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "one\n", QStringLiteral("One"));
        const QString second = repo.commitFile(QStringLiteral("a.txt"), "two\n", QStringLiteral("Two"));
        repo.commitFile(QStringLiteral("a.txt"), "three\n", QStringLiteral("Three"));
        auto window = makeWindow();
        RepositoryTab *tab = openInHistory(*window, repo.path());
        HistoryView *history = tab->historyView();
        QVERIFY(historyLoaded(history, 3));
        QCOMPARE(history->model()->commitAt(1).toString(), second);

        // Create branch here…: the dialog starts at that commit.
        QString startPoint;
        whenModal<NewBranchDialog>([&startPoint](NewBranchDialog *dialog) {
            startPoint = dialog->startPoint();
            QTest::mouseClick(dialog->freeNameButton(), Qt::LeftButton);
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("from-history"));
            dialog->overrideBox()->setChecked(true); // outside the default branch policy
            dialog->checkoutBox()->setChecked(false);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        QMenu *menu = rightClickRow(history, 1);
        QVERIFY(menu);
        actionNamed(menu, QStringLiteral("createBranchHereAction"))->trigger();
        QCOMPARE(startPoint, second);
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git(words("rev-parse --verify -q from-history"), true)), second, 20000);
        QCOMPARE(trimmed(repo.git(words("symbolic-ref --short HEAD"))), QStringLiteral("main"));

        // Create tag here… (lightweight): the dialog's target is that commit.
        QString target;
        whenModal<NewTagDialog>([&target](NewTagDialog *dialog) {
            target = dialog->target();
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("v-two"));
            dialog->annotatedBox()->setChecked(false);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        menu = rightClickRow(history, 1);
        QVERIFY(menu);
        actionNamed(menu, QStringLiteral("createTagHereAction"))->trigger();
        QCOMPARE(target, second);
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git(words("rev-parse --verify -q v-two^{commit}"), true)), second, 20000);
        QCOMPARE(trimmed(repo.git(words("cat-file -t v-two"))), QStringLiteral("commit")); // lightweight

        // Checkout (detached) is refused while a local change would be overwritten, with the
        // offer to stash and switch; taking it carries the change over.
        repo.write(QStringLiteral("a.txt"), "three, edited\n");
        tab->refreshStatus();
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->hasWorkingTreeRow(), 20000); // the change's row comes first
        QCOMPARE(history->model()->commitAt(2).toString(), second);
        menu = rightClickRow(history, 2);
        QVERIFY(menu);
        actionNamed(menu, QStringLiteral("checkoutCommitAction"))->trigger();
        MessageBar *bar = tab->messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->actionButton()->isVisible()
                                     && bar->actionButton()->text() == QStringLiteral("Stash and Switch"), 20000);
        QVERIFY2(bar->text().contains(QStringLiteral("a.txt")), qPrintable(bar->text()));
        QCOMPARE(trimmed(repo.git(words("symbolic-ref --short HEAD"))), QStringLiteral("main"));
        QCOMPARE(repo.read(QStringLiteral("a.txt")), QByteArray("three, edited\n"));

        // Without local changes it detaches there, as git checkout <id> does (the row of the
        // uncommitted changes goes first, so the rows are the commits' again).
        repo.git(words("checkout -q -- a.txt"));
        tab->refreshStatus();
        QTRY_VERIFY_WITH_TIMEOUT(!history->model()->hasWorkingTreeRow(), 20000);
        menu = rightClickRow(history, 1);
        QVERIFY(menu);
        actionNamed(menu, QStringLiteral("checkoutCommitAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git(words("rev-parse HEAD"))), second, 20000);
        QCOMPARE(repo.git(words("symbolic-ref -q HEAD"), true), QByteArray());
        QCOMPARE(repo.read(QStringLiteral("a.txt")), QByteArray("two\n"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->stateBanner()->isVisible()
                                     && tab->stateBanner()->text().contains(QStringLiteral("Detached HEAD")), 20000);

        // The same actions are in Repository ▸ Selected Commit, acting on the selection.
        QMenu *commitMenu = window->commitMenu();
        Q_EMIT commitMenu->aboutToShow();
        QStringList texts;
        for (QAction *action : commitMenu->actions())
            texts << action->text();
        QVERIFY2(texts.contains(QStringLiteral("Checkout This Commit (Detached)")), qPrintable(texts.join(u',')));
        QVERIFY(texts.contains(QStringLiteral("Copy Subject")));
    }

    void setUpstreamFromTheRefsPanel()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "1\n", QStringLiteral("One"));
        repo.commitFile(QStringLiteral("a.txt"), "2\n", QStringLiteral("Two"));
        repo.git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), repo.path()});
        repo.git(words("update-ref refs/remotes/origin/main HEAD~1"));
        repo.git(words("update-ref refs/remotes/origin/other HEAD"));
        auto window = makeWindow();
        RepositoryTab *tab = openInHistory(*window, repo.path());
        RefsPanel *panel = tab->refsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->indexForKey(QStringLiteral("local:main")).isValid(), 20000);

        auto branchMenu = [panel] {
            const QModelIndex source = panel->model()->indexForKey(QStringLiteral("local:main"));
            return panel->contextMenuFor(panel->proxyModel()->mapFromSource(source));
        };
        auto setUpstreamAction = [](QMenu *menu) -> QAction * {
            for (QAction *action : menu->actions())
                if (action->text() == QStringLiteral("Set Upstream…"))
                    return action;
            return nullptr;
        };

        // Choose origin/main among the remote-tracking branches offered.
        QStringList offered;
        whenModal<SetUpstreamDialog>([&offered](SetUpstreamDialog *dialog) {
            offered = dialog->candidates();
            dialog->upstreamBox()->setCurrentIndex(dialog->upstreamBox()->findText(QStringLiteral("origin/main")));
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        std::unique_ptr<QMenu> menu(branchMenu());
        QVERIFY(setUpstreamAction(menu.get()));
        setUpstreamAction(menu.get())->trigger();
        QCOMPARE(offered, (QStringList{QStringLiteral("origin/main"), QStringLiteral("origin/other")}));
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git(words("rev-parse --abbrev-ref main@{upstream}"), true)),
                                  QStringLiteral("origin/main"), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(tab->messageBar()->text().contains(QStringLiteral("main now tracks origin/main")),
                                  qPrintable(tab->messageBar()->text()), 20000);
        // Ahead/behind follow: one ahead of origin/main, in the panel and in the header.
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->indexForKey(QStringLiteral("local:main")).data(RefsModel::AheadRole).toInt(), 1, 20000);
        QCOMPARE(trimmed(repo.git(words("rev-list --count origin/main..main"))), QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->status().upstream == QStringLiteral("origin/main") && tab->status().ahead == 1
                                     && tab->status().behind == 0, 20000);

        // Type one instead: origin/other (level with main).
        whenModal<SetUpstreamDialog>([](SetUpstreamDialog *dialog) {
            QCOMPARE(dialog->currentUpstream(), QStringLiteral("origin/main"));
            dialog->upstreamBox()->lineEdit()->clear();
            QTest::keyClicks(dialog->upstreamBox()->lineEdit(), QStringLiteral("origin/other"));
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        menu.reset(branchMenu());
        setUpstreamAction(menu.get())->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git(words("rev-parse --abbrev-ref main@{upstream}"), true)),
                                  QStringLiteral("origin/other"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->indexForKey(QStringLiteral("local:main")).data(RefsModel::UpstreamRole).toString(),
                                  QStringLiteral("origin/other"), 20000);
        QCOMPARE(panel->model()->indexForKey(QStringLiteral("local:main")).data(RefsModel::AheadRole).toInt(), 0);

        // No upstream: git forgets it.
        whenModal<SetUpstreamDialog>([](SetUpstreamDialog *dialog) {
            QTest::mouseClick(dialog->unsetButton(), Qt::LeftButton);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        menu.reset(branchMenu());
        setUpstreamAction(menu.get())->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(repo.git(words("config --get branch.main.merge"), true), QByteArray(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->indexForKey(QStringLiteral("local:main")).data(RefsModel::UpstreamRole).toString().isEmpty(), 20000);
    }

    void cancelButtonStopsACheckoutAndTheRepositoryStaysPut()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "main\n", QStringLiteral("One"));
        repo.git(words("checkout -q -b other"));
        repo.commitFile(QStringLiteral("a.txt"), "other\n", QStringLiteral("Other"));
        repo.git(words("checkout -q main"));
        const QString mainCommit = repo.revParse(QStringLiteral("main"));
        auto window = makeWindow();
        RepositoryTab *tab = openInHistory(*window, repo.path());
        GitTaskRunner *runner = tab->taskRunner();
        QVERIFY(runner->waitForIdle());

        // A long task in front (a stand-in for a big status read), then the checkout behind it.
        std::atomic<bool> release{false};
        bool blockerDone = false;
        runner->run(
            QStringLiteral("Reading a huge status…"),
            [&release](const Repository &) -> Result<void> {
                while (!release.load())
                    QThread::msleep(5);
                return {};
            },
            [&blockerDone](const Result<void> &) { blockerDone = true; }, true);
        tab->refsController()->checkout(QStringLiteral("other"));
        QToolButton *cancel = window->cancelButton();
        QTRY_VERIFY(cancel->isVisible());
        QCOMPARE(window->progressLabel()->text(), QStringLiteral("Reading a huge status…"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(window->progressLabel()->text(), QStringLiteral("Cancelling…"));
        release.store(true);
        QVERIFY(runner->waitForIdle());
        QVERIFY(blockerDone); // a cancellable task always reports back
        MessageBar *bar = tab->messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("cancelled")), 20000);
        QCOMPARE(trimmed(repo.git(words("symbolic-ref --short HEAD"))), QStringLiteral("main"));
        QCOMPARE(repo.revParse(QStringLiteral("HEAD")), mainCommit);
        QCOMPARE(repo.git(words("status --porcelain")), QByteArray());
        QCOMPARE(repo.read(QStringLiteral("a.txt")), QByteArray("main\n"));
        QTRY_VERIFY(!cancel->isVisible());

        // A cancelled status read does not wedge the next ones.
        QSignalSpy refreshed(tab, &RepositoryTab::statusRefreshed);
        tab->refreshStatus();
        runner->cancelCancellable();
        QVERIFY(runner->waitForIdle());
        repo.write(QStringLiteral("a.txt"), "edited\n");
        tab->refreshStatus();
        QTRY_VERIFY_WITH_TIMEOUT(tab->status().entries.size() == 1, 20000);

        // Not cancelled, the same checkout goes through.
        repo.git(words("checkout -q -- a.txt"));
        tab->refsController()->checkout(QStringLiteral("other"));
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git(words("symbolic-ref --short HEAD"))), QStringLiteral("other"), 20000);
    }

    void screenshots()
    {
        QTemporaryDir root;
        const QString demo = root.filePath(QStringLiteral("skylark"));
        QProcess make;
        make.start(qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/scripts/make-demo-repo"), {demo});
        QVERIFY(make.waitForFinished(300000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        auto window = makeWindow();
        window->resize(1400, 900);
        RepositoryTab *tab = openInHistory(*window, demo);
        HistoryView *history = tab->historyView();
        QVERIFY(historyLoaded(history, 50));
        QTest::qWait(200);

        // The popup is a window of its own: draw it onto the main window's picture where it is.
        QMenu *menu = rightClickRow(history, 3);
        QVERIFY(menu);
        QTest::qWait(100);
        QPixmap shot = window->grab();
        {
            QPainter painter(&shot);
            painter.drawPixmap(window->mapFromGlobal(menu->geometry().topLeft()), menu->grab());
        }
        QVERIFY(shot.save(screenshotPath(QStringLiteral("history-context-menu.png"))));
        menu->close();

        RefsPanel *panel = tab->refsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->indexForKey(QStringLiteral("local:main")).isValid(), 20000);
        whenModal<SetUpstreamDialog>([](SetUpstreamDialog *dialog) {
            QTest::qWait(100);
            QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("set-upstream-dialog.png"))));
            dialog->reject();
        });
        tab->refsController()->setUpstream(QStringLiteral("main"));
    }
};

QTEST_MAIN(TestHistoryActions)
#include "tst_historyactions.moc"
