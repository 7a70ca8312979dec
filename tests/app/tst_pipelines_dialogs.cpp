// The step and trigger dialogs through the real main window: opened from the graph (a
// double-click on a step row or a trigger, "Edit Step…" in a card's menu), filled as a user
// would, the file's text checked byte for byte, and each dialog's changes undone in one step.
#include "app/MainWindow.h"
#include "app/MessageBar.h"
#include "app/PipelinesTab.h"
#include "app/WorkflowSession.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "support/gui/PipelinesTestKit.h"
#include "widgets/StepDialog.h"
#include "widgets/TriggerDialog.h"
#include "widgets/WorkflowGraphView.h"
#include "widgets/WorkflowNodeItem.h"
#include "widgets/WorkflowTextEditor.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gantry;
using testkit::whenModal;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const QByteArray kWorkflow = "name: CI\n"
                             "on:\n"
                             "  push:\n"
                             "    branches: [main]\n"
                             "  schedule:\n"
                             "    - cron: '0 3 * * 1'   # weekly\n"
                             "jobs:\n"
                             "  # the only job\n"
                             "  build:\n"
                             "    runs-on: ubuntu-latest\n"
                             "    steps:\n"
                             "      # the code first\n"
                             "      - uses: actions/checkout@v4\n"
                             "        with:\n"
                             "          fetch-depth: 0\n"
                             "      - name: Test\n"
                             "        run: make test\n";

QByteArray with(const QByteArray &from, const QByteArray &to, const QByteArray &base)
{
    const qsizetype at = base.indexOf(from);
    if (at < 0 || base.indexOf(from, at + 1) >= 0)
        qFatal("the text does not hold \"%s\" exactly once", from.constData());
    QByteArray out = base;
    return out.replace(at, from.size(), to);
}

/// The viewport point in the middle of a step row of a job card.
QPoint stepRow(WorkflowGraphView *graph, const QString &job, int row)
{
    WorkflowNodeItem *card = graph->item(QStringLiteral("job:") + job);
    const QRectF r = card->sceneBoundingRect();
    qreal top = -1;
    qreal bottom = -1;
    for (qreal y = r.top(); y < r.bottom(); y += 0.5) {
        if (card->stepAt(QPointF(r.left() + 20, y)) == row) {
            top = top < 0 ? y : top;
            bottom = y;
        }
    }
    if (top < 0)
        qFatal("no step row %d on %s", row, qPrintable(job));
    return graph->mapFromScene(QPointF(r.left() + 20, (top + bottom) / 2));
}

QPoint centerOf(WorkflowGraphView *graph, const QString &nodeId)
{
    return graph->mapFromScene(graph->item(nodeId)->sceneBoundingRect().center());
}

/// Runs `act` on the next popup menu as soon as it shows.
void whenMenu(std::function<void(QMenu *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            timer->stop();
            timer->deleteLater();
            act(menu);
        }
    });
    timer->start();
}

/// Right-clicks the graph at `at` and triggers the menu's action `text`; false when it has none.
bool chooseInMenu(WorkflowGraphView *graph, QPoint at, const QString &text)
{
    bool found = false;
    whenMenu([&found, text](QMenu *menu) {
        QAction *hit = nullptr;
        for (QAction *a : menu->actions())
            hit = a->text() == text ? a : hit;
        menu->close();
        found = hit != nullptr;
        if (hit)
            hit->trigger();
    });
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, graph->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(graph->viewport(), &menuEvent);
    return found;
}

void clickOk(QDialog *dialog)
{
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
}

} // namespace

class TestPipelinesDialogs : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

    static PipelinesTab *openPipelines(MainWindow &window, const TestRepo &repo)
    {
        return testkit::openPipelines(window, repo.path(), true);
    }

