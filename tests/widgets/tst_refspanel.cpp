#include "gitcore/Branches.h"
#include "gitcore/Repository.h"
#include "gitcore/Stashes.h"
#include "gitcore/Tags.h"
#include "support/TestRepo.h"
#include "support/gui/EmptyStateProbe.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/NewBranchDialog.h"
#include "widgets/NewTagDialog.h"
#include "widgets/RefsModel.h"
#include "widgets/RefsPanel.h"
#include "widgets/StashDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace gantry;

namespace {

Oid oid(char digit)
{
    return Oid::fromHex(QString(40, QLatin1Char(digit)));
}

BranchInfo local(const QString &name, const QString &upstream = {}, int ahead = 0, int behind = 0, bool gone = false)
{
    BranchInfo b;
    b.name = name;
    b.refName = QStringLiteral("refs/heads/") + name;
    b.target = oid('a');
    b.upstream = upstream;
    b.ahead = ahead;
    b.behind = behind;
    b.upstreamGone = gone;
    return b;
}

BranchInfo remote(const QString &remoteName, const QString &branch, bool symbolic = false)
{
    BranchInfo b;
    b.kind = BranchInfo::Kind::RemoteTracking;
    b.remote = remoteName;
    b.name = remoteName + QLatin1Char('/') + branch;
    b.refName = QStringLiteral("refs/remotes/") + b.name;
    b.target = oid('b');
    b.isSymbolic = symbolic;
    return b;
}

TagInfo tag(const QString &name)
{
    TagInfo t;
    t.name = name;
    t.refName = QStringLiteral("refs/tags/") + name;
    t.target = oid('c');
    t.refTarget = t.target;
    return t;
}

StashInfo stash(int index, const QString &message)
{
    StashInfo s;
    s.index = index;
    s.message = message;
    s.commit = oid(char('d' + index));
    s.branch = QStringLiteral("main");
    return s;
}

/// The sample: main (HEAD, ↑2 ↓1), feat (upstream gone), plain; origin/main, origin/HEAD,
/// upstream/dev; tags v1, v2; two stashes.
void fill(RefsPanel &panel)
{
    BranchInfo main = local(QStringLiteral("main"), QStringLiteral("origin/main"), 2, 1);
    main.isHead = true;
    main.remote = QStringLiteral("origin");
    panel.setData({main, local(QStringLiteral("feat"), QStringLiteral("origin/feat"), 0, 0, true), local(QStringLiteral("plain")),
                   remote(QStringLiteral("origin"), QStringLiteral("HEAD"), true), remote(QStringLiteral("origin"), QStringLiteral("main")),
                   remote(QStringLiteral("upstream"), QStringLiteral("dev"))},
                  {tag(QStringLiteral("v1")), tag(QStringLiteral("v2"))},
                  {stash(0, QStringLiteral("On main: newest")), stash(1, QStringLiteral("WIP on main: abc older"))});
}

/// The view index of the row whose KeyRole is `key`.
QModelIndex viewIndex(RefsPanel &panel, const QString &key)
{
    return panel.proxyModel()->mapFromSource(panel.model()->indexForKey(key));
}

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

/// The refs side panel and its dialogs: what they show, and the requests they emit.
class TestRefsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsSectionsRowsAndBadges()
    {
        RefsPanel panel;
        fill(panel);
        QAbstractItemModel *m = panel.proxyModel();
        QCOMPARE(m->rowCount(), 4);
        const QModelIndex branches = m->index(0, 0);
        QCOMPARE(branches.data().toString(), QStringLiteral("Branches"));
        QCOMPARE(m->index(0, 1).data().toString(), QStringLiteral("3"));
        QCOMPARE(m->rowCount(branches), 3);
        QCOMPARE(m->index(0, 0, branches).data().toString(), QStringLiteral("main"));
        QVERIFY(m->index(0, 0, branches).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!m->index(1, 0, branches).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(m->index(0, 1, branches).data().toString(), QStringLiteral("↑2 ↓1"));
        QCOMPARE(m->index(1, 1, branches).data().toString(), QStringLiteral("gone"));
        QCOMPARE(m->index(2, 1, branches).data().toString(), QString());

        const QModelIndex remotes = m->index(1, 0);
        QCOMPARE(m->rowCount(remotes), 2); // origin, upstream
        const QModelIndex origin = m->index(0, 0, remotes);
        QCOMPARE(origin.data().toString(), QStringLiteral("origin"));
        QCOMPARE(m->rowCount(origin), 1); // origin/HEAD is not listed
        QCOMPARE(m->index(0, 0, origin).data().toString(), QStringLiteral("main"));
        QCOMPARE(m->index(0, 0, origin).data(RefsModel::RefRole).toString(), QStringLiteral("origin/main"));
        QCOMPARE(m->index(1, 0, remotes).data().toString(), QStringLiteral("upstream"));

        const QModelIndex tags = m->index(2, 0);
        QCOMPARE(m->rowCount(tags), 2);
        QCOMPARE(m->index(1, 0, tags).data().toString(), QStringLiteral("v2"));
        const QModelIndex stashes = m->index(3, 0);
        QCOMPARE(m->rowCount(stashes), 2);
        QCOMPARE(m->index(0, 0, stashes).data().toString(), QStringLiteral("newest · on main"));
        QCOMPARE(m->index(1, 0, stashes).data().toString(), QStringLiteral("WIP: abc older · on main"));
        QCOMPARE(m->index(0, 0, stashes).data(RefsModel::RefRole).toString(), QStringLiteral("On main: newest"));
        QCOMPARE(m->index(1, 1, stashes).data().toString(), QStringLiteral("stash@{1}"));

        QCOMPARE(RefsModel::badgeFor(local(QStringLiteral("x"), QStringLiteral("o/x"), 0, 3)), QStringLiteral("↓3"));
        QCOMPARE(RefsModel::badgeFor(local(QStringLiteral("x"), QStringLiteral("o/x"), 0, 0)), QString());
    }

