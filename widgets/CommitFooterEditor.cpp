#include "widgets/CommitFooterEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace gantry {

const QStringList &CommitFooterEditor::tokens()
{
    static const QStringList list{QStringLiteral("Refs"), QStringLiteral("Closes"), QStringLiteral("Co-authored-by"),
                                  QStringLiteral("Signed-off-by")};
    return list;
}

CommitFooterEditor::CommitFooterEditor(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(4);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
    m_authors = new QStringListModel(this);
}

CommitFooterEditor::~CommitFooterEditor() = default;

QList<ComposedFooter> CommitFooterEditor::footers() const
{
    QList<ComposedFooter> list;
    for (const Row &row : m_rows)
        list.append({row.token->currentText(), row.value->text()});
    return list;
}

void CommitFooterEditor::setFooters(const QList<ComposedFooter> &footers)
{
    while (!m_rows.isEmpty())
        removeFooter(int(m_rows.size()) - 1);
    for (const ComposedFooter &footer : footers)
        addFooter(footer.token, footer.value);
}

int CommitFooterEditor::addFooter(const QString &token, const QString &value)
{
    Row row;
    row.token = new QComboBox(this);
    row.token->setEditable(true);
    row.token->setInsertPolicy(QComboBox::NoInsert);
    row.token->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.token->setMinimumContentsLength(10);
    row.token->addItems(tokens());
    row.token->setEditText(token);
    row.value = new QLineEdit(value, this);
    row.remove = new QToolButton(this);
    row.remove->setText(QStringLiteral("×"));
    row.remove->setToolTip(tr("Remove this footer"));
    row.remove->setAutoRaise(true);
    const int index = int(m_rows.size());
    row.token->setObjectName(QStringLiteral("composerFooterToken%1").arg(index));
    row.value->setObjectName(QStringLiteral("composerFooterValue%1").arg(index));
    row.token->setEnabled(!m_readOnly);
    row.value->setReadOnly(m_readOnly);
    row.remove->setEnabled(!m_readOnly);
    m_rows.append(row);
    relayout();
    // Shown now (not at the layout's next pass) so that the new row can take the focus.
    for (QWidget *w : {static_cast<QWidget *>(row.token), static_cast<QWidget *>(row.value),
                       static_cast<QWidget *>(row.remove)})
        w->setVisible(true);
    connect(row.token, &QComboBox::editTextChanged, this, [this, edit = row.value] {
        if (const int i = indexOf(edit); i >= 0)
            updateCompleter(i);
        Q_EMIT changed();
    });
    connect(row.value, &QLineEdit::textChanged, this, &CommitFooterEditor::changed);
    connect(row.remove, &QToolButton::clicked, this, [this, edit = row.value] { removeFooter(indexOf(edit)); });
    updateCompleter(index);
    Q_EMIT fieldAdded(row.token);
    Q_EMIT fieldAdded(row.value);
    Q_EMIT changed();
    return index;
}

void CommitFooterEditor::removeFooter(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const Row row = m_rows.takeAt(index);
    for (QWidget *w : {static_cast<QWidget *>(row.token), static_cast<QWidget *>(row.value),
                       static_cast<QWidget *>(row.remove)}) {
        m_grid->removeWidget(w);
        w->hide();
        w->deleteLater();
    }
    relayout();
    Q_EMIT changed();
}

int CommitFooterEditor::indexOf(const QLineEdit *value) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value == value)
            return i;
    }
    return -1;
}

void CommitFooterEditor::relayout()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        m_grid->addWidget(row.token, i, 0);
        m_grid->addWidget(row.value, i, 1);
        m_grid->addWidget(row.remove, i, 2);
    }
}

void CommitFooterEditor::setCoAuthorSuggestions(const QStringList &authors)
{
    m_authors->setStringList(authors);
    for (int i = 0; i < m_rows.size(); ++i)
        updateCompleter(i);
}

void CommitFooterEditor::updateCompleter(int index)
{
    const Row &row = m_rows.at(index);
    const bool coAuthor =
        row.token->currentText().trimmed().compare(QLatin1String("Co-authored-by"), Qt::CaseInsensitive) == 0;
    row.value->setPlaceholderText(coAuthor ? tr("Name <email>") : QString());
    if (coAuthor && m_authors->rowCount() > 0) {
        if (!row.value->completer()) {
            auto *completer = new QCompleter(m_authors, row.value);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            row.value->setCompleter(completer);
        }
    } else {
        row.value->setCompleter(nullptr);
    }
}

void CommitFooterEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row &row : m_rows) {
        row.token->setEnabled(!readOnly);
        row.value->setReadOnly(readOnly);
        row.remove->setEnabled(!readOnly);
    }
}

QComboBox *CommitFooterEditor::tokenCombo(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).token : nullptr;
}

QLineEdit *CommitFooterEditor::valueEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).value : nullptr;
}

QToolButton *CommitFooterEditor::removeButton(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).remove : nullptr;
}

} // namespace gantry
