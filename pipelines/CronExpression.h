#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <bitset>

namespace gantry {

/// A POSIX cron schedule as GitHub Actions reads it: five fields (minute, hour, day of month,
/// month, day of week) of numbers, `*`, ranges, steps and lists, with month and day names.
/// Says what is wrong and in which field, how often it runs at most, and describes it in words
/// ("At 03:00 on Monday") for the graph and the trigger editor.
class CronExpression
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CronExpression)

public:
    enum Field { Minute, Hour, DayOfMonth, Month, DayOfWeek };

    static CronExpression parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    /// What is wrong, for a Diagnostic; empty when valid.
    QString error() const { return m_error; }
    /// The 0-based character offset in the text where the bad field starts.
    int errorOffset() const { return m_errorOffset; }
    /// The shortest time between two runs, in minutes (GitHub runs schedules at most every 5).
    int minimumIntervalMinutes() const;
    /// "At 03:00 on Monday", "Every 15 minutes", … ; empty when invalid.
    QString description() const;
    /// Whether the field holds that value (0-based minutes/hours/weekdays, 1-based days/months).
    bool matches(Field field, int value) const { return value >= 0 && value < 64 && m_fields[field].test(size_t(value)); }

private:
    bool parseField(Field field, const QString &text, int offset);
    bool isAll(Field field) const;
    QString describeList(Field field) const;
    static QString dayName(int day);
    static QString monthName(int month);

    std::bitset<64> m_fields[5];
    QString m_texts[5];
    QString m_error;
    int m_errorOffset = 0;
};

} // namespace gantry