    void doubleClickRequestsCheckout()
    {
        RefsPanel panel;
        panel.resize(300, 500);
        fill(panel);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy checkout(&panel, &RefsPanel::checkoutRequested);

        auto doubleClick = [&panel](const QModelIndex &index) {
            panel.view()->scrollTo(index);
            const QPoint at = panel.view()->visualRect(index).center();
            QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
        };
        doubleClick(viewIndex(panel, QStringLiteral("local:feat")));
        QCOMPARE(checkout.size(), 1);
        QCOMPARE(checkout.at(0).at(0).toString(), QStringLiteral("feat"));
        QCOMPARE(checkout.at(0).at(1).toBool(), false);

        doubleClick(viewIndex(panel, QStringLiteral("local:main"))); // already checked out
        QCOMPARE(checkout.size(), 1);

        doubleClick(viewIndex(panel, QStringLiteral("remote-branch:upstream/dev")));
        QCOMPARE(checkout.size(), 2);
        QCOMPARE(checkout.at(1).at(0).toString(), QStringLiteral("upstream/dev"));
    }

    void contextMenusEmitRequests()
    {
        RefsPanel panel;
        fill(panel);
        auto trigger = [&panel](const QString &key, const QString &text) {
            std::unique_ptr<QMenu> menu(panel.contextMenuFor(viewIndex(panel, key)));
            QAction *action = findAction(menu.get(), text);
            if (!action)
                return false;
            if (action->isEnabled())
                action->trigger();
            return action->isEnabled();
        };

        QSignalSpy checkout(&panel, &RefsPanel::checkoutRequested);
        QSignalSpy create(&panel, &RefsPanel::createBranchRequested);
        QSignalSpy rename(&panel, &RefsPanel::renameBranchRequested);
        QSignalSpy remove(&panel, &RefsPanel::deleteBranchRequested);
        QSignalSpy upstream(&panel, &RefsPanel::setUpstreamRequested);
        QSignalSpy unsetUpstream(&panel, &RefsPanel::unsetUpstreamRequested);
        QSignalSpy createTag(&panel, &RefsPanel::createTagRequested);
        QSignalSpy deleteTag(&panel, &RefsPanel::deleteTagRequested);
        QSignalSpy apply(&panel, &RefsPanel::stashApplyRequested);
        QSignalSpy pop(&panel, &RefsPanel::stashPopRequested);
        QSignalSpy drop(&panel, &RefsPanel::stashDropRequested);
        QSignalSpy save(&panel, &RefsPanel::stashSaveRequested);

        QVERIFY(trigger(QStringLiteral("local:feat"), QStringLiteral("Checkout")));
        QCOMPARE(checkout.last().at(0).toString(), QStringLiteral("feat"));
        QVERIFY(!trigger(QStringLiteral("local:main"), QStringLiteral("Checkout"))); // disabled on HEAD
        QVERIFY(!trigger(QStringLiteral("local:main"), QStringLiteral("Delete…")));
        QCOMPARE(remove.size(), 0);

        QVERIFY(trigger(QStringLiteral("local:plain"), QStringLiteral("New Branch from Here…")));
        QCOMPARE(create.last().at(0).toString(), QStringLiteral("plain"));
        QVERIFY(trigger(QStringLiteral("local:plain"), QStringLiteral("Rename…")));
        QCOMPARE(rename.last().at(0).toString(), QStringLiteral("plain"));
        QVERIFY(trigger(QStringLiteral("local:plain"), QStringLiteral("Delete…")));
        QCOMPARE(remove.last().at(0).toString(), QStringLiteral("plain"));
        QCOMPARE(remove.last().at(1).toBool(), false);
        QVERIFY(trigger(QStringLiteral("local:plain"), QStringLiteral("Set Upstream…")));
        QCOMPARE(upstream.last().at(0).toString(), QStringLiteral("plain"));
        QVERIFY(!trigger(QStringLiteral("local:plain"), QStringLiteral("Unset Upstream"))); // none to unset
        QVERIFY(trigger(QStringLiteral("local:main"), QStringLiteral("Unset Upstream")));
        QCOMPARE(unsetUpstream.last().at(0).toString(), QStringLiteral("main"));
        QVERIFY(trigger(QStringLiteral("local:main"), QStringLiteral("Create Tag Here…")));
        QCOMPARE(createTag.last().at(0).toString(), QStringLiteral("main"));

        QVERIFY(trigger(QStringLiteral("remote-branch:origin/main"), QStringLiteral("Checkout")));
        QCOMPARE(checkout.last().at(0).toString(), QStringLiteral("origin/main"));
        QVERIFY(trigger(QStringLiteral("remote-branch:origin/main"), QStringLiteral("Delete…")));
        QCOMPARE(remove.last().at(0).toString(), QStringLiteral("origin/main"));
        QCOMPARE(remove.last().at(1).toBool(), true);

        QVERIFY(trigger(QStringLiteral("tag:v2"), QStringLiteral("Delete Tag")));
        QCOMPARE(deleteTag.last().at(0).toString(), QStringLiteral("v2"));
        QVERIFY(trigger(QStringLiteral("tag:v1"), QStringLiteral("Checkout (Detached)")));
        QCOMPARE(checkout.last().at(0).toString(), QStringLiteral("v1"));
        QCOMPARE(checkout.last().at(1).toBool(), true);

        const QString second = QStringLiteral("stash:") + oid('e').toString();
        QVERIFY(trigger(second, QStringLiteral("Apply")));
        QCOMPARE(apply.last().at(0).toInt(), 1);
        QVERIFY(trigger(second, QStringLiteral("Pop")));
        QCOMPARE(pop.last().at(0).toInt(), 1);
        QVERIFY(trigger(QStringLiteral("stash:") + oid('d').toString(), QStringLiteral("Drop…")));
        QCOMPARE(drop.last().at(0).toInt(), 0);
        QVERIFY(trigger(QStringLiteral("section:stashes"), QStringLiteral("Stash Changes…")));
        QCOMPARE(save.size(), 1);
        QVERIFY(trigger(QStringLiteral("section:branches"), QStringLiteral("New Branch…")));
        QCOMPARE(create.last().at(0).toString(), QStringLiteral("HEAD"));
    }

