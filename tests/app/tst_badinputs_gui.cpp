#include "app/MainWindow.h"
#include "app/MessageBar.h"
#include "app/RepositoryTab.h"
#include "app/WelcomePage.h"
#include "app/WindowSettings.h"
#include "support/TestRepo.h"
#include "widgets/CommitDetailsPane.h"
#include "widgets/DiffPlaceholder.h"
#include "widgets/DiffView.h"
#include "widgets/HistoryModel.h"
#include "widgets/HistoryView.h"
#include "widgets/WorkingTreeModel.h"
#include "widgets/WorkingTreeView.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

using Section = WorkingTreeModel::Section;

/// The sections git puts each path in, from `git status --porcelain=v1 -z`.
QMap<QString, QList<Section>> gitSections(const TestRepo &repo)
{
    QMap<QString, QList<Section>> sections;
    const QList<QByteArray> records = repo.git({s("status"), s("--porcelain=v1"), s("-z"), s("-uall")}).split('\0');
    for (int i = 0; i < records.size(); ++i) {
        const QByteArray &r = records.at(i);
        if (r.size() < 4)
            continue;
        const QString path = QString::fromUtf8(r.mid(3));
        const char x = r.at(0);
        const char y = r.at(1);
        if (x == 'R' || x == 'C')
            ++i; // the original path follows
        if (x == '?') {
            sections[path] << Section::Untracked;
            continue;
        }
        if (x == 'U' || y == 'U' || (x == 'A' && y == 'A') || (x == 'D' && y == 'D')) {
            sections[path] << Section::Conflicts;
            continue;
        }
        if (x != ' ')
            sections[path] << Section::Staged;
        if (y != ' ')
            sections[path] << Section::Unstaged;
    }
    return sections;
}

QMap<QString, QList<Section>> shownSections(WorkingTreeModel *model)
{
    QMap<QString, QList<Section>> sections;
    for (Section section : {Section::Conflicts, Section::Staged, Section::Unstaged, Section::Untracked})
        for (const QString &path : model->paths(section))
            sections[path] << section;
    return sections;
}

void corruptObject(const TestRepo &repo, const QString &id)
{
    const QString path = repo.filePath(s(".git/objects/") + id.left(2) + QLatin1Char('/') + id.mid(2));
    QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOwner);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("garbage, not zlib\n");
}

} // namespace

