#include "app/MainWindow.h"
#include "app/MessageBar.h"
#include "app/RepositoryTab.h"
#include "app/ThemePalette.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "widgets/DiffView.h"
#include "widgets/RefsPanel.h"
#include "widgets/WorkingTreeModel.h"
#include "widgets/WorkingTreeView.h"

#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace gantry;
using namespace gantry::testkit;

/// Nothing jumps: a message, a state banner or a diff that loads leaves the widgets under the
/// pointer where they were (a click aimed at them lands on them).
class TestLayoutStability : public QObject
{
    Q_OBJECT

    MainWindowTestKit m_kit;

    /// Where `widget` is in its window, and how big.
    static QRect placeOf(QWidget *widget) { return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_kit.isValid());
        ThemePalette::apply(ThemePalette::detect());
    }

    void messagesFloatOverTheViews()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "one\n", QStringLiteral("First"));
        repo.write(QStringLiteral("a.txt"), "one, edited\n");
        auto window = m_kit.makeWindow();
        RepositoryTab *tab = MainWindowTestKit::open(*window, repo.path(), RepositoryTab::Workspace::Changes);
        WorkingTreeView *files = tab->workingTreeView();
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->fileIndex(WorkingTreeModel::Section::Unstaged, QStringLiteral("a.txt")).isValid(), 20000);
        const QRect filesBefore = placeOf(files);
        const QRect diffBefore = placeOf(tab->changesDiffView());
        const QRect refsBefore = placeOf(tab->refsPanel());

        MessageBar *bar = tab->messageBar();
        bar->showMessage(MessageBar::Kind::Information, QStringLiteral("Discarded the changes of a.txt."),
                         QStringLiteral("Undo"), [] {});
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(placeOf(files), filesBefore);
        QCOMPARE(placeOf(tab->changesDiffView()), diffBefore);
        QCOMPARE(placeOf(tab->refsPanel()), refsBefore);
        // On top, inside the tab, at its bottom right, with its whole text.
        const QRect card = placeOf(bar);
        const QRect area = placeOf(tab);
        QVERIFY2(area.contains(card), qPrintable(QStringLiteral("%1 in %2").arg(card.width()).arg(area.width())));
        QVERIFY(card.bottom() > area.bottom() - 40 && card.right() > area.right() - 40);
        QVERIFY(bar->actionButton()->isVisible());
        // It follows the window's size.
        window->resize(window->width() - 200, window->height() - 100);
        QTRY_VERIFY(placeOf(tab).contains(placeOf(bar)));
        QTRY_VERIFY(placeOf(bar).right() > placeOf(tab).right() - 40);

        bar->dismiss();
        QTRY_VERIFY(!bar->isVisible());
    }

    /// A banner (detached HEAD) appearing in the header does not push the workspace down.
    void bannersKeepTheHeaderHeight()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "one\n", QStringLiteral("First"));
        repo.commitFile(QStringLiteral("a.txt"), "two\n", QStringLiteral("Second"));
        auto window = m_kit.makeWindow();
        RepositoryTab *tab = MainWindowTestKit::open(*window, repo.path(), RepositoryTab::Workspace::Changes);
        QTRY_VERIFY_WITH_TIMEOUT(tab->title().contains(QStringLiteral("main")), 20000);
        QVERIFY(!tab->stateBanner()->isVisible());
        const QRect filesBefore = placeOf(tab->workingTreeView());
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("HEAD~1")});
        tab->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(tab->stateBanner()->isVisible(), 20000);
        QTest::qWait(50);
        QCOMPARE(placeOf(tab->workingTreeView()), filesBefore);
    }
    /// A diff that loads (a long path, long lines, the staging buttons, either layout) does not
    /// widen the diff pane at the expense of the side panel and the file list, also in a window
    /// narrow enough that the diff pane is near its smallest.
    void aDiffThatLoadsKeepsThePanes_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1300") << 1300;
        QTest::newRow("1100") << 1100;
    }
    void aDiffThatLoadsKeepsThePanes()
    {
        QFETCH(int, width);
        TestRepo repo;
        const QString path = QStringLiteral("src/a/rather/deeply/nested/folder/of/the/project/with/a/long/file-name-that-goes-on.txt");
        const QByteArray longLine = QByteArray(400, 'x') + '\n';
        repo.commitFile(path, "one\n" + longLine, QStringLiteral("First"));
        repo.commitFile(QStringLiteral("b.txt"), "b\n", QStringLiteral("Second"));
        repo.write(path, "one, edited\n" + longLine + longLine);
        auto window = m_kit.makeWindow();
        window->resize(width, window->height());
        RepositoryTab *tab = MainWindowTestKit::open(*window, repo.path(), RepositoryTab::Workspace::Changes);
        WorkingTreeView *files = tab->workingTreeView();
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->fileIndex(WorkingTreeModel::Section::Unstaged, path).isValid(), 20000);
        QTest::qWait(50);
        const QRect refsBefore = placeOf(tab->refsPanel());
        const QRect filesBefore = placeOf(files);
        const QRect diffBefore = placeOf(tab->changesDiffView());

        for (const DiffView::Layout layout : {DiffView::Layout::Unified, DiffView::Layout::SideBySide}) {
            tab->changesDiffView()->setViewLayout(layout);
            QTreeView *tree = files->treeView();
            const QModelIndex index = files->model()->fileIndex(WorkingTreeModel::Section::Unstaged, path);
            tree->scrollTo(index);
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
            DiffView *diff = tab->changesDiffView();
            QTRY_VERIFY_WITH_TIMEOUT(diff->hasDiff() && diff->diff().path() == path, 20000);
            QVERIFY(diff->stageLinesButton()->isVisible());
            QTest::qWait(50);
            QCOMPARE(placeOf(tab->refsPanel()), refsBefore);
            QCOMPARE(placeOf(files), filesBefore);
            QCOMPARE(placeOf(diff), diffBefore);
        }
    }
};

QTEST_MAIN(TestLayoutStability)
#include "tst_layoutstability.moc"
