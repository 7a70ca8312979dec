#include "app/PipelinesTab.h"

#include "app/MessageBar.h"
#include "app/PipelineEditActions.h"
#include "app/WindowSettings.h"
#include "app/WorkflowDiskSync.h"
#include "app/WorkflowSession.h"
#include "pipelines/GitLabGraph.h"
#include "pipelines/WorkflowEditor.h"
#include "pipelines/WorkflowGraph.h"
#include "pipelines/WorkflowLocator.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/OverlayAnchor.h"
#include "widgets/FileChangedBar.h"
#include "widgets/NewWorkflowDialog.h"
#include "widgets/ThemeColors.h"
#include "widgets/WorkflowGraphView.h"
#include "widgets/WorkflowNodeItem.h"
#include "widgets/WorkflowTextEditor.h"

#include "pipelines/WorkflowTemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gantry {

namespace {

/// Which graph node a line of the file belongs to: the job (or trigger) whose YAML holds it.
QString nodeIdAtLine(const WorkflowDocument &doc, int line)
{
    const YamlSyntaxTree &tree = doc.tree();
    const auto holds = [&](int key, int value) {
        const int first = key >= 0 ? tree.node(key).span.line : (value >= 0 ? tree.node(value).span.line : 0);
        const int last = value >= 0 ? tree.node(value).span.endLine : first;
        return first > 0 && line >= first && line <= last;
    };
    for (const WorkflowJob &job : doc.workflow().jobs) {
        if (holds(job.keyNode, job.node))
            return QStringLiteral("job:") + job.id;
    }
    for (const WorkflowTrigger &trigger : doc.workflow().triggers) {
        if (holds(trigger.keyNode, trigger.node))
            return QStringLiteral("on:") + trigger.event;
    }
    for (const GitLabJob &job : doc.gitlab().jobs) {
        if (holds(job.keyNode, job.node))
            return QStringLiteral("job:") + job.id;
    }
    return QString();
}

} // namespace

PipelinesTab::PipelinesTab(const QString &workdir, QWidget *parent)
    : QWidget(parent), m_workdir(workdir), m_session(new WorkflowSession(this))
{
    setObjectName(QStringLiteral("pipelinesTab"));
    buildUi();
    m_edits = new PipelineEditActions(m_session, m_graph, this);
    connect(m_edits, &PipelineEditActions::message, this, &PipelinesTab::showMessage);
    m_disk = new WorkflowDiskSync(m_session, m_diskBar, this);
    connect(m_disk, &WorkflowDiskSync::message, this, &PipelinesTab::showMessage);
    connect(m_disk, &WorkflowDiskSync::stateChanged, this, [this] {
        listFiles();
        updateTitle();
    });
    connect(m_session, &WorkflowSession::documentChanged, this, &PipelinesTab::onDocumentChanged);
    connect(m_session, &WorkflowSession::patchApplied, m_text, &WorkflowTextEditor::applyPatch);
    connect(m_session, &WorkflowSession::modifiedChanged, this, &PipelinesTab::updateTitle);
    connect(m_text, &WorkflowTextEditor::userEdited, m_session, &WorkflowSession::recordTyping);
    connect(m_text, &WorkflowTextEditor::cursorByteChanged, this, &PipelinesTab::onCursorMoved);
    connect(m_graph, &WorkflowGraphView::nodeClicked, this, [this](const QString &, int node) { selectYamlNode(node); });
    connect(m_graph, &WorkflowGraphView::toggleMatrixRequested, this, [this](const QString &job) {
        if (!m_expanded.remove(job))
            m_expanded.insert(job);
        onDocumentChanged();
    });
    connect(m_graph, &WorkflowGraphView::toggleStepsRequested, this, [this](const QString &job) {
        if (!m_foldedSteps.remove(job))
            m_foldedSteps.insert(job);
        onDocumentChanged();
    });
    connect(m_graph, &WorkflowGraphView::zoomChanged, this,
            [this](qreal zoom) { m_zoomButton->setText(tr("%1%").arg(qRound(zoom * 100))); });
    connect(m_files, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { openFile(item->text()); });
    connect(m_files, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->text() != openPath())
            openFile(item->text());
    });
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int line = item->data(0, Qt::UserRole).toInt();
        const int column = item->data(0, Qt::UserRole + 1).toInt();
        m_text->setCursorPosition(std::max(0, line - 1), std::max(0, column - 1));
        m_text->setFocus();
    });
    reload();
}

