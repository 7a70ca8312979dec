#include "pipelines/CronExpression.h"

#include <QTest>

using namespace gantry;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }
} // namespace

/// CronExpression: GitHub's five-field POSIX cron, its shortest interval and its description.
class TestCronExpression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *good : {"0 3 * * 1", "*/15 * * * *", "0,30 8-18 * * MON-FRI", "5 4 1 JAN,jul *", "0 0 1-31/2 * SUN",
                                 "15/10 * * * *", "0 12 * DEC sat", "  0   3 * *   1  ", "59 23 31 12 6"})
            QTest::newRow(good) << s(good);
    }
    void acceptsEveryForm()
    {
        QFETCH(QString, text);
        const CronExpression cron = CronExpression::parse(text);
        QVERIFY2(cron.isValid(), qPrintable(cron.error()));
        QVERIFY(!cron.description().isEmpty());
    }

    void rejectsWithFieldAndOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("four fields") << s("0 3 * *") << 0 << s("five fields");
        QTest::newRow("six fields") << s("0 3 * * * 2024") << 0 << s("not 6");
        QTest::newRow("empty") << s("") << 0 << s("five fields");
        QTest::newRow("macro") << s("@daily") << 0 << s("not supported");
        QTest::newRow("minute 60") << s("60 * * * *") << 0 << s("minute");
        QTest::newRow("hour 24") << s("0 24 * * *") << 2 << s("hour");
        QTest::newRow("day 0") << s("0 0 0 * *") << 4 << s("day of month");
        QTest::newRow("month 13") << s("0 0 1 13 *") << 6 << s("month");
        QTest::newRow("weekday 7") << s("0 0 * * 7") << 8 << s("day of week");
        QTest::newRow("bad name") << s("0 0 * FOO *") << 6 << s("not a number");
        QTest::newRow("weekday name in month") << s("0 0 * MON *") << 6 << s("not a number");
        QTest::newRow("zero step") << s("*/0 * * * *") << 0 << s("step");
        QTest::newRow("backwards") << s("0 10-2 * * *") << 2 << s("backwards");
        QTest::newRow("empty item") << s("0,,5 * * * *") << 0 << s("empty");
        QTest::newRow("letters") << s("a * * * *") << 0 << s("not a number");
    }
    void rejectsWithFieldAndOffset()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        QFETCH(QString, messagePart);
        const CronExpression cron = CronExpression::parse(text);
        QVERIFY(!cron.isValid());
        QCOMPARE(cron.errorOffset(), offset);
        QVERIFY2(cron.error().contains(messagePart), qPrintable(cron.error()));
        QVERIFY(cron.description().isEmpty());
    }

    void matchesTheValuesItNames()
    {
        const CronExpression cron = CronExpression::parse(s("10-20/5 3 * FEB,MAR TUE-THU"));
        QVERIFY(cron.matches(CronExpression::Minute, 10));
        QVERIFY(cron.matches(CronExpression::Minute, 15));
        QVERIFY(cron.matches(CronExpression::Minute, 20));
        QVERIFY(!cron.matches(CronExpression::Minute, 11));
        QVERIFY(!cron.matches(CronExpression::Minute, 25));
        QVERIFY(cron.matches(CronExpression::Month, 2));
        QVERIFY(!cron.matches(CronExpression::Month, 4));
        QVERIFY(cron.matches(CronExpression::DayOfWeek, 3));
        QVERIFY(!cron.matches(CronExpression::DayOfWeek, 1));
    }

    void minimumInterval_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        QTest::newRow("every minute") << s("* * * * *") << 1;
        QTest::newRow("every 2") << s("*/2 * * * *") << 2;
        QTest::newRow("every 5") << s("*/5 * * * *") << 5;
        QTest::newRow("list") << s("0,3,30 * * * *") << 3;
        QTest::newRow("hourly") << s("0 * * * *") << 60;
        QTest::newRow("daily") << s("0 3 * * *") << 24 * 60;
        QTest::newRow("across midnight") << s("58 23 * * *") << 24 * 60;
        QTest::newRow("two hours") << s("59 1,2 * * *") << 60;
        QTest::newRow("end and start of hour") << s("0,58 * * * *") << 2;
    }
    void minimumInterval()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QCOMPARE(CronExpression::parse(text).minimumIntervalMinutes(), minutes);
    }

    void describesInWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("description");
        QTest::newRow("weekly") << s("0 3 * * 1") << s("At 03:00 on Monday");
        QTest::newRow("every 15") << s("*/15 * * * *") << s("Every 15 minutes");
        QTest::newRow("every minute") << s("* * * * *") << s("Every minute");
        QTest::newRow("hourly") << s("5 * * * *") << s("At minute 5 past every hour");
        QTest::newRow("weekdays") << s("30 6 * * MON-FRI") << s("At 06:30 on Monday through Friday");
        QTest::newRow("monthly") << s("0 0 1 * *") << s("At 00:00 on day 1 of the month");
        QTest::newRow("months") << s("0 12 * JAN,JUL *") << s("At 12:00 in January, July");
        QTest::newRow("hours") << s("0 8,12 * * *") << s("At minute 0 past hour 8, 12");
    }
    void describesInWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, description);
        QCOMPARE(CronExpression::parse(text).description(), description);
    }

    void garbageNeverCrashes()
    {
        for (const char *bad : {"*/", "-", "1-", "-1 * * * *", "*/-1 * * * *", "99999999999999 * * * *", "1-2-3 * * * *", "*/* * * * *",
                                ", * * * *", "\xff\xfe * * * *", "0 0 * * SUN-SAT/"})
            QVERIFY2(!CronExpression::parse(QString::fromUtf8(bad)).isValid(), bad);
    }
};

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
