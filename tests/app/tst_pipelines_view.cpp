// How the Pipelines workspace shows a graph, through the real main window: Fit shows all of it
// without scroll bars, the first view is fitted but readable (then scrolls from the triggers),
// Ctrl+wheel and Ctrl+plus/minus/0 zoom with the level shown, the splitters are remembered, a
// long job name is shown whole, a card's steps fold, and empty lists say why they are empty.
#include "app/MainWindow.h"
#include "app/PipelineEditActions.h"
#include "app/PipelinesTab.h"
#include "app/WorkflowSession.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "support/gui/PipelinesTestKit.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/WorkflowGraphView.h"
#include "widgets/WorkflowNodeItem.h"
#include "widgets/WorkflowTextEditor.h"

#include <QAction>
#include <QImage>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QWheelEvent>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/// A chain of `count` jobs, each needing the one before: a graph wider than any pane.
QByteArray chain(int count)
{
    QByteArray text = "name: Chain\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n";
    for (int i = 1; i <= count; ++i) {
        text += "  stage-" + QByteArray::number(i) + ":\n";
        if (i > 1)
            text += "    needs: stage-" + QByteArray::number(i - 1) + "\n";
        text += "    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n"
                "      - run: make stage-" + QByteArray::number(i) + "\n";
    }
    return text;
}

const QByteArray kSmall = "on: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n"
                          "      - uses: actions/checkout@v4\n      - run: make lint\n      - run: make vet\n";

/// The graph's scene rect as it shows in the viewport.
QRectF shownScene(WorkflowGraphView *graph)
{
    return graph->viewportTransform().mapRect(graph->sceneRect());
}

/// Whether `rect` (viewport coordinates) is inside the viewport, give or take a rounding pixel.
bool inViewport(WorkflowGraphView *graph, const QRectF &rect)
{
    return QRectF(graph->viewport()->rect()).adjusted(-0.5, -0.5, 0.5, 0.5).contains(rect);
}

QString describe(WorkflowGraphView *graph)
{
    const QRectF r = shownScene(graph);
    return QStringLiteral("scene at (%1,%2 %3x%4) in %5x%6, zoom %7").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
        .arg(graph->viewport()->width()).arg(graph->viewport()->height()).arg(graph->zoom());
}

/// The on-screen pixel size of the cards' smallest text at the graph's zoom.
qreal detailPixels(WorkflowGraphView *graph)
{
    return WorkflowNodeItem::detailFont().pointSizeF() * graph->logicalDpiY() / 72.0 * graph->transform().m11();
}

qreal readablePixels(WorkflowGraphView *graph)
{
    return 9.0 * graph->logicalDpiY() / 72.0;
}

QString percent(qreal zoom)
{
    return QStringLiteral("%1%").arg(qRound(zoom * 100));
}

/// How many pixels of `image` differ from its top-left one (the background).
int inkOf(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixel(x, y) != background ? 1 : 0;
    }
    return ink;
}

void ctrlWheel(WorkflowGraphView *graph, int delta)
{
    const QPointF at = QRectF(graph->viewport()->rect()).center();
    QWheelEvent wheel(at, graph->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(graph->viewport(), &wheel);
}

} // namespace

class TestPipelinesView : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

