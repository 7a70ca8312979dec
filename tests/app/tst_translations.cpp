#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/WindowSettings.h"
#include "support/TestRepo.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

/// The French translation is current (lupdate would add nothing), every message in it is
/// translated, and the application really shows it when started in French.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        bool finished = false;
        bool numerus = false;
    };

    static QList<Message> readTs(const QString &path)
    {
        QList<Message> messages;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&f);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, false,
                                  xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                // Finished: not marked unfinished, and the text (or every plural form) is filled in.
                const bool unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
                QString text;
                bool emptyForm = false;
                while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement
                                         && xml.name() == QLatin1String("translation"))) {
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        const QString form = xml.readElementText();
                        emptyForm = emptyForm || form.isEmpty();
                        text += form;
                    } else if (xml.isCharacters() && !xml.isWhitespace()) {
                        text += xml.text();
                    }
                }
                current.finished = !unfinished && !emptyForm && !text.isEmpty();
                messages.append(current);
            }
        }
        return messages;
    }

private Q_SLOTS:
    void frenchIsCurrent()
    {
        const QString source = qEnvironmentVariable("GANTRY_SOURCE_DIR");
        const QString lupdate = qEnvironmentVariable("GANTRY_LUPDATE");
        QVERIFY(!source.isEmpty() && !lupdate.isEmpty());
        const QString committed = source + QStringLiteral("/translations/gantry_fr.ts");
        QTemporaryDir tmp;
        const QString fresh = tmp.filePath(QStringLiteral("gantry_fr.ts"));
        QVERIFY(QFile::copy(committed, fresh));
        QFile::setPermissions(fresh, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess p;
        p.setWorkingDirectory(source);
        // -I: lupdate must resolve the project's includes ("app/MainWindow.h"), or it files member
        // functions' strings under "MainWindow" while tr() looks them up under "gantry::MainWindow".
        p.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-silent"), QStringLiteral("-I"), source, QStringLiteral("app"),
                          QStringLiteral("widgets"), QStringLiteral("gitcore"), QStringLiteral("pipelines"),
                          QStringLiteral("-ts"), fresh});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);

        const QList<Message> before = readTs(committed);
        const QList<Message> after = readTs(fresh);
        QStringList missing;
        for (const Message &m : after) {
            const bool known = std::any_of(before.begin(), before.end(), [&](const Message &b) {
                return b.context == m.context && b.source == m.source;
            });
            if (!known)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("translations/gantry_fr.ts is not current (run: cmake --build build "
                                           "--target update_translations); new strings:\n")
                            + missing.mid(0, 20).join(QLatin1Char('\n'))));
        QCOMPARE(after.size(), before.size());
    }

    void everyMessageIsTranslated()
    {
        const QList<Message> messages =
            readTs(qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/translations/gantry_fr.ts"));
        QVERIFY(!messages.isEmpty());
        QStringList untranslated;
        for (const Message &m : messages) {
            if (!m.finished)
                untranslated << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QString::number(untranslated.size()) + QStringLiteral(" untranslated message(s):\n")
                            + untranslated.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void englishPluralsAreFilled()
    {
        const QList<Message> messages =
            readTs(qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/translations/gantry_en.ts"));
        QStringList empty;
        for (const Message &m : messages) {
            if (m.numerus && !m.finished)
                empty << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(empty.isEmpty(), qPrintable(QStringLiteral("run scripts/fill-english-plurals; unfilled:\n")
                                             + empty.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void englishIsTheFallbackWithItsPlurals()
    {
        qputenv("GANTRY_LANG", "C");
        gantry::Translations::install();
        qunsetenv("GANTRY_LANG");
        QCOMPARE(QCoreApplication::translate("gantry::HistoryView", "%n commit(s)", nullptr, 1),
                 QStringLiteral("1 commit"));
        QCOMPARE(QCoreApplication::translate("gantry::HistoryView", "%n commit(s)", nullptr, 64),
                 QStringLiteral("64 commits"));
    }

    void windowShowsFrench()
    {
        qputenv("GANTRY_LANG", "fr");
        gantry::Translations::install();
        qunsetenv("GANTRY_LANG");
        QTemporaryDir settingsDir;
        auto *settings = new QSettings(settingsDir.filePath(QStringLiteral("gantry.ini")), QSettings::IniFormat, this);
        gantry::MainWindow window(std::make_unique<gantry::WindowSettings>(settings));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("&Fichier")) && menus.contains(QStringLiteral("&Affichage")),
                 qPrintable(menus.join(QStringLiteral(", "))));
    }

    void commandLineShowsFrench()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("first"));
        qputenv("GANTRY_LANG", "fr");
        const QString help = QString::fromUtf8(repo.gantry({QStringLiteral("--help")}));
        const QString status = QString::fromUtf8(repo.gantry({QStringLiteral("status")}));
        repo.gantry({QStringLiteral("stage"), QStringLiteral("nope")});
        const QString stageError = QString::fromUtf8(repo.lastStderr());
        qunsetenv("GANTRY_LANG");
        QVERIFY2(help.contains(QStringLiteral("Commandes")), qPrintable(help));
        QVERIFY2(status.contains(QStringLiteral("Sur la branche main")), qPrintable(status));
        // An error made in gitcore (Staging), outside any class, comes out in French too.
        QVERIFY2(stageError.contains(QStringLiteral("ne correspond à aucun fichier")), qPrintable(stageError));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
