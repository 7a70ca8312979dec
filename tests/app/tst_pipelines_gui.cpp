// The Pipelines workspace through the real main window: the graph of a workflow, a needs edge
// dragged between two job cards, a step added through the dialog, undo and redo across graph
// and text, typing in the YAML redrawing the graph, findings on nodes and in the list, saving,
// the unsaved-changes question and the recovery draft.
#include "app/MainWindow.h"
#include "app/PipelineEditActions.h"
#include "app/MessageBar.h"
#include "app/PipelinesTab.h"
#include "app/WorkflowSession.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "support/gui/PipelinesTestKit.h"
#include "widgets/NewWorkflowDialog.h"
#include "widgets/TriggerDialog.h"
#include "widgets/WorkflowGraphView.h"
#include "widgets/WorkflowNodeItem.h"
#include "widgets/WorkflowTextEditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QScrollBar>

using namespace gantry;
using testkit::whenModal;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const QByteArray kWorkflow = "# Build and ship\n"
                             "name: CI\n"
                             "on:\n"
                             "  push:\n"
                             "    branches: [main]\n"
                             "  pull_request:\n"
                             "\n"
                             "jobs:\n"
                             "  # fast checks first\n"
                             "  lint:\n"
                             "    runs-on: ubuntu-latest\n"
                             "    steps:\n"
                             "      - uses: actions/checkout@v4\n"
                             "      - run: make lint\n"
                             "\n"
                             "  test:\n"
                             "    runs-on: ubuntu-latest\n"
                             "    strategy:\n"
                             "      matrix:\n"
                             "        os: [linux, mac]\n"
                             "        node: [18, 20]\n"
                             "    steps:\n"
                             "      - uses: actions/checkout@v4\n"
                             "      - run: npm test\n"
                             "\n"
                             "  deploy:\n"
                             "    needs: [test]\n"
                             "    environment: production\n"
                             "    if: github.ref == 'refs/heads/main'\n"
                             "    runs-on: ubuntu-latest\n"
                             "    steps:\n"
                             "      - run: ./deploy.sh\n";