private Q_SLOTS:
    void aStepIsEditedFromItsRow()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), kWorkflow, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        WorkflowGraphView *graph = pipelines->graphView();
        QUndoStack *undo = pipelines->session()->undoStack();

        // Double-click the "Test" row: it becomes an action with an input, as one undo step.
        bool shown = false;
        whenModal<StepDialog>([&shown](StepDialog *d) {
            shown = d->nameEdit()->text() == s("Test") && d->runButton()->isChecked() && d->runEdit()->toPlainText() == s("make test");
            d->nameEdit()->setText(s("Node"));
            d->usesButton()->setChecked(true);
            d->usesEdit()->setText(s("actions/setup-node@v4"));
            d->addInput(s("node-version"), s("20"));
            QVERIFY(d->grab().save(testkit::screenshotPath(s("step-dialog.png"))));
            clickOk(d);
        });
        QTest::mouseDClick(graph->viewport(), Qt::LeftButton, Qt::NoModifier, stepRow(graph, s("build"), 1));
        QVERIFY(shown);
        const QByteArray node = with("      - name: Test\n        run: make test\n",
                                     "      - name: Node\n        uses: actions/setup-node@v4\n        with:\n          node-version: 20\n", kWorkflow);
        QTRY_COMPARE(pipelines->textEditor()->bytes(), node);
        QCOMPARE(pipelines->session()->text(), node);
        QCOMPARE(graph->item(s("job:build"))->node().steps, (QStringList{s("actions/checkout@v4"), s("Node")}));
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QCOMPARE(pipelines->textEditor()->bytes(), kWorkflow);

        // "Edit Step…" in the card's menu, on the checkout row: a changed input, a condition.
        whenModal<StepDialog>([](StepDialog *d) {
            QCOMPARE(d->usesEdit()->text(), s("actions/checkout@v4"));
            d->withTable()->item(0, 1)->setText(s("1"));
            d->conditionEdit()->setText(s("always()"));
            clickOk(d);
        });
        QVERIFY(chooseInMenu(graph, stepRow(graph, s("build"), 0), s("Edit Step…")));
        QTRY_COMPARE(pipelines->textEditor()->bytes(),
                     with("          fetch-depth: 0\n", "          fetch-depth: 1\n        if: always()\n", kWorkflow));

        // Cancel changes nothing.
        const QByteArray before = pipelines->session()->text();
        const int steps = undo->count();
        whenModal<StepDialog>([](StepDialog *d) {
            d->runEdit()->setPlainText(s("rm -rf /"));
            d->reject();
        });
        QTest::mouseDClick(graph->viewport(), Qt::LeftButton, Qt::NoModifier, stepRow(graph, s("build"), 1));
        QCOMPARE(pipelines->session()->text(), before);
        QCOMPARE(undo->count(), steps);
    }

    /// A graph edit made right after typing (before the 150 ms re-parse) works on the typed text.
    void anEditRightAfterTypingSeesTheTypedText()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), kWorkflow, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        WorkflowTextEditor *text = pipelines->textEditor();
        text->setFocus();
        text->SendScintilla(QsciScintilla::SCI_DOCUMENTSTART);
        QTest::keyClicks(text, "# typed first");
        QTest::keyClick(text, Qt::Key_Return);
        // At once: no event-loop turn for the re-parse timer.
        whenModal<StepDialog>([](StepDialog *d) {
            d->nameEdit()->setText(s("Unit tests"));
            clickOk(d);
        });
        Q_EMIT pipelines->graphView()->editStepRequested(s("build"), 1);
        const QByteArray expected = "# typed first\n" + with("      - name: Test\n", "      - name: Unit tests\n", kWorkflow);
        QTRY_COMPARE(text->bytes(), expected);
        QCOMPARE(pipelines->session()->text(), expected);
        QTRY_COMPARE(pipelines->session()->document().text(), expected);
    }

    void gitlabScriptLinesAreEditedAndRemovedFromTheirRows()
    {
        TestRepo repo;
        repo.commitFile(s(".gitlab-ci.yml"), "build:\n  script: [make, make test]  # both\n", s("ci: add the pipeline"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        WorkflowGraphView *graph = pipelines->graphView();
        QVERIFY(graph->item(s("job:build")));
        // Double-click the second line: a line dialog holding it; the edit keeps the flow list.
        bool shown = false;
        whenModal<QInputDialog>([&shown](QInputDialog *d) {
            shown = d->textValue() == s("make test");
            d->setTextValue(s("make check"));
            d->accept();
        });
        QTest::mouseDClick(graph->viewport(), Qt::LeftButton, Qt::NoModifier, stepRow(graph, s("build"), 1));
        QVERIFY(shown);
        QTRY_COMPARE(pipelines->session()->text(), QByteArray("build:\n  script: [make, make check]  # both\n"));
        QCOMPARE(pipelines->textEditor()->bytes(), pipelines->session()->text());

        // "Remove Script Line" in the row's menu.
        QVERIFY(chooseInMenu(graph, stepRow(graph, s("build"), 0), s("Remove Script Line")));
        QTRY_COMPARE(pipelines->session()->text(), QByteArray("build:\n  script: [make check]  # both\n"));
        pipelines->session()->undoStack()->undo();
        pipelines->session()->undoStack()->undo();
        QCOMPARE(pipelines->textEditor()->bytes(), QByteArray("build:\n  script: [make, make test]  # both\n"));
    }

    /// "Stage…" in a GitLab card's menu: a stage typed that is not in stages: is added there
    /// (before .post) and the job moved to it, as one undo step.
    void aGitLabJobMovesToANewStage()
    {
        const QByteArray pipeline = "stages: [build, test]  # in order\n"
                                    "build:\n  stage: build\n  script: [make]\n"
                                    "smoke:\n  stage: test\n  script: [./smoke.sh]\n";
        TestRepo repo;
        repo.commitFile(s(".gitlab-ci.yml"), pipeline, s("ci: add the pipeline"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        WorkflowGraphView *graph = pipelines->graphView();
        whenModal<QInputDialog>([](QInputDialog *d) {
            QCOMPARE(d->textValue(), s("test"));
            d->setTextValue(s("verify"));
            d->accept();
        });
        const QPointF corner = graph->item(s("job:smoke"))->sceneBoundingRect().topLeft() + QPointF(20, 8);
        QVERIFY(chooseInMenu(graph, graph->mapFromScene(corner), s("Stage…")));
        const QByteArray expected = "stages: [build, test, verify]  # in order\n"
                                    "build:\n  stage: build\n  script: [make]\n"
                                    "smoke:\n  stage: verify\n  script: [./smoke.sh]\n";
        QTRY_COMPARE(pipelines->session()->text(), expected);
        QCOMPARE(pipelines->session()->undoStack()->count(), 1);
        pipelines->session()->undoStack()->undo();
        QCOMPARE(pipelines->textEditor()->bytes(), pipeline);
    }

    void aGitHubStepIsRemovedFromItsRow()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), kWorkflow, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        WorkflowGraphView *graph = pipelines->graphView();
        QVERIFY(chooseInMenu(graph, stepRow(graph, s("build"), 1), s("Remove Step")));
        QTRY_COMPARE(pipelines->session()->text(), with("      - name: Test\n        run: make test\n", "", kWorkflow));
        QCOMPARE(graph->item(s("job:build"))->node().steps, QStringList{s("actions/checkout@v4")});
    }

    void schedulesAreEditedWithTheirDescription()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), kWorkflow, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        WorkflowGraphView *graph = pipelines->graphView();
        QString described;
        bool invalidRefused = false;
        whenModal<TriggerDialog>([&](TriggerDialog *d) {
            described = d->cronDescription(0)->text();
            d->cronEdits()[0]->setText(s("0 4 * * 1"));
            d->addCron(s("30 2 * * 7x"));
            invalidRefused = !d->buttons()->button(QDialogButtonBox::Ok)->isEnabled() && !d->problemLabel()->isHidden();
            d->cronEdits()[1]->setText(s("30 2 * * *"));
            QVERIFY(d->grab().save(testkit::screenshotPath(s("schedule-dialog.png"))));
            clickOk(d);
        });
        QTest::mouseDClick(graph->viewport(), Qt::LeftButton, Qt::NoModifier, centerOf(graph, s("on:schedule")));
        QCOMPARE(described, s("At 03:00 on Monday (UTC)"));
        QVERIFY(invalidRefused);
        QTRY_COMPARE(pipelines->textEditor()->bytes(),
                     with("    - cron: '0 3 * * 1'   # weekly\n", "    - cron: '0 4 * * 1'   # weekly\n    - cron: 30 2 * * *\n", kWorkflow));
        QVERIFY2(pipelines->messageBar()->text().contains(s("At 04:00 on Monday")), qPrintable(pipelines->messageBar()->text()));
        pipelines->session()->undoStack()->undo();
        QCOMPARE(pipelines->textEditor()->bytes(), kWorkflow);
    }

    void shortFormTriggersGetFiltersAndInputs()
    {
        const QByteArray original = "on: [push, workflow_dispatch]\n"
                                    "jobs:\n"
                                    "  build:\n"
                                    "    runs-on: ubuntu-latest\n"
                                    "    steps:\n"
                                    "      - run: make\n";
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), original, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        WorkflowGraphView *graph = pipelines->graphView();
        QUndoStack *undo = pipelines->session()->undoStack();

        whenModal<TriggerDialog>([](TriggerDialog *d) {
            d->filterEdit(s("branches"))->setPlainText(s("main\nrelease/**"));
            d->filterEdit(s("paths-ignore"))->setPlainText(s("docs/**"));
            QVERIFY(d->grab().save(testkit::screenshotPath(s("trigger-dialog.png"))));
            clickOk(d);
        });
        QTest::mouseDClick(graph->viewport(), Qt::LeftButton, Qt::NoModifier, centerOf(graph, s("on:push")));
        const QByteArray filtered = with("on: [push, workflow_dispatch]\n",
                                         "on:\n  push:\n    branches: [main, release/**]\n    paths-ignore: [docs/**]\n  workflow_dispatch:\n",
                                         original);
        QTRY_COMPARE(pipelines->textEditor()->bytes(), filtered);

        QTRY_VERIFY(graph->item(s("on:workflow_dispatch")));
        whenModal<TriggerDialog>([](TriggerDialog *d) {
            d->addInput({s("target"), s("choice"), s("Where to deploy"), s("staging"), true, {s("staging"), s("production")}});
            d->addInput({s("dry-run"), s("boolean"), QString(), s("false"), false, {}});
            QVERIFY(d->grab().save(testkit::screenshotPath(s("inputs-dialog.png"))));
            clickOk(d);
        });
        QTest::mouseDClick(graph->viewport(), Qt::LeftButton, Qt::NoModifier, centerOf(graph, s("on:workflow_dispatch")));
        QTRY_COMPARE(pipelines->textEditor()->bytes(),
                     with("  workflow_dispatch:\n",
                          "  workflow_dispatch:\n    inputs:\n      target:\n        description: Where to deploy\n        required: true\n"
                          "        default: staging\n        type: choice\n        options: [staging, production]\n"
                          "      dry-run:\n        default: false\n        type: boolean\n",
                          filtered));
        QCOMPARE(pipelines->findingsList()->topLevelItemCount(), 0);
        // Each dialog was one undo step.
        QCOMPARE(undo->count(), 2);
        undo->undo();
        QCOMPARE(pipelines->textEditor()->bytes(), filtered);
        undo->undo();
        QCOMPARE(pipelines->textEditor()->bytes(), original);
    }
};

QTEST_MAIN(TestPipelinesDialogs)
#include "tst_pipelines_dialogs.moc"