/// The real MainWindow, offscreen, opening each bad input of the foundation issue: what cannot
/// be opened is refused with a clear message and no tab; what can opens, lists what git lists,
/// shows placeholders for binary and large files, and reports errors (a held index.lock, a
/// corrupt object) in the tab's message bar — changing nothing and never crashing.
class TestBadInputsGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;

    MainWindow *window()
    {
        auto *settings = new QSettings(m_settingsDir.filePath(s("gantry.ini")), QSettings::IniFormat, this);
        m_window = std::make_unique<MainWindow>(std::make_unique<WindowSettings>(settings));
        m_window->resize(1200, 800);
        m_window->show();
        return m_window.get();
    }

    /// Opens `repo` and waits for its first status read; checks the lists against git's.
    RepositoryTab *openAndCompare(const TestRepo &repo)
    {
        QString error;
        RepositoryTab *tab = window()->tryOpenRepository(repo.path(), &error);
        if (!tab) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return nullptr;
        }
        tab->setWorkspace(RepositoryTab::Workspace::Changes);
        const auto expected = gitSections(repo);
        WorkingTreeModel *model = tab->workingTreeView()->model();
        if (!QTest::qWaitFor([&] { return shownSections(model) == expected; }, 30000)) {
            QStringList shown;
            for (auto it = shownSections(model).cbegin(); it != shownSections(model).cend(); ++it)
                shown << it.key();
            QTest::qFail(qPrintable(s("working tree lists ") + shown.join(s(", ")) + s("; message bar: ")
                                    + tab->messageBar()->text()),
                         __FILE__, __LINE__);
            return nullptr;
        }
        return tab;
    }

    static bool select(RepositoryTab *tab, Section section, const QString &path)
    {
        WorkingTreeView *view = tab->workingTreeView();
        const QModelIndex index = view->model()->fileIndex(section, path);
        if (!index.isValid())
            return false;
        view->treeView()->setCurrentIndex(index);
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settingsDir.isValid()); }
    void cleanup() { m_window.reset(); }

    void notARepositoryIsRefusedWithADialog()
    {
        QTemporaryDir folder;
        MainWindow *w = window();
        QString text;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                box->accept();
            }
        });
        poll.start(20);
        QVERIFY(!w->openRepository(folder.path()));
        poll.stop();
        QVERIFY2(text.contains(s("is not a Git repository")), qPrintable(text));
        QCOMPARE(w->tabCount(), 0);
        QVERIFY(w->welcomePage()->isVisible());
    }

    void bareRepositoryOpensHistoryOnlyAndSaysWhy()
    {
        TestRepo work;
        work.commitFile(s("a.txt"), "a\n", s("Add a"));
        TestRepo folder(false);
        folder.git({s("clone"), s("-q"), s("--bare"), work.path(), s("b.git")});
        MainWindow *w = window();
        QString error;
        RepositoryTab *tab = w->tryOpenRepository(folder.filePath(s("b.git")), &error);
        QVERIFY2(tab, qPrintable(error));
        QVERIFY(tab->isBare());
        QCOMPARE(tab->workspace(), RepositoryTab::Workspace::History);
        QVERIFY(!w->commitAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!tab->stateBanner()->isHidden(), 20000);
        QVERIFY2(tab->stateBanner()->text().contains(s("Bare repository: no working tree")), qPrintable(tab->stateBanner()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(tab->historyView()->model()->rowCount(), 1, 20000);
        // Asking for Changes keeps History: there is no working tree to show.
        w->changesAction()->trigger();
        QCOMPARE(tab->workspace(), RepositoryTab::Workspace::History);
    }

    void unbornDetachedAndSubmoduleListWhatGitLists()
    {
        TestRepo unborn;
        unborn.write(s("staged.txt"), "s\n");
        unborn.git({s("add"), s("staged.txt")});
        unborn.write(s("new.txt"), "n\n");
        QVERIFY(openAndCompare(unborn));
        cleanup();

        TestRepo detached;
        detached.commitFile(s("f.txt"), "1\n", s("one"));
        detached.commitFile(s("f.txt"), "2\n", s("two"));
        detached.git({s("checkout"), s("-q"), s("HEAD~1")});
        detached.write(s("f.txt"), "3\n");
        RepositoryTab *tab = openAndCompare(detached);
        QVERIFY(tab);
        QTRY_VERIFY(tab->title().contains(s("detached")));
        cleanup();

        TestRepo sub;
        sub.commitFile(s("s.txt"), "s\n", s("sub"));
        TestRepo outer;
        outer.commitFile(s("f.txt"), "a\n", s("one"));
        outer.git({s("-c"), s("protocol.file.allow=always"), s("submodule"), s("add"), s("-q"), sub.path(), s("sub")});
        outer.git({s("commit"), s("-q"), s("-m"), s("add sub")});
        outer.write(s("sub/s.txt"), "changed\n");
        tab = openAndCompare(outer);
        QVERIFY(tab);
        QVERIFY(select(tab, Section::Unstaged, s("sub")));
        QTest::qWait(500);  // the submodule's diff is read; nothing may crash
        QVERIFY2(tab->messageBar()->isHidden() || tab->messageBar()->kind() != MessageBar::Kind::Error,
                 qPrintable(tab->messageBar()->text()));
    }

    void awkwardNamesAndCrlfShowTheirDiffs()
    {
        TestRepo repo;
        repo.git({s("config"), s("core.autocrlf"), s("true")});
        const QStringList names{s("with space.txt"), s("q\"uote.txt"), s("new\nline.txt"), s("caf\xc3\xa9.txt"), s("dos.txt")};
        for (const QString &name : names)
            repo.write(name, "a\r\nb\r\n");
        repo.git({s("add"), s(".")});
        repo.git({s("commit"), s("-q"), s("-m"), s("base")});
        for (const QString &name : names)
            repo.write(name, "a\r\nd\r\n");
        repo.write(s("untracked \xe6\x97\xa5\xe6\x9c\xac.txt"), "u\n");
        RepositoryTab *tab = openAndCompare(repo);
        QVERIFY(tab);
        for (const QString &name : names) {
            QVERIFY2(select(tab, Section::Unstaged, name), qPrintable(name));
            DiffView *diff = tab->changesDiffView();
            QTRY_VERIFY_WITH_TIMEOUT(diff->hasDiff() && diff->diff().path() == name, 20000);
            QCOMPARE(diff->diff().hunks.size(), 1);
        }
    }

    void binaryAndLargeFilesShowPlaceholders()
    {
        TestRepo repo;
        QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 256; ++i)
            bytes += char(i);
        repo.commitFile(s("image.png"), bytes, s("one"));
        bytes[20] = 'Z';
        repo.write(s("image.png"), bytes);
        QByteArray big;
        const QByteArray line = QByteArray(99, 'x') + '\n';
        while (big.size() < 50 * 1024 * 1024)
            big += line;
        repo.write(s("big.txt"), big);
        RepositoryTab *tab = openAndCompare(repo);
        QVERIFY(tab);
        DiffView *diff = tab->changesDiffView();

        QVERIFY(select(tab, Section::Unstaged, s("image.png")));
        QTRY_VERIFY_WITH_TIMEOUT(diff->hasDiff() && diff->diff().path() == QLatin1String("image.png"), 20000);
        QCOMPARE(diff->placeholder()->kind(), DiffPlaceholder::Kind::Binary);
        QVERIFY2(diff->placeholder()->title().startsWith(s("Binary file")), qPrintable(diff->placeholder()->title()));

        QVERIFY(select(tab, Section::Untracked, s("big.txt")));
        QTRY_VERIFY_WITH_TIMEOUT(diff->hasDiff() && diff->diff().path() == QLatin1String("big.txt"), 30000);
        QCOMPARE(diff->placeholder()->kind(), DiffPlaceholder::Kind::TooLarge);
        QVERIFY2(diff->placeholder()->title().contains(s("Large file, 50")) && diff->placeholder()->title().contains(s("MB")),
                 qPrintable(diff->placeholder()->title()));
        QVERIFY(diff->placeholder()->showAnywayButton()->isVisible());
    }

    void stagingWithAHeldIndexLockShowsTheLockAndChangesNothing()
    {
        TestRepo repo;
        repo.commitFile(s("f.txt"), "a\n", s("one"));
        repo.write(s("f.txt"), "b\n");
        RepositoryTab *tab = openAndCompare(repo);
        QVERIFY(tab);
        repo.write(s(".git/index.lock"), "held\n");
        const QByteArray index = repo.read(s(".git/index"));
        Q_EMIT tab->workingTreeView()->stageRequested({s("f.txt")});
        MessageBar *bar = tab->messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == MessageBar::Kind::Error, 20000);
        QVERIFY2(bar->text().contains(s("index.lock")), qPrintable(bar->text()));
        QCOMPARE(repo.read(s(".git/index")), index);
        QCOMPARE(repo.read(s(".git/index.lock")), QByteArray("held\n"));
        QCOMPARE(repo.git({s("--no-optional-locks"), s("status"), s("--porcelain")}), QByteArray(" M f.txt\n"));
    }

    void corruptObjectsShowAnErrorWhereTheyAreRead()
    {
        // A corrupt blob: the tab opens; the diff that needs the blob reports it.
        TestRepo repo;
        repo.commitFile(s("f.txt"), "a\nb\n", s("one"));
        repo.commitFile(s("g.txt"), "g\n", s("two"));
        repo.write(s("f.txt"), "a\nd\n");
        const QString blob = repo.revParse(s("HEAD:f.txt"));
        corruptObject(repo, blob);
        RepositoryTab *tab = openAndCompare(repo);
        QVERIFY(tab);
        QVERIFY(select(tab, Section::Unstaged, s("f.txt")));
        MessageBar *bar = tab->messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == MessageBar::Kind::Error, 20000);
        QVERIFY2(bar->text().contains(blob.left(7)) || bar->text().contains(s("corrupt"), Qt::CaseInsensitive),
                 qPrintable(bar->text()));
        cleanup();

        // A corrupt commit: history stops with a message naming it; nothing crashes.
        TestRepo history;
        history.commitFile(s("a.txt"), "1\n", s("one"));
        const QString first = history.commitFile(s("a.txt"), "2\n", s("two"));
        history.commitFile(s("a.txt"), "3\n", s("three"));
        corruptObject(history, first);
        QString error;
        tab = window()->tryOpenRepository(history.path(), &error);
        QVERIFY2(tab, qPrintable(error));
        tab->setWorkspace(RepositoryTab::Workspace::History);
        bar = tab->messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == MessageBar::Kind::Error, 20000);
        QVERIFY2(bar->text().contains(first.left(7)) || bar->text().contains(s("corrupt"), Qt::CaseInsensitive),
                 qPrintable(bar->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->historyView()->isLoading(), 20000);
    }
};

QTEST_MAIN(TestBadInputsGui)
#include "tst_badinputs_gui.moc"
