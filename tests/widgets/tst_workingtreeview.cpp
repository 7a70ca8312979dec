#include "gitcore/Repository.h"
#include "gitcore/StatusReader.h"
#include "support/TestRepo.h"
#include "support/gui/EmptyStateProbe.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/WorkingTreeModel.h"
#include "widgets/WorkingTreeView.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace gantry;
using Section = WorkingTreeModel::Section;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

StatusSnapshot statusOf(const TestRepo &repo)
{
    auto r = Repository::open(repo.path());
    if (!r)
        return {};
    auto status = StatusReader::read(*r);
    return status ? *status : StatusSnapshot{};
}

/// Counts from git's own porcelain output: X column for staged, Y for unstaged, "??" untracked, unmerged.
struct GitCounts
{
    int staged = 0, unstaged = 0, untracked = 0, conflicts = 0;
};

GitCounts gitCounts(const TestRepo &repo)
{
    GitCounts c;
    const QList<QByteArray> records = repo.git({s("status"), s("--porcelain"), s("-z")}).split('\0');
    bool skipNext = false;
    for (const QByteArray &r : records) {
        if (skipNext || r.size() < 3) {
            skipNext = false;
            continue;
        }
        const char x = r.at(0), y = r.at(1);
        if (x == 'R' || x == 'C')
            skipNext = true; // -z puts the rename source in its own record
        const QByteArray code = r.left(2);
        if (code == "??")
            ++c.untracked;
        else if (x == 'U' || y == 'U' || code == "AA" || code == "DD")
            ++c.conflicts;
        else {
            c.staged += x != ' ' ? 1 : 0;
            c.unstaged += y != ' ' ? 1 : 0;
        }
    }
    return c;
}

void mixedRepo(TestRepo &repo)
{
    repo.write(s("mod"), "1\n");
    repo.write(s("both"), "1\n");
    repo.write(s("old name"), "long enough content\nfor rename detection\nto kick in\n");
    repo.git({s("add"), s(".")});
    repo.git({s("commit"), s("-q"), s("-m"), s("base")});
    repo.write(s("mod"), "2\n");
    repo.write(s("both"), "2\n");
    repo.git({s("add"), s("both")});
    repo.write(s("both"), "3\n");
    repo.git({s("mv"), s("old name"), s("new name")});
    repo.write(s("added"), "a\n");
    repo.git({s("add"), s("added")});
    repo.write(s("untracked.txt"), "u\n");
    repo.write(s("folder/inner.txt"), "u\n");
}

QPoint centerOf(QTreeView *tree, const QModelIndex &index)
{
    return tree->visualRect(index).center();
}

/// A real double-click: press/release, then the double-click event (the view needs the first press).
void doubleClick(QTreeView *tree, const QModelIndex &index)
{
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centerOf(tree, index));
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centerOf(tree, index));
}

} // namespace

