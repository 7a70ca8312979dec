#include "gitcore/SemVer.h"

#include <QTest>

using namespace gantry;

/// SemVer 2.0.0 parsing, precedence (semver.org §11's examples), formatting, tag names and bumps.
class TestSemVer : public QObject
{
    Q_OBJECT
private slots:
    void parsesValidVersions_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *v : {"0.0.0", "1.2.3", "10.20.30", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7",
                              "1.0.0-x.7.z.92", "1.0.0-alpha+001", "1.0.0+20130313144700", "1.0.0-beta+exp.sha.5114f85",
                              "1.0.0-x-y-z.--", "2.0.0-rc.1+build.123"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }
    void parsesValidVersions()
    {
        QFETCH(QString, text);
        const auto v = SemVer::parse(text);
        QVERIFY(v);
        QCOMPARE(v->toString(), text); // formatting gives the text back
    }

    void rejectsInvalidVersions_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *v : {"", "1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.03", "1.2.3-01", "1.2.3-", "1.2.3+",
                              "1.2.3-alpha..1", "v1.2.3", "1.2.3 ", " 1.2.3", "a.b.c", "1.2.3-ä", "99999999999999999999.0.0",
                              "release", "latest"})
            QTest::newRow(v) << QString::fromUtf8(v);
    }
    void rejectsInvalidVersions()
    {
        QFETCH(QString, text);
        QVERIFY(!SemVer::parse(text));
    }

    void tagNamesKeepThePrefix()
    {
        auto v = SemVer::fromTag(QStringLiteral("v1.2.3-rc.1"));
        QVERIFY(v);
        QCOMPARE(v->prefix(), QStringLiteral("v"));
        QCOMPARE(v->toString(), QStringLiteral("1.2.3-rc.1"));
        QCOMPARE(v->bumped(SemVer::Bump::Minor).toTag(), QStringLiteral("v1.3.0"));
        QCOMPARE(SemVer::fromTag(QStringLiteral("1.2.3"))->prefix(), QString());
        QVERIFY(!SemVer::fromTag(QStringLiteral("V1.2.3")));
        QVERIFY(!SemVer::fromTag(QStringLiteral("release-1.2.3")));
        QVERIFY(!SemVer::fromTag(QStringLiteral("vv1.2.3")));
    }

    void precedenceFollowsTheSpec()
    {
        // semver.org §11: 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta < 1.0.0-beta < 1.0.0-beta.2
        //                 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0 < 2.0.0 < 2.1.0 < 2.1.1
        const QStringList ordered{"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                                  "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1", "10.0.0"};
        for (int i = 0; i < ordered.size(); ++i)
            for (int j = 0; j < ordered.size(); ++j) {
                const int expected = i < j ? -1 : (i > j ? 1 : 0);
                QCOMPARE(SemVer::compare(*SemVer::parse(ordered[i]), *SemVer::parse(ordered[j])), expected);
            }
        // Build metadata does not count.
        QCOMPARE(SemVer::compare(*SemVer::parse("1.0.0+a"), *SemVer::parse("1.0.0+b")), 0);
    }

    void bumpsAsSemverInc_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("bump");
        QTest::addColumn<QString>("to");
        QTest::newRow("patch") << "1.2.3" << int(SemVer::Bump::Patch) << "1.2.4";
        QTest::newRow("minor") << "1.2.3" << int(SemVer::Bump::Minor) << "1.3.0";
        QTest::newRow("major") << "1.2.3" << int(SemVer::Bump::Major) << "2.0.0";
        QTest::newRow("none") << "1.2.3" << int(SemVer::Bump::None) << "1.2.3";
        QTest::newRow("pre patch") << "1.2.4-rc.0" << int(SemVer::Bump::Patch) << "1.2.4";
        QTest::newRow("pre minor") << "1.3.0-rc.1" << int(SemVer::Bump::Minor) << "1.3.0";
        QTest::newRow("pre minor of patch") << "1.3.1-rc.1" << int(SemVer::Bump::Minor) << "1.4.0";
        QTest::newRow("pre major") << "2.0.0-beta" << int(SemVer::Bump::Major) << "2.0.0";
        QTest::newRow("build dropped") << "1.2.3+b7" << int(SemVer::Bump::Patch) << "1.2.4";
        QTest::newRow("0.x") << "0.9.9" << int(SemVer::Bump::Minor) << "0.10.0";
    }
    void bumpsAsSemverInc()
    {
        QFETCH(QString, from);
        QFETCH(int, bump);
        QFETCH(QString, to);
        QCOMPARE(SemVer::parse(from)->bumped(SemVer::Bump(bump)).toString(), to);
    }
};

QTEST_GUILESS_MAIN(TestSemVer)
#include "tst_semver.moc"
