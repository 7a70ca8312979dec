// Pull through the real main window against a git daemon on 127.0.0.1: a fast-forward lands like
// `git pull --ff-only`; a diverged branch is fetched but not merged, and "Rebase onto" replays it.
#include "app/MessageBar.h"
#include "app/PullController.h"
#include "app/RewriteController.h"
#include "support/RemoteFixture.h"
#include "support/gui/MainWindowTestKit.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace gantry;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }
} // namespace

class TestPullGui : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

private Q_SLOTS:
    void pullFastForwardsLikeGitPullFfOnly()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        const QString other = fx.clone(s("other"));
        const QString theirs = fx.commit(other, s("o.txt"), "o\n", s("feat: theirs"));
        fx.git(other, {s("push"), s("-q"), s("origin"), s("main")});
        const QString oracle = fx.clone(s("oracle-base"));
        auto window = m_windows.makeWindow();
        RepositoryTab *tab = testkit::MainWindowTestKit::open(*window, mine);
        QSignalSpy finished(tab->pullController(), &PullController::finished);
        window->pullAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().toBool(), true);
        QCOMPARE(fx.rev(mine, s("main")), theirs);
        QCOMPARE(fx.rev(mine, s("origin/main")), theirs);
        QCOMPARE(fx.git(mine, {s("status"), s("--porcelain")}), QByteArray());
        QCOMPARE(fx.git(mine, {s("rev-parse"), s("HEAD^{tree}")}), fx.git(oracle, {s("rev-parse"), s("HEAD^{tree}")}));
        QVERIFY2(tab->messageBar()->text().contains(s("Pulled")), qPrintable(tab->messageBar()->text()));

        // Again: nothing new.
        window->pullAction()->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY2(tab->messageBar()->text().contains(s("already up to date")), qPrintable(tab->messageBar()->text()));
    }

    void divergedBranchIsFetchedNotMergedAndCanBeRebased()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        const QString other = fx.clone(s("other"));
        const QString theirs = fx.commit(other, s("o.txt"), "o\n", s("feat: theirs"));
        fx.git(other, {s("push"), s("-q"), s("origin"), s("main")});
        const QString local = fx.commit(mine, s("m.txt"), "m\n", s("feat: mine"));
        auto window = m_windows.makeWindow();
        RepositoryTab *tab = testkit::MainWindowTestKit::open(*window, mine);
        QSignalSpy finished(tab->pullController(), &PullController::finished);
        QSignalSpy diverged(tab->pullController(), &PullController::diverged);
        window->pullAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QCOMPARE(diverged.size(), 1);
        QCOMPARE(diverged.first().first().toString(), s("origin/main"));
        QCOMPARE(fx.rev(mine, s("main")), local);          // nothing merged
        QCOMPARE(fx.rev(mine, s("origin/main")), theirs);  // but fetched
        QCOMPARE(fx.git(mine, {s("rev-list"), s("--merges"), s("--count"), s("HEAD")}), QByteArray("0\n"));
        QVERIFY(tab->messageBar()->actionButton()->isVisible());
        QVERIFY2(tab->messageBar()->actionButton()->text().contains(s("Rebase onto origin/main")),
                 qPrintable(tab->messageBar()->actionButton()->text()));

        // The offer replays the local commit on top of the upstream (not published: no question).
        QSignalSpy changed(tab->rewriteController(), &RewriteController::changed);
        QTest::mouseClick(tab->messageBar()->actionButton(), Qt::LeftButton);
        QVERIFY(changed.wait(20000));
        QCOMPARE(fx.rev(mine, s("main~1")), theirs);
        QCOMPARE(fx.git(mine, {s("log"), s("-1"), s("--format=%s")}), QByteArray("feat: mine\n"));
    }

    void pullWithoutUpstreamSaysWhy()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        fx.git(mine, {s("checkout"), s("-q"), s("-b"), s("feat/local")});
        auto window = m_windows.makeWindow();
        RepositoryTab *tab = testkit::MainWindowTestKit::open(*window, mine);
        QSignalSpy finished(tab->pullController(), &PullController::finished);
        window->pullAction()->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY2(tab->messageBar()->text().contains(s("feat/local has no upstream")), qPrintable(tab->messageBar()->text()));
    }
};

QTEST_MAIN(TestPullGui)
#include "tst_pull_gui.moc"
