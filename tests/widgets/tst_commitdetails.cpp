// What the commit details and the history list say about a commit's date, and the details'
// empty file list: one rule, checked against git — the list shows your local time (its header
// says so), a row's tooltip and the details show the author's own time with its offset, and
// the details add your time when the two differ.
#include "gitcore/LibGit2.h"
#include "gitcore/HistoryLoader.h"
#include "support/TestRepo.h"
#include "support/gui/EmptyStateProbe.h"
#include "widgets/CommitDetailsPane.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/HistoryModel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <ctime>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

} // namespace

class TestCommitDetails : public QObject
{
    Q_OBJECT

private:
    TestRepo *m_repo = nullptr;

    QString commitAt(const QString &file, const QString &date, const QString &message)
    {
        m_repo->write(file, message.toUtf8());
        m_repo->git({s("add"), file});
        m_repo->git({s("commit"), s("-q"), s("--date"), date, s("-m"), message});
        return m_repo->revParse(s("HEAD"));
    }

    QString git(const QString &rev, const QString &format, const QString &date)
    {
        return QString::fromUtf8(m_repo->git({s("log"), s("-1"), s("--format=") + format, s("--date=") + date, rev})).trimmed();
    }

    /// The details pane's plain text for `rev`, once loaded.
    QString details(CommitDetailsPane &pane, const QString &rev)
    {
        QSignalSpy loaded(&pane, &CommitDetailsPane::loaded);
        pane.showCommit(Oid::fromHex(m_repo->revParse(rev)));
        if (!loaded.wait(30000))
            return {};
        return pane.headerView()->toPlainText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The viewer is three hours east of UTC (no daylight saving): git and the views agree on it.
        qputenv("TZ", "<+03>-3");
        tzset();
        ensureLibgit2();
        m_repo = new TestRepo;
        commitAt(s("a"), s("2026-12-01T14:03:00+0100"), s("written in Paris"));
        commitAt(s("b"), s("2026-12-01T23:30:00-0500"), s("written in New York, late"));
        commitAt(s("c"), s("2026-12-02T10:00:00+0300"), s("written here"));
        m_repo->git({s("commit"), s("-q"), s("--allow-empty"), s("-m"), s("empty")});
    }

    void cleanupTestCase() { delete m_repo; }

    void listShowsLocalTimeAndSaysSo()
    {
        HistoryModel model;
        HistoryQuery query;
        model.setRepository(m_repo->path(), query);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == 4; }, 30000));
        const QString header = model.headerData(HistoryModel::DateColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(header.contains(s("in your time zone")), qPrintable(header));
        for (const char *rev : {"HEAD~1", "HEAD~2", "HEAD~3"}) {
            const int row = model.rowOf(Oid::fromHex(m_repo->revParse(s(rev))));
            const QModelIndex date = model.index(row, HistoryModel::DateColumn);
            const QString local = git(s(rev), s("%ad"), s("format-local:%Y-%m-%d %H:%M"));
            const QString own = git(s(rev), s("%ad"), s("format:%Y-%m-%d %H:%M %z"));
            QCOMPARE(date.data().toString(), local);
            QCOMPARE(date.data(Qt::ToolTipRole).toString(), s("%1 your time\n%2 the author's time").arg(local, own));
        }
        QCOMPARE(model.index(model.rowOf(Oid::fromHex(m_repo->revParse(s("HEAD~3")))), HistoryModel::DateColumn).data().toString(),
                 s("2026-12-01 16:03"));
    }

    void detailsShowTheAuthorsTimeAndYours()
    {
        CommitDetailsPane pane;
        pane.resize(500, 600);
        pane.show();
        pane.setRepository(m_repo->path());
        // Paris: its own time with its offset, then the same moment here.
        QString text = details(pane, s("HEAD~3"));
        QCOMPARE(git(s("HEAD~3"), s("%ad"), s("format:%a %-d %b %Y %H:%M %z")), s("Tue 1 Dec 2026 14:03 +0100"));
        QVERIFY2(text.contains(s("Tue 1 Dec 2026 14:03 +0100 (16:03 your time)")), qPrintable(text));
        // New York, late: here it is already the next day.
        text = details(pane, s("HEAD~2"));
        QVERIFY2(text.contains(s("Tue 1 Dec 2026 23:30 -0500 (Wed 2 Dec 07:30 your time)")), qPrintable(text));
        // Written in this time zone: nothing to add.
        text = details(pane, s("HEAD~1"));
        QVERIFY2(text.contains(s("Wed 2 Dec 2026 10:00 +0300\nCommitter")), qPrintable(text));  // the author's line, nothing added
    }

    void emptyCommitSaysItChangesNoFile()
    {
        CommitDetailsPane pane;
        pane.resize(500, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setRepository(m_repo->path());
        QCOMPARE(m_repo->git({s("show"), s("--name-only"), s("--format="), s("HEAD")}), QByteArray());  // git: no file
        details(pane, s("HEAD"));
        EmptyStateOverlay *empty = pane.filesEmptyState();
        QCOMPARE(pane.fileList()->topLevelItemCount(), 0);
        QVERIFY(empty->isShowing());
        QCOMPARE(empty->text(), s("This commit changes no file."));
        QVERIFY(gantry::testkit::paintsText(empty, pane.fileList()->viewport()));
        QVERIFY(pane.grab().save(gantry::testkit::widgetScreenshotPath(s("commit-details-empty"))));
        // A commit with files: no such text.
        details(pane, s("HEAD~1"));
        QCOMPARE(pane.fileList()->topLevelItemCount(), 1);
        QVERIFY(!empty->isShowing());
    }
};

QTEST_MAIN(TestCommitDetails)
#include "tst_commitdetails.moc"
