#pragma once

#include "gitcore/CommitComposition.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace gantry {

/// The composer's footer rows: an editable token (Refs, Closes, Co-authored-by, Signed-off-by
/// or any other) and a value each, with a remove button; Co-authored-by values complete from the
/// suggested authors.
class CommitFooterEditor : public QWidget
{
    Q_OBJECT
public:
    /// The tokens offered.
    static const QStringList &tokens();

    explicit CommitFooterEditor(QWidget *parent = nullptr);
    ~CommitFooterEditor() override;

    QList<ComposedFooter> footers() const;
    void setFooters(const QList<ComposedFooter> &footers);
    /// Adds a row; returns its index.
    int addFooter(const QString &token, const QString &value = {});
    void removeFooter(int index);
    int count() const { return int(m_rows.size()); }

    void setCoAuthorSuggestions(const QStringList &authors);
    void setReadOnly(bool readOnly);

    QComboBox *tokenCombo(int index) const;
    QLineEdit *valueEdit(int index) const;
    QToolButton *removeButton(int index) const;

Q_SIGNALS:
    /// A row was added, removed or edited.
    void changed();
    /// A new editable field (for the owner's key handling).
    void fieldAdded(QWidget *field);

private:
    struct Row
    {
        QComboBox *token = nullptr;
        QLineEdit *value = nullptr;
        QToolButton *remove = nullptr;
    };
    int indexOf(const QLineEdit *value) const;
    void updateCompleter(int index);
    void relayout();

    QGridLayout *m_grid = nullptr;
    QList<Row> m_rows;
    QStringListModel *m_authors = nullptr;
    bool m_readOnly = false;
};

} // namespace gantry