void PipelinesTab::buildUi()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("pipelinesToolbar"));
    toolbar->addAction(tr("New Workflow…"), this, &PipelinesTab::newWorkflow)->setObjectName(QStringLiteral("newWorkflowAction"));
    QAction *save = toolbar->addAction(tr("Save"), this, &PipelinesTab::save);
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Undo and Redo keep their short names (the step is in the tooltip): a toolbar whose
    // buttons grow with "Undo Reload ci.yml from Disk" moves everything after them.
    QUndoStack *stack = m_session->undoStack();
    QAction *undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) { undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text)); });
    QAction *redo = new QAction(tr("Redo"), this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) { redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text)); });
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(tr("Add Job…"), this, [this] { m_edits->addJob(); });
    toolbar->addSeparator();
    m_filesAction = toolbar->addAction(tr("Files"));
    m_filesAction->setObjectName(QStringLiteral("workflowFilesAction"));
    m_filesAction->setCheckable(true);
    m_filesAction->setToolTip(tr("Show or fold away the list of workflow files"));
    m_graph = new WorkflowGraphView(this);
    toolbar->addAction(m_graph->zoomOutAction());
    m_zoomButton = new QToolButton(toolbar);
    m_zoomButton->setObjectName(QStringLiteral("zoomLevel"));
    m_zoomButton->setAutoRaise(true);
    m_zoomButton->setToolTip(tr("The graph's zoom; click for 100%"));
    m_zoomButton->setText(tr("%1%").arg(100));
    // Room for "400%": the toolbar does not move as the number changes.
    m_zoomButton->setMinimumWidth(m_zoomButton->fontMetrics().horizontalAdvance(tr("%1%").arg(400)) + 16);
    connect(m_zoomButton, &QToolButton::clicked, m_graph, &WorkflowGraphView::resetZoom);
    toolbar->addWidget(m_zoomButton);
    toolbar->addAction(m_graph->zoomInAction());
    toolbar->addAction(m_graph->fitAction());
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pipelineTitle"));
    // Both float over the workspace (the bar across its top): showing them moves nothing.
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("pipelineMessage"));
    m_diskBar = new FileChangedBar(this);

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("workflowFiles"));
    m_files->setTextElideMode(Qt::ElideLeft); // the file name is the part that tells them apart
    m_filesEmpty = new EmptyStateOverlay(m_files, tr("No workflow files yet. New Workflow… makes one."));
    m_text = new WorkflowTextEditor(this);
    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("workflowFindings"));
    m_findings->setHeaderLabels({tr("Place"), tr("Finding"), tr("Rule")});
    m_findings->setRootIsDecorated(false);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_findingsEmpty = new EmptyStateOverlay(m_findings);

    m_sides = new QSplitter(Qt::Horizontal, this);
    m_sides->setObjectName(QStringLiteral("pipelineSides"));
    m_sides->addWidget(m_graph);
    m_sides->addWidget(m_text);
    m_sides->setStretchFactor(0, 2);
    m_sides->setStretchFactor(1, 1);
    m_sides->setSizes({660, 340}); // the graph is the wider: the YAML reads in 60 columns
    m_sides->setChildrenCollapsible(false);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("pipelineFindingsSplitter"));
    m_vertical->addWidget(m_sides);
    m_vertical->addWidget(m_findings);
    m_vertical->setStretchFactor(0, 4);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setSizes({680, 110});
    m_vertical->setChildrenCollapsible(false);
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setObjectName(QStringLiteral("pipelineFilesSplitter"));
    m_outer->addWidget(m_files);
    m_outer->addWidget(m_vertical);
    m_outer->setStretchFactor(1, 1);
    m_outer->setCollapsible(0, true);
    m_outer->setCollapsible(1, false);
    m_outer->setSizes({170, 980});
    connect(m_filesAction, &QAction::toggled, this, &PipelinesTab::setFilesShown);
    connect(m_outer, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker blocker(m_filesAction);
        m_filesAction->setChecked(m_outer->sizes().value(0) > 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addWidget(m_title, 1);
    layout->addLayout(top);
    layout->addWidget(m_outer, 1);
    new OverlayAnchor(m_diskBar, m_outer, OverlayAnchor::Edge::Top);
}

void PipelinesTab::setFilesShown(bool shown)
{
    QList<int> sizes = m_outer->sizes();
    // Before the splitter is laid out its sizes are placeholders: they only weigh then.
    const int total = std::max(sizes.value(0) + sizes.value(1), 1200);
    if (shown && sizes.value(0) == 0) {
        // As wide as it was, else as its longest name (within reason).
        int width = m_filesWidth;
        if (width < 80) {
            width = 0;
            for (int i = 0; i < m_files->count(); ++i)
                width = std::max(width, m_files->fontMetrics().horizontalAdvance(m_files->item(i)->text()));
            width = std::clamp(width + 32, 160, 260);
        }
        m_outer->setSizes({width, std::max(0, total - width)});
    } else if (!shown && sizes.value(0) > 0) {
        if (m_outer->isVisible())
            m_filesWidth = sizes.value(0);
        m_outer->setSizes({0, total});
    }
    const QSignalBlocker blocker(m_filesAction);
    m_filesAction->setChecked(shown);
}

void PipelinesTab::restoreLayout(const WindowSettings &settings)
{
    m_outer->restoreState(settings.splitterState(QStringLiteral("pipelines.files")));
    m_sides->restoreState(settings.splitterState(QStringLiteral("pipelines.sides")));
    m_vertical->restoreState(settings.splitterState(QStringLiteral("pipelines.findings")));
    const QSignalBlocker blocker(m_filesAction);
    m_filesAction->setChecked(m_outer->sizes().value(0) > 0);
}

void PipelinesTab::saveLayout(WindowSettings &settings) const
{
    settings.setSplitterState(QStringLiteral("pipelines.files"), m_outer->saveState());
    settings.setSplitterState(QStringLiteral("pipelines.sides"), m_sides->saveState());
    settings.setSplitterState(QStringLiteral("pipelines.findings"), m_vertical->saveState());
}

void PipelinesTab::showMessage(const QString &text)
{
    if (text.isEmpty())
        m_message->dismiss();
    else
        m_message->showMessage(MessageBar::Kind::Information, text);
}

void PipelinesTab::listFiles()
{
    QStringList paths;
    for (const WorkflowFileRef &file : WorkflowLocator::find(m_workdir))
        paths.append(file.relativePath);
    // The open file stays listed while it is open, even when the disk lost it.
    const QString open = openPath();
    const bool openMissing = !open.isEmpty() && !paths.contains(open);
    if (openMissing)
        paths.append(open);
    QStringList listed;
    for (int i = 0; i < m_files->count(); ++i)
        listed.append(m_files->item(i)->text());
    if (listed != paths) {
        const QSignalBlocker blocker(m_files);
        m_files->clear();
        m_files->addItems(paths);
    }
    for (int i = 0; i < m_files->count(); ++i) {
        QListWidgetItem *item = m_files->item(i);
        const bool missing = openMissing && item->text() == open;
        QFont font = m_files->font();
        font.setItalic(missing);
        item->setFont(font);
        item->setToolTip(missing ? tr("%1 (deleted on disk)").arg(item->text()) : item->text());
    }
    const auto matches = m_files->findItems(open, Qt::MatchExactly);
    if (!matches.isEmpty() && m_files->currentItem() != matches.first()) {
        const QSignalBlocker blocker(m_files);
        m_files->setCurrentItem(matches.first());
    }
    if (!m_listedOnce) {
        // A single workflow needs no list: the graph gets the room (the Files button brings it back).
        m_listedOnce = true;
        setFilesShown(m_files->count() > 1);
    }
}

void PipelinesTab::reload()
{
    listFiles();
    if (!openPath().isEmpty()) {
        m_disk->check();
        return;
    }
    if (m_files->count() == 0) {
        m_graph->setPlaceholder(tr("No workflow files here yet: GitHub Actions reads .github/workflows/*.yml, "
                                   "GitLab CI reads .gitlab-ci.yml."));
        return;
    }
    openFile(m_files->item(0)->text());
}

QString PipelinesTab::openPath() const
{
    return m_session->path().isEmpty() ? QString() : QDir(m_workdir).relativeFilePath(m_session->path());
}

bool PipelinesTab::openFile(const QString &relativePath)
{
    if (!maybeSave())
        return false;
    QString error;
    const QString previous = openPath();
    if (!m_session->open(QDir(m_workdir).filePath(relativePath), &error)) {
        showMessage(error);
        return false;
    }
    showMessage(QString());
    m_disk->watch();
    if (openPath() != previous)
        m_foldedSteps.clear();
    m_text->setBytes(m_session->text());
    listFiles();
    onDocumentChanged();
    m_graph->fitReadable();
    updateTitle();
    if (m_session->hasDraft()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes Found"),
            tr("%1 has unsaved changes from an earlier session. Restore them?").arg(relativePath),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (!m_session->restoreDraft(&error))
                showMessage(error);
        } else {
            m_session->discardDraft();
        }
    }
    return true;
}

