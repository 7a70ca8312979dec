#include "app/MainWindow.h"
#include "app/MessageBar.h"
#include "app/RefsController.h"
#include "app/RepositoryTab.h"
#include "app/ThemePalette.h"
#include "app/WindowSettings.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "widgets/NewBranchDialog.h"
#include "widgets/RefsModel.h"
#include "widgets/RefsPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace gantry;
using testkit::screenshotPath;
using testkit::whenModal;

namespace {

using testkit::trimmed;
using testkit::words;

void chooseType(NewBranchDialog *dialog, const QString &type)
{
    dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(type));
}

/// Gives `repo` a bare upstream `origin` that is `ahead` commits ahead of its main, fetched:
/// main is then that many commits behind origin/main, as after a teammate's push.
void makeUpstreamAhead(TestRepo &repo, const QString &folder, int ahead)
{
    const QString bare = folder + QStringLiteral("/upstream.git");
    const QString other = folder + QStringLiteral("/teammate");
    repo.git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), bare}, false, folder);
    repo.git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), bare});
    repo.git(words("push -q -u origin main"));
    repo.git({QStringLiteral("clone"), QStringLiteral("-q"), bare, other}, false, folder);
    for (int i = 0; i < ahead; ++i) {
        QFile f(other + QStringLiteral("/teammate-%1.txt").arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("work\n");
        f.close();
        repo.git(words("add -A"), false, other);
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                  QStringLiteral("feat: teammate's work %1").arg(i)}, false, other);
    }
    repo.git(words("push -q origin main"), false, other);
    repo.git(words("fetch -q origin"));
}

} // namespace