private Q_SLOTS:
    void fitShowsTheWholeGraphWithoutScrollBars()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), chain(7), s("ci: a long chain"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        WorkflowGraphView *graph = pipelines->graphView();
        QTRY_VERIFY(graph->item(s("job:stage-7")));
        graph->fitAction()->trigger();
        QVERIFY(!graph->horizontalScrollBar()->isVisible());
        QVERIFY(!graph->verticalScrollBar()->isVisible());
        const QRect viewport = graph->viewport()->rect();
        QVERIFY2(inViewport(graph, shownScene(graph)), qPrintable(describe(graph)));
        for (const QString &id : {s("on:push"), s("job:stage-1"), s("job:stage-7")})
            QVERIFY2(viewport.contains(graph->mapFromScene(graph->item(id)->sceneBoundingRect()).boundingRect()), qPrintable(id));
        // With a margin: the last card does not touch the edge.
        QVERIFY(graph->mapFromScene(graph->item(s("job:stage-7"))->sceneBoundingRect()).boundingRect().right() < viewport.right() - 2);
        QCOMPARE(pipelines->zoomButton()->text(), percent(graph->zoom()));
        QVERIFY(window->grab().save(testkit::screenshotPath(s("pipelines-fit.png"))));

        // The pane grows: Fit follows it; still no scroll bars.
        pipelines->sidesSplitter()->setSizes({900, 300});
        QTRY_VERIFY2(inViewport(graph, shownScene(graph)) && shownScene(graph).width() > 700, qPrintable(describe(graph)));
        QVERIFY(!graph->horizontalScrollBar()->isVisible());
    }

    void theFirstViewIsFittedButReadable()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), chain(7), s("ci: a long chain"));
        repo.commitFile(s(".github/workflows/small.yml"), kSmall, s("ci: a small one"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        WorkflowGraphView *graph = pipelines->graphView();
        QTRY_VERIFY(graph->item(s("job:stage-7")));
        // Too wide to fit readably: readable, scrolled to the start (the triggers).
        QVERIFY2(detailPixels(graph) >= readablePixels(graph) - 0.01,
                 qPrintable(QStringLiteral("%1 px at %2").arg(detailPixels(graph)).arg(graph->zoom())));
        QVERIFY(graph->horizontalScrollBar()->isVisible());
        QCOMPARE(graph->horizontalScrollBar()->value(), graph->horizontalScrollBar()->minimum());
        QVERIFY(graph->viewport()->rect().contains(graph->mapFromScene(graph->item(s("on:push"))->sceneBoundingRect()).boundingRect()));
        QCOMPARE(pipelines->zoomButton()->text(), percent(graph->zoom()));
        QVERIFY(window->grab().save(testkit::screenshotPath(s("pipelines-first-view.png"))));

        // A small graph fits whole, at most at 100 %, without scroll bars.
        QVERIFY(pipelines->openFile(s(".github/workflows/small.yml")));
        QTRY_VERIFY(graph->item(s("job:lint")));
        QVERIFY(graph->zoom() <= 1.0);
        QVERIFY(detailPixels(graph) >= readablePixels(graph) - 0.01);
        QVERIFY2(inViewport(graph, shownScene(graph)), qPrintable(describe(graph)));
        QVERIFY(!graph->horizontalScrollBar()->isVisible());
        QVERIFY(!graph->verticalScrollBar()->isVisible());
    }

    void zoomWithTheWheelAndTheKeys()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), chain(3), s("ci: a chain"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        WorkflowGraphView *graph = pipelines->graphView();
        QTRY_VERIFY(graph->item(s("job:stage-3")));
        graph->setFocus();
        QTRY_VERIFY(graph->hasFocus());
        const qreal start = graph->zoom();

        ctrlWheel(graph, 120);
        QVERIFY(graph->zoom() > start * 1.1);
        QCOMPARE(pipelines->zoomButton()->text(), percent(graph->zoom()));
        ctrlWheel(graph, -120);
        QVERIFY(qAbs(graph->zoom() - start) < 1e-6);

        QTest::keyClick(graph, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(graph->zoom() > start * 1.1);
        QCOMPARE(pipelines->zoomButton()->text(), percent(graph->zoom()));
        QTest::keyClick(graph, Qt::Key_Equal, Qt::ControlModifier); // the same key without Shift
        const qreal zoomedIn = graph->zoom();
        QVERIFY(zoomedIn > start * 1.3);
        QTest::keyClick(graph, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(graph->zoom() < zoomedIn);
        QCOMPARE(pipelines->zoomButton()->text(), percent(graph->zoom()));
        // Ctrl+0 fits; the zoom level's button goes back to 100 %.
        QTest::keyClick(graph, Qt::Key_0, Qt::ControlModifier);
        QVERIFY2(inViewport(graph, shownScene(graph)), qPrintable(describe(graph)));
        QVERIFY(!graph->horizontalScrollBar()->isVisible());
        pipelines->zoomButton()->click();
        QCOMPARE(graph->zoom(), 1.0);
        QCOMPARE(pipelines->zoomButton()->text(), s("100%"));
        // In the YAML the keys are the editor's own (its text zoom), not the graph's.
        pipelines->textEditor()->setFocus();
        QTest::keyClick(pipelines->textEditor(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(graph->zoom(), 1.0);
    }

    void theToolbarStaysPutAsTheUndoStepChanges()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), chain(3), s("ci: a chain"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        auto *toolbar = pipelines->findChild<QToolBar *>(s("pipelinesToolbar"));
        QVERIFY(toolbar);
        QWidget *fit = toolbar->widgetForAction(pipelines->graphView()->fitAction());
        QVERIFY(fit);
        const int x = fit->mapTo(pipelines, QPoint()).x();
        pipelines->edits()->removeJob(s("stage-3"));
        QTRY_VERIFY(pipelines->session()->isModified());
        QAction *undo = nullptr;
        for (QAction *action : toolbar->actions())
            undo = action->text() == s("Undo") ? action : undo;
        QVERIFY(undo && undo->isEnabled());
        QVERIFY2(undo->toolTip().contains(s("Remove job stage-3")), qPrintable(undo->toolTip()));
        QCOMPARE(fit->mapTo(pipelines, QPoint()).x(), x);
        undo->trigger();
        QCOMPARE(pipelines->session()->text(), chain(3));
        QVERIFY(!undo->isEnabled());
    }

    void theSplittersAreRemembered()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), kSmall, s("ci: add the workflow"));
        QList<int> files;
        QList<int> sides;
        QList<int> findings;
        {
            auto window = m_windows.makeWindow();
            PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
            // One workflow: the list is folded away, the graph has the room.
            QCOMPARE(pipelines->filesSplitter()->sizes().value(0), 0);
            QVERIFY(!pipelines->filesAction()->isChecked());
            pipelines->filesAction()->trigger();
            QVERIFY(pipelines->filesSplitter()->sizes().value(0) > 0);
            const int total = pipelines->filesSplitter()->sizes().value(0) + pipelines->filesSplitter()->sizes().value(1);
            pipelines->filesSplitter()->setSizes({230, total - 230});
            const int width = pipelines->sidesSplitter()->sizes().value(0) + pipelines->sidesSplitter()->sizes().value(1);
            pipelines->sidesSplitter()->setSizes({width - 300, 300});
            const int height = pipelines->findingsSplitter()->sizes().value(0) + pipelines->findingsSplitter()->sizes().value(1);
            pipelines->findingsSplitter()->setSizes({height - 200, 200});
            files = pipelines->filesSplitter()->sizes();
            sides = pipelines->sidesSplitter()->sizes();
            findings = pipelines->findingsSplitter()->sizes();
            QVERIFY(window->close());
        }
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = window->currentTab() ? window->currentTab()->pipelinesTab()
                                                       : testkit::openPipelines(*window, repo.path());
        QVERIFY(pipelines);
        window->pipelinesAction()->trigger();
        QTRY_COMPARE(pipelines->filesSplitter()->sizes(), files);
        QCOMPARE(pipelines->sidesSplitter()->sizes(), sides);
        QCOMPARE(pipelines->findingsSplitter()->sizes(), findings);
        QVERIFY(pipelines->filesAction()->isChecked());
        // Folding the list away gives its room to the graph; unfolding brings the same width back.
        pipelines->filesAction()->trigger();
        QCOMPARE(pipelines->filesSplitter()->sizes().value(0), 0);
        pipelines->filesAction()->trigger();
        QCOMPARE(pipelines->filesSplitter()->sizes().value(0), 230);
    }

    void aLongJobNameIsShownWhole()
    {
        const QString name = s("Build and test (${{ matrix.os }}, Python ${{ matrix.python }}) nightly");
        const QString endless = s("Build and test on every supported platform and Python version, then publish the nightly "
                                  "wheels to the package index and announce them everywhere");
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"),
                        "on: [push]\njobs:\n  nightly:\n    name: " + name.toUtf8() + "\n    runs-on: ubuntu-22.04\n"
                        "    environment: production\n    strategy:\n      matrix:\n        os: [a, b]\n        python: [1, 2, 3]\n"
                        "    steps:\n      - run: make\n"
                        "  endless:\n    name: " + endless.toUtf8() + "\n    runs-on: x\n    steps:\n      - run: make\n",
                        s("ci: nightly"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        WorkflowNodeItem *card = pipelines->graphView()->item(s("job:nightly"));
        QVERIFY(card);
        QVERIFY(card->titleLines().size() > 1); // wrapped, not cut
        QCOMPARE(card->titleLines().join(QLatin1Char(' ')), name);
        QVERIFY(card->toolTip().contains(name));
        // Each line fits the card, and the card is tall enough for all of them and the rest.
        const QFontMetricsF title(WorkflowNodeItem::titleFont());
        for (const QString &line : card->titleLines())
            QVERIFY2(title.horizontalAdvance(line) <= card->node().rect.width(), qPrintable(line));
        QVERIFY(card->node().rect.height() >= card->titleLines().size() * title.height() + 4 * QFontMetricsF(WorkflowNodeItem::detailFont()).height());
        QCOMPARE(card->node().matrixCount, 6);
        QCOMPARE(card->node().environment, s("production"));
        QVERIFY2(card->toolTip().contains(s("matrix: 6 job")), qPrintable(card->toolTip()));
        // A name past four lines: wrapped as far as that goes, then elided; the tooltip has it all.
        WorkflowNodeItem *long_ = pipelines->graphView()->item(s("job:endless"));
        QCOMPARE(long_->titleLines().size(), 4);
        QString shown = long_->titleLines().join(QLatin1Char(' '));
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        shown.chop(1);
        QVERIFY2(endless.startsWith(shown.trimmed()), qPrintable(shown));
        QVERIFY(long_->toolTip().contains(endless));
    }

    void aCardsStepsFold()
    {
        TestRepo repo;
        repo.commitFile(s(".github/workflows/ci.yml"), kSmall, s("ci: add the workflow"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        WorkflowGraphView *graph = pipelines->graphView();
        WorkflowNodeItem *card = graph->item(s("job:lint"));
        QVERIFY(card && !card->stepsFolded());
        const qreal open = card->node().rect.height();
        const QRectF r = card->sceneBoundingRect();
        QPointF header;
        for (qreal y = r.top(); y < r.bottom() && header.isNull(); y += 0.5) {
            if (card->isOnStepsHeader(QPointF(r.left() + 20, y)))
                header = QPointF(r.left() + 20, y + 2);
        }
        QVERIFY(!header.isNull());
        QVERIFY(card->stepAt(header) < 0);
        QTest::mouseClick(graph->viewport(), Qt::LeftButton, Qt::NoModifier, graph->mapFromScene(header));
        card = graph->item(s("job:lint"));
        QVERIFY(card->stepsFolded());
        QVERIFY(card->node().rect.height() < open - 2 * QFontMetricsF(WorkflowNodeItem::detailFont()).height());
        for (qreal y = card->sceneBoundingRect().top(); y < card->sceneBoundingRect().bottom(); y += 1)
            QCOMPARE(card->stepAt(QPointF(card->sceneBoundingRect().left() + 20, y)), -1);
        QCOMPARE(pipelines->textEditor()->bytes(), kSmall); // folding is a view, not an edit
        QVERIFY(!pipelines->session()->isModified());
        // Clicked again: open, the rows back.
        const QRectF folded = card->sceneBoundingRect();
        QPointF again;
        for (qreal y = folded.top(); y < folded.bottom() && again.isNull(); y += 0.5) {
            if (card->isOnStepsHeader(QPointF(folded.left() + 20, y)))
                again = QPointF(folded.left() + 20, y + 2);
        }
        QTest::mouseClick(graph->viewport(), Qt::LeftButton, Qt::NoModifier, graph->mapFromScene(again));
        card = graph->item(s("job:lint"));
        QVERIFY(!card->stepsFolded());
        QCOMPARE(card->node().rect.height(), open);
    }

    void emptyListsSayWhy()
    {
        TestRepo repo;
        repo.commitFile(s("README.md"), "hi\n", s("Initial"));
        auto window = m_windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        QCOMPARE(pipelines->fileList()->count(), 0);
        pipelines->filesAction()->setChecked(true);
        QTRY_VERIFY(pipelines->fileList()->viewport()->width() > 100);
        QTRY_VERIFY(pipelines->filesEmptyText()->isShowing());
        QVERIFY(pipelines->filesEmptyText()->text().contains(s("No workflow files yet")));
        QVERIFY(inkOf(pipelines->fileList()->viewport()->grab().toImage()) > 20); // painted, not a row
        QCOMPARE(pipelines->fileList()->count(), 0);

        // A valid file: no findings, and the table says so.
        repo.commitFile(s(".github/workflows/ci.yml"), kSmall, s("ci: add the workflow"));
        pipelines->reload();
        QCOMPARE(pipelines->openPath(), s(".github/workflows/ci.yml"));
        QTreeWidget *findings = pipelines->findingsList();
        QCOMPARE(findings->topLevelItemCount(), 0);
        QTRY_VERIFY(pipelines->findingsEmptyText()->isShowing());
        QCOMPARE(pipelines->findingsEmptyText()->text(), s("No findings: the file is valid."));
        const int ink = inkOf(findings->viewport()->grab().toImage());
        QVERIFY(ink > 20);
        QTRY_VERIFY(!pipelines->filesEmptyText()->isShowing());
        QVERIFY(window->grab().save(testkit::screenshotPath(s("pipelines-no-findings.png"))));
        // A finding (the file changed on disk): a real row, no sentence.
        repo.write(".github/workflows/ci.yml", kSmall + "  broken:\n    needs: ghost\n    runs-on: x\n    steps: [{run: a}]\n");
        pipelines->reload();
        QTRY_VERIFY(findings->topLevelItemCount() > 0);
        QTRY_VERIFY(!pipelines->findingsEmptyText()->isShowing());
    }
};

QTEST_MAIN(TestPipelinesView)
#include "tst_pipelines_view.moc"
