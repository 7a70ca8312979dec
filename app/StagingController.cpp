#include "app/StagingController.h"

#include "app/GitTaskRunner.h"
#include "app/MessageBar.h"
#include "gitcore/DiscardArchive.h"
#include "gitcore/Staging.h"
#include "gitcore/StagingGuard.h"
#include "gitcore/WorktreeDiscard.h"
#include "widgets/DiffView.h"
#include "widgets/SecretFindingsDialog.h"
#include "widgets/WorkingTreeView.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace gantry {

StagingController::StagingController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent,
                                     QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_messages(messages)
    , m_dialogParent(dialogParent)
{
}

void StagingController::connectWorkingTree(WorkingTreeView *view)
{
    connect(view, &WorkingTreeView::stageRequested, this, &StagingController::stageFiles);
    connect(view, &WorkingTreeView::unstageRequested, this, &StagingController::unstageFiles);
    connect(view, &WorkingTreeView::discardRequested, this, &StagingController::discardFiles);
}

void StagingController::connectDiffView(DiffView *view)
{
    // The requests name the path; the lines index into the DiffFile the view shows right now.
    auto shown = [view](const QString &path, DiffFile *file) {
        if (!view->hasDiff() || view->diff().path() != path)
            return false;
        *file = view->diff();
        return true;
    };
    connect(view, &DiffView::stageLinesRequested, this, [this, shown](const QString &path, const QList<DiffLineRef> &lines) {
        DiffFile file;
        if (shown(path, &file))
            stageLines(file, lines);
    });
    connect(view, &DiffView::unstageLinesRequested, this, [this, shown](const QString &path, const QList<DiffLineRef> &lines) {
        DiffFile file;
        if (shown(path, &file))
            unstageLines(file, lines);
    });
    connect(view, &DiffView::discardLinesRequested, this, [this, shown](const QString &path, const QList<DiffLineRef> &lines) {
        DiffFile file;
        if (shown(path, &file))
            discardLines(file, lines);
    });
    connect(view, &DiffView::stageHunkRequested, this, [this, shown](const QString &path, int hunk) {
        DiffFile file;
        if (shown(path, &file))
            stageHunk(file, hunk);
    });
    connect(view, &DiffView::unstageHunkRequested, this, [this, shown](const QString &path, int hunk) {
        DiffFile file;
        if (shown(path, &file))
            unstageHunk(file, hunk);
    });
    connect(view, &DiffView::discardHunkRequested, this, [this, shown](const QString &path, int hunk) {
        DiffFile file;
        if (shown(path, &file))
            discardHunk(file, hunk);
    });
}

template <typename Work>
void StagingController::runIndexOperation(const QString &label, Work work)
{
    m_runner->run(label, std::move(work), [this](const Result<void> &result) {
        if (!result && m_messages)
            m_messages->showError(result.errorMessage());
        Q_EMIT changed();
    });
}

template <typename Work>
void StagingController::runDiscard(const QString &label, const QString &done, Work work)
{
    m_runner->run(label, std::move(work), [this, done](const Result<Oid> &result) {
        if (!result) {
            if (m_messages)
                m_messages->showError(result.errorMessage());
        } else if (m_messages) {
            const Oid entry = result.value();
            m_messages->showMessage(MessageBar::Kind::Information, done, tr("Undo"),
                                    [this, entry] { undoDiscard(entry); });
        }
        Q_EMIT changed();
    });
}

namespace {

/// What the guard found, with what the dialog needs to know about it.
struct GuardScan
{
    QList<SecretFinding> findings;
    QStringList alreadyStaged;
    QList<ConfigProblem> problems;
};

} // namespace

template <typename Scan, typename Stage>
void StagingController::runGuardedStage(const QString &label, Scan scan, Stage stage)
{
    if (!m_guardSecrets) {
        runIndexOperation(label, std::move(stage));
        return;
    }
    m_runner->run(
        tr("Checking for secrets…"),
        [scan](const Repository &repo) -> Result<GuardScan> {
            const GuardRailConfig config = GuardRailConfig::discover(repo.workdir());
            const SecretScanner scanner(config);
            Result<QList<SecretFinding>> found = scan(repo, scanner);
            if (!found)
                return found.error();
            GuardScan out;
            out.findings = found.value();
            out.problems = config.problems();
            QStringList paths;
            for (const SecretFinding &f : out.findings)
                if (!paths.contains(f.path))
                    paths.append(f.path);
            if (!paths.isEmpty()) {
                auto staged = StagingGuard::stagedAmong(repo, paths);
                if (staged)
                    out.alreadyStaged = staged.value();
            }
            return out;
        },
        [this, label, stage = std::move(stage)](const Result<GuardScan> &result) mutable {
            if (!result) {
                if (m_messages)
                    m_messages->showError(result.errorMessage());
                return;
            }
            if (!result->problems.isEmpty() && m_messages)
                m_messages->showError(result->problems.first().toString());
            if (result->findings.isEmpty()) {
                runIndexOperation(label, std::move(stage));
                return;
            }
            SecretFindingsDialog dialog(result->findings, m_dialogParent);
            dialog.setAlreadyStaged(result->alreadyStaged);
            dialog.exec();
            const SecretFindingsDialog::Choice choice = dialog.choice();
            if (choice == SecretFindingsDialog::Choice::StageAnyway)
                runIndexOperation(label, std::move(stage));
            else if (choice == SecretFindingsDialog::Choice::AddToGitignore)
                ignoreInstead(dialog.ignoreEntries(), result->alreadyStaged);
            else if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Information, tr("Nothing was staged."));
            Q_EMIT secretsDecided(int(choice));
        });
}