/// Drags with the mouse from one scene point to another on the graph's viewport.
void drag(WorkflowGraphView *view, QPointF fromScene, QPointF toScene)
{
    QWidget *viewport = view->viewport();
    const QPoint from = view->mapFromScene(fromScene);
    const QPoint to = view->mapFromScene(toScene);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace

class TestPipelinesGui : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

    static PipelinesTab *openPipelines(MainWindow &window, const TestRepo &repo)
    {
        return testkit::openPipelines(window, repo.path());
    }

private Q_SLOTS:
    void graphDragAndStepEditTheFileMinimally()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), kWorkflow, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        QCOMPARE(pipelines->fileList()->count(), 1);
        QCOMPARE(pipelines->openPath(), s(".github/workflows/ci.yml"));
        WorkflowGraphView *graph = pipelines->graphView();
        QVERIFY(graph->item(s("on:push")) && graph->item(s("on:pull_request")));
        QVERIFY(graph->item(s("job:lint")) && graph->item(s("job:deploy")));
        QCOMPARE(graph->item(s("job:test"))->node().matrixCount, 4);
        QCOMPARE(graph->item(s("job:deploy"))->node().environment, s("production"));
        QCOMPARE(pipelines->textEditor()->bytes(), kWorkflow);
        graph->fit();
        QVERIFY(graph->grab().save(testkit::screenshotPath(s("pipeline-graph.png"))));

        // Drag from lint's handle (its right edge) onto deploy: deploy now needs lint.
        const QRectF lint = graph->item(s("job:lint"))->sceneBoundingRect().adjusted(2, 2, -2, -2);
        const QRectF deploy = graph->item(s("job:deploy"))->sceneBoundingRect();
        drag(graph, QPointF(lint.right() - 3, lint.center().y()), deploy.center());
        QByteArray expected = kWorkflow;
        expected.replace("needs: [test]", "needs: [test, lint]");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        QCOMPARE(pipelines->session()->text(), expected);
        QTRY_VERIFY(graph->graph().indexOf(s("job:deploy")) >= 0);
        int needsEdges = 0;
        for (const WorkflowGraphEdge &e : graph->graph().edges)
            needsEdges += e.to == s("job:deploy") ? 1 : 0;
        QCOMPARE(needsEdges, 2);

        // Add a step to lint through the dialog.
        whenModal<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(s("make vet"));
            dialog->accept();
        });
        pipelines->edits()->addStep(s("lint"));
        expected.replace("      - run: make lint\n", "      - run: make lint\n      - run: make vet\n");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        QCOMPARE(graph->item(s("job:lint"))->node().steps.last(), s("make vet"));

        // Undo twice: the step, then the need; redo once.
        QUndoStack *undo = pipelines->session()->undoStack();
        undo->undo();
        QByteArray afterDrag = kWorkflow;
        afterDrag.replace("needs: [test]", "needs: [test, lint]");
        QCOMPARE(pipelines->textEditor()->bytes(), afterDrag);
        undo->undo();
        QCOMPARE(pipelines->textEditor()->bytes(), kWorkflow);
        QVERIFY(!pipelines->session()->isModified());
        undo->redo();
        QCOMPARE(pipelines->textEditor()->bytes(), afterDrag);

        // A refused edit says why and changes nothing.
        pipelines->edits()->addNeeds(s("deploy"), s("lint"));
        QVERIFY(!pipelines->messageBar()->isHidden());
        QVERIFY2(pipelines->messageBar()->text().contains(s("already needs")), qPrintable(pipelines->messageBar()->text()));
        QCOMPARE(pipelines->textEditor()->bytes(), afterDrag);

        // Save writes exactly the text.
        QVERIFY(pipelines->save());
        QCOMPARE(repo.read(".github/workflows/ci.yml"), afterDrag);
        QVERIFY(!pipelines->session()->isModified());
    }

    void stepsAreDraggedAndPropertiesEditedFromTheGraph()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), kWorkflow, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        WorkflowGraphView *graph = pipelines->graphView();
        QTRY_VERIFY(graph->item(s("job:lint")));
        graph->fit();

        // Clicking a step row selects its YAML; dragging it below the next one moves it.
        WorkflowNodeItem *lint = graph->item(s("job:lint"));
        const QRectF card = lint->sceneBoundingRect();
        // The middle of the first and second step rows.
        const auto rowMiddle = [&](int row) {
            qreal top = -1;
            qreal bottom = -1;
            for (qreal y = card.top(); y < card.bottom(); y += 0.5) {
                if (lint->stepAt(QPointF(card.left() + 20, y)) == row) {
                    top = top < 0 ? y : top;
                    bottom = y;
                }
            }
            return top < 0 ? QPointF() : QPointF(card.left() + 20, (top + bottom) / 2);
        };
        const QPointF first = rowMiddle(0);
        const QPointF second = rowMiddle(1);
        QVERIFY(!first.isNull() && !second.isNull());
        drag(graph, first, second);
        QByteArray expected = kWorkflow;
        expected.replace("      - uses: actions/checkout@v4\n      - run: make lint\n", "      - run: make lint\n      - uses: actions/checkout@v4\n");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        QTest::mouseClick(graph->viewport(), Qt::LeftButton, Qt::NoModifier,
                          graph->mapFromScene(graph->item(s("job:lint"))->sceneBoundingRect().topLeft() + (first - card.topLeft())));
        QCOMPARE(pipelines->textEditor()->selectedText(), s("run: make lint"));

        // Runner, environment, matrix and schedule through their dialogs (answered as a user would).
        whenModal<QInputDialog>([](QInputDialog *d) { d->setTextValue(s("self-hosted, linux")); d->accept(); });
        pipelines->edits()->editRunsOn(s("test"));
        expected.replace("  test:\n    runs-on: ubuntu-latest\n", "  test:\n    runs-on: [self-hosted, linux]\n");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        whenModal<QInputDialog>([](QInputDialog *d) { d->setTextValue(s("staging")); d->accept(); });
        pipelines->edits()->editEnvironment(s("deploy"));
        expected.replace("environment: production", "environment: staging");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        whenModal<QInputDialog>([](QInputDialog *d) { d->setTextValue(s("os: linux, mac, windows\nnode: 18, 20")); d->accept(); });
        pipelines->edits()->editMatrix(s("test"));
        expected.replace("        os: [linux, mac]\n", "        os: [linux, mac, windows]\n");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        QCOMPARE(graph->item(s("job:test"))->node().matrixCount, 6);
        whenModal<TriggerDialog>([](TriggerDialog *d) { d->filterEdit(s("branches"))->setPlainText(s("main\nrelease/**")); d->accept(); });
        pipelines->edits()->editTrigger(s("push"));
        expected.replace("branches: [main]", "branches: [main, release/**]");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        // Each was one undo step: four undos take it back to the moved step.
        QUndoStack *undo = pipelines->session()->undoStack();
        for (int i = 0; i < 4; ++i)
            undo->undo();
        QByteArray moved = kWorkflow;
        moved.replace("      - uses: actions/checkout@v4\n      - run: make lint\n", "      - run: make lint\n      - uses: actions/checkout@v4\n");
        QCOMPARE(pipelines->textEditor()->bytes(), moved);
    }

    void typingRedrawsTheGraphAndFindingsShowAtTheirPlace()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), kWorkflow, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        WorkflowTextEditor *text = pipelines->textEditor();
        // Type a new job at the end, as a user would.
        text->setFocus();
        text->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
        // (The editor indents each new line like the one before.)
        QTest::keyClicks(text, "  smoke:");
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, "  needs: deploy");
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, "runs-on: ubuntu-latest");
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, "steps: [{run: ./smoke.sh}]");
        QTRY_VERIFY_WITH_TIMEOUT(pipelines->graphView()->item(s("job:smoke")), 5000);
        QVERIFY2(pipelines->session()->text().endsWith("  smoke:\n    needs: deploy\n    runs-on: ubuntu-latest\n    steps: [{run: ./smoke.sh}]"),
                 pipelines->session()->text().constData());
        QCOMPARE(pipelines->session()->text(), text->bytes());
        QCOMPARE(pipelines->graphView()->item(s("job:smoke"))->node().steps, QStringList{s("./smoke.sh")});
        // One undo step per line of typing at most, and undoing it all gives the file back.
        QUndoStack *undo = pipelines->session()->undoStack();
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(text->bytes(), kWorkflow);

        // A need of an unknown job: an error in the list at its line, and on the node.
        QByteArray broken = kWorkflow;
        broken.replace("needs: [test]", "needs: [tset]");
        repo.write(".github/workflows/ci.yml", broken);
        pipelines->session()->undoStack()->setClean();
        QVERIFY(pipelines->openFile(s(".github/workflows/ci.yml")));
        QTreeWidget *findings = pipelines->findingsList();
        QTRY_VERIFY(findings->topLevelItemCount() > 0);
        QTreeWidgetItem *first = findings->topLevelItem(0);
        QCOMPARE(first->text(0), s("27:13"));
        QVERIFY2(first->text(1).contains(s("tset")), qPrintable(first->text(1)));
        QVERIFY(pipelines->graphView()->item(s("job:deploy"))->hasErrors());
        QVERIFY(!pipelines->graphView()->item(s("job:lint"))->hasErrors());
        QVERIFY(window->grab().save(testkit::screenshotPath(s("pipelines-workspace.png"))));
    }

    void theDemoRepositorysWorkflowDrawsCleanly()
    {
        QTemporaryDir dir;
        const QString demo = dir.filePath(s("demo"));
        QProcess make;
        make.start(qEnvironmentVariable("GANTRY_SOURCE_DIR") + s("/scripts/make-demo-repo"), {demo});
        QVERIFY(make.waitForFinished(120000));
        QCOMPARE(make.exitCode(), 0);
        auto window = m_windows.makeWindow();
        RepositoryTab *tab = testkit::MainWindowTestKit::open(*window, demo);
        window->pipelinesAction()->trigger();
        PipelinesTab *pipelines = tab->pipelinesTab();
        QCOMPARE(pipelines->openPath(), s(".github/workflows/ci.yml"));
        QCOMPARE(pipelines->findingsList()->topLevelItemCount(), 0);
        WorkflowGraphView *graph = pipelines->graphView();
        QVERIFY(graph->item(s("job:build")) && graph->item(s("job:test")));
        QCOMPARE(graph->item(s("job:build"))->node().matrixCount, 6);
        QCOMPARE(graph->item(s("job:deploy-production"))->node().environment, s("production"));
        // The window: 1600×1000. The first view reads at ≥ 9 pt; Fit shows all of it,
        // deploy-production included, without scroll bars.
        window->resize(1600, 1000);
        QTRY_COMPARE(window->width(), 1600);
        graph->fitReadable();
        QVERIFY(WorkflowNodeItem::detailFont().pointSizeF() * graph->zoom() >= 9.0 - 0.01);
        QVERIFY(graph->viewport()->rect().contains(graph->mapFromScene(graph->item(s("on:push"))->sceneBoundingRect()).boundingRect()));
        QVERIFY(window->grab().save(testkit::screenshotPath(s("pipelines-demo-first-view.png"))));
        graph->fitAction()->trigger();
        QVERIFY(!graph->horizontalScrollBar()->isVisible() && !graph->verticalScrollBar()->isVisible());
        const QRect production = graph->mapFromScene(graph->item(s("job:deploy-production"))->sceneBoundingRect()).boundingRect();
        QVERIFY2(graph->viewport()->rect().contains(production), qPrintable(QStringLiteral("%1 + %2 in %3").arg(production.x())
                     .arg(production.width()).arg(graph->viewport()->width())));
        QVERIFY(window->grab().save(testkit::screenshotPath(s("pipelines-demo-fit.png"))));
        tab->setSidePanelVisible(false);
        QTest::qWait(50);
        graph->fit();
        QVERIFY(window->grab().save(testkit::screenshotPath(s("pipelines-demo.png"))));
    }

    void gitlabPipelinesDrawAsStageColumns()
    {
        TestRepo repo;
        repo.write(".gitlab/templates.yml", ".deploy:\n  stage: deploy\n  environment: production\n  when: manual\n");
        repo.commitFile(s(".gitlab-ci.yml"),
                        "include: .gitlab/templates.yml\nstages: [build, test, deploy]\n"
                        "compile:\n  stage: build\n  script: [make]\n"
                        "unit:\n  stage: test\n  needs: [compile]\n  script: [make test]\n"
                        "ship:\n  extends: .deploy\n  needs: [unit, ghost]\n  script: [./ship]\n",
                        s("ci: add the pipeline"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        QCOMPARE(pipelines->openPath(), s(".gitlab-ci.yml"));
        WorkflowGraphView *graph = pipelines->graphView();
        QVERIFY(graph->item(s("stage:build")) && graph->item(s("stage:test")) && graph->item(s("stage:deploy")));
        QVERIFY(graph->item(s("job:compile"))->sceneBoundingRect().right() < graph->item(s("job:unit"))->sceneBoundingRect().left());
        QCOMPARE(graph->item(s("job:ship"))->node().environment, s("production")); // from extends in the include
        QVERIFY(graph->item(s("job:ship"))->hasErrors());                         // needs "ghost"
        QCOMPARE(pipelines->findingsList()->topLevelItemCount(), 1);
        QVERIFY(pipelines->findingsList()->topLevelItem(0)->text(1).contains(s("ghost")));
        QVERIFY(window->grab().save(testkit::screenshotPath(s("pipelines-gitlab.png"))));

        // Visual edits through GitLabEditor: a need dragged from compile's handle onto ship.
        const QByteArray original = pipelines->session()->text();
        QByteArray expected = original;
        graph->fit();
        const QRectF compile = graph->item(s("job:compile"))->sceneBoundingRect().adjusted(2, 2, -2, -2);
        drag(graph, QPointF(compile.right() - 3, compile.center().y()), graph->item(s("job:ship"))->sceneBoundingRect().center());
        expected.replace("needs: [unit, ghost]", "needs: [unit, ghost, compile]");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        // The other way round is refused with GitLab's reason; nothing changes.
        QTRY_VERIFY(graph->item(s("job:unit")));
        const QRectF unit = graph->item(s("job:unit"))->sceneBoundingRect().adjusted(2, 2, -2, -2);
        drag(graph, QPointF(unit.right() - 3, unit.center().y()), graph->item(s("job:compile"))->sceneBoundingRect().center());
        QTRY_VERIFY(pipelines->messageBar()->text().contains(s("later stage (test)")));
        QCOMPARE(pipelines->textEditor()->bytes(), expected);
        // A script line and a stage through their dialogs (the context menu's signals).
        whenModal<QInputDialog>([](QInputDialog *d) { d->setTextValue(s("make check")); d->accept(); });
        Q_EMIT graph->addStepRequested(s("unit"));
        expected.replace("script: [make test]", "script: [make test, make check]");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        whenModal<QInputDialog>([](QInputDialog *d) {
            QCOMPARE(d->comboBoxItems(), (QStringList{s(".pre"), s("build"), s("test"), s("deploy"), s(".post")}));
            QCOMPARE(d->textValue(), s("test"));
            d->setTextValue(s("build"));
            d->accept();
        });
        Q_EMIT graph->editStageRequested(s("unit"));
        expected.replace("unit:\n  stage: test\n", "unit:\n  stage: build\n");
        QTRY_COMPARE(pipelines->textEditor()->bytes(), expected);
        QTRY_COMPARE(graph->item(s("job:unit"))->node().stepNodes.size(), 2); // script lines are steps to drag
        // One undo step each.
        pipelines->session()->undoStack()->undo();
        pipelines->session()->undoStack()->undo();
        pipelines->session()->undoStack()->undo();
        QTRY_COMPARE(pipelines->textEditor()->bytes(), original);
    }

    void newWorkflowFromATemplate()
    {
        TestRepo repo;
        repo.commitFile(s("README.md"), "hi\n", s("Initial"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = openPipelines(*window, repo);
        QCOMPARE(pipelines->fileList()->count(), 0);
        bool refusedExisting = false;
        whenModal<NewWorkflowDialog>([&refusedExisting](NewWorkflowDialog *dialog) {
            dialog->templateList()->setCurrentRow(1); // test, then deploy through environments
            QCOMPARE(dialog->fileNameEdit()->text(), s("deploy.yml"));
            dialog->fileNameEdit()->setText(s("ship"));
            refusedExisting = !dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()
                && dialog->problemLabel()->text().contains(s(".yml or .yaml"));
            dialog->fileNameEdit()->setText(s("ship.yml"));
            dialog->nameEdit()->setText(s("Ship it"));
            QVERIFY(dialog->grab().save(testkit::screenshotPath(s("new-workflow-dialog.png"))));
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(pipelines->newWorkflow());
        QVERIFY(refusedExisting);
        QCOMPARE(pipelines->openPath(), s(".github/workflows/ship.yml"));
        const QByteArray written = repo.read(".github/workflows/ship.yml");
        QVERIFY(written.contains("name: Ship it\n"));
        QVERIFY(written.contains("# Production waits for a manual approval"));
        QCOMPARE(pipelines->textEditor()->bytes(), written);
        QCOMPARE(pipelines->findingsList()->topLevelItemCount(), 0);
        QVERIFY(pipelines->graphView()->item(s("job:deploy-production")));
        QCOMPARE(pipelines->graphView()->item(s("job:deploy-production"))->node().environment, s("production"));
        QCOMPARE(pipelines->fileList()->count(), 1);

        // The same name again is refused in the dialog; Cancel writes nothing.
        bool refused = false;
        whenModal<NewWorkflowDialog>([&refused](NewWorkflowDialog *dialog) {
            dialog->templateList()->setCurrentRow(0);
            dialog->fileNameEdit()->setText(s("ship.yml"));
            refused = !dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()
                && dialog->problemLabel()->text().contains(s("already a workflow named ship.yml"));
            dialog->reject();
        });
        QVERIFY(!pipelines->newWorkflow());
        QVERIFY(refused);
        QCOMPARE(repo.read(".github/workflows/ship.yml"), written);
    }

    void unsavedChangesAreAskedAboutAndRecovered()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), kWorkflow, s("ci: add the workflow"));
        QString draft;
        {
            auto window = m_windows.makeWindow();
            PipelinesTab *pipelines = openPipelines(*window, repo);
            pipelines->edits()->removeJob(s("lint"));
            QVERIFY(pipelines->session()->isModified());
            pipelines->session()->writeDraft();
            draft = pipelines->session()->draftPath();
            QVERIFY(QFile::exists(draft));
            // Closing the window asks; Cancel keeps it open.
            whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
            QVERIFY(!window->close());
            QVERIFY(window->isVisible());
            // Discard: the file is untouched; the draft stays for recovery only if not discarded.
            QCOMPARE(repo.read(".github/workflows/ci.yml"), kWorkflow);
            // Simulate a crash: the window goes away without asking (the draft remains).
            pipelines->session()->undoStack()->setClean();
            pipelines->session()->writeDraft();
        }
        // The draft was removed with the clean state; write one as a crashed session leaves it.
        QByteArray changed = kWorkflow;
        changed.replace("make lint", "make lint-all");
        QFile file(draft);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(changed);
        file.close();
        auto window = m_windows.makeWindow();
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        PipelinesTab *pipelines = openPipelines(*window, repo);
        QTRY_COMPARE(pipelines->textEditor()->bytes(), changed);
        QVERIFY(pipelines->session()->isModified());
        QCOMPARE(repo.read(".github/workflows/ci.yml"), kWorkflow);
        pipelines->session()->undoStack()->undo();
        QCOMPARE(pipelines->textEditor()->bytes(), kWorkflow);
    }
};

QTEST_MAIN(TestPipelinesGui)
#include "tst_pipelines_gui.moc"
