#include "widgets/CommitDetailsPane.h"

#include "gitcore/Repository.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/LanePalette.h"

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

QColor statusColor(DeltaStatus status, bool dark)
{
    switch (status) {
    case DeltaStatus::Added: return dark ? QColor(0x69db7c) : QColor(0x2b8a3e);
    case DeltaStatus::Deleted: return dark ? QColor(0xff8787) : QColor(0xc92a2a);
    case DeltaStatus::Renamed:
    case DeltaStatus::Copied: return dark ? QColor(0xd0a2f7) : QColor(0x862e9c);
    default: return dark ? QColor(0xffc078) : QColor(0xb35c00);
    }
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
    const bool dark = LanePalette::isDark(pal);
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    QString html = QStringLiteral("<div style=\"margin:4px\">");
    if (!m_error.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(statusColor(DeltaStatus::Deleted, dark).name(), tr("Could not read commit %1: %2")
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

void CommitDetailsPane::render()
{
    const auto refreshEmptyState = qScopeGuard([this] { m_filesEmptyState->refresh(); });
    const bool empty = m_commit.isNull();
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
    const bool dark = LanePalette::isDark(palette());
    QList<QTreeWidgetItem *> items;
    items.reserve(m_info.files.size());
    for (const ChangedFile &file : m_info.files) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, QString(file.statusLetter()));
        item->setForeground(0, statusColor(file.status, dark));
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
    if (!item || m_commit.isNull())
        return;
    Q_EMIT fileSelected(m_commit, item->data(0, kPathRole).toString());
}

void CommitDetailsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_commit.isNull())
        render();
}

} // namespace gantry
