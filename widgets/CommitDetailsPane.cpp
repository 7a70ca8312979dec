#include "widgets/CommitDetailsPane.h"

#include "gitcore/Repository.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/LanePalette.h"
#include "widgets/ThemeColors.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScopeGuard>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gantry {

namespace {

const QString kCommitScheme = QStringLiteral("gantry-commit");
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kStagedRole = Qt::UserRole + 2;

/// What a worker hands back: the commit with its files, or why it could not be read.
struct LoadOutcome
{
    CommitInfo info;
    QString error;
};

LoadOutcome loadCommit(const QString &path, const Oid &commit)
{
    LoadOutcome outcome;
    auto repository = Repository::open(path);
    if (!repository) {
        outcome.error = repository.errorMessage();
        return outcome;
    }
    auto info = CommitInfo::read(*repository, commit, CommitInfo::Files::Load);
    if (!info)
        outcome.error = info.errorMessage();
    else
        outcome.info = std::move(info).value();
    return outcome;
}

/// The author's (or committer's) own time with its offset, as git shows it, then the same moment
/// in the viewer's time zone when that differs: "Tue 1 Dec 2026 14:03 +0100 (15:03 your time)".
/// The history list shows the local time; this says which is which.
QString formatDate(const QDateTime &when, int offsetMinutes)
{
    const QChar sign = offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(offsetMinutes);
    QString text = QStringLiteral("%1 %2%3%4")
                       .arg(QLocale().toString(when, QStringLiteral("ddd d MMM yyyy HH:mm")))
                       .arg(sign)
                       .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                       .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QDateTime local = when.toLocalTime();
    if (local.offsetFromUtc() == offsetMinutes * 60)
        return text;
    const QString localText = local.date() == when.date() ? QLocale().toString(local, QStringLiteral("HH:mm"))
                                                          : QLocale().toString(local, QStringLiteral("ddd d MMM HH:mm"));
    return text + QLatin1Char(' ') + CommitDetailsPane::tr("(%1 your time)").arg(localText);
}

/// The colour of a file's status letter, readable on the palette's base.
QColor statusColor(DeltaStatus status, const QPalette &palette)
{
    const bool dark = LanePalette::isDark(palette);
    QColor color;
    switch (status) {
    case DeltaStatus::Added: color = dark ? QColor(0x69db7c) : QColor(0x2b8a3e); break;
    case DeltaStatus::Deleted: color = dark ? QColor(0xff8787) : QColor(0xc92a2a); break;
    case DeltaStatus::Renamed:
    case DeltaStatus::Copied: color = dark ? QColor(0xd0a2f7) : QColor(0x862e9c); break;
    default: color = dark ? QColor(0xffc078) : QColor(0xb35c00); break;
    }
    return ThemeColors::readable(color, palette.color(QPalette::Base));
}

} // namespace

CommitDetailsPane::CommitDetailsPane(QWidget *parent) : QWidget(parent)
{
    m_header = new QTextBrowser(this);
    m_header->setObjectName(QStringLiteral("commitHeader"));
    m_header->setOpenLinks(false);
    m_header->setOpenExternalLinks(false);
    m_header->setFrameShape(QFrame::NoFrame);
    connect(m_header, &QTextBrowser::anchorClicked, this, &CommitDetailsPane::onLinkActivated);

    m_copySha = new QToolButton(this);
    m_copySha->setText(tr("Copy SHA"));
    m_copySha->setToolTip(tr("Copy the full commit id to the clipboard"));
    m_copySha->setAutoRaise(true);
    connect(m_copySha, &QToolButton::clicked, this, [this] {
        if (!m_commit.isNull())
            QApplication::clipboard()->setText(m_commit.toString());
    });

    m_filesLabel = new QLabel(this);
    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("changedFiles"));
    m_files->setColumnCount(2);
    m_files->setHeaderHidden(true);
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setFrameShape(QFrame::NoFrame);
    m_files->header()->setStretchLastSection(true);
    m_files->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_filesEmptyState = new EmptyStateOverlay(m_files);
    m_filesEmptyState->setEmptyCheck([this] { return m_hasInfo && m_info.filesLoaded && m_info.files.isEmpty(); });
    connect(m_files, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { onFileActivated(item); });
    connect(m_files, &QTreeWidget::itemActivated, this, &CommitDetailsPane::onFileActivated);

    m_placeholder = new QLabel(tr("No commit selected"), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 2, 2, 2);
    top->addWidget(m_filesLabel, 1);
    top->addWidget(m_copySha);

    auto *filesPart = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesPart);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->setSpacing(0);
    filesLayout->addLayout(top);
    filesLayout->addWidget(m_files, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("commitDetailsSplitter"));
    splitter->addWidget(m_header);
    splitter->addWidget(filesPart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(splitter, 1);
    m_content = splitter;
    clear();
}

