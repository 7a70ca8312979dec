#include "app/WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gantry {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(12);

    auto *icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/gantry.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignHCenter);
    auto *title = new QLabel(tr("Welcome to Gantry"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    auto *subtitle = new QLabel(tr("Open a Git repository to see its history, stage changes and commit."), column);
    subtitle->setAlignment(Qt::AlignHCenter);
    subtitle->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open Repository…"), column);
    m_init = new QPushButton(tr("Init Repository…"), column);
    m_open->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_init);
    buttons->addStretch(1);

    auto *recentTitle = new QLabel(tr("Recent repositories"), column);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("recentRepositories"));
    m_recent->setMinimumHeight(180);

    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent);

    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_init, &QPushButton::clicked, this, &WelcomePage::initRequested);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::onActivated);
}

void WelcomePage::setRecentRepositories(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(path)),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent repositories"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::onActivated(QListWidgetItem *item)
{
    const QString path = item->data(Qt::UserRole).toString();
    if (!path.isEmpty())
        Q_EMIT recentRequested(path);
}

} // namespace gantry
