#include "widgets/CommitComposer.h"

#include "widgets/CommitFooterEditor.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gantry {

namespace {

constexpr int TypeRole = Qt::UserRole + 1;

const QColor errorColor(0xd7, 0x3a, 0x49);
const QColor warningColor(0xc7, 0x7c, 0x02);

/// In the type picker's list: "feat — A new feature"; the closed combo shows just "feat".
class TypeItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString description = index.data(Qt::ToolTipRole).toString();
        if (!description.isEmpty())
            option->text = QStringLiteral("%1 — %2").arg(index.data(TypeRole).toString(), description);
    }
};

bool isCommitShortcut(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier);
}

QCompleter *makeCompleter(QAbstractItemModel *model, QObject *parent)
{
    auto *completer = new QCompleter(model, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

} // namespace

const QStringList &CommitComposer::footerTokens()
{
    return CommitFooterEditor::tokens();
}

QString CommitComposer::typeDescription(const QString &type)
{
    // @commitlint/config-conventional's prompt.questions.type.enum descriptions.
    if (type == QLatin1String("feat"))
        return tr("A new feature");
    if (type == QLatin1String("fix"))
        return tr("A bug fix");
    if (type == QLatin1String("docs"))
        return tr("Documentation only changes");
    if (type == QLatin1String("style"))
        return tr("Changes that do not affect the meaning of the code (white-space, formatting, missing semi-colons, etc)");
    if (type == QLatin1String("refactor"))
        return tr("A code change that neither fixes a bug nor adds a feature");
    if (type == QLatin1String("perf"))
        return tr("A code change that improves performance");
    if (type == QLatin1String("test"))
        return tr("Adding missing tests or correcting existing tests");
    if (type == QLatin1String("build"))
        return tr("Changes that affect the build system or external dependencies (example scopes: gulp, broccoli, npm)");
    if (type == QLatin1String("ci"))
        return tr("Changes to our CI configuration files and scripts (example scopes: Travis, Circle, BrowserStack, SauceLabs)");
    if (type == QLatin1String("chore"))
        return tr("Other changes that don't modify src or test files");
    if (type == QLatin1String("revert"))
        return tr("Reverts a previous commit");
    return {};
}

CommitComposer::CommitComposer(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *headerRow = new QHBoxLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("composerType"));
    m_type->setItemDelegate(new TypeItemDelegate(m_type));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("composerScope"));
    m_scope->setEditable(true);
    m_scope->setInsertPolicy(QComboBox::NoInsert);
    // Narrow enough for the Changes view's left column; the list opens as wide as it needs.
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(6);
    m_scopeModel = new QStringListModel(this);
    m_scope->setModel(m_scopeModel);
    m_scopeCompleter = makeCompleter(m_scopeModel, this);
    m_scope->setCompleter(m_scopeCompleter);
    m_breaking = new QCheckBox(this);
    m_breaking->setObjectName(QStringLiteral("composerBreaking"));
    headerRow->addWidget(m_type);
    headerRow->addWidget(m_scope, 1);
    headerRow->addWidget(m_breaking);
    layout->addLayout(headerRow);

    auto *subjectRow = new QHBoxLayout;
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("composerSubject"));
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("composerCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(QStringLiteral("000/000")) + 4);
    subjectRow->addWidget(m_subject, 1);
    subjectRow->addWidget(m_counter);
    layout->addLayout(subjectRow);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("composerBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 3 + 10);
    layout->addWidget(m_body, 1);

    m_breakingRow = new QWidget(this);
    auto *breakingLayout = new QHBoxLayout(m_breakingRow);
    breakingLayout->setContentsMargins(0, 0, 0, 0);
    m_breakingLabel = new QLabel(m_breakingRow);
    m_breakingText = new QLineEdit(m_breakingRow);
    m_breakingText->setObjectName(QStringLiteral("composerBreakingDescription"));
    m_breakingLabel->setBuddy(m_breakingText);
    breakingLayout->addWidget(m_breakingLabel);
    breakingLayout->addWidget(m_breakingText, 1);
    m_breakingRow->setVisible(false);
    layout->addWidget(m_breakingRow);

    m_footerEditor = new CommitFooterEditor(this);
    layout->addWidget(m_footerEditor);
    connect(m_footerEditor, &CommitFooterEditor::changed, this, &CommitComposer::onEdited);
    connect(m_footerEditor, &CommitFooterEditor::fieldAdded, this, &CommitComposer::watch);

    auto *footerRow = new QHBoxLayout;
    m_addFooter = new QToolButton(this);
    m_addFooter->setObjectName(QStringLiteral("composerAddFooter"));
    m_addFooter->setPopupMode(QToolButton::InstantPopup);
    m_addFooter->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *footerMenu = new QMenu(m_addFooter);
    for (const QString &token : footerTokens()) {
        QAction *action = footerMenu->addAction(token);
        action->setObjectName(QStringLiteral("addFooter:") + token);
        connect(action, &QAction::triggered, this, [this, token] {
            const int index = addFooter(token, token == QLatin1String("Signed-off-by") ? m_identity : QString());
            footerValueEdit(index)->setFocus();
        });
    }
    m_addFooter->setMenu(footerMenu);
    m_previewLabel = new QLabel(this);
    footerRow->addWidget(m_addFooter);
    footerRow->addStretch(1);
    footerRow->addWidget(m_previewLabel);
    layout->addLayout(footerRow);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("composerPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped to the pane (the lines stay the message's lines; LINE:COL count those).
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setFocusPolicy(Qt::ClickFocus);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 6 + 10);
    QPalette previewPalette = m_preview->palette();
    previewPalette.setColor(QPalette::Base, previewPalette.color(QPalette::Window));
    m_preview->setPalette(previewPalette);
    layout->addWidget(m_preview, 3);

    m_lintStatus = new QLabel(this);
    m_lintStatus->setObjectName(QStringLiteral("composerLintStatus"));
    layout->addWidget(m_lintStatus);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("composerFindings"));
    m_findings->setWordWrap(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setMinimumHeight(m_findings->fontMetrics().lineSpacing() * 2 + 8);
    m_findings->setMaximumHeight(m_findings->fontMetrics().lineSpacing() * 5 + 8);
    m_findings->setVisible(false);
    layout->addWidget(m_findings);

    m_lintTimer = new QTimer(this);
    m_lintTimer->setSingleShot(true);
    m_lintTimer->setInterval(120);
    connect(m_lintTimer, &QTimer::timeout, this, &CommitComposer::showFindings);

    connect(m_type, &QComboBox::currentIndexChanged, this, &CommitComposer::onEdited);
    connect(m_scope, &QComboBox::editTextChanged, this, &CommitComposer::onEdited);
    connect(m_subject, &QLineEdit::textChanged, this, &CommitComposer::onEdited);
    connect(m_subject, &QLineEdit::returnPressed, this, [this] { m_body->setFocus(); });
    connect(m_body, &QPlainTextEdit::textChanged, this, &CommitComposer::onEdited);
    connect(m_breaking, &QCheckBox::toggled, this, [this](bool on) {
        m_breakingRow->setVisible(on);
        onEdited();
    });
    connect(m_breakingText, &QLineEdit::textChanged, this, &CommitComposer::onEdited);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_findings->row(item);
        if (row >= 0 && row < m_lastFindings.size()) {
            if (QWidget *field = fieldOf(m_lastFindings.at(row)))
                field->setFocus();
        }
    });

    for (QWidget *field : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_scope),
                           static_cast<QWidget *>(m_subject), static_cast<QWidget *>(m_body),
                           static_cast<QWidget *>(m_breakingText)})
        watch(field);

    fillTypes({});
    retranslate();
    onEdited();
    showFindings();
}

