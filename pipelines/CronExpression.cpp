#include "pipelines/CronExpression.h"

#include <QRegularExpression>
#include <QStringList>

namespace gantry {

namespace {

struct FieldRange
{
    int low, high;
};

constexpr FieldRange ranges[5] = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}};

const char *const monthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
const char *const dayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

/// A number or (for months and days of the week) a three-letter name; -1 when neither.
int valueOf(CronExpression::Field field, const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && !text.startsWith(QLatin1Char('+')) && !text.startsWith(QLatin1Char('-')))
        return n;
    const QString upper = text.toUpper();
    if (field == CronExpression::Month) {
        for (int i = 0; i < 12; ++i)
            if (upper == QLatin1String(monthNames[i]))
                return i + 1;
    } else if (field == CronExpression::DayOfWeek) {
        for (int i = 0; i < 7; ++i)
            if (upper == QLatin1String(dayNames[i]))
                return i;
    }
    return -1;
}

} // namespace

CronExpression CronExpression::parse(const QString &text)
{
    CronExpression cron;
    static const QRegularExpression field(QStringLiteral("\\S+"));
    QList<std::pair<QString, int>> fields;
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        fields.append({m.captured(), int(m.capturedStart())});
    }
    if (fields.size() != 5) {
        cron.m_error = text.trimmed().startsWith(QLatin1Char('@'))
            ? tr("\"%1\" is not supported; GitHub Actions takes five cron fields").arg(text.trimmed())
            : tr("a cron schedule has five fields (minute, hour, day of month, month, day of week), not %1").arg(fields.size());
        return cron;
    }
    for (int i = 0; i < 5; ++i) {
        if (!cron.parseField(Field(i), fields[i].first, fields[i].second))
            return cron;
    }
    return cron;
}

bool CronExpression::parseField(Field field, const QString &text, int offset)
{
    static const char *const names[] = {QT_TR_NOOP("minute"), QT_TR_NOOP("hour"), QT_TR_NOOP("day of month"),
                                        QT_TR_NOOP("month"), QT_TR_NOOP("day of week")};
    const FieldRange range = ranges[field];
    m_texts[field] = text;
    auto fail = [&](const QString &message) {
        m_error = tr("invalid %1 field \"%2\": %3").arg(tr(names[field]), text, message);
        m_errorOffset = offset;
        return false;
    };
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (part.isEmpty())
            return fail(tr("empty list item"));
        QString base = part;
        int step = 1;
        const qsizetype slash = part.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return fail(tr("the step \"%1\" is not a positive number").arg(part.mid(slash + 1)));
            base = part.left(slash);
        }
        int low = range.low, high = range.high;
        if (base != QLatin1String("*")) {
            const qsizetype dash = base.indexOf(QLatin1Char('-'), 1);
            low = valueOf(field, dash >= 0 ? base.left(dash) : base);
            high = dash >= 0 ? valueOf(field, base.mid(dash + 1)) : (slash >= 0 ? range.high : low);
            if (low < 0 || high < 0)
                return fail(tr("\"%1\" is not a number").arg(base));
            if (low < range.low || high > range.high || low > range.high || high < range.low)
                return fail(tr("values must be from %1 to %2").arg(range.low).arg(range.high));
            if (low > high)
                return fail(tr("the range %1 runs backwards").arg(base));
        }
        for (int v = low; v <= high; v += step)
            m_fields[field].set(size_t(v));
    }
    return true;
}

bool CronExpression::isAll(Field field) const
{
    for (int v = ranges[field].low; v <= ranges[field].high; ++v)
        if (!m_fields[field].test(size_t(v)))
            return false;
    return true;
}

int CronExpression::minimumIntervalMinutes() const
{
    if (!isValid())
        return 0;
    QList<int> times; // minutes of the day
    for (int h = 0; h < 24; ++h)
        for (int m = 0; m < 60; ++m)
            if (m_fields[Hour].test(size_t(h)) && m_fields[Minute].test(size_t(m)))
                times.append(h * 60 + m);
    if (times.isEmpty())
        return 0;
    // Running on consecutive days, the last run of a day is followed by the first of the next.
    int shortest = 24 * 60 - times.last() + times.first();
    for (qsizetype i = 1; i < times.size(); ++i)
        shortest = std::min(shortest, times[i] - times[i - 1]);
    return shortest;
}

QString CronExpression::dayName(int day)
{
    switch (day) {
    case 0: return tr("Sunday");
    case 1: return tr("Monday");
    case 2: return tr("Tuesday");
    case 3: return tr("Wednesday");
    case 4: return tr("Thursday");
    case 5: return tr("Friday");
    default: return tr("Saturday");
    }
}

QString CronExpression::monthName(int month)
{
    const QString names[] = {tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"),
                             tr("July"), tr("August"), tr("September"), tr("October"), tr("November"), tr("December")};
    return names[std::clamp(month, 1, 12) - 1];
}

QString CronExpression::describeList(Field field) const
{
    QStringList items;
    for (int v = ranges[field].low; v <= ranges[field].high; ++v) {
        if (!m_fields[field].test(size_t(v)))
            continue;
        int end = v;
        while (end + 1 <= ranges[field].high && m_fields[field].test(size_t(end + 1)))
            ++end;
        auto name = [&](int x) {
            return field == DayOfWeek ? dayName(x) : field == Month ? monthName(x) : QString::number(x);
        };
        if (end - v >= 2) {
            items.append(tr("%1 through %2").arg(name(v), name(end)));
            v = end;
        } else {
            items.append(name(v));
        }
    }
    return items.join(tr(", "));
}

QString CronExpression::description() const
{
    if (!isValid())
        return {};
    const bool singleMinute = m_fields[Minute].count() == 1;
    const bool singleHour = m_fields[Hour].count() == 1;
    static const QRegularExpression everyN(QStringLiteral("^\\*/(\\d+)$"));
    QString time;
    if (singleMinute && singleHour) {
        int h = 0, m = 0;
        while (!m_fields[Hour].test(size_t(h)))
            ++h;
        while (!m_fields[Minute].test(size_t(m)))
            ++m;
        time = tr("At %1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
    } else if (isAll(Minute) && isAll(Hour)) {
        time = tr("Every minute");
    } else if (const auto match = everyN.match(m_texts[Minute]); match.hasMatch() && isAll(Hour)) {
        time = tr("Every %1 minutes").arg(match.captured(1).toInt()); // n >= 2: "*/1" is every minute
    } else if (singleMinute && isAll(Hour)) {
        time = tr("At minute %1 past every hour").arg(describeList(Minute));
    } else if (singleMinute) {
        time = tr("At minute %1 past hour %2").arg(describeList(Minute), describeList(Hour));
    } else {
        time = tr("At minutes %1 past hour %2").arg(describeList(Minute), isAll(Hour) ? tr("every hour") : describeList(Hour));
    }
    if (!isAll(DayOfMonth))
        time += tr(" on day %1 of the month").arg(describeList(DayOfMonth));
    if (!isAll(DayOfWeek))
        time += (isAll(DayOfMonth) ? tr(" on %1") : tr(" and on %1")).arg(describeList(DayOfWeek));
    if (!isAll(Month))
        time += tr(" in %1").arg(describeList(Month));
    return time;
}

} // namespace gantry
