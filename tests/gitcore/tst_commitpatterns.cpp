#include "gitcore/CommitPatterns.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace gantry;

namespace {

// The regular expressions CommitPatterns replaces, as ConventionalCommit used them: the oracle
// on short texts, where backtracking costs nothing.
#define kDot "[^\\n\\r\\x{2028}\\x{2029}]"
const QRegularExpression &headerRegex(bool breakingMark)
{
    static const QRegularExpression conventional(QStringLiteral("^(\\w*)(?:\\((" kDot "*)\\))?(!?): (" kDot "*)$"));
    static const QRegularExpression angular(QStringLiteral("^(\\w*)(?:\\((" kDot "*)\\))?(): (" kDot "*)$"));
    return breakingMark ? conventional : angular;
}

const QRegularExpression &referenceRegex()
{
    static const QRegularExpression re(QStringLiteral("(?:.*?)?" "?\\s*([\\w.\\/-]*?)?" "?(#)([\\w-]*\\d+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &revertRegex()
{
    static const QRegularExpression re(QStringLiteral("^(?:Revert|revert:)\\s\"?([\\s\\S]+?)\"?\\s*This reverts commit (\\w*)\\."),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString part(const QString &text, const CommitPatterns::Part &p) { return text.mid(p.start, p.length); }

/// Random texts over an alphabet of the characters the patterns care about.
QString randomText(QRandomGenerator &rng, const QString &alphabet, int maxLength)
{
    QString s;
    const int n = int(rng.bounded(maxLength + 1));
    for (int i = 0; i < n; ++i)
        s += alphabet.at(int(rng.bounded(int(alphabet.size()))));
    return s;
}

} // namespace

/// CommitPatterns: the same results as the regular expressions of conventional-commits-parser it
/// replaces (compared on many random short texts and on named cases), and hostile long lines that
/// the regular expressions take minutes over.
class TestCommitPatterns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerAgreesWithTheRegex()
    {
        QRandomGenerator rng(10);
        const QString alphabet = QStringLiteral("ab_1 ()!:#\r\t") + QChar(0x2028) + QChar(0xe9);
        QStringList texts{"feat: x", "feat(ui): x", "feat(ui)!: x", "feat!: x", "feat(a)(b): c", "feat(a): b): c",
                          "(a): b", ": x", "feat:x", "feat: ", "feat():  x", "feat(a)!:x", "feat(:): x", "fe at: x",
                          "feat(\r): x", "feat: x\r", "feat(a)!!: x", "feat(a): b (c): d"};
        for (int i = 0; i < 20000; ++i)
            texts << randomText(rng, alphabet, 12);
        for (const QString &text : std::as_const(texts)) {
            for (const bool breaking : {true, false}) {
                const auto m = headerRegex(breaking).match(text);
                const CommitPatterns::Header h = CommitPatterns::matchHeader(text, breaking);
                QVERIFY2(h.matched == m.hasMatch(), qPrintable(text));
                if (!h.matched)
                    continue;
                QCOMPARE(part(text, h.type), m.captured(1));
                QCOMPARE(part(text, h.scope), m.captured(2));
                QCOMPARE(h.breakingMark, m.capturedLength(3) > 0);
                QCOMPARE(part(text, h.subject), m.captured(4));
                QCOMPARE(h.subject.start, m.capturedStart(4));
            }
        }
    }

    void referencesAgreeWithTheRegex()
    {
        QRandomGenerator rng(12);
        const QString alphabet = QStringLiteral("a1 #/.-_\t(") + QChar(0xe9);
        QStringList texts{"#1", "a #1", "owner/repo#12 and #3", "x#y1", "#a-1b", "# 1", "##1", "a/b c#1", "#1#2",
                          "  o/r#1z2x", "-#1", "#", "see: #12, #13."};
        for (int i = 0; i < 20000; ++i)
            texts << randomText(rng, alphabet, 12);
        for (const QString &text : std::as_const(texts)) {
            QStringList expected;
            for (auto it = referenceRegex().globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                expected << m.captured(0) + QLatin1Char('|') + m.captured(1) + QLatin1Char('|') + m.captured(3);
            }
            QStringList actual;
            for (const CommitPatterns::Reference &r : CommitPatterns::references(text))
                actual << part(text, r.raw) + QLatin1Char('|') + part(text, r.repository) + QLatin1Char('|')
                        + part(text, r.issue);
            QVERIFY2(actual == expected, qPrintable(text + QStringLiteral(" → ") + actual.join(QLatin1Char(';'))
                                                    + QStringLiteral(" != ") + expected.join(QLatin1Char(';'))));
        }
    }

    void revertAgreesWithTheRegex()
    {
        QRandomGenerator rng(14);
        const QStringList pieces{"Revert", "revert:", "REVERT", " ", "\"", "\n", "x", "This reverts commit ",
                                 "this REVERTS commit ", "abc1", ".", "feat: y"};
        QStringList texts{"Revert \"feat: x\"\n\nThis reverts commit abc123.", "revert: feat: x\n\nThis reverts commit 1.",
                          "Revert x This reverts commit .", "Revert \"\"This reverts commit a.",
                          "Revert  This reverts commit a.", "Revert \"This reverts commit a.",
                          "Revert x\nThis reverts commit a\nThis reverts commit b."};
        for (int i = 0; i < 20000; ++i) {
            QString s = pieces.at(int(rng.bounded(3)));
            for (int k = int(rng.bounded(7)); k > 0; --k)
                s += pieces.at(int(rng.bounded(int(pieces.size()))));
            texts << s;
        }
        for (const QString &text : std::as_const(texts)) {
            const auto m = revertRegex().match(text);
            const CommitPatterns::Revert r = CommitPatterns::matchRevert(text);
            QVERIFY2(r.matched == m.hasMatch(), qPrintable(text));
            if (!r.matched)
                continue;
            QCOMPARE(part(text, r.target), m.captured(1));
            QCOMPARE(part(text, r.hash), m.captured(2));
        }
    }

    void hostileLinesTakeOnePass_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isHeader");  // what the header regex says of the whole line
        const int n = 200000;
        QTest::newRow("spaces") << QString(n, QLatin1Char(' ')) << false;
        QTest::newRow("words") << QStringLiteral("word ").repeated(n / 5) << false;
        QTest::newRow("(") << QString(n, QLatin1Char('(')) << false;
        QTest::newRow("!") << QString(n, QLatin1Char('!')) << false;
        QTest::newRow(":") << QString(n, QLatin1Char(':')) << false;
        QTest::newRow("combining marks") << QString(n, QChar(0x0301)) << false;
        QTest::newRow("repository characters") << QStringLiteral("a/b.c-").repeated(n / 6) << false;
        QTest::newRow("hashes without digits") << QStringLiteral("o/r#x ").repeated(n / 6) << false;
        QTest::newRow("revert: spaces") << QStringLiteral("revert: ") + QString(n, QLatin1Char(' ')) << true;
        QTest::newRow("Revert phrases") << QStringLiteral("Revert ") + QStringLiteral("This reverts commit x ").repeated(n / 22) << false;
    }
    void hostileLinesTakeOnePass()
    {
        // Each pattern looks at every character a bounded number of times: these finish in
        // milliseconds (the regular expressions take minutes), with the regex's answers.
        QFETCH(QString, text);
        QFETCH(bool, isHeader);
        const CommitPatterns::Header h = CommitPatterns::matchHeader(text, true);
        QCOMPARE(h.matched, isHeader);
        QVERIFY(CommitPatterns::references(text).isEmpty());
        QVERIFY(!CommitPatterns::matchRevert(text).matched);
        // With a match at the far end.
        QVERIFY(CommitPatterns::matchHeader(QStringLiteral("t(") + text + QStringLiteral("): s"), true).matched);
        const auto refs = CommitPatterns::references(text + QStringLiteral(" #1"));
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs.first().raw.length, text.size() + 3);
    }
};

QTEST_GUILESS_MAIN(TestCommitPatterns)
#include "tst_commitpatterns.moc"