CommitDetailsPane::~CommitDetailsPane() = default;

void CommitDetailsPane::setRepository(const QString &path)
{
    m_repositoryPath = path;
    clear();
}

void CommitDetailsPane::clear()
{
    ++m_generation;
    m_workingTree = false;
    m_status = StatusSnapshot();
    m_commit = Oid();
    m_info = CommitInfo();
    m_hasInfo = false;
    m_loading = false;
    m_refs.clear();
    m_error.clear();
    render();
}

void CommitDetailsPane::showCommit(const Oid &commit, const RefBadgeList &refs)
{
    if (commit.isNull()) {
        clear();
        return;
    }
    const quint64 generation = ++m_generation;
    m_workingTree = false;
    m_commit = commit;
    m_refs = refs;
    m_error.clear();
    m_loading = true;
    if (m_info.id != commit) {
        m_info = CommitInfo();
        m_hasInfo = false;
    }
    render();

    auto *watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this, watcher, generation, commit] {
        const LoadOutcome outcome = watcher->result();
        watcher->deleteLater();
        onLoaded(generation, commit, outcome.info, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(loadCommit, m_repositoryPath, commit));
}

void CommitDetailsPane::showInfo(const CommitInfo &info, const RefBadgeList &refs)
{
    ++m_generation;
    m_workingTree = false;
    m_commit = info.id;
    m_info = info;
    m_hasInfo = true;
    m_loading = false;
    m_refs = refs;
    m_error.clear();
    render();
}

void CommitDetailsPane::onLoaded(quint64 generation, const Oid &commit, const CommitInfo &info, const QString &error)
{
    if (generation != m_generation)
        return;  // the user moved on to another commit
    m_loading = false;
    m_error = error;
    if (error.isEmpty()) {
        m_info = info;
        m_hasInfo = true;
    }
    render();
    Q_EMIT loaded(commit, error);
}