    void filterHidesNonMatchingRows()
    {
        RefsPanel panel;
        fill(panel);
        panel.filterEdit()->setText(QStringLiteral("MAI"));
        QCOMPARE(panel.filterText(), QStringLiteral("MAI"));
        QAbstractItemModel *m = panel.proxyModel();
        QCOMPARE(m->rowCount(), 3); // Branches (main), Remotes (origin/main), Stashes ("On main: …")
        QCOMPARE(m->rowCount(m->index(0, 0)), 1);
        QCOMPARE(m->index(0, 0, m->index(0, 0)).data().toString(), QStringLiteral("main"));
        panel.setFilterText(QStringLiteral("v2"));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("Tags"));
        panel.setFilterText(QString());
        QCOMPARE(m->rowCount(), 4);
    }

    void stashRowShowsItsMessageAtTheDefaultWidth()
    {
        // A real stash, made by git on a branch with a long name.
        TestRepo repo;
        repo.commitFile(QStringLiteral("cap.txt"), "red\n", QStringLiteral("init"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feat/42-cap-color-picker")});
        repo.write(QStringLiteral("cap.txt"), "blue\n");
        repo.git({QStringLiteral("stash"), QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("fix the cap")});
        repo.write(QStringLiteral("cap.txt"), "green\n");
        repo.git({QStringLiteral("stash"), QStringLiteral("push"), QStringLiteral("-q")});  // git's own "WIP on …: id subject"
        auto opened = Repository::open(repo.path());
        QVERIFY(opened);
        auto stashes = Stashes::list(*opened);
        QVERIFY2(stashes, qPrintable(stashes.errorMessage()));
        QCOMPARE(stashes->size(), 2);
        QCOMPARE(stashes->at(1).message, QStringLiteral("On feat/42-cap-color-picker: fix the cap"));
        QVERIFY(stashes->at(0).message.startsWith(QStringLiteral("WIP on feat/42-cap-color-picker: ")));

        RefsPanel panel;
        panel.resize(235, 500);  // the side panel's width in the window
        panel.setData(*Branches::list(*opened), {}, *stashes);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QModelIndex section = viewIndex(panel, QStringLiteral("section:stashes"));
        const QModelIndex own = panel.proxyModel()->index(1, 0, section);
        const QModelIndex wip = panel.proxyModel()->index(0, 0, section);
        QCOMPARE(own.data().toString(), QStringLiteral("fix the cap · on feat/42-cap-color-picker"));
        QCOMPARE(wip.data().toString(), QStringLiteral("WIP: init · on feat/42-cap-color-picker"));
        // What the row shows at that width: the message, whole, before anything is cut.
        QTreeView *view = panel.view();
        view->scrollTo(own);
        for (const QModelIndex &row : {own, wip}) {
            const QString painted = view->fontMetrics().elidedText(row.data().toString(), view->textElideMode(),
                                                                    view->visualRect(row).width() - 8);
            const QString message = row == own ? QStringLiteral("fix the cap") : QStringLiteral("WIP: init");
            QVERIFY2(painted.startsWith(message), qPrintable(painted));
        }
        QCOMPARE(own.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("stash@{1}: On feat/42-cap-color-picker: fix the cap"));
        QVERIFY(view->grab().save(gantry::testkit::widgetScreenshotPath(QStringLiteral("refs-stashes"))));
    }

    void emptySectionsSaySo()
    {
        RefsPanel panel;
        BranchInfo main = local(QStringLiteral("main"));
        main.isHead = true;
        panel.setData({main}, {}, {});
        QAbstractItemModel *m = panel.proxyModel();
        const QModelIndex tags = viewIndex(panel, QStringLiteral("section:tags"));
        const QModelIndex stashes = viewIndex(panel, QStringLiteral("section:stashes"));
        const QModelIndex remotes = viewIndex(panel, QStringLiteral("section:remotes"));
        for (const auto &[section, text] : {std::pair{tags, QStringLiteral("No tags")}, std::pair{stashes, QStringLiteral("No stashes")},
                                            std::pair{remotes, QStringLiteral("No remotes")}}) {
            QCOMPARE(m->index(section.row(), 1).data().toString(), QStringLiteral("0"));  // the count stays 0
            QCOMPARE(m->rowCount(section), 1);
            const QModelIndex placeholder = m->index(0, 0, section);
            QCOMPARE(placeholder.data().toString(), text);
            QCOMPARE(placeholder.flags(), Qt::NoItemFlags);  // muted, never selected
            QVERIFY(panel.view()->isExpanded(section));      // so the text is seen (an empty Tags too)
        }
        QCOMPARE(m->rowCount(viewIndex(panel, QStringLiteral("section:branches"))), 1);  // main, no placeholder
        // Its menu is its section's: "Stash Changes…" from "No stashes".
        QSignalSpy save(&panel, &RefsPanel::stashSaveRequested);
        std::unique_ptr<QMenu> menu(panel.contextMenuFor(m->index(0, 0, stashes)));
        QAction *stash = findAction(menu.get(), QStringLiteral("Stash Changes…"));
        QVERIFY(stash);
        stash->trigger();
        QCOMPARE(save.size(), 1);
        // The keyboard walks past it.
        panel.view()->setCurrentIndex(tags);
        QTest::keyClick(panel.view(), Qt::Key_Down);
        QCOMPARE(panel.view()->currentIndex(), stashes);
        // A filter never matches it.
        panel.setFilterText(QStringLiteral("no"));
        QCOMPARE(m->rowCount(), 0);
    }

    void filterMatchingNothingSaysSo()
    {
        RefsPanel panel;
        panel.resize(235, 400);
        fill(panel);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        EmptyStateOverlay *empty = panel.emptyState();
        QVERIFY(!empty->isShowing());
        panel.filterEdit()->setText(QStringLiteral("zzz"));
        QCOMPARE(panel.proxyModel()->rowCount(), 0);
        QTRY_VERIFY(empty->isShowing());
        QCOMPARE(empty->text(), QStringLiteral("No branch, tag or stash matches “zzz”"));
        QVERIFY(gantry::testkit::paintsText(empty, panel.view()->viewport()));
        QVERIFY(panel.grab().save(gantry::testkit::widgetScreenshotPath(QStringLiteral("refs-no-match"))));
        panel.filterEdit()->clear();
        QTRY_VERIFY(!empty->isShowing());
    }

    void stashDialogShowsItsWholeHint()
    {
        StashDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *edit = dialog.messageEdit();
        QCOMPARE(edit->placeholderText(), QStringLiteral("Optional: what these changes are"));
        // The room QLineEdit draws its text in: the contents rectangle less its 2 px margins.
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
        const int room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width() - 4;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        QVERIFY2(room >= needed, qPrintable(QStringLiteral("%1 px for a %2 px hint").arg(room).arg(needed)));
        QVERIFY(dialog.grab().save(gantry::testkit::widgetScreenshotPath(QStringLiteral("stash-dialog"))));
    }

    void setDataKeepsExpansionAndSelection()
    {
        RefsPanel panel;
        fill(panel);
        QTreeView *view = panel.view();
        QVERIFY(view->isExpanded(viewIndex(panel, QStringLiteral("section:branches"))));
        QVERIFY(!view->isExpanded(viewIndex(panel, QStringLiteral("section:tags")))); // closed at first
        view->setExpanded(viewIndex(panel, QStringLiteral("section:branches")), false);
        view->setExpanded(viewIndex(panel, QStringLiteral("section:tags")), true);
        view->setCurrentIndex(viewIndex(panel, QStringLiteral("local:plain")));
        fill(panel);
        QVERIFY(!view->isExpanded(viewIndex(panel, QStringLiteral("section:branches"))));
        QVERIFY(view->isExpanded(viewIndex(panel, QStringLiteral("section:tags"))));
        QCOMPARE(view->currentIndex().data(RefsModel::KeyRole).toString(), QStringLiteral("local:plain"));
    }

    void showsARealRepository()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("f"), "1\n", QStringLiteral("one"));
        t.git({QStringLiteral("branch"), QStringLiteral("topic")});
        t.git({QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1"), QStringLiteral("-m"), QStringLiteral("v one")});
        t.write(QStringLiteral("f"), "2\n");
        t.git({QStringLiteral("stash"), QStringLiteral("-q")});
        auto repo = Repository::open(t.path());
        QVERIFY(repo.ok());
        auto branches = Branches::list(*repo);
        auto tags = Tags::list(*repo);
        auto stashes = Stashes::list(*repo);
        QVERIFY(branches.ok() && tags.ok() && stashes.ok());
        RefsPanel panel;
        panel.setData(*branches, *tags, *stashes);
        QSignalSpy selected(&panel, &RefsPanel::commitSelected);
        panel.view()->setCurrentIndex(viewIndex(panel, QStringLiteral("tag:v1")));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).value<Oid>().toString(), t.revParse(QStringLiteral("v1^{commit}")));
        QAbstractItemModel *m = panel.proxyModel();
        const QStringList gitBranches = QString::fromUtf8(t.git({QStringLiteral("branch"), QStringLiteral("--format=%(refname:short)")}))
                                            .trimmed().split(QLatin1Char('\n'));
        QCOMPARE(m->rowCount(m->index(0, 0)), gitBranches.size());
        for (int i = 0; i < gitBranches.size(); ++i)
            QCOMPARE(m->index(i, 0, m->index(0, 0)).data().toString(), gitBranches.at(i));
        const QString gitStash = QString::fromUtf8(t.git({QStringLiteral("stash"), QStringLiteral("list"), QStringLiteral("--format=%gs")})).trimmed();
        QCOMPARE(m->index(0, 0, m->index(3, 0)).data(RefsModel::RefRole).toString(), gitStash);
        QCOMPARE(m->index(0, 0, m->index(3, 0)).data().toString(), RefsModel::stashTitle(stashes->first()));
    }

