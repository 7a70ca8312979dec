#include "app/MainWindow.h"
#include "app/RepositoryTab.h"
#include "app/ThemePalette.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "widgets/CommitDetailsPane.h"
#include "widgets/DiffView.h"
#include "widgets/HistoryModel.h"
#include "widgets/HistoryView.h"
#include "widgets/WorkspaceSwitcher.h"

#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace gantry;
using namespace gantry::testkit;

/// The history's "Uncommitted changes (N)" row in the real window, as Fork and GitKraken show it:
/// there while the working tree or index has changes (N = what git status lists), above HEAD;
/// selecting it lists the staged and unstaged files, a file shows its diff, a double-click goes
/// to Changes; it goes away once everything is committed. The workspace switcher's Changes
/// button carries the same count.
class TestUncommittedRow : public QObject
{
    Q_OBJECT

    MainWindowTestKit m_kit;

    static int gitStatusCount(TestRepo &repo)
    {
        const QByteArray porcelain = repo.git({QStringLiteral("status"), QStringLiteral("--porcelain")});
        return int(porcelain.count('\n'));
    }

    static QStringList fileTexts(QTreeWidget *files)
    {
        QStringList texts;
        for (int i = 0; i < files->topLevelItemCount(); ++i)
            texts << files->topLevelItem(i)->text(0) + QLatin1Char(' ') + files->topLevelItem(i)->text(1);
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_kit.isValid());
        ThemePalette::apply(ThemePalette::detect());
    }

    void rowFollowsTheWorkingTree()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "one\n", QStringLiteral("First"));
        const QString head = repo.commitFile(QStringLiteral("b.txt"), "two\n", QStringLiteral("Second"));
        repo.write(QStringLiteral("a.txt"), "one, edited\n");
        repo.write(QStringLiteral("b.txt"), "two, staged\n");
        repo.git({QStringLiteral("add"), QStringLiteral("b.txt")});
        repo.write(QStringLiteral("new.txt"), "new\n");
        QCOMPARE(gitStatusCount(repo), 3);

        auto window = m_kit.makeWindow();
        RepositoryTab *tab = MainWindowTestKit::open(*window, repo.path(), RepositoryTab::Workspace::History);
        HistoryView *history = tab->historyView();
        HistoryModel *model = history->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasWorkingTreeRow() && model->rowCount() == 3, 20000);
        QCOMPARE(model->index(0, HistoryModel::SubjectColumn).data().toString(), QStringLiteral("Uncommitted changes (3)"));
        QCOMPARE(model->commitAt(1).toString(), head);
        QCOMPARE(tab->workspaceSwitcher()->badge(int(RepositoryTab::Workspace::Changes)), 3);

        // Selecting it lists what git status lists: the staged file first, then the others.
        const QRect rowRect = history->view()->visualRect(model->index(0, HistoryModel::SubjectColumn));
        QTest::mouseClick(history->view()->viewport(), Qt::LeftButton, {}, rowRect.center());
        QTRY_VERIFY(history->isWorkingTreeSelected());
        CommitDetailsPane *details = tab->detailsPane();
        QTRY_VERIFY(details->isShowingWorkingTree());
        QCOMPARE(fileTexts(details->fileList()),
                 (QStringList{QStringLiteral("M b.txt  (staged)"), QStringLiteral("M a.txt  (not staged)"),
                              QStringLiteral("? new.txt  (untracked)")}));

        // A file's diff shows below, read-only: the working tree's change of a.txt.
        details->fileList()->setCurrentItem(details->fileList()->topLevelItem(1));
        DiffView *diff = tab->historyDiffView();
        QTRY_VERIFY_WITH_TIMEOUT(diff->hasDiff() && diff->diff().path() == QLatin1String("a.txt"), 20000);
        QCOMPARE(diff->mode(), DiffView::Mode::Commit);
        QCOMPARE(diff->diff().hunks.size(), 1);
        // And the staged change of b.txt.
        details->fileList()->setCurrentItem(details->fileList()->topLevelItem(0));
        QTRY_VERIFY_WITH_TIMEOUT(diff->hasDiff() && diff->diff().path() == QLatin1String("b.txt"), 20000);

        // A double-click goes to Changes.
        QTest::mouseDClick(history->view()->viewport(), Qt::LeftButton, {}, rowRect.center());
        QTRY_COMPARE(tab->workspace(), RepositoryTab::Workspace::Changes);

        // Everything committed: the row goes, HEAD is the first row again.
        repo.git({QStringLiteral("add"), QStringLiteral("-A")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Third")});
        tab->refresh(true);
        QTRY_VERIFY_WITH_TIMEOUT(!model->hasWorkingTreeRow(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->commitAt(0).toString(), repo.revParse(QStringLiteral("HEAD")), 20000);
        QCOMPARE(tab->workspaceSwitcher()->badge(int(RepositoryTab::Workspace::Changes)), 0);
    }

    /// The switcher's buttons switch the workspace, and follow Ctrl+1/2/3.
    void switcherButtonsSwitch()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "one\n", QStringLiteral("First"));
        auto window = m_kit.makeWindow();
        RepositoryTab *tab = MainWindowTestKit::open(*window, repo.path(), RepositoryTab::Workspace::Changes);
        WorkspaceSwitcher *switcher = tab->workspaceSwitcher();
        QVERIFY(switcher->isVisible());
        QCOMPARE(switcher->current(), int(RepositoryTab::Workspace::Changes));
        for (auto workspace : {RepositoryTab::Workspace::History, RepositoryTab::Workspace::Pipelines,
                               RepositoryTab::Workspace::Changes}) {
            QToolButton *button = switcher->button(int(workspace));
            QVERIFY(button && button->isVisible() && !button->text().isEmpty() && !button->icon().isNull());
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_COMPARE(tab->workspace(), workspace);
            QVERIFY(button->isChecked());
        }
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(tab->workspace(), RepositoryTab::Workspace::History);
        QCOMPARE(switcher->current(), int(RepositoryTab::Workspace::History));
    }
};

QTEST_MAIN(TestUncommittedRow)
#include "tst_uncommittedrow.moc"