CommitComposer::~CommitComposer() = default;

void CommitComposer::watch(QWidget *field)
{
    field->installEventFilter(this);
    if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
        combo->lineEdit()->installEventFilter(this);
}

void CommitComposer::fillTypes(const QStringList &types)
{
    static const QStringList defaults{QStringLiteral("feat"),  QStringLiteral("fix"),      QStringLiteral("docs"),
                                      QStringLiteral("style"), QStringLiteral("refactor"), QStringLiteral("perf"),
                                      QStringLiteral("test"),  QStringLiteral("build"),    QStringLiteral("ci"),
                                      QStringLiteral("chore"), QStringLiteral("revert")};
    const QString current = m_type->currentData(TypeRole).toString();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    for (const QString &type : types.isEmpty() ? defaults : types) {
        m_type->addItem(type);
        const int row = m_type->count() - 1;
        m_type->setItemData(row, type, TypeRole);
        m_type->setItemData(row, typeDescription(type), Qt::ToolTipRole);
    }
    m_type->setCurrentIndex(m_type->findData(current, TypeRole));
}

CommitComposition CommitComposer::composition() const
{
    CommitComposition c;
    c.type = m_type->currentIndex() >= 0 ? m_type->currentData(TypeRole).toString() : QString();
    c.scope = m_scope->currentText();
    c.subject = m_subject->text();
    c.body = m_body->toPlainText();
    c.breaking = m_breaking->isChecked();
    c.breakingDescription = c.breaking ? m_breakingText->text() : QString();
    c.footers = m_footerEditor->footers();
    return c;
}