QString CommitDetailsPane::headerHtml() const
{
    const QPalette pal = palette();
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    QString html = QStringLiteral("<div style=\"margin:4px\">");
    if (!m_error.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(statusColor(DeltaStatus::Deleted, pal).name(), tr("Could not read commit %1: %2")
                                                                             .arg(m_commit.toShortString(10), m_error)
                                                                             .toHtmlEscaped());
        return html + QStringLiteral("</div>");
    }
    if (!m_hasInfo)
        return html + QStringLiteral("<p style=\"color:%1\">%2</p></div>").arg(muted, tr("Loading…"));

    html += QStringLiteral("<p style=\"font-size:large; font-weight:bold; margin-bottom:6px\">%1</p>")
                .arg(m_info.subject.toHtmlEscaped());
    if (!m_info.body.trimmed().isEmpty())
        html += QStringLiteral("<p style=\"white-space:pre-wrap; margin-top:0\">%1</p>").arg(m_info.body.trimmed().toHtmlEscaped());

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style=\"color:%1; padding-right:8px\">%2</td><td>%3</td></tr>").arg(muted, label.toHtmlEscaped(), value);
    };
    auto person = [&](const CommitSignature &s) {
        return QStringLiteral("%1 &lt;%2&gt;<br><span style=\"color:%3\">%4</span>")
            .arg(s.name.toHtmlEscaped(), s.email.toHtmlEscaped(), muted, formatDate(s.when, s.offsetMinutes).toHtmlEscaped());
    };
    row(tr("Author"), person(m_info.author));
    if (m_info.committer.nameAndEmail() != m_info.author.nameAndEmail() || m_info.committer.when != m_info.author.when)
        row(tr("Committer"), person(m_info.committer));
    row(tr("Commit"), QStringLiteral("<code>%1</code>").arg(m_info.id.toString()));
    if (!m_info.parents.isEmpty()) {
        QStringList links;
        for (const Oid &parent : m_info.parents)
            links << QStringLiteral("<a href=\"%1:%2\"><code>%3</code></a>").arg(kCommitScheme, parent.toString(), parent.toShortString(8));
        row(m_info.parents.size() > 1 ? tr("Parents") : tr("Parent"), links.join(QStringLiteral(", ")));
    }
    if (!m_refs.isEmpty()) {
        QStringList badges;
        for (const RefBadge &ref : m_refs) {
            badges << QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3%4&nbsp;</span>")
                          .arg(RefBadgePainter::fillColor(ref.kind, pal).name(), RefBadgePainter::textColor(ref.kind, pal).name(),
                               ref.isCurrent ? QStringLiteral("✓ ") : QString(), ref.name.toHtmlEscaped());
        }
        row(tr("Refs"), badges.join(QStringLiteral(" ")));
    }
    html += QStringLiteral("</table></div>");
    return html;
}

void CommitDetailsPane::showWorkingTree(const StatusSnapshot &status)
{
    ++m_generation;
    m_workingTree = true;
    m_status = status;
    m_commit = Oid();
    m_info = CommitInfo();
    m_hasInfo = false;
    m_loading = false;
    m_refs.clear();
    m_error.clear();
    render();
}

void CommitDetailsPane::renderWorkingTree()
{
    m_placeholder->hide();
    m_content->show();
    m_copySha->hide(); // nothing to copy: not a commit yet
    const QPalette pal = palette();
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    const int staged = m_status.stagedCount();
    const int unstaged = m_status.unstagedCount() + m_status.conflictedCount();
    const int untracked = m_status.untrackedCount();
    QStringList counts;
    if (staged > 0)
        counts << tr("%n staged", nullptr, staged);
    if (unstaged > 0)
        counts << tr("%n not staged", nullptr, unstaged);
    if (untracked > 0)
        counts << tr("%n untracked", nullptr, untracked);
    m_header->setHtml(QStringLiteral("<div style=\"margin:4px\"><p style=\"font-size:large; font-weight:bold; "
                                     "margin-bottom:6px\">%1</p><p>%2</p><p style=\"color:%3\">%4</p></div>")
                          .arg(tr("Uncommitted changes").toHtmlEscaped(), counts.join(QStringLiteral(" · ")).toHtmlEscaped(),
                               muted, tr("Double-click the row, or press Enter, to stage and commit them in Changes.")
                                          .toHtmlEscaped()));

    // The file picked stays picked when a newer status comes in.
    const QTreeWidgetItem *current = m_files->currentItem();
    const QString currentPath = current ? current->data(0, kPathRole).toString() : QString();
    const bool currentStaged = current && current->data(0, kStagedRole).toBool();
    const QSignalBlocker blocker(m_files);
    m_files->clear();
    m_filesLabel->setText(tr("%n file(s) changed", nullptr, int(m_status.entries.size()) - m_status.ignoredCount()));
    QFont bold = font();
    bold.setBold(true);
    const auto add = [&](const StatusEntry &entry, char code, bool isStaged, const QString &where) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, QString(QLatin1Char(code)));
        const DeltaStatus status = code == 'A' || code == '?' ? DeltaStatus::Added
            : code == 'D'                                      ? DeltaStatus::Deleted
            : code == 'R'                                      ? DeltaStatus::Renamed
                                                               : DeltaStatus::Modified;
        item->setForeground(0, statusColor(status, pal));
        item->setFont(0, bold);
        item->setTextAlignment(0, Qt::AlignCenter);
        item->setText(1, QStringLiteral("%1  (%2)").arg(entry.pathString(), where));
        item->setToolTip(1, entry.pathString());
        item->setData(0, kPathRole, entry.pathString());
        item->setData(0, kStagedRole, isStaged);
        m_files->addTopLevelItem(item);
        if (entry.pathString() == currentPath && isStaged == currentStaged)
            m_files->setCurrentItem(item);
    };
    for (const StatusEntry &entry : m_status.entries)
        if (entry.isStaged())
            add(entry, entry.index, true, tr("staged"));
    for (const StatusEntry &entry : m_status.entries) {
        if (entry.isConflicted())
            add(entry, 'U', false, tr("conflicted"));
        else if (entry.isUnstaged())
            add(entry, entry.worktree, false, tr("not staged"));
        else if (entry.isUntracked())
            add(entry, '?', false, tr("untracked"));
    }
}

