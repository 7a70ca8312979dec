// Fetch and Push… through the real main window against a git daemon on 127.0.0.1: the push
// dialog, the protected-branch question (Cancel / Push Anyway), refuse mode, force-with-lease
// refused with a "Fetch" offer, Fetch updating the remote-tracking refs, Clone, and the status
// bar's Cancel stopping a Fetch and a Pull that wait on a server that never answers.
#include "app/CloneController.h"
#include "app/MessageBar.h"
#include "app/PullController.h"
#include "app/RemoteController.h"
#include "support/FaultyServer.h"
#include "support/RemoteFixture.h"
#include "support/TestHelpers.h"
#include "support/gui/MainWindowTestKit.h"
#include "widgets/CloneDialog.h"
#include "widgets/PushDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace gantry;
using testkit::whenModal;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QPushButton *buttonNamed(QMessageBox *box, const QString &name)
{
    for (QAbstractButton *b : box->buttons())
        if (b->objectName() == name)
            return qobject_cast<QPushButton *>(b);
    return nullptr;
}

using testkit::writeConventions;

} // namespace

class TestRemotesGui : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

    /// Triggers Push…, waits for the dialog and returns it.
    static PushDialog *openPushDialog(MainWindow &window, RepositoryTab *tab)
    {
        QSignalSpy shown(tab->remoteController(), &RemoteController::pushDialogShown);
        window.pushAction()->trigger();
        if (!shown.wait(20000))
            return nullptr;
        return tab->remoteController()->pushDialog();
    }