void CommitComposer::setComposition(const CommitComposition &composition)
{
    m_loading = true;
    if (!composition.type.isEmpty() && m_type->findData(composition.type, TypeRole) < 0) {
        // A type the configuration does not list still shows (lint then says so).
        m_type->addItem(composition.type);
        m_type->setItemData(m_type->count() - 1, composition.type, TypeRole);
    }
    m_type->setCurrentIndex(composition.type.isEmpty() ? -1 : m_type->findData(composition.type, TypeRole));
    m_scope->setEditText(composition.scope);
    m_subject->setText(composition.subject);
    m_body->setPlainText(composition.body);
    m_breaking->setChecked(composition.breaking);
    m_breakingText->setText(composition.breakingDescription);
    m_footerEditor->setFooters(composition.footers);
    m_loading = false;
    onEdited();
}

void CommitComposer::clear()
{
    setComposition({});
}

void CommitComposer::setLintConfig(const CommitLintConfig &config)
{
    m_linter = CommitLinter(config);
    m_headerMax = 100;
    if (const LintRuleSetting *rule = config.rule(QStringLiteral("header-max-length"));
        rule && rule->level != LintLevel::Disabled && rule->value.canConvert<int>())
        m_headerMax = rule->value.toInt();
    QStringList types;
    if (const LintRuleSetting *rule = config.rule(QStringLiteral("type-enum"));
        rule && rule->level != LintLevel::Disabled && rule->always)
        types = rule->value.toStringList();
    fillTypes(types);
    onEdited();
}

void CommitComposer::setScopeSuggestions(const QStringList &scopes)
{
    const QString text = m_scope->currentText();
    const QSignalBlocker blocker(m_scope);
    m_scopeModel->setStringList(scopes);
    m_scope->setCurrentIndex(-1);
    m_scope->setEditText(text);
}

void CommitComposer::setCoAuthorSuggestions(const QStringList &authors)
{
    m_footerEditor->setCoAuthorSuggestions(authors);
}

int CommitComposer::addFooter(const QString &token, const QString &value)
{
    return m_footerEditor->addFooter(token, value);
}

void CommitComposer::removeFooter(int index)
{
    m_footerEditor->removeFooter(index);
}

int CommitComposer::footerCount() const
{
    return m_footerEditor->count();
}

QComboBox *CommitComposer::footerTokenCombo(int index) const
{
    return m_footerEditor->tokenCombo(index);
}

QLineEdit *CommitComposer::footerValueEdit(int index) const
{
    return m_footerEditor->valueEdit(index);
}

QToolButton *CommitComposer::footerRemoveButton(int index) const
{
    return m_footerEditor->removeButton(index);
}

void CommitComposer::setReadOnly(bool readOnly)
{
    m_type->setEnabled(!readOnly);
    m_scope->setEnabled(!readOnly);
    m_subject->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    m_breaking->setEnabled(!readOnly);
    m_breakingText->setReadOnly(readOnly);
    m_addFooter->setEnabled(!readOnly);
    m_footerEditor->setReadOnly(readOnly);
}

void CommitComposer::onEdited()
{
    if (m_loading)
        return;
    m_preview->setPlainText(message());
    updateCounter();
    m_lintPending = true;
    m_lintTimer->start();
    Q_EMIT messageChanged();
}

void CommitComposer::lintNow() const
{
    if (!m_lintPending)
        return;
    m_lintPending = false;
    // An incomplete message is not linted: "feat: " would break header-trim with the space the
    // composer put there itself, and subject-empty only repeats what the status line asks for.
    m_lastFindings = isComplete() ? m_linter.lint(message()) : QList<LintFinding>();
}

QList<LintFinding> CommitComposer::findings() const
{
    lintNow();
    return m_lastFindings;
}

bool CommitComposer::hasErrors() const
{
    return CommitLinter::hasErrors(findings());
}

QWidget *CommitComposer::fieldOf(const LintFinding &finding) const
{
    const CommitComposition c = composition();
    // Header rules name their field; others are found by where they point.
    if (finding.rule.startsWith(QLatin1String("type-")))
        return m_type;
    if (finding.rule.startsWith(QLatin1String("scope-")))
        return m_scope;
    if (finding.rule.startsWith(QLatin1String("subject-")) || finding.rule.startsWith(QLatin1String("header-")))
        return m_subject;
    int footer = -1;
    switch (c.partAt(finding.line, finding.column, &footer)) {
    case CommitComposition::Part::Type:
        return m_type;
    case CommitComposition::Part::Scope:
        return m_scope;
    case CommitComposition::Part::Subject:
        return m_subject;
    case CommitComposition::Part::Body:
        return m_body;
    case CommitComposition::Part::BreakingDescription:
        return m_breakingText;
    case CommitComposition::Part::Footer:
        return footerValueEdit(footer);
    case CommitComposition::Part::None:
        break;
    }
    if (finding.rule.startsWith(QLatin1String("body-")))
        return m_body;
    return nullptr;
}