void StagingController::ignoreInstead(const QStringList &entries, const QStringList &unstage)
{
    m_runner->run(
        tr("Adding to .gitignore…"),
        [entries, unstage](const Repository &repo) -> Result<void> {
            if (auto added = StagingGuard::addToGitignore(repo, entries); !added)
                return added;
            if (!unstage.isEmpty())
                return Staging::unstageFiles(repo, unstage);
            return {};
        },
        [this, entries](const Result<void> &result) {
            if (m_messages) {
                if (result)
                    m_messages->showMessage(MessageBar::Kind::Success,
                                            tr("Added to .gitignore: %1").arg(entries.join(QStringLiteral(", "))));
                else
                    m_messages->showError(result.errorMessage());
            }
            Q_EMIT changed();
        });
}

bool StagingController::confirmDiscard(const QString &what)
{
    if (!m_confirmDiscards)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Discard Changes"), what, QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(tr("The discarded content is kept in refs/gantry/discarded: you can undo this."));
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(discard);
}

void StagingController::stageFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    runGuardedStage(tr("Staging %n file(s)…", nullptr, int(paths.size())),
                    [paths](const Repository &repo, const SecretScanner &scanner) {
                        return StagingGuard::scanFiles(repo, paths, scanner);
                    },
                    [paths](const Repository &repo) { return Staging::stageFiles(repo, paths); });
}

void StagingController::unstageFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    runIndexOperation(tr("Unstaging %n file(s)…", nullptr, int(paths.size())),
                      [paths](const Repository &repo) { return Staging::unstageFiles(repo, paths); });
}

void StagingController::discardFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QString question = paths.size() == 1
        ? tr("Discard all changes to %1?").arg(paths.first())
        : tr("Discard all changes to %n file(s)?", nullptr, int(paths.size()));
    if (!confirmDiscard(question))
        return;
    runDiscard(tr("Discarding…"), tr("Discarded changes to %n file(s).", nullptr, int(paths.size())),
               [paths](const Repository &repo) { return WorktreeDiscard::discardFiles(repo, paths); });
}

void StagingController::stageAll()
{
    runGuardedStage(tr("Staging all changes…"),
                    [](const Repository &repo, const SecretScanner &scanner) { return StagingGuard::scanAll(repo, scanner); },
                    [](const Repository &repo) { return Staging::stageAll(repo); });
}

void StagingController::unstageAll()
{
    runIndexOperation(tr("Unstaging all changes…"), [](const Repository &repo) { return Staging::unstageAll(repo); });
}

void StagingController::stageHunk(const DiffFile &file, int hunk)
{
    runGuardedStage(tr("Staging hunk…"),
                    [file, hunk](const Repository &, const SecretScanner &scanner) -> Result<QList<SecretFinding>> {
                        return StagingGuard::scanHunk(file, hunk, scanner);
                    },
                    [file, hunk](const Repository &repo) { return Staging::stageHunk(repo, file, hunk); });
}

void StagingController::unstageHunk(const DiffFile &file, int hunk)
{
    runIndexOperation(tr("Unstaging hunk…"),
                      [file, hunk](const Repository &repo) { return Staging::unstageHunk(repo, file, hunk); });
}

void StagingController::discardHunk(const DiffFile &file, int hunk)
{
    if (!confirmDiscard(tr("Discard this hunk of %1?").arg(file.path())))
        return;
    runDiscard(tr("Discarding hunk…"), tr("Discarded a hunk of %1.").arg(file.path()),
               [file, hunk](const Repository &repo) { return WorktreeDiscard::discardHunk(repo, file, hunk); });
}

void StagingController::stageLines(const DiffFile &file, const QList<DiffLineRef> &lines)
{
    if (lines.isEmpty())
        return;
    runGuardedStage(tr("Staging lines…"),
                    [file, lines](const Repository &, const SecretScanner &scanner) -> Result<QList<SecretFinding>> {
                        return StagingGuard::scanLines(file, lines, scanner);
                    },
                    [file, lines](const Repository &repo) { return Staging::stageLines(repo, file, lines); });
}

void StagingController::unstageLines(const DiffFile &file, const QList<DiffLineRef> &lines)
{
    if (lines.isEmpty())
        return;
    runIndexOperation(tr("Unstaging lines…"),
                      [file, lines](const Repository &repo) { return Staging::unstageLines(repo, file, lines); });
}

void StagingController::discardLines(const DiffFile &file, const QList<DiffLineRef> &lines)
{
    if (lines.isEmpty())
        return;
    if (!confirmDiscard(tr("Discard %n selected line(s) of %1?", nullptr, int(lines.size())).arg(file.path())))
        return;
    runDiscard(tr("Discarding lines…"), tr("Discarded %n line(s) of %1.", nullptr, int(lines.size())).arg(file.path()),
               [file, lines](const Repository &repo) { return WorktreeDiscard::discardLines(repo, file, lines); });
}

void StagingController::undoDiscard(const Oid &entry)
{
    m_runner->run(tr("Restoring discarded changes…"),
                  [entry](const Repository &repo) { return DiscardArchive::restore(repo, entry); },
                  [this](const Result<void> &result) {
                      if (m_messages) {
                          if (result)
                              m_messages->showMessage(MessageBar::Kind::Success, tr("Discarded changes restored."));
                          else
                              m_messages->showError(result.errorMessage());
                      }
                      Q_EMIT changed();
                  });
}

} // namespace gantry
