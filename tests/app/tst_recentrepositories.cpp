#include "app/RecentRepositories.h"
#include "app/WindowSettings.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using gantry::RecentRepositories;

/// The recent-repositories list: most recent first, one entry per folder however it is
/// spelled, capped, folders that disappeared pruned, and the order kept through QSettings.
class TestRecentRepositories : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    QString makeFolder(const QString &name)
    {
        const QString path = m_root.filePath(name);
        QDir().mkpath(path);
        return QDir(path).canonicalPath();
    }

private Q_SLOTS:
    void mostRecentComesFirst()
    {
        RecentRepositories recent;
        const QString a = makeFolder(QStringLiteral("a"));
        const QString b = makeFolder(QStringLiteral("b"));
        const QString c = makeFolder(QStringLiteral("c"));
        recent.add(a);
        recent.add(b);
        recent.add(c);
        QCOMPARE(recent.paths(), (QStringList{c, b, a}));
        recent.add(a);
        QCOMPARE(recent.paths(), (QStringList{a, c, b}));
    }

    void sameFolderSpelledDifferentlyIsOneEntry()
    {
        RecentRepositories recent;
        const QString a = makeFolder(QStringLiteral("dup"));
        recent.add(a);
        recent.add(a + QStringLiteral("/"));
        recent.add(a + QStringLiteral("/./sub/.."));
        QDir().mkpath(m_root.filePath(QStringLiteral("link-target")));
        const QString link = m_root.filePath(QStringLiteral("dup-link"));
        QVERIFY(QFile::link(a, link));
        recent.add(link);
        QCOMPARE(recent.paths(), QStringList{a});
    }

    void limitDropsTheOldest()
    {
        RecentRepositories recent(3);
        QStringList added;
        for (int i = 0; i < 5; ++i) {
            added << makeFolder(QStringLiteral("limit%1").arg(i));
            recent.add(added.last());
        }
        QCOMPARE(recent.paths(), (QStringList{added[4], added[3], added[2]}));
    }

    void missingFoldersArePruned()
    {
        RecentRepositories recent;
        const QString keep = makeFolder(QStringLiteral("keep"));
        const QString gone = makeFolder(QStringLiteral("gone"));
        recent.add(keep);
        recent.add(gone);
        QVERIFY(QDir(gone).removeRecursively());
        QCOMPARE(recent.pruneMissing(), 1);
        QCOMPARE(recent.paths(), QStringList{keep});
        QCOMPARE(recent.pruneMissing(), 0);
    }

    void removeForgetsAnEntry()
    {
        RecentRepositories recent;
        const QString a = makeFolder(QStringLiteral("ra"));
        const QString b = makeFolder(QStringLiteral("rb"));
        recent.add(a);
        recent.add(b);
        recent.remove(a + QStringLiteral("/"));
        QCOMPARE(recent.paths(), QStringList{b});
    }

    void orderSurvivesSettings()
    {
        const QString ini = m_root.filePath(QStringLiteral("settings.ini"));
        const QString a = makeFolder(QStringLiteral("sa"));
        const QString b = makeFolder(QStringLiteral("sb"));
        const QString c = makeFolder(QStringLiteral("sc"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            gantry::WindowSettings window(&settings);
            RecentRepositories recent;
            recent.add(a);
            recent.add(c);
            recent.add(b);
            window.setRecentRepositories(recent);
            window.sync();
        }
        QSettings settings(ini, QSettings::IniFormat);
        gantry::WindowSettings window(&settings);
        QCOMPARE(window.recentRepositories().paths(), (QStringList{b, c, a}));
    }

    void duplicatesInStoredSettingsCollapse()
    {
        const QString ini = m_root.filePath(QStringLiteral("dups.ini"));
        const QString a = makeFolder(QStringLiteral("da"));
        const QString b = makeFolder(QStringLiteral("db"));
        QSettings settings(ini, QSettings::IniFormat);
        // As an older or hand-edited file might hold it: the most recent spelling first.
        settings.setValue(QStringLiteral("recentRepositories"), QStringList{b, a + QStringLiteral("/"), b, a});
        RecentRepositories recent;
        recent.load(settings);
        QCOMPARE(recent.paths(), (QStringList{b, a}));
    }
};

QTEST_GUILESS_MAIN(TestRecentRepositories)
#include "tst_recentrepositories.moc"