void CommitComposer::showFindings()
{
    const QList<LintFinding> list = findings();
    for (const QPointer<QWidget> &field : std::as_const(m_flagged)) {
        if (field) {
            field->setPalette(QPalette());
            field->setProperty("lintLevel", QVariant());
        }
    }
    m_flagged.clear();

    m_findings->clear();
    QList<QTextEdit::ExtraSelection> marks;
    int errors = 0;
    for (const LintFinding &finding : list) {
        const bool error = finding.level == LintLevel::Error;
        errors += error ? 1 : 0;
        auto *item = new QListWidgetItem(QStringLiteral("%1:%2  %3  %4: %5")
                                             .arg(finding.line)
                                             .arg(finding.column)
                                             .arg(error ? tr("error") : tr("warning"), finding.rule, finding.message),
                                         m_findings);
        item->setForeground(error ? errorColor : warningColor);
        item->setToolTip(finding.toString());

        // Underline the place in the preview.
        const QTextBlock block = m_preview->document()->findBlockByNumber(finding.line - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            const int column = qBound(0, finding.column - 1, qMax(0, block.length() - 1));
            mark.cursor.setPosition(block.position() + column);
            if (column >= block.length() - 1 && column > 0)
                mark.cursor.setPosition(block.position() + column - 1);
            mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            if (!mark.cursor.hasSelection())
                mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(error ? errorColor : warningColor);
            marks.append(mark);
        }

        if (QWidget *field = fieldOf(finding)) {
            const bool already = field->property("lintLevel").toString() == QLatin1String("error");
            if (!already) {
                field->setProperty("lintLevel", error ? QStringLiteral("error") : QStringLiteral("warning"));
                QPalette pal = field->palette();
                QColor tint = error ? errorColor : warningColor;
                tint.setAlpha(60);
                const QColor base = pal.color(QPalette::Base);
                const QColor mixed((base.red() * 3 + tint.red()) / 4, (base.green() * 3 + tint.green()) / 4,
                                   (base.blue() * 3 + tint.blue()) / 4);
                pal.setColor(QPalette::Base, mixed);
                pal.setColor(QPalette::Button, mixed);
                field->setPalette(pal);
                m_flagged.append(field);
            }
        }
    }
    m_preview->setExtraSelections(marks);
    m_findings->setVisible(!list.isEmpty());
    const CommitComposition::Missing missing = composition().missing();
    if (missing == CommitComposition::Missing::TypeAndSubject)
        m_lintStatus->setText(tr("Pick a type and write a subject."));
    else if (missing == CommitComposition::Missing::Subject)
        m_lintStatus->setText(tr("Add a subject: what the change does."));
    else if (list.isEmpty())
        m_lintStatus->setText(tr("✓ Follows the commit conventions"));
    else
        m_lintStatus->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                              + tr("%n warning(s)", nullptr, int(list.size()) - errors));
    Q_EMIT findingsChanged();
}

void CommitComposer::updateCounter()
{
    const int length = int(composition().header().size());
    m_counter->setText(QStringLiteral("%1/%2").arg(length).arg(m_headerMax));
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, length > m_headerMax ? errorColor : palette().color(QPalette::PlaceholderText));
    m_counter->setPalette(pal);
    m_counter->setProperty("overLimit", length > m_headerMax);
    m_counter->setToolTip(tr("Header length (type, scope and subject) against header-max-length (%1)").arg(m_headerMax));
}

bool CommitComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && isCommitShortcut(static_cast<QKeyEvent *>(event))) {
        Q_EMIT commitShortcutPressed();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CommitComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommitComposer::retranslate()
{
    m_type->setPlaceholderText(tr("type"));
    m_type->setToolTip(tr("The kind of change"));
    m_scope->lineEdit()->setPlaceholderText(tr("scope (optional)"));
    m_scope->setToolTip(tr("What the change is about: scopes from this repository's history and the changed folders"));
    m_subject->setPlaceholderText(tr("Subject: what the change does, in the imperative"));
    m_body->setPlaceholderText(tr("Body: why the change was made (optional)"));
    m_breaking->setText(tr("Breaking change"));
    m_breaking->setToolTip(tr("Marks the header with \"!\" and adds a BREAKING CHANGE footer"));
    m_breakingLabel->setText(tr("BREAKING CHANGE:"));
    m_breakingText->setPlaceholderText(tr("What breaks, and how to migrate"));
    m_addFooter->setText(tr("Add footer"));
    m_previewLabel->setText(tr("Preview"));
    m_preview->setToolTip(tr("The message that will be committed"));
    m_findings->setToolTip(tr("Lint findings (LINE:COL) with the repository's commitlint rules"));
    updateCounter();
    showFindings();
}

} // namespace gantry
