#include "gitcore/LibGit2.h"
#include "support/TestRepo.h"
#include "widgets/CommitDetailsPane.h"
#include "widgets/HistoryModel.h"
#include "widgets/HistoryView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace gantry;

/// HistoryView and CommitDetailsPane driven through the keyboard and mouse on a branchy
/// repository, checked against git; also saves a screenshot for review.
class TestHistoryView : public QObject
{
    Q_OBJECT

private:
    TestRepo *m_repo = nullptr;

    void commit(const QString &path, const QByteArray &content, const QString &message)
    {
        m_repo->commitFile(path, content, message);
    }
    void checkout(const QStringList &args)
    {
        m_repo->git(QStringList{QStringLiteral("checkout"), QStringLiteral("-q")} + args);
    }
    void merge(const QString &branch)
    {
        m_repo->git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("-m"),
                     QStringLiteral("Merge branch '%1'").arg(branch), branch});
    }

    static bool waitLoaded(HistoryView &view)
    {
        return QTest::qWaitFor([&] { return !view.isLoading() && view.model()->rowCount() > 0; }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ensureLibgit2();
        m_repo = new TestRepo;
        commit(QStringLiteral("README.md"), "# Demo\n", QStringLiteral("Initial commit"));
        commit(QStringLiteral("src/main.cpp"), "int main() {}\n", QStringLiteral("Add main entry point"));
        m_repo->git({QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v0.1"), QStringLiteral("-m"), QStringLiteral("First release")});
        checkout({QStringLiteral("-b"), QStringLiteral("feature/login")});
        commit(QStringLiteral("src/login.cpp"), "login\n", QStringLiteral("Add login form"));
        commit(QStringLiteral("src/login.cpp"), "login v2\n", QStringLiteral("Validate login input"));
        checkout({QStringLiteral("main")});
        commit(QStringLiteral("docs/guide.md"), "guide\n", QStringLiteral("Write the user guide"));
        checkout({QStringLiteral("-b"), QStringLiteral("bugfix/crash")});
        commit(QStringLiteral("src/main.cpp"), "int main() { return 0; }\n", QStringLiteral("Fix crash on start"));
        checkout({QStringLiteral("main")});
        merge(QStringLiteral("feature/login"));
        commit(QStringLiteral("CHANGELOG.md"), "changes\n", QStringLiteral("Update the changelog"));
        merge(QStringLiteral("bugfix/crash"));
        m_repo->git({QStringLiteral("tag"), QStringLiteral("v0.2")});
        checkout({QStringLiteral("-b"), QStringLiteral("feature/search")});
        commit(QStringLiteral("src/search.cpp"), "search\n", QStringLiteral("Add search"));
        checkout({QStringLiteral("-b"), QStringLiteral("experiment"), QStringLiteral("main~1")});
        commit(QStringLiteral("exp.txt"), "exp\n", QStringLiteral("Experiment with a new layout"));
        checkout({QStringLiteral("main")});
        m_repo->write(QStringLiteral("src/main.cpp"), "int main() { return 0; }\n// tidy\n");
        m_repo->git({QStringLiteral("mv"), QStringLiteral("README.md"), QStringLiteral("README.txt")});
        m_repo->git({QStringLiteral("add"), QStringLiteral("-A")});
        m_repo->git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Tidy up\n\nRename the readme and tidy main.")});
        m_repo->git({QStringLiteral("update-ref"), QStringLiteral("refs/remotes/origin/main"), QStringLiteral("main~1")});
        m_repo->git({QStringLiteral("update-ref"), QStringLiteral("refs/remotes/origin/feature/search"), QStringLiteral("feature/search")});
    }

    void cleanupTestCase() { delete m_repo; }

    void keyboardDownSelectsNextCommit()
    {
        HistoryView view;
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy selected(&view, &HistoryView::commitSelected);
        view.setRepository(m_repo->path());
        QVERIFY(waitLoaded(view));
        const int total = m_repo->git({QStringLiteral("rev-list"), QStringLiteral("--all"), QStringLiteral("--count")}).trimmed().toInt();
        QCOMPARE(view.model()->rowCount(), total);
        QVERIFY(view.statusLabel()->text().contains(QString::number(total)));

        view.view()->setFocus();
        QVERIFY(view.selectCommit(view.model()->commitAt(0)));
        QCOMPARE(selected.count(), 1);
        QTest::keyClick(view.view(), Qt::Key_Down);
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.last().first().value<Oid>(), view.model()->commitAt(1));
        QCOMPARE(view.currentCommit(), view.model()->commitAt(1));
        QTest::keyClick(view.view(), Qt::Key_End);
        QCOMPARE(view.currentCommit(), view.model()->commitAt(total - 1));
        QCOMPARE(view.currentCommit().toString(), m_repo->revParse(QStringLiteral("main~6")));  // the root commit
        QTest::keyClick(view.view(), Qt::Key_Home);
        QCOMPARE(view.currentCommit(), view.model()->commitAt(0));

        QSignalSpy activated(&view, &HistoryView::commitActivated);
        QTest::keyClick(view.view(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
    }

    void ctrlFFindsCommitBySha()
    {
        HistoryView view;
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRepository(m_repo->path());
        QVERIFY(waitLoaded(view));
        view.view()->setFocus();
        QVERIFY(!view.searchBar()->isVisible());
        QTest::keyClick(view.view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view.searchBar()->isVisible());
        QTRY_VERIFY(view.searchEdit()->hasFocus());

        view.searchModeCombo()->setCurrentIndex(view.searchModeCombo()->findData(int(HistorySearchQuery::Mode::Sha)));
        const QString target = m_repo->revParse(QStringLiteral("feature/login~1"));
        QSignalSpy selected(&view, &HistoryView::commitSelected);
        QTest::keyClicks(view.searchEdit(), target.left(7));
        QTRY_COMPARE(view.currentCommit().toString(), target);
        QVERIFY(selected.count() >= 1);
        QCOMPARE(selected.last().first().value<Oid>().toString(), target);
        QCOMPARE(view.matchCount(), 1);

        QTest::keyClick(view.searchEdit(), Qt::Key_Escape);
        QVERIFY(!view.searchBar()->isVisible());
        QCOMPARE(view.matchCount(), 0);
    }

    void f3StepsThroughMessageMatches()
    {
        HistoryView view;
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRepository(m_repo->path());
        QVERIFY(waitLoaded(view));
        const QStringList expected = QString::fromUtf8(m_repo->git({QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("-i"),
                                                                    QStringLiteral("-F"), QStringLiteral("--grep=login"),
                                                                    QStringLiteral("--format=%H")}))
                                         .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(expected.size(), 3);
        view.search(HistorySearchQuery::Mode::Message, QStringLiteral("LOGIN"));
        QTRY_COMPARE(view.matchCount(), expected.size());
        QSet<QString> visited;
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(view.view(), Qt::Key_F3);
            visited.insert(view.currentCommit().toString());
        }
        QCOMPARE(visited, QSet<QString>(expected.begin(), expected.end()));
        // Shift+F3 goes back the way F3 came.
        const Oid now = view.currentCommit();
        QTest::keyClick(view.view(), Qt::Key_F3);
        QTest::keyClick(view.view(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view.currentCommit(), now);

        // Filtering hides every other row.
        auto *filter = view.searchBar()->findChild<QToolButton *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(filter);
        for (auto *button : view.searchBar()->findChildren<QToolButton *>()) {
            if (button->isCheckable())
                button->setChecked(true);
        }
        int visible = 0;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            visible += view.view()->isRowHidden(row, QModelIndex()) ? 0 : 1;
        QCOMPARE(visible, expected.size());
    }

    void pathSearchMatchesGitLog()
    {
        HistoryView view;
        view.setRepository(m_repo->path());
        QVERIFY(waitLoaded(view));
        view.search(HistorySearchQuery::Mode::Path, QStringLiteral("src/main.cpp"));
        const QStringList expected = QString::fromUtf8(m_repo->git({QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("--format=%H"),
                                                                    QStringLiteral("--"), QStringLiteral("src/main.cpp")}))
                                         .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QTRY_COMPARE(view.matchCount(), expected.size());
        for (const QString &id : expected)
            QVERIFY(view.model()->isMatch(Oid::fromHex(id)));
    }

    void headerStateRoundTrips()
    {
        HistoryView first;
        first.resize(900, 400);
        first.show();
        first.view()->header()->resizeSection(HistoryModel::AuthorColumn, 213);
        const QByteArray state = first.saveState();
        HistoryView second;
        second.resize(900, 400);
        second.show();
        QVERIFY(second.restoreState(state));
        QCOMPARE(second.view()->header()->sectionSize(HistoryModel::AuthorColumn), 213);
        QVERIFY(!second.restoreState(QByteArray("garbage")));
    }

    void reloadKeepsSelection()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a"), "1", QStringLiteral("One"));
        const QString two = repo.commitFile(QStringLiteral("a"), "2", QStringLiteral("Two"));
        HistoryView view;
        view.setRepository(repo.path());
        QVERIFY(waitLoaded(view));
        QVERIFY(view.selectCommit(Oid::fromHex(two)));
        repo.commitFile(QStringLiteral("a"), "3", QStringLiteral("Three"));
        view.reload();
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.currentCommit().toString(), two);
    }

    void detailsPaneShowsCommitAndEmits()
    {
        CommitDetailsPane pane;
        pane.resize(500, 600);
        pane.show();
        pane.setRepository(m_repo->path());
        const Oid tidy = Oid::fromHex(m_repo->revParse(QStringLiteral("main")));
        QSignalSpy loaded(&pane, &CommitDetailsPane::loaded);
        pane.showCommit(tidy, {RefBadge{RefBadge::Kind::LocalBranch, QStringLiteral("main"), true}});
        QVERIFY(pane.isLoading());
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(loaded.first().at(1).toString().isEmpty());
        QCOMPARE(pane.info().subject, QStringLiteral("Tidy up"));

        // Files as git lists them (rename scores left out: libgit2 scores similarity its own way).
        QStringList expected = QString::fromUtf8(m_repo->git({QStringLiteral("show"), QStringLiteral("--name-status"), QStringLiteral("-M"),
                                                              QStringLiteral("--format="), QStringLiteral("main")}))
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList shown;
        for (int i = 0; i < pane.fileList()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = pane.fileList()->topLevelItem(i);
            shown << item->text(0) + QLatin1Char('\t') + item->text(1).replace(QStringLiteral(" → "), QStringLiteral("\t"));
        }
        for (QString &line : expected) {
            if (line.startsWith(QLatin1Char('R')))
                line = QStringLiteral("R") + line.mid(line.indexOf(QLatin1Char('\t')));
        }
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        QVERIFY(pane.headerView()->toPlainText().contains(QStringLiteral("Rename the readme")));
        QVERIFY(pane.headerView()->toPlainText().contains(QStringLiteral("Gantry Test")));

        QSignalSpy file(&pane, &CommitDetailsPane::fileSelected);
        pane.fileList()->setCurrentItem(pane.fileList()->topLevelItem(0));
        QCOMPARE(file.count(), 1);
        QCOMPARE(file.first().at(0).value<Oid>(), tidy);
        QCOMPARE(file.first().at(1).toString(), pane.info().files.first().path);

        QSignalSpy commit(&pane, &CommitDetailsPane::commitSelected);
        emit pane.headerView()->anchorClicked(QUrl(QStringLiteral("gantry-commit:") + pane.info().parents.first().toString()));
        QCOMPARE(commit.count(), 1);
        QCOMPARE(commit.first().first().value<Oid>().toString(), m_repo->revParse(QStringLiteral("main~1")));

        pane.copyShaButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), tidy.toString());

        pane.showCommit(Oid::fromHex(QStringLiteral("0123456789012345678901234567890123456789")));
        QTRY_COMPARE(loaded.count(), 2);
        QVERIFY(!loaded.last().at(1).toString().isEmpty());
        QVERIFY(pane.headerView()->toPlainText().contains(QStringLiteral("Could not read")));
    }

    void contextMenuOffersCommitActions()
    {
        HistoryView view;
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRepository(m_repo->path());
        QVERIFY(waitLoaded(view));
        // Nothing selected: the actions (also in the main window's menu) are off.
        for (QAction *action : view.commitActions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));

        // Right-click the second row: it is selected and its menu pops up with the eight actions.
        const Oid second = view.model()->commitAt(1);
        QVERIFY(!second.isNull());
        const QRect rect = view.view()->visualRect(view.model()->index(1, HistoryModel::SubjectColumn));
        QContextMenuEvent mouseMenu(QContextMenuEvent::Mouse, rect.center(), view.view()->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(view.view()->viewport(), &mouseMenu);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QCOMPARE(view.currentCommit(), second);
        QStringList texts;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(texts, (QStringList{QStringLiteral("Checkout This Commit (Detached)"), QStringLiteral("Create Branch Here…"),
                                     QStringLiteral("Create Tag Here…"), QStringLiteral("Merge into Current Branch"),
                                     QStringLiteral("Rebase Current Branch onto This…"),
                                     QStringLiteral("Reset Current Branch to Here…"), QStringLiteral("Copy Commit ID"),
                                     QStringLiteral("Copy Subject")}));
        for (QAction *action : menu->actions())
            QVERIFY(action->isEnabled());

        // Each Git action is a request for the owner, carrying the commit.
        QSignalSpy checkout(&view, &HistoryView::checkoutCommitRequested);
        QSignalSpy branch(&view, &HistoryView::createBranchRequested);
        QSignalSpy tag(&view, &HistoryView::createTagRequested);
        menu->actions().first()->trigger();
        menu->close();
        QCOMPARE(checkout.count(), 1);
        QCOMPARE(checkout.first().first().value<Oid>(), second);
        view.createBranchAction()->trigger();
        view.createTagAction()->trigger();
        QCOMPARE(branch.count(), 1);
        QCOMPARE(branch.first().first().value<Oid>(), second);
        QCOMPARE(tag.first().first().value<Oid>(), second);
        QSignalSpy merge(&view, &HistoryView::mergeCommitRequested);
        QSignalSpy rebase(&view, &HistoryView::rebaseOntoRequested);
        QSignalSpy reset(&view, &HistoryView::resetToRequested);
        view.mergeCommitAction()->trigger();
        view.rebaseOntoAction()->trigger();
        view.resetToAction()->trigger();
        QCOMPARE(merge.count(), 1);
        QCOMPARE(merge.first().first().value<Oid>(), second);
        QCOMPARE(rebase.first().first().value<Oid>(), second);
        QCOMPARE(reset.first().first().value<Oid>(), second);

        // Copying needs no Git: the id and the subject as git prints them.
        QApplication::clipboard()->clear();
        view.copyIdAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), m_repo->revParse(second.toString().left(10)));
        view.copySubjectAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 QString::fromUtf8(m_repo->git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"),
                                                second.toString()}).trimmed()));
        // Ctrl+C in the table copies the id too.
        QApplication::clipboard()->clear();
        view.view()->setFocus();
        QTest::keyClick(view.view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), second.toString());

        // The Menu key opens the menu of the selected row; its actions act on that row.
        QTest::keyClick(view.view(), Qt::Key_Down);
        const Oid third = view.currentCommit();
        QCOMPARE(third, view.model()->commitAt(2));
        QContextMenuEvent keyMenu(QContextMenuEvent::Keyboard, QPoint(5, 5), view.view()->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(view.view(), &keyMenu);
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QVERIFY(menu->geometry().top() >= view.view()->viewport()->mapToGlobal(view.view()->visualRect(view.model()->index(2, 1)).topLeft()).y());
        menu->actions().first()->trigger();
        menu->close();
        QCOMPARE(checkout.count(), 2);
        QCOMPARE(checkout.last().first().value<Oid>(), third);

        // A menu built for another commit acts on that commit, not on the selection.
        const Oid root = view.model()->commitAt(view.model()->rowCount() - 1);
        std::unique_ptr<QMenu> other(view.contextMenuFor(root));
        view.copyIdAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), root.toString());
        other.reset();
        view.copyIdAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), third.toString());
    }

    void screenshot()
    {
        QSplitter window;
        auto *view = new HistoryView(&window);
        auto *pane = new CommitDetailsPane(&window);
        window.addWidget(view);
        window.addWidget(pane);
        window.setSizes({900, 420});
        window.resize(1320, 560);
        connect(view, &HistoryView::commitSelected, pane, [=](const Oid &id) { pane->showCommit(id, view->refsOf(id)); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        pane->setRepository(m_repo->path());
        view->setRepository(m_repo->path());
        QVERIFY(waitLoaded(*view));
        QSignalSpy loaded(pane, &CommitDetailsPane::loaded);
        QVERIFY(view->selectCommit(Oid::fromHex(m_repo->revParse(QStringLiteral("main~1")))));
        QTRY_COMPARE(loaded.count(), 1);
        QTest::qWait(50);
        const QString dir = qEnvironmentVariable("GANTRY_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(dir));
        const QPixmap shot = window.grab();
        QVERIFY(shot.save(dir + QStringLiteral("/history.png")));
        // The graph column magnified, to check by eye that lanes join up between rows.
        const QRect graph(view->view()->viewport()->mapTo(&window, QPoint(0, 0)),
                          QSize(view->view()->header()->sectionSize(HistoryModel::GraphColumn), 12 * 26));
        QVERIFY(shot.copy(graph).scaled(graph.size() * 4, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                    .save(dir + QStringLiteral("/history-graph-zoom.png")));
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
