#include "widgets/DiffView.h"

#include "widgets/DiffPlaceholder.h"
#include "widgets/ElidedLabel.h"
#include "widgets/HunkHeaderButtons.h"
#include "widgets/SideBySideDiffEditor.h"
#include "widgets/ThemeColors.h"
#include "widgets/ThemedIcon.h"
#include "widgets/UnifiedDiffEditor.h"

#include <QAction>
#include <QButtonGroup>
#include <QActionGroup>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <algorithm>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QWidgetAction>
#include <QVBoxLayout>

namespace gantry {

namespace {

enum Page { UnifiedPage = 0, SideBySidePage = 1, PlaceholderPage = 2 };

QToolButton *textButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    auto *toolbar = new QWidget(this);
    toolbar->setObjectName(QStringLiteral("diffToolbar"));
    buildToolbar(toolbar);

    m_stack = new QStackedWidget(this);
    m_unified = new UnifiedDiffEditor(m_stack);
    m_sideBySide = new SideBySideDiffEditor(m_stack);
    // Buttons on each hunk's header, beside the selection's line buttons and the hunk menu.
    for (UnifiedDiffEditor *editor : {m_unified, m_sideBySide->newPane()}) {
        auto *buttons = new HunkHeaderButtons(editor);
        m_hunkButtons.append(buttons);
        connect(buttons, &HunkHeaderButtons::triggered, this, [this](HunkHeaderButtons::Action action, int hunk) {
            switch (action) {
            case HunkHeaderButtons::Action::Stage: requestHunk(&DiffView::stageHunkRequested, hunk); break;
            case HunkHeaderButtons::Action::Unstage: requestHunk(&DiffView::unstageHunkRequested, hunk); break;
            case HunkHeaderButtons::Action::Discard: requestHunk(&DiffView::discardHunkRequested, hunk); break;
            }
        });
    }
    m_placeholder = new DiffPlaceholder(m_stack);
    m_stack->insertWidget(UnifiedPage, m_unified);
    m_stack->insertWidget(SideBySidePage, m_sideBySide);
    m_stack->insertWidget(PlaceholderPage, m_placeholder);
    m_stack->setCurrentIndex(PlaceholderPage);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(rule);
    layout->addWidget(m_stack, 1);