    void newBranchDialogValidatesLive()
    {
        NewBranchDialog dialog;
        QVERIFY(!dialog.acceptButton()->isEnabled()); // empty name
        dialog.freeNameButton()->click();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("bad name"));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("spaces")));
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("feature/ok"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().isEmpty());

        dialog.setNameValidator([](const QString &name) {
            return name == QLatin1String("taken") ? QStringLiteral("A branch named 'taken' already exists.") : QString();
        });
        dialog.setName(QStringLiteral("taken"));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("already exists")));
        dialog.setName(QStringLiteral("free"));
        dialog.setStartPoint(QStringLiteral("origin/main"));
        dialog.setCheckoutAfterCreate(false);
        QVERIFY(!dialog.acceptButton()->isEnabled()); // outside the default branch policy
        dialog.overrideBox()->setChecked(true);
        QVERIFY(dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.name(), QStringLiteral("free"));
        QCOMPARE(dialog.startPoint(), QStringLiteral("origin/main"));
        QVERIFY(!dialog.checkoutAfterCreate());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.acceptButton()->click();
        QCOMPARE(accepted.size(), 1);

        NewBranchDialog rename;
        rename.setRenameMode(QStringLiteral("old"));
        QCOMPARE(rename.name(), QStringLiteral("old"));
        QVERIFY(!rename.acceptButton()->isEnabled()); // same name
        rename.setName(QStringLiteral("feat/new"));
        QVERIFY(rename.acceptButton()->isEnabled());
        QVERIFY(!rename.checkoutAfterCreate());
    }

    void newTagAndStashDialogs()
    {
        NewTagDialog tagDialog;
        tagDialog.setName(QStringLiteral("v1.0"));
        QVERIFY(tagDialog.isAnnotated());
        QVERIFY(!tagDialog.acceptButton()->isEnabled()); // annotated needs a message
        QTest::keyClicks(tagDialog.messageEdit(), QStringLiteral("Release"));
        QVERIFY(tagDialog.acceptButton()->isEnabled());
        QCOMPARE(tagDialog.message(), QStringLiteral("Release"));
        tagDialog.annotatedBox()->setChecked(false);
        QVERIFY(tagDialog.acceptButton()->isEnabled());
        QCOMPARE(tagDialog.message(), QString());
        tagDialog.setNameValidator([](const QString &) { return QStringLiteral("nope"); });
        QVERIFY(!tagDialog.acceptButton()->isEnabled());
        tagDialog.setTarget(QStringLiteral("abc123"));
        QCOMPARE(tagDialog.target(), QStringLiteral("abc123"));

        StashDialog stashDialog;
        StashSaveOptions defaults = stashDialog.options();
        QVERIFY(defaults.includeUntracked);
        QVERIFY(!defaults.keepIndex);
        stashDialog.setOptions({QStringLiteral("wip"), false, true});
        QTest::keyClicks(stashDialog.messageEdit(), QStringLiteral(" more"));
        const StashSaveOptions chosen = stashDialog.options();
        QCOMPARE(chosen.message, QStringLiteral("wip more"));
        QVERIFY(!chosen.includeUntracked);
        QVERIFY(chosen.keepIndex);
    }
};

QTEST_MAIN(TestRefsPanel)
#include "tst_refspanel.moc"
