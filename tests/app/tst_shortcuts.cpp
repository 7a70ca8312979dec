#include "app/MainWindow.h"
#include "app/RepositoryTab.h"
#include "app/ThemePalette.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "widgets/HistoryView.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace gantry;
using namespace gantry::testkit;

/// No key sequence is bound twice where both bindings can be live at once: walks every QAction
/// and QShortcut of the main window and of each workspace, works out where each binding is
/// active (the whole window, or a widget and its children) and fails on two different bindings
/// of one key whose places overlap — what Qt reports as "Ambiguous shortcut overload" and then
/// ignores the key. Also presses the keys that were ambiguous once and checks they act.
class TestShortcuts : public QObject
{
    Q_OBJECT

    /// One key binding and where it is live: `scope` and its children (the window for window-wide ones).
    struct Binding
    {
        QObject *owner = nullptr; // the QAction or QShortcut
        QString name;
        QKeySequence key;
        QWidget *scope = nullptr;
    };

    static QString describe(QObject *owner)
    {
        if (auto *action = qobject_cast<QAction *>(owner))
            return QStringLiteral("action \"%1\"").arg(action->text().remove(QLatin1Char('&')));
        return QStringLiteral("shortcut %1").arg(owner->objectName());
    }

    /// Where a binding attached to `widget` with `context` is live, or null when it is live only
    /// inside a popup menu (which takes the keyboard while it is open).
    static QWidget *scopeOf(QWidget *widget, Qt::ShortcutContext context, QWidget *window)
    {
        if (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut) {
            // A menu or tool bar of the window carries window-wide actions of the window.
            return window;
        }
        if (qobject_cast<QMenu *>(widget) || qobject_cast<QMenuBar *>(widget))
            return nullptr;
        return widget;
    }

    static QList<Binding> bindingsOf(QWidget *window)
    {
        QList<Binding> bindings;
        for (QAction *action : window->findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (key.isEmpty())
                    continue;
                QSet<QWidget *> scopes;
                for (QObject *object : action->associatedObjects()) {
                    if (auto *widget = qobject_cast<QWidget *>(object))
                        if (QWidget *scope = scopeOf(widget, action->shortcutContext(), window))
                            scopes.insert(scope);
                }
                for (QWidget *scope : scopes)
                    bindings.append({action, describe(action), key, scope});
            }
        }
        for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
            for (const QKeySequence &key : shortcut->keys()) {
                if (auto *widget = qobject_cast<QWidget *>(shortcut->parent()))
                    if (QWidget *scope = scopeOf(widget, shortcut->context(), window))
                        bindings.append({shortcut, describe(shortcut), key, scope});
            }
        }
        return bindings;
    }

    static bool overlap(QWidget *a, QWidget *b) { return a == b || a->isAncestorOf(b) || b->isAncestorOf(a); }

    static QStringList conflictsIn(QWidget *window)
    {
        const QList<Binding> bindings = bindingsOf(window);
        QStringList conflicts;
        for (qsizetype i = 0; i < bindings.size(); ++i) {
            for (qsizetype j = i + 1; j < bindings.size(); ++j) {
                const Binding &a = bindings[i];
                const Binding &b = bindings[j];
                if (a.owner == b.owner || a.key != b.key || !overlap(a.scope, b.scope))
                    continue;
                conflicts << QStringLiteral("%1: %2 (in %3) and %4 (in %5)")
                                 .arg(a.key.toString(QKeySequence::PortableText), a.name,
                                      QString::fromLatin1(a.scope->metaObject()->className()), b.name,
                                      QString::fromLatin1(b.scope->metaObject()->className()));
            }
        }
        return conflicts;
    }

    MainWindowTestKit m_kit;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_kit.isValid());
        ThemePalette::apply(ThemePalette::detect());
    }

    void noKeyIsBoundTwiceInOnePlace()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral(".github/workflows/ci.yml"),
                        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
                        QStringLiteral("Add CI"));
        repo.write(QStringLiteral("notes.txt"), "edited\n");
        auto window = m_kit.makeWindow();
        RepositoryTab *tab = MainWindowTestKit::open(*window, repo.path());
        // Every workspace once, so that whatever a workspace makes on first use exists.
        for (auto workspace : {RepositoryTab::Workspace::History, RepositoryTab::Workspace::Pipelines,
                               RepositoryTab::Workspace::Changes})
            tab->setWorkspace(workspace);
        QTRY_VERIFY(tab->isVisible());

        const QList<Binding> bindings = bindingsOf(window.get());
        QVERIFY2(bindings.size() > 20, qPrintable(QString::number(bindings.size()))); // the walk found the actions
        const QStringList conflicts = conflictsIn(window.get());
        QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(QLatin1Char('\n'))));
    }

    /// Ctrl+F with the history list focused opens the history's search (it was ambiguous between
    /// the window's Find in History… and the history view's own Find Commit…).
    void ctrlFInTheHistoryListOpensTheSearch()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("First"));
        auto window = m_kit.makeWindow();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        RepositoryTab *tab = MainWindowTestKit::open(*window, repo.path(), RepositoryTab::Workspace::History);
        HistoryView *history = tab->historyView();
        QTRY_COMPARE(history->view()->model()->rowCount(), 1);
        history->view()->setFocus();
        QTRY_VERIFY(history->view()->hasFocus());
        QVERIFY(!history->searchBar()->isVisible());
        QTest::keyClick(history->view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(history->searchBar()->isVisible());
        QTRY_VERIFY(history->searchEdit()->hasFocus());

        // From the Changes workspace it switches to History and opens the search there.
        history->hideSearch();
        tab->setWorkspace(RepositoryTab::Workspace::Changes);
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(tab->workspace(), RepositoryTab::Workspace::History);
        QTRY_VERIFY(history->searchBar()->isVisible());
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