/// WorkingTreeModel sections against git's counts, and WorkingTreeView's clicks turned into requests.
class TestWorkingTreeView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sectionCountsMatchGit()
    {
        TestRepo repo;
        mixedRepo(repo);
        WorkingTreeModel model;
        model.setSnapshot(statusOf(repo));
        const GitCounts git = gitCounts(repo);
        QCOMPARE(model.count(Section::Staged), git.staged);
        QCOMPARE(model.count(Section::Unstaged), git.unstaged);
        QCOMPARE(model.count(Section::Untracked), git.untracked);
        QCOMPARE(model.sections(), (QList<Section>{Section::Staged, Section::Unstaged, Section::Untracked}));
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex staged = model.sectionIndex(Section::Staged);
        QCOMPARE(model.rowCount(staged), git.staged);
        QVERIFY(model.data(staged).toString().contains(QString::number(git.staged)));
        QCOMPARE(model.data(staged, WorkingTreeModel::CountRole).toInt(), git.staged);

        const QModelIndex rename = model.fileIndex(Section::Staged, s("new name"));
        QVERIFY(rename.isValid());
        QCOMPARE(model.data(rename, WorkingTreeModel::StatusLetterRole).toString(), s("R"));
        QCOMPARE(model.data(rename, WorkingTreeModel::OrigPathRole).toString(), s("old name"));
        QVERIFY(model.data(rename).toString().contains(s("old name")));
        QVERIFY(model.data(rename).toString().contains(s("new name")));
        QCOMPARE(model.data(model.fileIndex(Section::Untracked, s("folder/")), WorkingTreeModel::PathRole).toString(), s("folder/"));
        QVERIFY(!model.data(rename, Qt::DecorationRole).isNull());
        QVERIFY(model.fileIndex(Section::Unstaged, s("both")).isValid());
        QVERIFY(model.fileIndex(Section::Staged, s("both")).isValid());
    }

    void conflictSectionAppearsWithConflicts()
    {
        TestRepo repo;
        repo.commitFile(s("f"), "base\n", s("base"));
        repo.git({s("checkout"), s("-q"), s("-b"), s("other")});
        repo.commitFile(s("f"), "other\n", s("other"));
        repo.git({s("checkout"), s("-q"), s("main")});
        repo.commitFile(s("f"), "main\n", s("main"));
        repo.git({s("merge"), s("other")}, true);
        WorkingTreeModel model;
        model.setSnapshot(statusOf(repo));
        QCOMPARE(model.sections().first(), Section::Conflicts);
        QCOMPARE(model.count(Section::Conflicts), gitCounts(repo).conflicts);
        QCOMPARE(model.data(model.fileIndex(Section::Conflicts, s("f")), WorkingTreeModel::StatusLetterRole).toString(), s("UU"));
    }

    void doubleClickStagesAndUnstages()
    {
        TestRepo repo;
        mixedRepo(repo);
        WorkingTreeView view;
        view.resize(400, 600);
        view.setSnapshot(statusOf(repo));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy stage(&view, &WorkingTreeView::stageRequested);
        QSignalSpy unstage(&view, &WorkingTreeView::unstageRequested);
        QTreeView *tree = view.treeView();

        const QModelIndex mod = view.model()->fileIndex(Section::Unstaged, s("mod"));
        QVERIFY(mod.isValid());
        doubleClick(tree, mod);
        QCOMPARE(stage.count(), 1);
        QCOMPARE(stage.at(0).at(0).toStringList(), QStringList{s("mod")});

        const QModelIndex untracked = view.model()->fileIndex(Section::Untracked, s("untracked.txt"));
        doubleClick(tree, untracked);
        QCOMPARE(stage.count(), 2);
        QCOMPARE(stage.at(1).at(0).toStringList(), QStringList{s("untracked.txt")});

        const QModelIndex added = view.model()->fileIndex(Section::Staged, s("added"));
        doubleClick(tree, added);
        QCOMPARE(unstage.count(), 1);
        QCOMPARE(unstage.at(0).at(0).toStringList(), QStringList{s("added")});

        // Unstaging a rename hands over both paths, so the old one is not left staged as deleted.
        const QModelIndex rename = view.model()->fileIndex(Section::Staged, s("new name"));
        doubleClick(tree, rename);
        QCOMPARE(unstage.count(), 2);
        QCOMPARE(unstage.at(1).at(0).toStringList(), (QStringList{s("new name"), s("old name")}));
    }

    void clickSelectsFileAndButtonsRequestAll()
    {
        TestRepo repo;
        mixedRepo(repo);
        WorkingTreeView view;
        view.resize(400, 600);
        view.setSnapshot(statusOf(repo));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy selected(&view, &WorkingTreeView::fileSelected);
        QSignalSpy stage(&view, &WorkingTreeView::stageRequested);
        QSignalSpy unstage(&view, &WorkingTreeView::unstageRequested);
        QTreeView *tree = view.treeView();

        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centerOf(tree, view.model()->fileIndex(Section::Staged, s("both"))));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), s("both"));
        QCOMPARE(selected.at(0).at(1).toBool(), true);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centerOf(tree, view.model()->fileIndex(Section::Unstaged, s("both"))));
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.at(1).at(1).toBool(), false);
        QCOMPARE(view.selectedPaths(), QStringList{s("both")});

        auto *stageAll = view.findChild<QPushButton *>(s("stageAllButton"));
        auto *unstageAll = view.findChild<QPushButton *>(s("unstageAllButton"));
        QVERIFY(stageAll && unstageAll);
        QTest::mouseClick(stageAll, Qt::LeftButton);
        QCOMPARE(stage.count(), 1);
        QStringList expectedStage = view.model()->paths(Section::Unstaged) + view.model()->paths(Section::Untracked);
        QCOMPARE(stage.at(0).at(0).toStringList(), expectedStage);
        QTest::mouseClick(unstageAll, Qt::LeftButton);
        QCOMPARE(unstage.count(), 1);
        QStringList unstaged = unstage.at(0).at(0).toStringList();
        unstaged.sort();
        QCOMPARE(unstaged, (QStringList{s("added"), s("both"), s("new name"), s("old name")}));

        // After staging everything for real, the buttons follow the new status.
        repo.git({s("add"), s("-A")});
        view.setSnapshot(statusOf(repo));
        QVERIFY(!stageAll->isEnabled());
        QVERIFY(unstageAll->isEnabled());
        QCOMPARE(view.model()->count(Section::Staged), gitCounts(repo).staged);
    }

    void cleanWorkingTreeSaysSo()
    {
        TestRepo repo;
        repo.commitFile(s("a.txt"), "a\n", s("init"));
        QCOMPARE(repo.git({s("status"), s("--porcelain")}), QByteArray());  // git: clean
        WorkingTreeView view;
        view.resize(300, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        EmptyStateOverlay *empty = view.emptyState();
        QVERIFY(!empty->isShowing());  // no status read yet: nothing to claim
        view.setSnapshot(statusOf(repo));
        QTRY_VERIFY(empty->isShowing());
        QCOMPARE(empty->text(), s("Nothing to commit, working tree clean"));
        QVERIFY(gantry::testkit::paintsText(empty, view.treeView()->viewport()));
        // Under the section headers, not over them.
        const QModelIndex untracked = view.model()->sectionIndex(Section::Untracked);
        QVERIFY(empty->geometry().top() >= view.treeView()->visualRect(untracked).bottom());
        QVERIFY(view.grab().save(gantry::testkit::widgetScreenshotPath(s("working-tree-clean"))));

        // A change: the text goes; committed away: it comes back.
        repo.write(s("a.txt"), "b\n");
        view.setSnapshot(statusOf(repo));
        QTRY_VERIFY(!empty->isShowing());
        repo.git({s("commit"), s("-qam"), s("b")});
        view.setSnapshot(statusOf(repo));
        QTRY_VERIFY(empty->isShowing());
    }

    void selectionSurvivesRefresh()
    {
        TestRepo repo;
        mixedRepo(repo);
        WorkingTreeView view;
        view.setSnapshot(statusOf(repo));
        const QModelIndex mod = view.model()->fileIndex(Section::Unstaged, s("mod"));
        view.treeView()->selectionModel()->select(mod, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        repo.write(s("another"), "x\n");
        view.setSnapshot(statusOf(repo));
        QCOMPARE(view.selectedPaths(), QStringList{s("mod")});
    }
};

QTEST_MAIN(TestWorkingTreeView)
#include "tst_workingtreeview.moc"