void CommitDetailsPane::render()
{
    const auto refreshEmptyState = qScopeGuard([this] { m_filesEmptyState->refresh(); });
    if (m_workingTree) {
        renderWorkingTree();
        return;
    }
    const bool empty = m_commit.isNull();
    m_copySha->show();
    m_placeholder->setVisible(empty);
    m_content->setVisible(!empty);
    m_copySha->setEnabled(!empty);
    if (empty) {
        m_header->clear();
        m_files->clear();
        m_filesLabel->clear();
        return;
    }
    m_header->setHtml(headerHtml());

    const QSignalBlocker blocker(m_files);
    m_files->clear();
    if (!m_hasInfo || !m_info.filesLoaded) {
        m_filesLabel->setText(m_loading ? tr("Loading changed files…") : QString());
        return;
    }
    m_filesLabel->setText(m_info.isMerge() ? tr("%n file(s) changed against the first parent", nullptr, int(m_info.files.size()))
                                           : tr("%n file(s) changed", nullptr, int(m_info.files.size())));
    m_filesEmptyState->setText(m_info.isMerge() ? tr("This merge changes no file of its first parent.")
                                                : tr("This commit changes no file."));
    QList<QTreeWidgetItem *> items;
    items.reserve(m_info.files.size());
    for (const ChangedFile &file : m_info.files) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, QString(file.statusLetter()));
        item->setForeground(0, statusColor(file.status, palette()));
        QFont bold = font();
        bold.setBold(true);
        item->setFont(0, bold);
        item->setTextAlignment(0, Qt::AlignCenter);
        const bool moved = (file.status == DeltaStatus::Renamed || file.status == DeltaStatus::Copied) && file.oldPath != file.path;
        item->setText(1, moved ? QStringLiteral("%1 → %2").arg(file.oldPath, file.path) : file.path);
        item->setToolTip(1, moved ? tr("%1 (renamed from %2, %3% similar)").arg(file.path, file.oldPath).arg(file.similarity) : file.path);
        item->setData(0, kPathRole, file.path);
        items.append(item);
    }
    m_files->addTopLevelItems(items);
}

void CommitDetailsPane::onLinkActivated(const QUrl &url)
{
    if (url.scheme() != kCommitScheme)
        return;
    const Oid target = Oid::fromHex(url.path());
    if (!target.isNull())
        Q_EMIT commitSelected(target);
}

void CommitDetailsPane::onFileActivated(QTreeWidgetItem *item)
{
    if (item && m_workingTree) {
        Q_EMIT workingFileSelected(item->data(0, kPathRole).toString(), item->data(0, kStagedRole).toBool());
        return;
    }
    if (!item || m_commit.isNull())
        return;
    Q_EMIT fileSelected(m_commit, item->data(0, kPathRole).toString());
}

void CommitDetailsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && (!m_commit.isNull() || m_workingTree))
        render();
}

} // namespace gantry
