#include "widgets/CommitBox.h"

#include <QCheckBox>
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

    m_composerSlot = new QVBoxLayout;
    m_composerSlot->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_composerSlot);

    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("commitSummary"));
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("commitSummaryCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for "100/72" so the field does not jump while typing.
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(QStringLiteral("000/00")) + 4);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_counter);
    layout->addLayout(summaryRow);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("commitBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_body, 1);

    auto *optionsRow = new QHBoxLayout;
    m_amend = new QCheckBox(this);
    m_amend->setObjectName(QStringLiteral("commitAmend"));
    m_signoff = new QCheckBox(this);
    m_signoff->setObjectName(QStringLiteral("commitSignoff"));
    m_commitButton = new QPushButton(this);
    m_commitButton->setObjectName(QStringLiteral("commitButton"));
    m_commitButton->setDefault(true);
    optionsRow->addWidget(m_amend);
    optionsRow->addWidget(m_signoff);
    optionsRow->addStretch(1);
    optionsRow->addWidget(m_commitButton);
    layout->addLayout(optionsRow);

    connect(m_summary, &QLineEdit::textChanged, this, [this] {
        updateCounter();
        updateCommitButton();
        Q_EMIT messageChanged();
    });
    connect(m_summary, &QLineEdit::returnPressed, this, [this] { m_body->setFocus(); });
    connect(m_body, &QPlainTextEdit::textChanged, this, &CommitBox::messageChanged);
    connect(m_amend, &QCheckBox::toggled, this, [this](bool on) {
        updateCommitButton();
        Q_EMIT amendToggled(on);
    });
    connect(m_commitButton, &QPushButton::clicked, this, &CommitBox::requestCommit);

    m_summary->installEventFilter(this);
    m_body->installEventFilter(this);

    retranslate();
    updateCounter();
    updateCommitButton();
}

CommitBox::~CommitBox() = default;

QString CommitBox::summary() const { return m_summary->text(); }

QString CommitBox::body() const { return m_body->toPlainText(); }

QString CommitBox::message() const
{
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
}

void CommitBox::clear()
{
    m_summary->clear();
    m_body->clear();
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

void CommitBox::setComposer(QWidget *composer)
{
    if (m_composer == composer)
        return;
    if (m_composer) {
        m_composerSlot->removeWidget(m_composer);
        m_composer->hide();
        m_composer->setParent(nullptr);
    }
    m_composer = composer;
    if (composer) {
        m_composerSlot->addWidget(composer);
        composer->show();
    }
}

void CommitBox::requestCommit()
{
    if (!m_commitButton->isEnabled())
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
        pal.setColor(QPalette::WindowText, QColor(0xc7, 0x7c, 0x02));
        break;
    case CounterState::Error:
        pal.setColor(QPalette::WindowText, QColor(0xd7, 0x3a, 0x49));
        break;
    }
    m_counter->setPalette(pal);
    m_counter->setToolTip(m_counterState == CounterState::Normal
                              ? tr("Summary length")
                              : m_counterState == CounterState::Warning
                                    ? tr("Keep the summary under %1 characters").arg(m_warningLength)
                                    : tr("The summary is longer than %1 characters").arg(m_errorLength));
}

void CommitBox::updateCommitButton()
{
    m_commitButton->setEnabled(!m_busy && m_canCommit && !m_summary->text().trimmed().isEmpty());
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
    m_commitButton->setToolTip(tr("Commit the staged changes (Ctrl+Enter)"));
    updateCounter();
}

} // namespace gantry