/// Branches by convention through the real main window: the new-branch dialog creating
/// branches in real repositories (checked with git), the repository's own policy, and the
/// "pull first" reminder against a real upstream.
class TestBranchConventions : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

    std::unique_ptr<MainWindow> makeWindow() { return m_windows.makeWindow(); }

    static RepositoryTab *open(MainWindow &window, const QString &path)
    {
        return testkit::MainWindowTestKit::open(window, path);
    }

    static bool refsLoaded(RepositoryTab *tab, const QString &branch)
    {
        return QTest::qWaitFor([&] {
            return tab->refsPanel()->model()->indexForKey(QStringLiteral("local:") + branch).isValid();
        }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_windows.isValid());
        ThemePalette::apply(ThemePalette::detect());
    }

    void createsAFeatureBranchFromDevelop()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "1\n", QStringLiteral("feat: one"));
        repo.git(words("branch develop"));
        repo.git(words("checkout -q develop"));
        const QString developTip = repo.commitFile(QStringLiteral("a.txt"), "2\n", QStringLiteral("feat: two"));
        repo.git(words("checkout -q main"));
        const QString mainTip = repo.revParse(QStringLiteral("main"));
        auto window = makeWindow();
        RepositoryTab *tab = open(*window, repo.path());
        QVERIFY(refsLoaded(tab, QStringLiteral("develop")));

        QString featBase, hotfixBase, verdict;
        whenModal<NewBranchDialog>([&](NewBranchDialog *dialog) {
            featBase = dialog->startPoint();
            chooseType(dialog, QStringLiteral("hotfix"));
            hotfixBase = dialog->startPoint();
            chooseType(dialog, QStringLiteral("feat"));
            QTest::keyClicks(dialog->issueEdit(), QStringLiteral("42"));
            QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Add dark mode"));
            verdict = dialog->verdictLabel()->text();
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        tab->refsController()->createBranch();
        QCOMPARE(featBase, QStringLiteral("develop"));
        QCOMPARE(hotfixBase, QStringLiteral("main"));
        QVERIFY2(verdict.contains(QStringLiteral("feat/*")), qPrintable(verdict));
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git(words("branch --list feat/42-add-dark-mode"))).remove(u'*').trimmed(),
                                  QStringLiteral("feat/42-add-dark-mode"), 20000);
        QCOMPARE(repo.revParse(QStringLiteral("feat/42-add-dark-mode")), developTip);
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git(words("symbolic-ref --short HEAD"))),
                                  QStringLiteral("feat/42-add-dark-mode"), 20000);

        // A hotfix starts from main.
        whenModal<NewBranchDialog>([&](NewBranchDialog *dialog) {
            chooseType(dialog, QStringLiteral("hotfix"));
            QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Crash on start"));
            dialog->checkoutBox()->setChecked(false);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        tab->refsController()->createBranch();
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git(words("rev-parse --verify -q hotfix/crash-on-start"), true)), mainTip,
                                  20000);
        QCOMPARE(trimmed(repo.git(words("symbolic-ref --short HEAD"))), QStringLiteral("feat/42-add-dark-mode"));
    }

    void createBranchHereKeepsTheCommit()
    {
        TestRepo repo;
        const QString first = repo.commitFile(QStringLiteral("a.txt"), "1\n", QStringLiteral("feat: one"));
        repo.commitFile(QStringLiteral("a.txt"), "2\n", QStringLiteral("feat: two"));
        repo.git(words("branch develop"));
        auto window = makeWindow();
        RepositoryTab *tab = open(*window, repo.path());
        QVERIFY(refsLoaded(tab, QStringLiteral("develop")));
        QString start;
        whenModal<NewBranchDialog>([&](NewBranchDialog *dialog) {
            QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("From the first"));
            chooseType(dialog, QStringLiteral("fix"));
            start = dialog->startPoint();
            dialog->checkoutBox()->setChecked(false);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        tab->refsController()->createBranch(first); // as History ▸ Create Branch Here… does
        QCOMPARE(start, first);
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git(words("rev-parse --verify -q fix/from-the-first"), true)), first, 20000);
    }

    void repositoryPolicyAndOverride()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "1\n", QStringLiteral("feat: one"));
        repo.git(words("branch trunk"));
        repo.write(QStringLiteral(".gantry/conventions.yml"), "branches:\n"
                                                              "  allowed: [main, trunk, \"story/*\"]\n"
                                                              "  types:\n"
                                                              "    story: {base: trunk}\n");
        auto window = makeWindow();
        RepositoryTab *tab = open(*window, repo.path());
        QVERIFY(refsLoaded(tab, QStringLiteral("trunk")));
        QStringList types;
        bool blockedBeforeOverride = false;
        QString verdict;
        whenModal<NewBranchDialog>([&](NewBranchDialog *dialog) {
            for (int i = 0; i < dialog->typeBox()->count(); ++i)
                types << dialog->typeBox()->itemData(i).toString();
            QTest::mouseClick(dialog->freeNameButton(), Qt::LeftButton);
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("feat/x"));
            verdict = dialog->verdictLabel()->text();
            blockedBeforeOverride = !dialog->acceptButton()->isEnabled();
            QTest::mouseClick(dialog->overrideBox(), Qt::LeftButton);
            dialog->checkoutBox()->setChecked(false);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        tab->refsController()->createBranch();
        QCOMPARE(types, QStringList{QStringLiteral("story")});
        QVERIFY(blockedBeforeOverride);
        QVERIFY2(verdict.contains(QStringLiteral("'feat/x' does not match any of: main, trunk, story/*")), qPrintable(verdict));
        QTRY_VERIFY_WITH_TIMEOUT(!repo.git(words("branch --list feat/x")).isEmpty(), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(tab->messageBar()->text().contains(QStringLiteral("outside the branch policy")),
                                  qPrintable(tab->messageBar()->text()), 20000);

        // A broken file: the dialog says where, and the defaults apply.
        repo.write(QStringLiteral(".gantry/conventions.yml"), "branches:\n  types: [story\n");
        QString note;
        int typeCount = 0;
        whenModal<NewBranchDialog>([&](NewBranchDialog *dialog) {
            note = dialog->policyNoteLabel()->text();
            typeCount = dialog->typeBox()->count();
            dialog->reject();
        });
        tab->refsController()->createBranch();
        QVERIFY2(note.contains(QStringLiteral(".gantry/conventions.yml:")) && note.contains(QStringLiteral("invalid YAML")),
                 qPrintable(note));
        QCOMPARE(typeCount, 5);
    }

    void pullReminderWhileBehindItsUpstream()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "1\n", QStringLiteral("feat: one"));
        QTemporaryDir folder;
        makeUpstreamAhead(repo, folder.path(), 3);
        QCOMPARE(trimmed(repo.git(words("rev-list --count main..origin/main"))), QStringLiteral("3"));
        auto window = makeWindow();
        RepositoryTab *tab = open(*window, repo.path());
        QLabel *reminder = tab->pullReminder();
        QTRY_VERIFY_WITH_TIMEOUT(reminder->isVisible(), 20000);
        QVERIFY2(reminder->text().startsWith(QStringLiteral("main is 3 commit")), qPrintable(reminder->text()));
        QVERIFY(reminder->text().endsWith(QStringLiteral("behind origin/main — pull before you start new work")));
        QVERIFY(!tab->stateBanner()->isVisible()); // not a repository state: a reminder beside it

        // Pulled (fast-forward): the reminder goes.
        repo.git(words("merge -q --ff-only origin/main"));
        tab->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!reminder->isVisible(), 20000);
        QVERIFY(reminder->text().isEmpty());

        // Ahead only: no reminder.
        repo.commitFile(QStringLiteral("b.txt"), "mine\n", QStringLiteral("feat: mine"));
        tab->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().ahead, 1, 20000);
        QVERIFY(!reminder->isVisible());
    }

    void screenshots()
    {
        QTemporaryDir root;
        const QString demo = root.filePath(QStringLiteral("skylark"));
        QProcess make;
        make.start(qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/scripts/make-demo-repo"), {demo});
        QVERIFY(make.waitForFinished(300000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        // A teammate pushed two commits to main: fetched, not pulled.
        TestRepo helper(false);
        const QString bare = root.filePath(QStringLiteral("skylark.git"));
        const QString other = root.filePath(QStringLiteral("teammate"));
        helper.git({QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), demo, bare}, false, root.path());
        helper.git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), bare}, false, demo);
        helper.git(words("fetch -q origin"), false, demo);
        helper.git(words("branch -q --set-upstream-to=origin/main main"), false, demo);
        helper.git({QStringLiteral("clone"), QStringLiteral("-q"), bare, other}, false, root.path());
        for (const char *subject : {"fix(api): retry on 503", "docs: document the retry policy"}) {
            helper.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                        QStringLiteral("-m"), QString::fromUtf8(subject)}, false, other);
        }
        helper.git(words("push -q origin main"), false, other);
        helper.git(words("fetch -q origin"), false, demo);

        auto window = makeWindow();
        window->resize(1400, 900);
        RepositoryTab *tab = open(*window, demo);
        QVERIFY(refsLoaded(tab, QStringLiteral("develop")));
        QTRY_VERIFY_WITH_TIMEOUT(tab->pullReminder()->isVisible(), 20000);
        QTest::qWait(300);
        QVERIFY(window->grab().save(screenshotPath(QStringLiteral("pull-reminder.png"))));

        whenModal<NewBranchDialog>([](NewBranchDialog *dialog) {
            QTest::keyClicks(dialog->issueEdit(), QStringLiteral("128"));
            dialog->descriptionEdit()->insert(QStringLiteral("Add dark mode to the réglages page"));
            QTest::qWait(100);
            QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("new-branch-dialog.png"))));
            QTest::mouseClick(dialog->freeNameButton(), Qt::LeftButton);
            dialog->nameEdit()->clear();
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("DarkMode"));
            QTest::qWait(100);
            QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("new-branch-dialog-outside-policy.png"))));
            dialog->reject();
        });
        tab->refsController()->createBranch();
    }
};

QTEST_MAIN(TestBranchConventions)
#include "tst_branchconventions.moc"