private Q_SLOTS:
    void pushDialogPushesANewBranch()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        fx.git(mine, {s("switch"), s("-q"), s("-c"), s("feature/gui")});
        const QString head = fx.commit(mine, s("g.txt"), "g\n", s("feat: gui"));
        auto window = m_windows.makeWindow();
        RepositoryTab *tab = testkit::MainWindowTestKit::open(*window, mine);
        QVERIFY(window->pushAction()->isEnabled());

        PushDialog *dialog = openPushDialog(*window, tab);
        QVERIFY(dialog);
        QCOMPARE(dialog->request().localBranch, s("feature/gui"));
        QCOMPARE(dialog->request().remote, s("origin"));
        QCOMPARE(dialog->remoteBranchEdit()->text(), s("feature/gui"));
        QVERIFY(dialog->upstreamCheck()->isChecked()); // no upstream yet
        QVERIFY(!dialog->leaseCheck()->isChecked());
        QVERIFY2(dialog->summaryLabel()->text().contains(s("3 commit")), qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(!dialog->findChild<QLabel *>(s("leaseHelp"))->text().isEmpty());

        QSignalSpy finished(tab->remoteController(), &RemoteController::finished);
        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(fx.bareRev(s("feature/gui")), head);
        QCOMPARE(fx.git(mine, {s("rev-parse"), s("--abbrev-ref"), s("@{u}")}).trimmed(), QByteArray("origin/feature/gui"));
        QVERIFY2(tab->messageBar()->text().contains(s("Pushed feature/gui")), qPrintable(tab->messageBar()->text()));
    }

    void protectedBranchAsksThenPushesOrIsRefused()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        const QString before = fx.bareRev(s("main"));
        const QString head = fx.commit(mine, s("c.txt"), "c\n", s("feat: c"));
        auto window = m_windows.makeWindow();
        RepositoryTab *tab = testkit::MainWindowTestKit::open(*window, mine);
        RemoteController *remotes = tab->remoteController();

        // Cancel: nothing pushed.
        PushDialog *dialog = openPushDialog(*window, tab);
        QVERIFY(dialog);
        QVERIFY2(dialog->summaryLabel()->text().contains(s("main is protected")), qPrintable(dialog->summaryLabel()->text()));
        QString question;
        QString details;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            details = box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        QSignalSpy finished(remotes, &RemoteController::finished);
        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(question, s("Push to main anyway?"));
        QVERIFY(details.contains(s("reviewed merges")));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QCOMPARE(fx.bareRev(s("main")), before);

        // Push Anyway: the explicit override pushes.
        dialog = openPushDialog(*window, tab);
        QVERIFY(dialog);
        whenModal<QMessageBox>([](QMessageBox *box) { buttonNamed(box, s("guardProceed"))->click(); });
        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().toBool(), true);
        QCOMPARE(fx.bareRev(s("main")), head);

        // Refuse mode: no question, the reason in the message bar.
        writeConventions(mine, "protected-branches:\n  mode: refuse\n");
        fx.commit(mine, s("c.txt"), "c2\n", s("feat: c2"));
        // (A question would block in exec() and the wait below would time out.)
        remotes->push(PushRequest{}); // what the dialog's defaults would send
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY2(tab->messageBar()->text().contains(s("refuses pushes")), qPrintable(tab->messageBar()->text()));
        QCOMPARE(fx.bareRev(s("main")), head);
    }

    void staleLeaseIsRefusedAndOffersFetch()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        writeConventions(mine, "protected-branches: []\n");
        const QString other = fx.clone(s("other"));
        const QString theirs = fx.commit(other, s("o.txt"), "o\n", s("feat: theirs"));
        fx.git(other, {s("push"), s("-q")});
        fx.git(mine, {s("commit"), s("-q"), s("--amend"), s("-m"), s("feat: reworded")});

        auto window = m_windows.makeWindow();
        RepositoryTab *tab = testkit::MainWindowTestKit::open(*window, mine);
        PushDialog *dialog = openPushDialog(*window, tab);
        QVERIFY(dialog);
        QVERIFY(dialog->leaseCheck()->isChecked()); // a rewrite: offered with the lease, never a plain force
        QVERIFY2(dialog->summaryLabel()->text().contains(s("Force with lease")), qPrintable(dialog->summaryLabel()->text()));
        QSignalSpy finished(tab->remoteController(), &RemoteController::finished);
        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QVERIFY2(tab->messageBar()->text().contains(theirs.left(7)), qPrintable(tab->messageBar()->text()));
        QCOMPARE(fx.bareRev(s("main")), theirs);

        // The message bar's "Fetch" brings their commit in.
        QPushButton *fetch = tab->messageBar()->actionButton();
        QVERIFY(fetch && fetch->isVisible());
        QCOMPARE(fetch->text(), s("Fetch"));
        fetch->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().toBool(), true);
        QCOMPARE(fx.rev(mine, s("origin/main")), theirs);
    }

    void fetchActionUpdatesRemoteTrackingRefs()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        const QString other = fx.clone(s("other"));
        const QString theirs = fx.commit(other, s("o.txt"), "o\n", s("feat: theirs"));
        fx.git(other, {s("push"), s("-q"), s("origin"), s("main"), s("main:refs/heads/topic")});
        auto window = m_windows.makeWindow();
        RepositoryTab *tab = testkit::MainWindowTestKit::open(*window, mine);
        QSignalSpy finished(tab->remoteController(), &RemoteController::finished);
        window->fetchAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().toBool(), true);
        QCOMPARE(fx.rev(mine, s("origin/main")), theirs);
        QCOMPARE(fx.rev(mine, s("origin/topic")), theirs);
        QVERIFY2(tab->messageBar()->text().contains(s("Fetched origin")), qPrintable(tab->messageBar()->text()));
        QCOMPARE(fx.rev(mine, s("main")), fx.rev(other, s("HEAD~1"))); // fetch moves no local branch
    }

    void cancelStopsATransferTheServerNeverAnswers()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        FaultyServer faulty(FaultyServer::Mode::Silent);
        QVERIFY(faulty.startServing());
        const QString mine = fx.clone(s("mine"));
        const QString before = fx.rev(mine, s("origin/main"));
        fx.git(mine, {s("remote"), s("set-url"), s("origin"), faulty.url(s("git"), s("shared.git"))});
        // Far longer than the waits below: only Cancel can end these transfers in time.
        fx.git(mine, {s("config"), s("gantry.networkTimeout"), s("300")});
        auto window = m_windows.makeWindow();
        RepositoryTab *tab = testkit::MainWindowTestKit::open(*window, mine);
        auto *cancel = window->findChild<QToolButton *>(s("cancelTaskButton"));
        QVERIFY(cancel);

        // Fetch: blocked in a read of the server's answer, then Cancel.
        QSignalSpy fetched(tab->remoteController(), &RemoteController::finished);
        window->fetchAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(faulty.bytesReceived() > 0, 30000);
        QTRY_VERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(fetched.isEmpty());
        const qint64 afterFetch = faulty.bytesReceived();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(fetched.wait(60000));
        QCOMPARE(fetched.first().first().toBool(), false);
        QVERIFY2(tab->messageBar()->text().contains(s("Fetch cancelled")), qPrintable(tab->messageBar()->text()));
        QCOMPARE(fx.rev(mine, s("origin/main")), before);

        // Pull: the same.
        QSignalSpy pulled(tab->pullController(), &PullController::finished);
        window->pullAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(faulty.bytesReceived() > afterFetch, 30000);
        QTRY_VERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(pulled.wait(60000));
        QCOMPARE(pulled.first().first().toBool(), false);
        QVERIFY2(tab->messageBar()->text().contains(s("Pull cancelled")), qPrintable(tab->messageBar()->text()));
        QCOMPARE(fx.rev(mine, s("HEAD")), before);
    }

    void cloneOpensTheNewRepository()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        auto window = m_windows.makeWindow();
        QVERIFY(window->cloneAction()->isEnabled());
        QCOMPARE(CloneDialog::nameFromUrl(s("https://example.com/team/app.git/")), s("app"));
        QCOMPARE(CloneDialog::nameFromUrl(s("git@example.com:team/tool.git")), s("tool"));

        window->cloneAction()->trigger();
        CloneDialog *dialog = window->cloneController()->dialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->cloneButton()->isEnabled());
        QTest::keyClicks(dialog->urlEdit(), fx.url());
        QCOMPARE(dialog->nameEdit()->text(), s("shared"));
        dialog->setParentFolder(fx.path(s("")));
        dialog->setName(s("cloned"));
        QSignalSpy cloned(window->cloneController(), &CloneController::cloned);
        QTest::mouseClick(dialog->cloneButton(), Qt::LeftButton);
        QVERIFY(cloned.wait(20000));
        const QString path = fx.path(s("cloned"));
        QCOMPARE(cloned.first().first().toString(), path);
        QTRY_COMPARE(window->tabCount(), 1);
        QCOMPARE(fx.rev(path, s("origin/main")), fx.bareRev(s("main")));
        QCOMPARE(fx.rev(path, s("HEAD")), fx.bareRev(s("main")));

        // Into the same folder again: refused with the reason, nothing opened.
        QSignalSpy failed(window->cloneController(), &CloneController::failed);
        QString warning;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            warning = box->text();
            box->accept();
        });
        window->cloneController()->clone(fx.url(), path);
        QVERIFY(failed.wait(20000));
        QTRY_VERIFY(warning.contains(s("not an empty folder")));
        QCOMPARE(window->tabCount(), 1);
    }
};

QTEST_MAIN(TestRemotesGui)
#include "tst_remotes_gui.moc"
