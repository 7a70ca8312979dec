#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

/// The French translation is current (lupdate would add nothing) and covers the main window,
/// menus and dialogs.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        bool finished = false;
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
                current = Message{context, {}, false};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const bool unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.finished = !unfinished && !text.isEmpty();
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
        p.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-silent"), QStringLiteral("app"), QStringLiteral("widgets"),
                          QStringLiteral("gitcore"), QStringLiteral("pipelines"), QStringLiteral("-ts"), fresh});
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

    void mainWindowMenusAndDialogsAreTranslated()
    {
        const QList<Message> messages =
            readTs(qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/translations/gantry_fr.ts"));
        QVERIFY(!messages.isEmpty());
        QStringList untranslated;
        for (const Message &m : messages) {
            const bool required = m.context.contains(QLatin1String("MainWindow"))
                || m.context.contains(QLatin1String("Dialog")) || m.context.contains(QLatin1String("Welcome"));
            if (required && !m.finished)
                untranslated << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