bool PipelinesTab::newWorkflow()
{
    const QDir folder(QDir(m_workdir).filePath(QStringLiteral(".github/workflows")));
    const QStringList existing = folder.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files);
    NewWorkflowDialog dialog(existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    WorkflowEditResult named;
    const WorkflowDocument doc = WorkflowDocument::fromText(WorkflowTemplates::text(dialog.templateId()));
    named = WorkflowEditor(doc).set(QStringLiteral("name"), dialog.workflowName());
    const QByteArray text = named.ok ? named.text : doc.text();
    const QString relative = QStringLiteral(".github/workflows/") + dialog.fileName();
    QString error;
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder.path()));
    QFile file(QDir(m_workdir).filePath(relative));
    if (error.isEmpty() && file.exists())
        error = tr("%1 exists already; nothing was written.").arg(relative);
    if (error.isEmpty() && (!file.open(QIODevice::NewOnly) || file.write(text) != text.size()))
        error = tr("Cannot write %1: %2").arg(relative, file.errorString());
    file.close();
    if (!error.isEmpty()) {
        showMessage(error);
        return false;
    }
    listFiles();
    return openFile(relative);
}

bool PipelinesTab::maybeSave()
{
    if (!m_session->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
                                              tr("Save the changes to %1?").arg(openPath()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_session->undoStack()->setClean(); // discarded on purpose: no draft either
    return true;
}

bool PipelinesTab::save()
{
    if (m_session->path().isEmpty())
        return true;
    // Never over a change on disk without asking (a checkout since the file was read…).
    WorkflowSession::SaveMode mode = WorkflowSession::SaveMode::IfUnchangedOnDisk;
    if (!m_disk->confirmSave(&mode))
        return false;
    QString error;
    if (!m_session->save(&error, mode)) {
        showMessage(error);
        return false;
    }
    m_disk->check(); // watches a file written again, hides the bar
    listFiles();
    updateTitle();
    return true;
}

void PipelinesTab::updateTitle()
{
    const QString name = openPath();
    QString title = m_session->isModified() ? tr("%1 (unsaved)").arg(name) : name;
    if (m_disk->isDeleted())
        title = tr("%1 — deleted on disk").arg(title);
    m_title->setText(title);
}

void PipelinesTab::onDocumentChanged()
{
    const WorkflowDocument &doc = m_session->document();
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    m_findings->clear();
    for (const Diagnostic &d : doc.diagnostics()) {
        auto *item = new QTreeWidgetItem(m_findings, {tr("%1:%2").arg(d.line).arg(d.column), d.message, d.rule});
        item->setData(0, Qt::UserRole, d.line);
        item->setData(0, Qt::UserRole + 1, d.column);
        const auto status = d.isError() ? ThemeColors::Status::Error : ThemeColors::Status::Warning;
        item->setForeground(1, ThemeColors::statusText(status, m_findings->palette()));
        const QString node = nodeIdAtLine(doc, d.line);
        (d.isError() ? errors : warnings)[node].append(tr("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message));
    }
    m_findingsEmpty->setText(m_session->path().isEmpty() ? QString() : tr("No findings: the file is valid."));
    m_text->setDiagnostics(doc.diagnostics());
    // Folded cards are measured folded: the layout gives the others the room.
    const QSet<QString> folded = m_foldedSteps;
    const auto measure = [folded](const WorkflowGraphNode &node) { return WorkflowNodeItem::measure(node, folded.contains(node.jobId)); };
    m_graph->setFoldedSteps(folded);
    if (doc.kind() != WorkflowKind::GitHubActions) {
        const WorkflowGraphData graph = GitLabGraph::build(doc.gitlab(), measure);
        m_graph->setGraph(graph, errors, warnings);
        m_graph->setPlaceholder(tr("This pipeline has no jobs yet."));
        return;
    }
    const WorkflowGraphData graph = WorkflowGraph::build(doc.workflow(), measure, m_expanded);
    m_graph->setGraph(graph, errors, warnings);
    m_graph->setPlaceholder(graph.layoutError.isEmpty() ? tr("This workflow has no triggers or jobs yet.")
                                                        : tr("The graph could not be laid out: %1").arg(graph.layoutError));
}


void PipelinesTab::selectYamlNode(int node)
{
    const YamlSyntaxTree &tree = m_session->document().tree();
    if (node < 0 || node >= tree.size())
        return;
    int value = node;
    const int parent = tree.node(node).parent;
    if (parent >= 0 && tree.node(parent).isMapping()) {
        const qsizetype i = tree.node(parent).children.indexOf(node);
        if (i % 2 == 0 && i + 1 < tree.node(parent).children.size())
            value = tree.node(parent).children[i + 1];
    }
    m_syncingSelection = true;
    m_text->selectBytes(tree.node(node).span.begin, std::max(tree.node(value).span.end, tree.node(node).span.end));
    m_syncingSelection = false;
}

void PipelinesTab::onCursorMoved(qsizetype position)
{
    if (m_syncingSelection)
        return;
    const WorkflowDocument &doc = m_session->document();
    for (const WorkflowJob &job : doc.workflow().jobs) {
        const int key = job.keyNode;
        if (key < 0 || job.node < 0)
            continue;
        if (position >= doc.tree().node(key).span.begin && position <= doc.tree().node(job.node).span.end) {
            m_graph->selectJob(job.id);
            return;
        }
    }
}

} // namespace gantry
