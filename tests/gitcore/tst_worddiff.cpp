#include "gitcore/WordDiff.h"
#include "support/TestRepo.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace gantry;

namespace {

QStringList texts(const QString &line, const QList<TextRange> &ranges)
{
    QStringList out;
    for (const TextRange &r : ranges)
        out.append(line.mid(r.start, r.length));
    return out;
}

DiffLine line(DiffLine::Origin origin, const QString &text)
{
    DiffLine l;
    l.origin = origin;
    l.text = text;
    return l;
}

DiffHunk hunkOf(const QList<QPair<char, QString>> &lines)
{
    DiffHunk hunk;
    for (const auto &[origin, text] : lines) {
        const auto o = origin == '+' ? DiffLine::Origin::Addition
                       : origin == '-' ? DiffLine::Origin::Deletion
                                       : DiffLine::Origin::Context;
        hunk.lines.append(line(o, text));
    }
    return hunk;
}

} // namespace

/// Intra-line word diff: tokenizing, changed ranges, line pairing, limits; checked against git --word-diff.
class TestWordDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenizesCode()
    {
        const QString s = QStringLiteral("foo_1(bar,  42);");
        QCOMPARE(texts(s, WordDiff::tokenize(s)),
                 (QStringList{"foo_1", "(", "bar", ",", "  ", "42", ")", ";"}));
        QVERIFY(WordDiff::tokenize(QString()).isEmpty());
    }

    void tokenizesUnicode()
    {
        // Accented letters (precomposed and combining) stay inside their word.
        const QString accented = QStringLiteral("h\u00e9llo we\u0301rld");
        QCOMPARE(texts(accented, WordDiff::tokenize(accented)),
                 (QStringList{QStringLiteral("h\u00e9llo"), " ", QStringLiteral("we\u0301rld")}));
        // A surrogate pair is one token, never split in halves.
        const QString emoji = QStringLiteral("a\U0001F44Db");
        QCOMPARE(texts(emoji, WordDiff::tokenize(emoji)), (QStringList{"a", QStringLiteral("\U0001F44D"), "b"}));
        // An emoji sequence joined by ZWJ stays whole.
        const QString family = QStringLiteral("\U0001F468\u200D\U0001F469 x");
        QCOMPARE(WordDiff::tokenize(family).first().length, 5);
        // Scripts without spaces: one token per ideograph.
        const QString cjk = QStringLiteral("\u4f60\u597d\u4e16\u754c");
        QCOMPARE(WordDiff::tokenize(cjk).size(), 4);
        // Tokens always cover the line exactly.
        const QString mixed = QStringLiteral("\tx\u00a0= \U0001F600\u0301;\u4f60y");
        int covered = 0;
        for (const TextRange &t : WordDiff::tokenize(mixed)) {
            QCOMPARE(t.start, covered);
            QVERIFY(t.length > 0);
            covered = t.end();
        }
        QCOMPARE(covered, int(mixed.size()));
    }

    void identicalLinesHaveNoRanges()
    {
        const auto changes = WordDiff::compare(QStringLiteral("same line"), QStringLiteral("same line"));
        QVERIFY(changes);
        QVERIFY(changes->oldRanges.isEmpty());
        QVERIFY(changes->newRanges.isEmpty());
        QCOMPARE(WordDiff::similarity(QStringLiteral("x"), QStringLiteral("x")), 1.0);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("oldLine");
        QTest::addColumn<QString>("newLine");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("added");
        QTest::newRow("number") << "int x = 1;" << "int x = 2;" << QStringList{"1"} << QStringList{"2"};
        QTest::newRow("identifier") << "return foo(a);" << "return bar(a);" << QStringList{"foo"} << QStringList{"bar"};
        QTest::newRow("insertion") << "f(a)" << "f(a, b)" << QStringList{} << QStringList{", b"};
        QTest::newRow("deletion") << "call(x, y, z);" << "call(x, z);" << QStringList{"y, "} << QStringList{};
        QTest::newRow("two places") << "let a = b + c;" << "let a = d + e;" << QStringList{"b", "c"}
                                    << QStringList{"d", "e"};
        QTest::newRow("adjacent words join") << "the quick brown fox jumps" << "the slow red fox jumps"
                                             << QStringList{"quick brown"} << QStringList{"slow red"};
        QTest::newRow("indentation") << "  x = 1" << "    x = 1" << QStringList{"  "} << QStringList{"    "};
        QTest::newRow("accent") << QStringLiteral("na\u00efve caf\u00e9 ok") << QStringLiteral("na\u00efve cafe ok")
                                << QStringList{QStringLiteral("caf\u00e9")} << QStringList{"cafe"};
        QTest::newRow("emoji") << QStringLiteral("\U0001F44D looks good") << QStringLiteral("\U0001F44E looks good")
                               << QStringList{QStringLiteral("\U0001F44D")} << QStringList{QStringLiteral("\U0001F44E")};
        QTest::newRow("cjk") << QStringLiteral("\u4f60\u597d\u4e16\u754c") << QStringLiteral("\u4f60\u597d\u670b\u53cb")
                             << QStringList{QStringLiteral("\u4e16\u754c")} << QStringList{QStringLiteral("\u670b\u53cb")};
        QTest::newRow("trailing space") << "value;" << "value;   " << QStringList{} << QStringList{"   "};
    }

    void compare()
    {
        QFETCH(QString, oldLine);
        QFETCH(QString, newLine);
        QFETCH(QStringList, removed);
        QFETCH(QStringList, added);
        const auto changes = WordDiff::compare(oldLine, newLine);
        QVERIFY(changes);
        QCOMPARE(texts(oldLine, changes->oldRanges), removed);
        QCOMPARE(texts(newLine, changes->newRanges), added);
    }

    void tooDifferentLinesAreNotCompared()
    {
        QVERIFY(!WordDiff::compare(QStringLiteral("alpha beta gamma"), QStringLiteral("delta epsilon zeta")));
        QVERIFY(WordDiff::similarity(QStringLiteral("alpha beta gamma"), QStringLiteral("delta epsilon zeta")) < 0.1);
        QVERIFY(!WordDiff::compare(QStringLiteral("x"), QString()));
        // Only blanks on both sides: the same (empty) line.
        QVERIFY(WordDiff::compare(QStringLiteral("   "), QStringLiteral("\t")));
    }

    void longLinesAreCapped()
    {
        const QString base(WordDiff::kMaxLineLength + 1, QLatin1Char('a'));
        QString changed = base;
        changed[10] = QLatin1Char('b');
        QVERIFY(!WordDiff::compare(base, changed));
        QCOMPARE(WordDiff::similarity(base, changed), 0.0);

        // Just under the cap, with a change in every other word: bounded time, and a sane answer.
        QStringList oldWords;
        QStringList newWords;
        QRandomGenerator rng(42);
        int length = 0;
        for (int i = 0; length < WordDiff::kMaxLineLength - 20; ++i) {
            const QString word = QString::number(rng.bounded(100000));
            oldWords.append(word);
            const QString replacement = i % 2 ? word : QString::number(rng.bounded(100000)) + QLatin1Char('x');
            newWords.append(replacement);
            length += int(std::max(word.size(), replacement.size())) + 1;
        }
        const QString oldLine = oldWords.join(QLatin1Char(' '));
        const QString newLine = newWords.join(QLatin1Char(' '));
        QVERIFY(oldLine.size() <= WordDiff::kMaxLineLength && newLine.size() <= WordDiff::kMaxLineLength);
        QElapsedTimer timer;
        timer.start();
        const double similarity = WordDiff::similarity(oldLine, newLine);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(similarity > 0.2 && similarity < 0.8);
    }

    void pairsLinesInOrder()
    {
        // A line inserted between two edited lines: the edits pair with their own lines.
        const DiffHunk hunk = hunkOf({{' ', "start"},
                                      {'-', "int width = 10;"},
                                      {'-', "int height = 20;"},
                                      {'+', "int width = 12;"},
                                      {'+', "bool visible = true;"},
                                      {'+', "int height = 24;"},
                                      {' ', "end"}});
        const QList<WordDiff::LinePair> pairs = WordDiff::pairLines(hunk);
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs[0].deletion, 1);
        QCOMPARE(pairs[0].addition, 3);
        QCOMPARE(pairs[1].deletion, 2);
        QCOMPARE(pairs[1].addition, 5);

        const QHash<int, QList<TextRange>> highlights = WordDiff::hunkHighlights(hunk);
        QCOMPARE(highlights.size(), 4);
        QVERIFY(!highlights.contains(4));  // wholly new line: no intra-line highlight
        QCOMPARE(texts(hunk.lines[1].text, highlights[1]), QStringList{"10"});
        QCOMPARE(texts(hunk.lines[5].text, highlights[5]), QStringList{"24"});
    }

    void pairsOnlyWithinABlock()
    {
        // Deletions separated from additions by context never pair; dissimilar lines never pair.
        const DiffHunk hunk = hunkOf({{'-', "value = 1"},
                                      {' ', "context"},
                                      {'+', "value = 2"},
                                      {'-', "completely unrelated text"},
                                      {'+', "0xdeadbeef;"}});
        QVERIFY(WordDiff::pairLines(hunk).isEmpty());
        QVERIFY(WordDiff::hunkHighlights(hunk).isEmpty());
    }

    void largeBlocksPairByPosition()
    {
        DiffHunk hunk;
        for (int i = 0; i < 30; ++i)
            hunk.lines.append(line(DiffLine::Origin::Deletion, QStringLiteral("item %1 = old;").arg(i)));
        for (int i = 0; i < 30; ++i)
            hunk.lines.append(line(DiffLine::Origin::Addition, QStringLiteral("item %1 = new;").arg(i)));
        const QList<WordDiff::LinePair> pairs = WordDiff::pairLines(hunk);
        QCOMPARE(pairs.size(), 30);
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(pairs[i].deletion, i);
            QCOMPARE(pairs[i].addition, 30 + i);
        }
    }

    void agreesWithGitWordDiff_data()
    {
        QTest::addColumn<QString>("oldLine");
        QTest::addColumn<QString>("newLine");
        QTest::newRow("number") << "int x = 1;" << "int x = 2;";
        // Only cases with one minimal token diff: where several exist, git and WordDiff may pick either.
        QTest::newRow("two changes") << "value = compute(left, right) + offset;"
                                     << "value = compute(left, middle) + delta;";
        QTest::newRow("words") << "the quick brown fox jumps over" << "the slow red fox jumps over";
        QTest::newRow("appended") << "if (ready) {" << "if (ready && !stopped) {";
    }

    void agreesWithGitWordDiff()
    {
        QFETCH(QString, oldLine);
        QFETCH(QString, newLine);
        TestRepo dir(false);
        dir.write(QStringLiteral("old.txt"), oldLine.toUtf8() + '\n');
        dir.write(QStringLiteral("new.txt"), newLine.toUtf8() + '\n');
        // The same tokens as WordDiff::tokenize for ASCII (blanks are not tokens for git).
        const QByteArray porcelain = dir.git({"diff", "--no-index", "--word-diff=porcelain",
                                              "--word-diff-regex=[A-Za-z0-9_]+|[^[:space:]]", "old.txt", "new.txt"},
                                             true);
        QStringList gitRemoved;
        QStringList gitAdded;
        bool inBody = false;
        for (const QByteArray &row : porcelain.split('\n')) {
            if (row.startsWith("@@")) {
                inBody = true;
                continue;
            }
            if (!inBody || row.isEmpty())
                continue;
            if (row.startsWith('-'))
                gitRemoved.append(QString::fromUtf8(row.mid(1)));
            else if (row.startsWith('+'))
                gitAdded.append(QString::fromUtf8(row.mid(1)));
        }
        const auto changes = WordDiff::compare(oldLine, newLine);
        QVERIFY(changes);
        auto trimmed = [](const QStringList &list) {
            QStringList out;
            for (const QString &s : list)
                out.append(s.trimmed());
            return out;
        };
        QCOMPARE(trimmed(texts(oldLine, changes->oldRanges)), trimmed(gitRemoved));
        QCOMPARE(trimmed(texts(newLine, changes->newRanges)), trimmed(gitAdded));
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