    m_stageHunkAction = new QAction(tr("Stage Hunk"), this);
    m_unstageHunkAction = new QAction(tr("Unstage Hunk"), this);
    m_discardHunkAction = new QAction(tr("Discard Hunk…"), this);
    m_stageHunkAction->setToolTip(tr("Stage every change of the hunk under the cursor"));
    m_unstageHunkAction->setToolTip(tr("Unstage every change of the hunk under the cursor"));
    m_discardHunkAction->setToolTip(tr("Throw away every change of the hunk under the cursor"));
    connect(m_stageHunkAction, &QAction::triggered, this, [this] {
        requestHunk(&DiffView::stageHunkRequested, m_menuHunk >= 0 ? m_menuHunk : currentHunk());
    });
    connect(m_unstageHunkAction, &QAction::triggered, this, [this] {
        requestHunk(&DiffView::unstageHunkRequested, m_menuHunk >= 0 ? m_menuHunk : currentHunk());
    });
    connect(m_discardHunkAction, &QAction::triggered, this, [this] {
        requestHunk(&DiffView::discardHunkRequested, m_menuHunk >= 0 ? m_menuHunk : currentHunk());
    });
    for (QAction *action : {m_stageHunkAction, m_unstageHunkAction, m_discardHunkAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    connect(m_unified, &UnifiedDiffEditor::lineSelectionChanged, this, &DiffView::updateActions);
    connect(m_sideBySide, &SideBySideDiffEditor::lineSelectionChanged, this, &DiffView::updateActions);
    connect(m_unified, &UnifiedDiffEditor::contextMenuRequested, this, &DiffView::showHunkMenu);
    connect(m_sideBySide, &SideBySideDiffEditor::contextMenuRequested, this, &DiffView::showHunkMenu);
    connect(m_placeholder, &DiffPlaceholder::showAnywayClicked, this, [this] {
        if (m_hasFile)
            emit showLargeFileRequested(m_file.path());
    });

    applyPalette();
    clear();
}

DiffView::~DiffView() = default;

void DiffView::buildToolbar(QWidget *toolbar)
{
    // Elided in the middle when the pane is narrow: the folder's start and the file name stay.
    m_pathLabel = new ElidedLabel(toolbar);
    m_pathLabel->setObjectName(QStringLiteral("diffPathLabel"));
    m_pathLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont bold = m_pathLabel->font();
    bold.setBold(true);
    m_pathLabel->setFont(bold);
    m_detailLabel = new QLabel(toolbar);
    m_detailLabel->setObjectName(QStringLiteral("diffDetailLabel"));
    m_detailLabel->setTextFormat(Qt::RichText);
    // Gives way (clipped at its end) before the pane's minimum would grow with what it says.
    m_detailLabel->setMinimumWidth(1);

    m_stageLinesButton = textButton(tr("Stage Lines"), tr("Stage the selected lines"), toolbar);
    m_unstageLinesButton = textButton(tr("Unstage Lines"), tr("Unstage the selected lines"), toolbar);
    m_discardLinesButton = textButton(tr("Discard Lines…"), tr("Throw away the selected changed lines"), toolbar);
    connect(m_stageLinesButton, &QToolButton::clicked, this, [this] { requestLines(&DiffView::stageLinesRequested); });
    connect(m_unstageLinesButton, &QToolButton::clicked, this,
            [this] { requestLines(&DiffView::unstageLinesRequested); });
    connect(m_discardLinesButton, &QToolButton::clicked, this,
            [this] { requestLines(&DiffView::discardLinesRequested); });

    // Icons with their names in the tooltip: the pane's narrowest width is its toolbar's.
    m_unifiedButton = textButton(tr("Unified"), tr("Unified: old and new lines in one column"), toolbar);
    m_sideBySideButton = textButton(tr("Side by Side"), tr("Side by side: old lines on the left, new lines on the right"), toolbar);
    m_unifiedButton->setIcon(ThemedIcon::get(QStringLiteral("diff-unified")));
    m_sideBySideButton->setIcon(ThemedIcon::get(QStringLiteral("diff-side-by-side")));
    for (QToolButton *button : {m_unifiedButton, m_sideBySideButton}) {
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAccessibleName(button->text());
    }
    auto *layoutGroup = new QButtonGroup(toolbar);
    for (QToolButton *button : {m_unifiedButton, m_sideBySideButton}) {
        button->setCheckable(true);
        layoutGroup->addButton(button);
    }
    m_unifiedButton->setChecked(true);
    connect(m_unifiedButton, &QToolButton::clicked, this, [this] { setViewLayout(Layout::Unified); });
    connect(m_sideBySideButton, &QToolButton::clicked, this, [this] { setViewLayout(Layout::SideBySide); });

    // Whitespace and context are set once and left: behind one "Options" menu, so the row keeps
    // its room for the path (a 900 px pane shows a whole skylark/cache.py, not "skylar…che.py").
    m_optionsButton = textButton(tr("Options"), QString(), toolbar);
    m_optionsButton->setObjectName(QStringLiteral("diffOptionsButton"));
    m_optionsButton->setPopupMode(QToolButton::InstantPopup);
    auto *optionsMenu = new QMenu(m_optionsButton);
    auto *whitespace = new QActionGroup(optionsMenu);
    const QList<QPair<QString, DiffOptions::Whitespace>> modes{
        {tr("Show whitespace changes"), DiffOptions::Whitespace::Show},
        {tr("Ignore all whitespace"), DiffOptions::Whitespace::IgnoreAll},
        {tr("Ignore whitespace amount"), DiffOptions::Whitespace::IgnoreChange},
        {tr("Ignore whitespace at line end"), DiffOptions::Whitespace::IgnoreAtEol},
    };
    for (const auto &[text, mode] : modes) {
        QAction *action = optionsMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(mode == m_options.whitespace);
        action->setData(int(mode));
        whitespace->addAction(action);
    }
    connect(whitespace, &QActionGroup::triggered, this, [this](QAction *action) { onWhitespaceChanged(action->data().toInt()); });
    optionsMenu->addSeparator();

    m_contextSpin = new QSpinBox;
    m_contextSpin->setRange(0, 999);
    m_contextSpin->setValue(m_options.contextLines);
    m_contextSpin->setToolTip(tr("Unchanged lines shown around each change"));
    m_contextSpin->setKeyboardTracking(false);
    connect(m_contextSpin, &QSpinBox::valueChanged, this, &DiffView::onContextChanged);
    auto *contextRow = new QWidget;
    auto *contextLayout = new QHBoxLayout(contextRow);
    contextLayout->setContentsMargins(8, 2, 8, 2);
    auto *contextLabel = new QLabel(tr("&Context lines:"), contextRow);
    contextLabel->setBuddy(m_contextSpin);
    contextLayout->addWidget(contextLabel);
    contextLayout->addWidget(m_contextSpin);
    auto *contextAction = new QWidgetAction(optionsMenu);
    contextAction->setDefaultWidget(contextRow);
    optionsMenu->addAction(contextAction);
    m_optionsButton->setMenu(optionsMenu);
    updateOptionsButton();

    auto *hunkButton = textButton(tr("Hunk"), tr("Actions on the hunk under the cursor"), toolbar);
    hunkButton->setObjectName(QStringLiteral("hunkButton"));
    hunkButton->setPopupMode(QToolButton::InstantPopup);
    auto *hunkMenu = new QMenu(hunkButton);
    connect(hunkMenu, &QMenu::aboutToShow, this, [this, hunkMenu] {
        hunkMenu->clear();
        for (QAction *action : {m_stageHunkAction, m_unstageHunkAction, m_discardHunkAction}) {
            if (action->isVisible())
                hunkMenu->addAction(action);
        }
    });
    hunkButton->setMenu(hunkMenu);

    auto *layout = new QHBoxLayout(toolbar);
    layout->setContentsMargins(8, 3, 4, 3);
    layout->setSpacing(4);
    layout->addWidget(m_pathLabel, 1);
    layout->addWidget(m_detailLabel);
    layout->addSpacing(8);
    layout->addWidget(m_stageLinesButton);
    layout->addWidget(m_unstageLinesButton);
    layout->addWidget(m_discardLinesButton);
    layout->addWidget(hunkButton);
    layout->addWidget(separator(toolbar));
    layout->addWidget(m_unifiedButton);
    layout->addWidget(m_sideBySideButton);
    layout->addWidget(m_optionsButton);
}

void DiffView::setDiff(const DiffFile &file, Mode mode)
{
    const bool sameFile = m_hasFile && file.path() == m_file.path();
    int top = 0;
    if (sameFile)
        top = m_layout == Layout::Unified ? m_unified->firstVisibleRow() : m_sideBySide->firstVisibleRow();
    m_file = file;
    m_mode = mode;
    m_hasFile = true;
    updateHeader();
    showCurrentContent();
    if (sameFile) {
        if (m_layout == Layout::Unified)
            m_unified->setFirstVisibleRow(top);
        else
            m_sideBySide->setFirstVisibleRow(top);
    }
    updateActions();
}

void DiffView::clear()
{
    m_file = DiffFile();
    m_hasFile = false;
    m_unified->setFile(m_file);
    m_sideBySide->setFile(m_file);
    m_placeholder->showNothingSelected();
    m_stack->setCurrentIndex(PlaceholderPage);
    updateHeader();
    updateActions();
}

void DiffView::setOptions(const DiffOptions &options)
{
    m_options = options;
    const QSignalBlocker blockSpin(m_contextSpin);
    if (QAction *action = whitespaceAction(options.whitespace))
        action->setChecked(true);  // setChecked() does not trigger: nothing is emitted
    m_contextSpin->setValue(options.contextLines);
    updateOptionsButton();
    updateHeader();
}

void DiffView::setViewLayout(Layout layout)
{
    const bool changed = layout != m_layout;
    m_layout = layout;
    m_unifiedButton->setChecked(layout == Layout::Unified);
    m_sideBySideButton->setChecked(layout == Layout::SideBySide);
    if (!changed)
        return;
    if (m_hasFile)
        showCurrentContent();
    updateActions();
    emit viewLayoutChanged(layout);
}

QList<DiffLineRef> DiffView::selectedLines() const
{
    switch (m_stack->currentIndex()) {
    case UnifiedPage: return m_unified->selectedLineRefs();
    case SideBySidePage: return m_sideBySide->selectedLineRefs();
    default: return {};
    }
}

int DiffView::currentHunk() const
{
    switch (m_stack->currentIndex()) {
    case UnifiedPage: return m_unified->currentHunk();
    case SideBySidePage: return m_sideBySide->currentHunk();
    default: return -1;
    }
}

void DiffView::showCurrentContent()
{
    const DiffPlaceholder::Kind kind = DiffPlaceholder::kindFor(m_file);
    if (kind != DiffPlaceholder::Kind::None) {
        m_placeholder->showFile(kind, m_file);
        m_stack->setCurrentIndex(PlaceholderPage);
        return;
    }
    // Only the visible editor is filled; the other is filled when the user switches to it.
    if (m_layout == Layout::Unified) {
        m_unified->setFile(m_file);
        m_stack->setCurrentIndex(UnifiedPage);
    } else {
        m_sideBySide->setFile(m_file);
        m_stack->setCurrentIndex(SideBySidePage);
    }
}

void DiffView::updateHeader()
{
    if (!m_hasFile) {
        m_pathLabel->clear();
        m_detailLabel->clear();
        return;
    }
    const bool moved = !m_file.oldPath.isEmpty() && !m_file.newPath.isEmpty() && m_file.oldPath != m_file.newPath;
    const QString path = moved ? tr("%1 → %2").arg(m_file.oldPath, m_file.newPath) : m_file.path();
    m_pathLabel->setText(path); // its tooltip is the full path

    QStringList parts;
    if (m_file.additions > 0)
        parts.append(QStringLiteral("<span style=\"color:%1\">+%2</span>")
                         .arg(ThemeColors::statusText(ThemeColors::Status::Success, palette()).name())
                         .arg(m_file.additions));
    if (m_file.deletions > 0)
        parts.append(QStringLiteral("<span style=\"color:%1\">\u2212%2</span>")
                         .arg(ThemeColors::statusText(ThemeColors::Status::Error, palette()).name())
                         .arg(m_file.deletions));
    if (m_file.oldMode != 0 && m_file.newMode != 0 && m_file.oldMode != m_file.newMode)
        parts.append(tr("mode %1 → %2")
                         .arg(QString::number(m_file.oldMode, 8), QString::number(m_file.newMode, 8))
                         .toHtmlEscaped());
    if (m_options.whitespace != DiffOptions::Whitespace::Show)
        parts.append(tr("whitespace ignored").toHtmlEscaped());  // the diff hides changes: say so beside it
    if (m_file.status == DeltaStatus::Added || m_file.status == DeltaStatus::Untracked)
        parts.append(tr("new file").toHtmlEscaped());
    else if (m_file.status == DeltaStatus::Deleted)
        parts.append(tr("deleted").toHtmlEscaped());
    m_detailLabel->setText(parts.join(QStringLiteral("&nbsp;&nbsp;")));
}

void DiffView::updateActions()
{
    const bool showsText = m_stack->currentIndex() != PlaceholderPage;
    const bool unstaged = showsText && m_mode == Mode::Unstaged;
    const bool staged = showsText && m_mode == Mode::Staged;
    m_stageLinesButton->setVisible(unstaged);
    m_discardLinesButton->setVisible(unstaged);
    m_unstageLinesButton->setVisible(staged);
    m_stageHunkAction->setVisible(unstaged);
    m_discardHunkAction->setVisible(unstaged);
    m_unstageHunkAction->setVisible(staged);
    if (auto *hunkButton = findChild<QToolButton *>(QStringLiteral("hunkButton")))
        hunkButton->setVisible(unstaged || staged);
    const QList<HunkHeaderButtons::Action> hunkActions = unstaged ? QList{HunkHeaderButtons::Action::Stage, HunkHeaderButtons::Action::Discard}
        : staged                                                   ? QList{HunkHeaderButtons::Action::Unstage}
                                                                   : QList<HunkHeaderButtons::Action>();
    for (HunkHeaderButtons *buttons : std::as_const(m_hunkButtons))
        buttons->setActions(hunkActions);

    const bool hasLines = showsText && !selectedLines().isEmpty();
    for (QToolButton *button : {m_stageLinesButton, m_unstageLinesButton, m_discardLinesButton})
        button->setEnabled(hasLines);
    const bool inHunk = showsText && currentHunk() >= 0;
    for (QAction *action : {m_stageHunkAction, m_unstageHunkAction, m_discardHunkAction})
        action->setEnabled(inHunk);
    m_optionsButton->setEnabled(m_hasFile);
}

void DiffView::onWhitespaceChanged(int mode)
{
    m_options.whitespace = DiffOptions::Whitespace(mode);
    updateOptionsButton();
    updateHeader();
    emit optionsChanged(m_options);
}

void DiffView::onContextChanged(int value)
{
    m_options.contextLines = value;
    updateOptionsButton();
    emit optionsChanged(m_options);
}

QAction *DiffView::whitespaceAction(DiffOptions::Whitespace mode) const
{
    for (QAction *action : m_optionsButton->menu()->actions())
        if (action->isCheckable() && action->data().toInt() == int(mode))
            return action;
    return nullptr;
}

void DiffView::updateOptionsButton()
{
    QString whitespace;
    if (QAction *action = whitespaceAction(m_options.whitespace))
        whitespace = action->text();
    m_optionsButton->setToolTip(tr("Whitespace and context lines: %1, %n line(s) of context", nullptr, m_options.contextLines)
                                    .arg(whitespace.toLower()));
}

void DiffView::requestLines(void (DiffView::*signal)(const QString &, const QList<DiffLineRef> &))
{
    const QList<DiffLineRef> lines = selectedLines();
    if (!m_hasFile || lines.isEmpty())
        return;
    emit(this->*signal)(m_file.path(), lines);
}

void DiffView::requestHunk(void (DiffView::*signal)(const QString &, int), int hunk)
{
    if (!m_hasFile || hunk < 0 || hunk >= m_file.hunks.size())
        return;
    emit(this->*signal)(m_file.path(), hunk);
}

void DiffView::showHunkMenu(int hunk, const QPoint &globalPos)
{
    updateActions();
    QMenu menu(this);
    const QList<DiffLineRef> lines = selectedLines();
    auto addLineAction = [&](QToolButton *button, void (DiffView::*signal)(const QString &, const QList<DiffLineRef> &)) {
        if (!button->isVisible())
            return;
        QAction *action = menu.addAction(button->text(), this, [this, signal] { requestLines(signal); });
        action->setEnabled(!lines.isEmpty());
    };
    addLineAction(m_stageLinesButton, &DiffView::stageLinesRequested);
    addLineAction(m_unstageLinesButton, &DiffView::unstageLinesRequested);
    addLineAction(m_discardLinesButton, &DiffView::discardLinesRequested);
    if (hunk >= 0) {
        menu.addSeparator();
        for (QAction *action : {m_stageHunkAction, m_unstageHunkAction, m_discardHunkAction}) {
            if (action->isVisible()) {
                action->setEnabled(true);
                menu.addAction(action);
            }
        }
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    QsciScintilla *editor = qobject_cast<QsciScintilla *>(focusWidget());
    if (!editor)
        editor = m_unified;
    QAction *copy = menu.addAction(tr("Copy"), editor, &QsciScintilla::copy);
    copy->setEnabled(editor->hasSelectedText());
    menu.addAction(tr("Select All"), editor, [editor] { editor->selectAll(); });
    m_menuHunk = hunk;
    menu.exec(globalPos);
    m_menuHunk = -1;
    updateActions();
}

void DiffView::applyPalette()
{
    updateHeader();
}

void DiffView::setReservesStagingButtons(bool reserve)
{
    m_reservesStagingButtons = reserve;
    updateGeometry();
}

QSize DiffView::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    if (!m_reservesStagingButtons)
        return size;
    // The toolbar at its widest: a dozen characters of path and the unstaged set of buttons
    // (Stage Lines, Discard Lines, the hunk menu), whatever is shown now.
    QWidget *toolbar = m_stageLinesButton->parentWidget();
    QLayout *layout = toolbar->layout();
    const QMargins margins = layout->contentsMargins();
    int width = margins.left() + margins.right();
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        QWidget *widget = item->widget();
        int itemWidth = 0;
        if (widget == m_pathLabel)
            itemWidth = m_pathLabel->fontMetrics().averageCharWidth() * 14;
        else if (widget == m_unstageLinesButton)
            continue;
        else if (widget && (widget == m_stageLinesButton || widget == m_discardLinesButton
                            || widget->objectName() == QLatin1String("hunkButton") || !widget->isHidden()))
            itemWidth = widget->minimumWidth() > 0 ? widget->minimumWidth() : widget->minimumSizeHint().width();
        else if (!widget)
            itemWidth = item->minimumSize().width();  // a spacing
        else
            continue;
        width += itemWidth + (i > 0 ? layout->spacing() : 0);
    }
    size.setWidth(std::max(size.width(), width));
    return size;
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace gantry
