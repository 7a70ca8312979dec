#pragma once

#include "pipelines/WorkflowEditBase.h"

#include <QByteArray>
#include <QTest>

/// Checks for the visual-edit tests (WorkflowEditor, GitLabEditor): an edit gives exactly this
/// text, or is refused with these words and no patch; fixtures changed in one place.

/// `base` with `from` replaced by `to`; `from` must be there exactly once (else the test aborts).
inline QByteArray replacedOnce(const QByteArray &from, const QByteArray &to, const QByteArray &base)
{
    const qsizetype at = base.indexOf(from);
    if (at < 0 || base.indexOf(from, at + 1) >= 0)
        qFatal("the fixture does not hold \"%s\" exactly once", from.constData());
    QByteArray out = base;
    return out.replace(at, from.size(), to);
}

#define EXPECT_TEXT(result, expected)                                                                              \
    do {                                                                                                           \
        const gantry::WorkflowEditResult r_ = (result);                                                            \
        QVERIFY2(r_.ok, qPrintable(r_.error));                                                                     \
        QCOMPARE(r_.text, QByteArray(expected));                                                                   \
    } while (0)

#define EXPECT_REFUSED(result, words)                                                                              \
    do {                                                                                                           \
        const gantry::WorkflowEditResult r_ = (result);                                                            \
        QVERIFY(!r_.ok);                                                                                           \
        QVERIFY2(r_.error.contains(QString::fromUtf8(words)), qPrintable(r_.error));                               \
        QVERIFY(r_.patch.isEmpty());                                                                               \
    } while (0)
