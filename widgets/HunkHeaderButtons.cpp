#include "widgets/HunkHeaderButtons.h"

#include "widgets/UnifiedDiffEditor.h"

#include <QEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <utility>

namespace gantry {

namespace {

constexpr int kGap = 4;        // between buttons, and from the viewport's right edge
constexpr int kMaxShown = 64;  // headers on screen at once, far more than fit

} // namespace

HunkHeaderButtons::HunkHeaderButtons(UnifiedDiffEditor *editor) : QObject(editor), m_editor(editor)
{
    m_editor->viewport()->installEventFilter(this);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &HunkHeaderButtons::refresh);
    connect(m_editor->horizontalScrollBar(), &QScrollBar::valueChanged, this, &HunkHeaderButtons::refresh);
    // Scintilla scrolls without a scroll bar signal too (keyboard, wheel on a short text).
    connect(m_editor, &QsciScintilla::SCN_UPDATEUI, this, [this](int updated) {
        if (updated & QsciScintillaBase::SC_UPDATE_V_SCROLL)
            refresh();
    });
}

QString HunkHeaderButtons::text(Action action)
{
    switch (action) {
    case Action::Stage: return tr("Stage Hunk");
    case Action::Unstage: return tr("Unstage Hunk");
    case Action::Discard: return tr("Discard Hunk…");
    }
    return {};
}

void HunkHeaderButtons::setActions(const QList<Action> &actions)
{
    m_actions = actions;
    refresh();
}

QToolButton *HunkHeaderButtons::takeButton(int index)
{
    if (index < m_pool.size())
        return m_pool[index];
    auto *button = new QToolButton(m_editor->viewport());
    button->setAutoRaise(false);
    button->setFocusPolicy(Qt::NoFocus);
    button->setCursor(Qt::ArrowCursor);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    button->setFont(font);
    connect(button, &QToolButton::clicked, this, [this, button] {
        for (const Shown &shown : std::as_const(m_shown))
            if (shown.button == button)
                Q_EMIT triggered(shown.action, shown.hunk);
    });
    m_pool.append(button);
    return button;
}

void HunkHeaderButtons::refresh()
{
    if (m_placing)
        return;
    m_placing = true;
    m_shown.clear();
    int used = 0;
    const QList<UnifiedDiffEditor::Row> &rows = m_editor->rows();
    if (!m_actions.isEmpty() && !rows.isEmpty()) {
        const int first = m_editor->firstVisibleRow();
        const int visible = int(m_editor->SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN)) + 1;
        const int width = m_editor->viewport()->width();
        for (int row = std::max(0, first); row < rows.size() && row <= first + visible && used < kMaxShown; ++row) {
            if (rows[row].kind != UnifiedDiffEditor::Row::Kind::HunkHeader)
                continue;
            const long position = m_editor->positionFromLineIndex(row, 0);
            const int y = int(m_editor->SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0UL, position));
            const int height = int(m_editor->SendScintilla(QsciScintillaBase::SCI_TEXTHEIGHT, static_cast<unsigned long>(row)));
            int right = width - kGap;
            for (auto it = m_actions.crbegin(); it != m_actions.crend(); ++it) {
                QToolButton *button = takeButton(used++);
                button->setText(text(*it));
                button->setObjectName(QStringLiteral("hunkButton%1:%2").arg(int(*it)).arg(rows[row].hunk));
                const QSize size(button->sizeHint().width(), std::min(button->sizeHint().height(), std::max(height - 2, 16)));
                button->setGeometry(right - size.width(), y + (height - size.height()) / 2, size.width(), size.height());
                right -= size.width() + kGap;
                button->show();
                m_shown.append({rows[row].hunk, *it, button});
            }
        }
    }
    for (int i = used; i < m_pool.size(); ++i)
        m_pool[i]->hide();
    m_placing = false;
}

QToolButton *HunkHeaderButtons::button(int hunk, Action action) const
{
    for (const Shown &shown : m_shown)
        if (shown.hunk == hunk && shown.action == action)
            return shown.button;
    return nullptr;
}

bool HunkHeaderButtons::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QTimer::singleShot(0, this, &HunkHeaderButtons::refresh);
    return QObject::eventFilter(watched, event);
}

} // namespace gantry
