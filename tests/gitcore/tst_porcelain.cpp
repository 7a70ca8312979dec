#include "gitcore/PathQuoting.h"
#include "gitcore/PorcelainFormatter.h"
#include "support/TestRepo.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

StatusEntry entry(const QByteArray &path, char x, char y, StatusKind kind = StatusKind::Tracked, const QByteArray &orig = {})
{
    StatusEntry e;
    e.path = path;
    e.origPath = orig;
    e.index = x;
    e.worktree = y;
    e.kind = kind;
    return e;
}

/// File names git can store on Linux that need every kind of quoting.
QList<QByteArray> awkwardNames()
{
    QList<QByteArray> names{"plain", "with space", "q\"uote", "back\\slash", "caf\xc3\xa9", "\xe6\x97\xa5\xe6\x9c\xac",
                            "del\x7f", "bell\a", "esc\x1b", "cr\r", "lf\n", "tab\t", "vt\v", "ff\f", "bs\b",
                            "hi\xff\xfe", "a -> b"};
    return names;
}

} // namespace

/// git's path quoting and the porcelain v1 text, checked against git where git can print it.
class TestPorcelain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotingRules()
    {
        QCOMPARE(PathQuoting::quote("plain/path.txt"), QByteArray("plain/path.txt"));
        QCOMPARE(PathQuoting::quote("with space"), QByteArray("with space"));
        QCOMPARE(PathQuoting::quoteForStatus("with space"), QByteArray("\"with space\""));
        QCOMPARE(PathQuoting::quote("tab\there"), QByteArray("\"tab\\there\""));
        QCOMPARE(PathQuoting::quote("new\nline"), QByteArray("\"new\\nline\""));
        QCOMPARE(PathQuoting::quote("q\"uote"), QByteArray("\"q\\\"uote\""));
        QCOMPARE(PathQuoting::quote("back\\slash"), QByteArray("\"back\\\\slash\""));
        QCOMPARE(PathQuoting::quote("caf\xc3\xa9"), QByteArray("\"caf\\303\\251\""));
        QCOMPARE(PathQuoting::quote("caf\xc3\xa9", false), QByteArray("caf\xc3\xa9"));
        QCOMPARE(PathQuoting::quote("x\x01y\x7f"), QByteArray("\"x\\001y\\177\""));
        QCOMPARE(PathQuoting::quoteForStatus("caf\xc3\xa9 au lait"), QByteArray("\"caf\\303\\251 au lait\""));
        QVERIFY(!PathQuoting::needsQuoting("with space"));
    }

    void unquoteRoundTrip()
    {
        QByteArray all;
        for (int c = 1; c < 256; ++c)
            all += char(c);
        QCOMPARE(PathQuoting::unquote(PathQuoting::quote(all)), all);
        QCOMPARE(PathQuoting::unquote(PathQuoting::quoteForStatus("a b")), QByteArray("a b"));
        QCOMPARE(PathQuoting::unquote("not quoted"), QByteArray("not quoted"));
    }

    void quotingMatchesGitLsFiles_data()
    {
        QTest::addColumn<bool>("quotePath");
        QTest::addRow("core.quotePath=true") << true;
        QTest::addRow("core.quotePath=false") << false;
    }

    void quotingMatchesGitLsFiles()
    {
        QFETCH(bool, quotePath);
        TestRepo repo;
        for (const QByteArray &name : awkwardNames())
            repo.write(QFile::decodeName(name), "x\n");
        repo.git({s("add"), s(".")});
        const QString config = s("core.quotePath=") + (quotePath ? s("true") : s("false"));
        const QList<QByteArray> raw = repo.git({s("ls-files"), s("-z")}).split('\0');
        QByteArray expected = repo.git({s("-c"), config, s("ls-files")});
        QByteArray ours;
        for (const QByteArray &name : raw)
            if (!name.isEmpty())
                ours += PathQuoting::quote(name, quotePath) + '\n';
        QCOMPARE(ours, expected);
        QCOMPARE(int(raw.size()) - 1, int(awkwardNames().size()));
    }

    void statusQuotingMatchesGit()
    {
        TestRepo repo;
        for (const QByteArray &name : awkwardNames())
            repo.write(QFile::decodeName(name), "x\n");
        StatusSnapshot snapshot;
        const QList<QByteArray> raw = repo.git({s("ls-files"), s("-z"), s("--others")}).split('\0');
        for (const QByteArray &name : raw)
            if (!name.isEmpty())
                snapshot.entries.append(entry(name, '?', '?', StatusKind::Untracked));
        QCOMPARE(PorcelainFormatter::format(snapshot), repo.git({s("status"), s("--porcelain")}));
    }

    void formatGolden()
    {
        StatusSnapshot snap;
        snap.branch = s("main");
        snap.entries = {entry("a.txt", 'M', ' '), entry("new name", 'R', 'M', StatusKind::Tracked, "old name"),
                        entry("conflict", 'U', 'U', StatusKind::Conflicted), entry("dir/", '?', '?', StatusKind::Untracked),
                        entry("tab\tx", '?', '?', StatusKind::Untracked), entry("build/", '!', '!', StatusKind::Ignored)};
        QCOMPARE(PorcelainFormatter::format(snap),
                 QByteArray("M  a.txt\n"
                            "RM \"old name\" -> \"new name\"\n"
                            "UU conflict\n"
                            "?? dir/\n"
                            "?? \"tab\\tx\"\n"
                            "!! build/\n"));
        PorcelainOptions z;
        z.nulTerminated = true;
        z.branch = true;
        const QByteArrayList fields{"## main", "M  a.txt", "RM new name", "old name", "UU conflict", "?? dir/", "?? tab\tx", "!! build/"};
        QCOMPARE(PorcelainFormatter::format(snap, z), fields.join('\0') + '\0');
    }

    void branchHeaders()
    {
        StatusSnapshot snap;
        snap.branch = s("main");
        QCOMPARE(PorcelainFormatter::branchHeader(snap), QByteArray("## main"));
        snap.upstream = s("origin/main");
        QCOMPARE(PorcelainFormatter::branchHeader(snap), QByteArray("## main...origin/main"));
        snap.ahead = 1;
        QCOMPARE(PorcelainFormatter::branchHeader(snap), QByteArray("## main...origin/main [ahead 1]"));
        snap.behind = 2;
        QCOMPARE(PorcelainFormatter::branchHeader(snap), QByteArray("## main...origin/main [ahead 1, behind 2]"));
        snap.ahead = 0;
        QCOMPARE(PorcelainFormatter::branchHeader(snap), QByteArray("## main...origin/main [behind 2]"));
        snap.upstreamGone = true;
        QCOMPARE(PorcelainFormatter::branchHeader(snap), QByteArray("## main...origin/main [gone]"));
        StatusSnapshot unborn;
        unborn.branch = s("trunk");
        unborn.headUnborn = true;
        QCOMPARE(PorcelainFormatter::branchHeader(unborn), QByteArray("## No commits yet on trunk"));
        StatusSnapshot detached;
        detached.headDetached = true;
        QCOMPARE(PorcelainFormatter::branchHeader(detached), QByteArray("## HEAD (no branch)"));
    }
};

QTEST_GUILESS_MAIN(TestPorcelain)
#include "tst_porcelain.moc"
