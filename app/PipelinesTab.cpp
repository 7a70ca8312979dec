#include "app/PipelinesTab.h"

#include "app/PipelineEditActions.h"
#include "app/WorkflowSession.h"
#include "pipelines/GitLabGraph.h"
#include "pipelines/WorkflowEditor.h"
#include "pipelines/WorkflowGraph.h"
#include "pipelines/WorkflowLocator.h"
#include "widgets/NewWorkflowDialog.h"
#include "widgets/ThemeColors.h"
#include "widgets/WorkflowGraphView.h"
#include "widgets/WorkflowNodeItem.h"
#include "widgets/WorkflowTextEditor.h"

#include "pipelines/WorkflowTemplates.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QToolBar>
#include <QTreeWidget>
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
    connect(m_edits, &PipelineEditActions::message, this, [this](const QString &text) {
        m_message->setText(text);
        m_message->setVisible(!text.isEmpty());
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
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(tr("Add Job…"), this, [this] { m_edits->addJob(); });
    toolbar->addSeparator();
    m_graph = new WorkflowGraphView(this);
    toolbar->addAction(tr("Zoom In"), m_graph, &WorkflowGraphView::zoomIn);
    toolbar->addAction(tr("Zoom Out"), m_graph, &WorkflowGraphView::zoomOut);
    toolbar->addAction(tr("Fit"), m_graph, &WorkflowGraphView::fit);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pipelineTitle"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pipelineMessage"));
    m_message->setWordWrap(true);

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("workflowFiles"));
    m_text = new WorkflowTextEditor(this);
    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("workflowFindings"));
    m_findings->setHeaderLabels({tr("Place"), tr("Finding"), tr("Rule")});
    m_findings->setRootIsDecorated(false);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_graph);
    sides->addWidget(m_text);
    sides->setStretchFactor(0, 3);
    sides->setStretchFactor(1, 2);
    sides->setSizes({560, 420});
    sides->setChildrenCollapsible(false);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(sides);
    vertical->addWidget(m_findings);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    auto *outer = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(m_files);
    outer->addWidget(vertical);
    outer->setStretchFactor(1, 1);
    outer->setSizes({160, 980});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addWidget(m_title, 1);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(outer, 1);
    m_message->hide();
}

void PipelinesTab::reload()
{
    const QString current = openPath();
    m_files->clear();
    for (const WorkflowFileRef &file : WorkflowLocator::find(m_workdir))
        m_files->addItem(file.relativePath);
    if (m_files->count() == 0) {
        m_graph->setPlaceholder(tr("No workflow files here yet: GitHub Actions reads .github/workflows/*.yml, "
                                   "GitLab CI reads .gitlab-ci.yml."));
        return;
    }
    if (current.isEmpty())
        openFile(m_files->item(0)->text());
    const auto matches = m_files->findItems(openPath(), Qt::MatchExactly);
    if (!matches.isEmpty())
        m_files->setCurrentItem(matches.first());
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
    if (!m_session->open(QDir(m_workdir).filePath(relativePath), &error)) {
        m_message->setText(error);
        m_message->show();
        return false;
    }
    m_message->hide();
    m_text->setBytes(m_session->text());
    const auto matches = m_files->findItems(relativePath, Qt::MatchExactly);
    if (!matches.isEmpty())
        m_files->setCurrentItem(matches.first());
    onDocumentChanged();
    m_graph->fit();
    updateTitle();
    if (m_session->hasDraft()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes Found"),
            tr("%1 has unsaved changes from an earlier session. Restore them?").arg(relativePath),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (!m_session->restoreDraft(&error))
                m_message->setText(error), m_message->show();
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
        m_message->setText(error);
        m_message->show();
        return false;
    }
    reload();
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
    QString error;
    if (m_session->path().isEmpty())
        return true;
    if (!m_session->save(&error)) {
        m_message->setText(error);
        m_message->show();
        return false;
    }
    updateTitle();
    return true;
}

void PipelinesTab::updateTitle()
{
    const QString name = openPath();
    m_title->setText(m_session->isModified() ? tr("%1 (unsaved)").arg(name) : name);
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
    m_text->setDiagnostics(doc.diagnostics());
    if (doc.kind() != WorkflowKind::GitHubActions) {
        const WorkflowGraphData graph = GitLabGraph::build(doc.gitlab(), &WorkflowNodeItem::measure);
        m_graph->setGraph(graph, errors, warnings);
        m_graph->setPlaceholder(tr("This pipeline has no jobs yet."));
        return;
    }
    const WorkflowGraphData graph = WorkflowGraph::build(doc.workflow(), &WorkflowNodeItem::measure, m_expanded);
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
