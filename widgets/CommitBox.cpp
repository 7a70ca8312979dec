#include "widgets/CommitBox.h"

#include "gitcore/CommitComposition.h"
#include "gitcore/ConventionalCommit.h"
#include "widgets/CommitComposer.h"
#include "widgets/ThemeColors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QInputDialog>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gantry {

namespace {

bool isCommitShortcut(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
           && (key->modifiers() & Qt::ControlModifier);
}

} // namespace

CommitBox::CommitBox(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // "Conventional | Free text" on the left, Templates on the right.
    auto *modeRow = new QHBoxLayout;
    modeRow->setSpacing(0);
    m_conventionalButton = new QToolButton(this);
    m_conventionalButton->setObjectName(QStringLiteral("commitModeConventional"));
    m_freeTextButton = new QToolButton(this);
    m_freeTextButton->setObjectName(QStringLiteral("commitModeFreeText"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *button : {m_conventionalButton, m_freeTextButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        modes->addButton(button);
        modeRow->addWidget(button);
    }
    m_freeTextButton->setChecked(true);
    m_templatesButton = new QToolButton(this);
    m_templatesButton->setObjectName(QStringLiteral("commitTemplates"));
    m_templatesButton->setPopupMode(QToolButton::InstantPopup);
    m_templatesButton->setAutoRaise(true);
    m_templatesMenu = new QMenu(m_templatesButton);
    m_templatesButton->setMenu(m_templatesMenu);
    modeRow->addStretch(1);
    modeRow->addWidget(m_templatesButton);
    layout->addLayout(modeRow);

    m_pages = new QStackedWidget(this);
    auto *freePage = new QWidget(m_pages);
    auto *freeLayout = new QVBoxLayout(freePage);
    freeLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLineEdit(freePage);
    m_summary->setObjectName(QStringLiteral("commitSummary"));
    m_counter = new QLabel(freePage);
    m_counter->setObjectName(QStringLiteral("commitSummaryCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for "100/72" so the field does not jump while typing.
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(QStringLiteral("000/00")) + 4);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_counter);
    freeLayout->addLayout(summaryRow);

    m_body = new QPlainTextEdit(freePage);
    m_body->setObjectName(QStringLiteral("commitBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    freeLayout->addWidget(m_body, 1);
    m_composer = new CommitComposer(m_pages);
    m_pages->addWidget(freePage);
    m_pages->addWidget(m_composer);
    layout->addWidget(m_pages, 1);

    auto *optionsRow = new QHBoxLayout;
    m_amend = new QCheckBox(this);
    m_amend->setObjectName(QStringLiteral("commitAmend"));
    m_signoff = new QCheckBox(this);
    m_signoff->setObjectName(QStringLiteral("commitSignoff"));
    m_commitAnyway = new QPushButton(this);
    m_commitAnyway->setObjectName(QStringLiteral("commitAnywayButton"));
    m_commitAnyway->hide();
    m_commitButton = new QPushButton(this);
    m_commitButton->setObjectName(QStringLiteral("commitButton"));
    m_commitButton->setDefault(true);
    optionsRow->addWidget(m_amend);
    optionsRow->addWidget(m_signoff);
    optionsRow->addStretch(1);
    optionsRow->addWidget(m_commitAnyway);
    optionsRow->addWidget(m_commitButton);
    layout->addLayout(optionsRow);

    connect(m_summary, &QLineEdit::textChanged, this, [this] {
        updateCounter();
        updateCommitButton();
        Q_EMIT messageChanged();
    });
    connect(m_summary, &QLineEdit::returnPressed, this, [this] { m_body->setFocus(); });
    connect(m_body, &QPlainTextEdit::textChanged, this, &CommitBox::messageChanged);
    connect(m_composer, &CommitComposer::messageChanged, this, [this] {
        updateCommitButton();
        Q_EMIT messageChanged();
    });
    connect(m_composer, &CommitComposer::findingsChanged, this, &CommitBox::updateCommitButton);
    connect(m_composer, &CommitComposer::commitShortcutPressed, this, &CommitBox::requestCommit);
    connect(m_amend, &QCheckBox::toggled, this, [this](bool on) {
        updateCommitButton();
        Q_EMIT amendToggled(on);
    });
    connect(m_commitButton, &QPushButton::clicked, this, &CommitBox::requestCommit);
    connect(m_commitAnyway, &QPushButton::clicked, this, &CommitBox::requestCommitAnyway);
    connect(m_conventionalButton, &QToolButton::clicked, this, [this] {
        setMode(Mode::Conventional);
        Q_EMIT modeChanged(Mode::Conventional);
    });
    connect(m_freeTextButton, &QToolButton::clicked, this, [this] {
        setMode(Mode::FreeText);
        Q_EMIT modeChanged(Mode::FreeText);
    });
    connect(m_templatesMenu, &QMenu::aboutToShow, this, &CommitBox::rebuildTemplatesMenu);

    m_summary->installEventFilter(this);
    m_body->installEventFilter(this);

    retranslate();
    rebuildTemplatesMenu();
    updateCounter();
    updateCommitButton();
}

CommitBox::~CommitBox() = default;

QString CommitBox::summary() const { return m_summary->text(); }

QString CommitBox::body() const { return m_body->toPlainText(); }

QString CommitBox::message() const
{
    if (m_mode == Mode::Conventional)
        return m_composer->message();
    const QString subject = summary().trimmed();
    QString text = body();
    // Trailing whitespace and blank lines at the end carry no meaning; git strips them anyway.
    static const QRegularExpression trailingSpace(QStringLiteral("\\s+$"));
    text.remove(trailingSpace);
    if (text.trimmed().isEmpty())
        return subject;
    while (text.startsWith(QLatin1Char('\n')))
        text.remove(0, 1);
    return subject + QStringLiteral("\n\n") + text;
}

void CommitBox::setMessage(const QString &message)
{
    QString text = message;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString subject = newline < 0 ? text : text.left(newline);
    QString rest = newline < 0 ? QString() : text.mid(newline + 1);
    while (rest.startsWith(QLatin1Char('\n')))
        rest.remove(0, 1);
    while (rest.endsWith(QLatin1Char('\n')))
        rest.chop(1);
    m_summary->setText(subject);
    m_body->setPlainText(rest);
    if (const std::optional<CommitComposition> parts = CommitComposition::fromMessage(text)) {
        m_composer->setComposition(*parts);
        showMode(m_preferredMode);
    } else {
        m_composer->clear();
        // The composer cannot hold it: show the text rather than hide it.
        const bool hasText = !ConventionalCommit::parse(text, QLatin1Char('#')).isEmpty();
        showMode(hasText ? Mode::FreeText : m_preferredMode);
    }
}

void CommitBox::clear()
{
    m_summary->clear();
    m_body->clear();
    m_composer->clear();
    showMode(m_preferredMode);
    const QSignalBlocker blocker(m_amend);
    m_amend->setChecked(false);
    updateCommitButton();
}

bool CommitBox::isAmend() const { return m_amend->isChecked(); }

void CommitBox::setAmend(bool amend) { m_amend->setChecked(amend); }

bool CommitBox::isSignoff() const { return m_signoff->isChecked(); }

void CommitBox::setSignoff(bool signoff) { m_signoff->setChecked(signoff); }

void CommitBox::setCanCommit(bool canCommit)
{
    m_canCommit = canCommit;
    updateCommitButton();
}

void CommitBox::setBusy(bool busy)
{
    m_busy = busy;
    m_summary->setReadOnly(busy);
    m_body->setReadOnly(busy);
    m_composer->setReadOnly(busy);
    m_conventionalButton->setEnabled(!busy);
    m_freeTextButton->setEnabled(!busy);
    m_templatesButton->setEnabled(!busy);
    m_amend->setEnabled(!busy);
    m_signoff->setEnabled(!busy);
    updateCommitButton();
}

void CommitBox::setSummaryWarningLength(int length)
{
    m_warningLength = length;
    updateCounter();
}

void CommitBox::setSummaryErrorLength(int length)
{
    m_errorLength = length;
    updateCounter();
}

void CommitBox::setMode(Mode mode)
{
    m_preferredMode = mode;
    if (mode == m_mode) {
        showMode(mode);
        return;
    }
    // Carry the message across.
    if (mode == Mode::Conventional) {
        const QString text = message();
        if (const std::optional<CommitComposition> parts = CommitComposition::fromMessage(text)) {
            m_composer->setComposition(*parts);
        } else if (!text.trimmed().isEmpty()) {
            CommitComposition c;
            c.subject = summary().trimmed();
            c.body = body();
            m_composer->setComposition(c);
        }
    } else if (!m_composer->composition().isEmpty()) {
        const QString text = m_composer->message();
        const QSignalBlocker blockSummary(m_summary);
        const QSignalBlocker blockBody(m_body);
        const qsizetype newline = text.indexOf(QLatin1Char('\n'));
        m_summary->setText(newline < 0 ? text : text.left(newline));
        m_body->setPlainText(newline < 0 ? QString() : text.mid(newline + 2));
        updateCounter();
    }
    showMode(mode);
}

void CommitBox::showMode(Mode mode)
{
    m_mode = mode;
    m_pages->setCurrentIndex(mode == Mode::Conventional ? 1 : 0);
    m_conventionalButton->setChecked(mode == Mode::Conventional);
    m_freeTextButton->setChecked(mode == Mode::FreeText);
    updateCommitButton();
}

void CommitBox::setUserTemplates(const QList<UserCommitTemplate> &templates)
{
    m_templates = templates;
    rebuildTemplatesMenu();
}

void CommitBox::saveTemplate(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    const UserCommitTemplate entry{trimmed, message()};
    auto it = std::find_if(m_templates.begin(), m_templates.end(),
                           [&](const UserCommitTemplate &t) { return t.name == trimmed; });
    if (it != m_templates.end())
        *it = entry;
    else
        m_templates.append(entry);
    rebuildTemplatesMenu();
    Q_EMIT userTemplatesChanged();
}

void CommitBox::removeTemplate(const QString &name)
{
    if (m_templates.removeIf([&](const UserCommitTemplate &t) { return t.name == name; }) == 0)
        return;
    rebuildTemplatesMenu();
    Q_EMIT userTemplatesChanged();
}

void CommitBox::applyTemplate(const QString &name)
{
    for (const UserCommitTemplate &t : std::as_const(m_templates)) {
        if (t.name == name) {
            setMessage(t.message);
            return;
        }
    }
}

void CommitBox::rebuildTemplatesMenu()
{
    m_templatesMenu->clear();
    for (const UserCommitTemplate &t : std::as_const(m_templates)) {
        QAction *use = m_templatesMenu->addAction(t.name);
        use->setObjectName(QStringLiteral("useTemplate:") + t.name);
        use->setToolTip(t.message);
        connect(use, &QAction::triggered, this, [this, name = t.name] { applyTemplate(name); });
    }
    if (m_templates.isEmpty()) {
        QAction *none = m_templatesMenu->addAction(tr("No saved templates"));
        none->setEnabled(false);
    }
    m_templatesMenu->addSeparator();
    QAction *save = m_templatesMenu->addAction(tr("Save Message as Template…"));
    save->setObjectName(QStringLiteral("saveTemplate"));
    save->setEnabled(!message().trimmed().isEmpty());
    connect(save, &QAction::triggered, this, &CommitBox::askTemplateName);
    if (!m_templates.isEmpty()) {
        QMenu *remove = m_templatesMenu->addMenu(tr("Delete Template"));
        for (const UserCommitTemplate &t : std::as_const(m_templates)) {
            QAction *del = remove->addAction(t.name);
            del->setObjectName(QStringLiteral("deleteTemplate:") + t.name);
            connect(del, &QAction::triggered, this, [this, name = t.name] { removeTemplate(name); });
        }
    }
}

void CommitBox::askTemplateName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Template"), tr("Template name:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (ok)
        saveTemplate(name);
}

void CommitBox::requestCommit()
{
    updateCommitButton(); // the composer's lint may have been pending
    if (!m_commitButton->isEnabled())
        return;
    Q_EMIT commitRequested(message(), isAmend(), isSignoff());
}

void CommitBox::requestCommitAnyway()
{
    if (m_busy || !m_canCommit || summaryIsBlank())
        return;
    Q_EMIT commitRequested(message(), isAmend(), isSignoff());
}

bool CommitBox::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_summary || watched == m_body) && event->type() == QEvent::KeyPress
        && isCommitShortcut(static_cast<QKeyEvent *>(event))) {
        requestCommit();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CommitBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateCounter();
    QWidget::changeEvent(event);
}

void CommitBox::updateCounter()
{
    const int length = int(m_summary->text().size());
    m_counter->setText(QStringLiteral("%1/%2").arg(length).arg(m_errorLength));
    if (length > m_errorLength)
        m_counterState = CounterState::Error;
    else if (length > m_warningLength)
        m_counterState = CounterState::Warning;
    else
        m_counterState = CounterState::Normal;

    QPalette pal = palette();
    switch (m_counterState) {
    case CounterState::Normal:
        pal.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        break;
    case CounterState::Warning:
        pal.setColor(QPalette::WindowText, ThemeColors::statusText(ThemeColors::Status::Warning, pal));
        break;
    case CounterState::Error:
        pal.setColor(QPalette::WindowText, ThemeColors::statusText(ThemeColors::Status::Error, pal));
        break;
    }
    m_counter->setPalette(pal);
    m_counter->setToolTip(m_counterState == CounterState::Normal
                              ? tr("Summary length")
                              : m_counterState == CounterState::Warning
                                    ? tr("Keep the summary under %1 characters").arg(m_warningLength)
                                    : tr("The summary is longer than %1 characters").arg(m_errorLength));
}

bool CommitBox::summaryIsBlank() const
{
    if (m_mode == Mode::Conventional)
        return !m_composer->isComplete(); // no subject yet: nothing to commit, not a lint error
    return m_summary->text().trimmed().isEmpty();
}

void CommitBox::updateCommitButton()
{
    const bool ready = !m_busy && m_canCommit && !summaryIsBlank();
    const bool lintErrors = m_mode == Mode::Conventional && !summaryIsBlank() && m_composer->hasErrors();
    m_commitButton->setEnabled(ready && !lintErrors);
    const bool needsSubject = m_mode == Mode::Conventional && !m_composer->composition().isEmpty() && summaryIsBlank();
    m_commitButton->setToolTip(lintErrors     ? tr("The message breaks the commit conventions: fix the errors, or use Commit Anyway")
                               : needsSubject ? tr("Add a subject to commit")
                                              : tr("Commit the staged changes (Ctrl+Enter)"));
    m_commitAnyway->setVisible(lintErrors);
    m_commitAnyway->setEnabled(ready);
}

void CommitBox::retranslate()
{
    m_summary->setPlaceholderText(tr("Summary (required)"));
    m_body->setPlaceholderText(tr("Description"));
    m_amend->setText(tr("Amend"));
    m_amend->setToolTip(tr("Replace the last commit instead of adding a new one"));
    m_signoff->setText(tr("Sign off"));
    m_signoff->setToolTip(tr("Add a Signed-off-by trailer with your name and email"));
    m_commitButton->setText(tr("Commit"));
    m_commitAnyway->setText(tr("Commit Anyway"));
    m_commitAnyway->setToolTip(tr("Commit although lint found errors in the message"));
    m_conventionalButton->setText(tr("Conventional"));
    m_conventionalButton->setToolTip(tr("Compose a conventional commit: type, scope, subject, body, footers"));
    m_freeTextButton->setText(tr("Free text"));
    m_freeTextButton->setToolTip(tr("Write the message as plain text"));
    m_templatesButton->setText(tr("Templates"));
    m_templatesButton->setToolTip(tr("Start from a saved message, or save this one"));
    updateCounter();
    updateCommitButton();
}

} // namespace gantry
