// Staging against the git CLI: every partial stage/unstage is compared with `git apply --cached`
// of the equivalent partial patch (built here from git's own diff text) in a copy of the repository.
#include "gitcore/DiffReader.h"
#include "gitcore/Staging.h"
#include "support/TestRepo.h"

#include <QtTest>

#include <functional>

using namespace gantry;

namespace {

QByteArray lines(int from, int to, const char *prefix = "line")
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += prefix + QByteArray::number(i) + '\n';
    return out;
}

Repository open(const TestRepo &repo)
{
    auto r = Repository::open(repo.path());
    if (!r)
        qFatal("%s", qPrintable(r.errorMessage()));
    return std::move(r).value();
}

/// A git diff split into its file header and hunks; each hunk line keeps its prefix character,
/// and a "\ No newline at end of file" marker stays glued to the line before it.
struct ParsedPatch
{
    QList<QByteArray> header;
    struct Hunk { int oldStart, oldCount, newStart, newCount; QList<QByteArray> lines; };
    QList<Hunk> hunks;
};

ParsedPatch parse(const QByteArray &diff)
{
    ParsedPatch p;
    QList<QByteArray> all = diff.split('\n');
    if (!all.isEmpty() && all.last().isEmpty())
        all.removeLast();
    for (const QByteArray &line : all) {
        if (line.startsWith("@@")) {
            static const QRegularExpression re(QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@"));
            const auto m = re.match(QString::fromUtf8(line));
            Q_ASSERT(m.hasMatch());
            p.hunks.append({m.captured(1).toInt(), m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(),
                            m.captured(3).toInt(), m.captured(4).isEmpty() ? 1 : m.captured(4).toInt(), {}});
        } else if (p.hunks.isEmpty()) {
            p.header.append(line);
        } else if (line.startsWith('\\')) {
            p.hunks.last().lines.last() += "\n" + line;
        } else {
            p.hunks.last().lines.append(line);
        }
    }
    return p;
}

/// The patch `git add -p` would apply after editing hunks to keep only `selected` changes.
/// reverse: for `git apply -R` (unselected '+' become context, unselected '-' are dropped).
/// A partial patch cannot delete (forward) or create (reverse) its file, unless everything is selected.
QByteArray partialPatch(const ParsedPatch &p, const QList<DiffLineRef> &selected, bool reverse, bool everything)
{
    QByteArray out;
    const QByteArray removal = reverse ? "new file mode" : "deleted file mode";
    const QByteArray devNull = reverse ? "--- /dev/null" : "+++ /dev/null";
    for (const QByteArray &h : p.header) {
        if (h.startsWith("old mode") || h.startsWith("new mode") || h.startsWith("similarity") || h.startsWith("index "))
            continue;
        if (!everything && h.startsWith(removal))
            continue;
        QByteArray line = h;
        if (!everything && line == devNull) {
            QByteArray other;
            for (const QByteArray &candidate : p.header)
                if (candidate.startsWith(reverse ? "+++ " : "--- "))
                    other = candidate;
            line = (reverse ? "--- a/" : "+++ b/") + other.mid(6);
        }
        out += line + '\n';
    }
    int offset = 0;
    for (int h = 0; h < p.hunks.size(); ++h) {
        const auto &hunk = p.hunks[h];
        QByteArray body;
        int oldCount = 0, newCount = 0;
        bool any = false;
        for (int l = 0; l < hunk.lines.size(); ++l) {
            const QByteArray &line = hunk.lines[l];
            const bool sel = selected.contains(DiffLineRef{h, l});
            const char kind = line.at(0);
            const char dropped = reverse ? '-' : '+';
            if (kind == ' ' || (kind != dropped && !sel)) {
                body += ' ' + line.mid(1) + '\n';
                ++oldCount, ++newCount;
            } else if (sel) {
                body += line + '\n';
                any = true;
                kind == '+' ? ++newCount : ++oldCount;
            }
        }
        if (!any)
            continue;
        const int fixedStart = reverse ? hunk.newStart : hunk.oldStart;
        const int fixedCount = reverse ? newCount : oldCount;
        const int otherCount = reverse ? oldCount : newCount;
        int otherStart = (fixedCount == 0 ? fixedStart + 1 : fixedStart) + offset;
        if (otherCount == 0)
            --otherStart;
        offset += otherCount - fixedCount;
        out += reverse ? QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(otherStart).arg(otherCount).arg(fixedStart).arg(fixedCount).toUtf8()
                       : QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(fixedStart).arg(fixedCount).arg(otherStart).arg(otherCount).toUtf8();
        out += body;
    }
    return out;
}

/// What the comparison looks at: the index entries and both diffs, byte for byte.
QByteArray indexState(const TestRepo &repo, const QString &dir = {})
{
    return repo.git({"ls-files", "-s"}, false, dir) + "\n--cached--\n" + repo.git({"diff", "--cached", "--no-color"}, false, dir)
        + "\n--worktree--\n" + repo.git({"diff", "--no-color"}, false, dir);
}

/// A byte-identical copy of the repository (worktree and .git) to run git in.
class Copy
{
public:
    explicit Copy(const TestRepo &repo)
    {
        QProcess cp;
        cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), repo.path() + QStringLiteral("/."), dir.path()});
        cp.waitForFinished();
        QCOMPARE(cp.exitCode(), 0);
    }
    QTemporaryDir dir;
    QString path() const { return dir.path(); }
};

QList<DiffLineRef> refsWhere(const DiffFile &file, const std::function<bool(const DiffLine &)> &pick)
{
    QList<DiffLineRef> refs;
    for (int h = 0; h < file.hunks.size(); ++h)
        for (int l = 0; l < file.hunks[h].lines.size(); ++l)
            if (file.hunks[h].lines[l].origin != DiffLine::Origin::Context && pick(file.hunks[h].lines[l]))
                refs.append({h, l});
    return refs;
}

/// Runs Staging::stageLines (or unstageLines) with `refs` and `git apply --cached` of the equivalent
/// partial patch in a copy; both repositories must end up the same.
void compareLineStaging(TestRepo &repo, const QString &path, const QList<DiffLineRef> &refs, bool unstage,
                        const QByteArray &gitDiff)
{
    Repository r = open(repo);
    const DiffKind kind = unstage ? DiffKind::HeadToIndex : DiffKind::IndexToWorkdir;
    DiffOptions options;
    options.detectRenames = false;
    auto file = DiffReader::fileDiff(r, kind, path, options);
    QVERIFY2(file, qPrintable(file.errorMessage()));
    const ParsedPatch parsed = parse(gitDiff);
    QCOMPARE(file->hunks.size(), parsed.hunks.size());
    for (int h = 0; h < parsed.hunks.size(); ++h) {
        QList<QByteArray> gitLines = parsed.hunks[h].lines;
        QCOMPARE(file->hunks[h].lines.size(), gitLines.size());
    }
    int changes = 0;
    for (const auto &hunk : parsed.hunks)
        for (const QByteArray &line : hunk.lines)
            changes += line.startsWith(' ') ? 0 : 1;
    const QByteArray patch = partialPatch(parsed, refs, unstage, changes == refs.size());
    Copy copy(repo);
    QTemporaryFile patchFile;
    QVERIFY(patchFile.open());
    patchFile.write(patch);
    patchFile.flush();
    QStringList args{"apply", "--cached"};
    if (unstage)
        args << "-R";
    repo.git(args << patchFile.fileName(), false, copy.path());
    auto done = unstage ? Staging::unstageLines(r, *file, refs) : Staging::stageLines(r, *file, refs);
    QVERIFY2(done, qPrintable(done.errorMessage()));
    QCOMPARE(indexState(repo), indexState(repo, copy.path()));
}

void stageLinesCase(TestRepo &repo, const QString &path, const std::function<bool(const DiffLine &)> &pick)
{
    Repository r = open(repo);
    auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, path);
    QVERIFY2(file, qPrintable(file.errorMessage()));
    const QList<DiffLineRef> refs = refsWhere(*file, pick);
    QVERIFY(!refs.isEmpty());
    QByteArray diff = repo.git({"diff", "--no-color", "--", path});
    if (diff.isEmpty()) // untracked: git shows it as a new file only with --no-index
        diff = repo.git({"diff", "--no-color", "--no-index", "--", "/dev/null", path}, true);
    compareLineStaging(repo, path, refs, false, diff);
}

void unstageLinesCase(TestRepo &repo, const QString &path, const std::function<bool(const DiffLine &)> &pick)
{
    Repository r = open(repo);
    DiffOptions options;
    options.detectRenames = false;
    auto file = DiffReader::fileDiff(r, DiffKind::HeadToIndex, path, options);
    QVERIFY2(file, qPrintable(file.errorMessage()));
    const QList<DiffLineRef> refs = refsWhere(*file, pick);
    QVERIFY(!refs.isEmpty());
    compareLineStaging(repo, path, refs, true, repo.git({"diff", "--cached", "--no-color", "--no-renames", "--", path}));
}

bool text(const DiffLine &l, const char *t) { return l.text == QLatin1String(t); }

/// A committed 30-line file changed in two hunks: line 2 replaced, 15 deleted, 28-29 added.
QByteArray twoHunksContent()
{
    QByteArray f = lines(1, 30);
    return f.replace("line2\n", "LINE2\n").replace("line15\n", "").replace("line28\n", "line28\nadd1\nadd2\n");
}

void twoHunks(TestRepo &repo, const QString &name = QStringLiteral("f.txt"))
{
    repo.commitFile(name, lines(1, 30), "base");
    repo.write(name, twoHunksContent());
}

} // namespace

class TestStaging : public QObject
{
    Q_OBJECT

private slots:
    void stageModifiedLines_data()
    {
        QTest::addColumn<QStringList>("picked");
        QTest::newRow("first change") << QStringList{"line2"};
        QTest::newRow("last line") << QStringList{"add2"};
        QTest::newRow("middle") << QStringList{"add1"};
        QTest::newRow("hunk boundary") << QStringList{"LINE2", "line15"};
        QTest::newRow("mixed") << QStringList{"line2", "LINE2", "line15", "add2"};
        QTest::newRow("deletion only") << QStringList{"line15"};
    }
    void stageModifiedLines()
    {
        QFETCH(QStringList, picked);
        TestRepo repo;
        twoHunks(repo);
        stageLinesCase(repo, "f.txt", [&](const DiffLine &l) { return picked.contains(l.text); });
    }

    void hunks()
    {
        TestRepo repo;
        twoHunks(repo);
        Repository r = open(repo);
        auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "f.txt");
        QVERIFY(file);
        QCOMPARE(file->hunks.size(), 3);
        QVERIFY(Staging::stageHunk(r, *file, 1));
        auto staged = DiffReader::fileDiff(r, DiffKind::HeadToIndex, "f.txt");
        QVERIFY(staged);
        QCOMPARE(staged->hunks.size(), 1);
        QCOMPARE(staged->deletions, 1);
        QCOMPARE(staged->additions, 0);
        QVERIFY(Staging::unstageHunk(r, *staged, 0));
        QVERIFY(repo.git({"diff", "--cached"}).isEmpty());
        QVERIFY(!Staging::stageHunk(r, *file, 7));
    }

    void unstageModifiedLines_data() { stageModifiedLines_data(); }
    void unstageModifiedLines()
    {
        QFETCH(QStringList, picked);
        TestRepo repo;
        twoHunks(repo);
        repo.git({"add", "f.txt"});
        unstageLinesCase(repo, "f.txt", [&](const DiffLine &l) { return picked.contains(l.text); });
    }

    void addedFile()
    {
        TestRepo repo;
        repo.commitFile("other.txt", "x\n", "base");
        repo.write("new.txt", lines(1, 6));
        stageLinesCase(repo, "new.txt", [](const DiffLine &l) { return l.newLineNo == 2 || l.newLineNo == 5; });
        // Unstaging lines of a staged new file.
        TestRepo second;
        second.commitFile("other.txt", "x\n", "base");
        second.write("new.txt", lines(1, 6));
        second.git({"add", "new.txt"});
        unstageLinesCase(second, "new.txt", [](const DiffLine &l) { return l.newLineNo >= 3; });
    }

    void deletedFile()
    {
        TestRepo repo;
        repo.commitFile("gone.txt", lines(1, 6), "base");
        repo.remove("gone.txt");
        stageLinesCase(repo, "gone.txt", [](const DiffLine &l) { return l.oldLineNo == 1 || l.oldLineNo == 6; });
        // Every line: the deletion itself is staged.
        Repository r = open(repo);
        auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "gone.txt");
        QVERIFY(file);
        QVERIFY(Staging::stageLines(r, *file, refsWhere(*file, [](const DiffLine &) { return true; })));
        QCOMPARE(repo.git({"ls-files", "-s", "gone.txt"}), QByteArray());
        QCOMPARE(repo.git({"status", "--porcelain"}), QByteArray("D  gone.txt\n"));
    }

    void modeChange()
    {
        TestRepo repo;
        repo.commitFile("run.sh", lines(1, 30), "base");
        repo.git({"update-index", "--chmod=+x", "run.sh"});
        repo.git({"commit", "-qm", "exec"});
        repo.write("run.sh", twoHunksContent());
        QVERIFY(QFile::setPermissions(repo.filePath("run.sh"), QFile::permissions(repo.filePath("run.sh")) & ~QFileDevice::Permissions(QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther)));
        // Worktree: content changed and the exec bit removed; line staging keeps the index mode.
        stageLinesCase(repo, "run.sh", [](const DiffLine &l) { return text(l, "add1"); });
        QVERIFY(repo.git({"ls-files", "-s", "run.sh"}).startsWith("100755"));
        // Whole-file staging takes the new mode, as git add does.
        Copy copy(repo);
        repo.git({"add", "run.sh"}, false, copy.path());
        QVERIFY(Staging::stageFiles(open(repo), {"run.sh"}));
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
        QVERIFY(repo.git({"ls-files", "-s", "run.sh"}).startsWith("100644"));
    }

    void crlfFile()
    {
        TestRepo repo;
        repo.commitFile("dos.txt", "a\r\nb\r\nc\r\nd\r\n", "base");
        repo.write("dos.txt", "a\r\nB\r\nc\r\nd\r\ne\r\n");
        stageLinesCase(repo, "dos.txt", [](const DiffLine &l) { return text(l, "b") || text(l, "e"); });
        QCOMPARE(repo.git({"show", ":dos.txt"}), QByteArray("a\r\nc\r\nd\r\ne\r\n"));
    }

    void missingFinalNewline()
    {
        TestRepo repo;
        repo.commitFile("n.txt", "a\nb\nc", "base");
        repo.write("n.txt", "a\nB\nc\nd");
        // git: "-b -c(no newline) +B +c +d(no newline)"
        stageLinesCase(repo, "n.txt", [](const DiffLine &l) { return !text(l, "d"); });
        QCOMPARE(repo.git({"show", ":n.txt"}), QByteArray("a\nB\nc\n"));
        stageLinesCase(repo, "n.txt", [](const DiffLine &l) { return text(l, "d"); });
        QCOMPARE(repo.git({"show", ":n.txt"}), QByteArray("a\nB\nc\nd"));
        unstageLinesCase(repo, "n.txt", [](const DiffLine &l) { return text(l, "d"); });
        QCOMPARE(repo.git({"show", ":n.txt"}), QByteArray("a\nB\nc\n"));

        // Keeping "c" (it lacked the final newline) while inserting "B" after it: git apply would glue
        // the two into "cB"; Gantry ends the kept line first, as documented in PartialPatch.
        TestRepo glue;
        glue.commitFile("n.txt", "a\nb\nc", "base");
        glue.write("n.txt", "a\nB\nc\nd");
        Repository r = open(glue);
        auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "n.txt");
        QVERIFY(file);
        QVERIFY(Staging::stageLines(r, *file, refsWhere(*file, [](const DiffLine &l) { return text(l, "b") || text(l, "B"); })));
        QCOMPARE(glue.git({"show", ":n.txt"}), QByteArray("a\nc\nB\n"));
    }

    void awkwardNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("space") << "with space.txt";
        QTest::newRow("quotes") << "say \"hi\" 'there'.txt";
        QTest::newRow("unicode") << QString::fromUtf8("dossier/ünïcødé 名前.txt");
    }
    void awkwardNames()
    {
        QFETCH(QString, name);
        TestRepo repo;
        twoHunks(repo, name);
        stageLinesCase(repo, name, [](const DiffLine &l) { return text(l, "add1") || text(l, "line15"); });
        unstageLinesCase(repo, name, [](const DiffLine &l) { return text(l, "add1"); });
        Copy copy(repo);
        repo.git({"add", "--", name}, false, copy.path());
        QVERIFY(Staging::stageFiles(open(repo), {name}));
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
    }

    void wholeFiles()
    {
        TestRepo repo;
        repo.write("mod.txt", "1\n");
        repo.write("del.txt", "d\n");
        repo.write("dir/a.txt", "a\n");
        repo.write("dir/b.txt", "b\n");
        repo.git({"add", "."});
        repo.git({"commit", "-qm", "base"});
        repo.write("mod.txt", "2\n");
        repo.remove("del.txt");
        repo.write("new.txt", "n\n");
        repo.write("dir/a.txt", "A\n");
        repo.remove("dir/b.txt");
        repo.write("dir/c.txt", "c\n");
        Copy copy(repo);
        repo.git({"add", "mod.txt", "del.txt", "new.txt", "dir"}, false, copy.path());
        Repository r = open(repo);
        QVERIFY(Staging::stageFiles(r, {"mod.txt", "del.txt", "new.txt", "dir"}));
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));

        repo.git({"restore", "--staged", "mod.txt", "del.txt", "new.txt", "dir"}, false, copy.path());
        QVERIFY(Staging::unstageFiles(r, {"mod.txt", "del.txt", "new.txt", "dir"}));
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));

        auto bad = Staging::stageFiles(r, {"mod.txt", "nope.txt"});
        QVERIFY(!bad);
        QCOMPARE(bad.errorMessage(), QStringLiteral("pathspec 'nope.txt' did not match any files"));
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
        QVERIFY(!Staging::unstageFiles(r, {"nope.txt"}));

        repo.git({"add", "-A"}, false, copy.path());
        QVERIFY(Staging::stageAll(r));
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
        repo.git({"reset", "-q"}, false, copy.path());
        QVERIFY(Staging::unstageAll(r));
        QCOMPARE(repo.git({"status", "--porcelain"}), repo.git({"status", "--porcelain"}, false, copy.path()));
    }

    void renamedFile()
    {
        TestRepo repo;
        repo.commitFile("old name.txt", lines(1, 20), "base");
        repo.git({"mv", "old name.txt", "new name.txt"});
        Repository r = open(repo);
        auto staged = DiffReader::diff(r, DiffKind::HeadToIndex);
        QVERIFY(staged);
        QCOMPARE(staged->size(), 1);
        QCOMPARE(staged->first().status, DeltaStatus::Renamed);
        Copy copy(repo);
        repo.git({"restore", "--staged", "old name.txt", "new name.txt"}, false, copy.path());
        QVERIFY(Staging::unstageFiles(r, {"new name.txt"})); // one side names the pair
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
        // Staging it back as a pair: both paths.
        repo.git({"add", "-A", "old name.txt", "new name.txt"}, false, copy.path());
        auto unstaged = DiffReader::diff(r, DiffKind::IndexToWorkdir);
        QVERIFY(unstaged);
        QVERIFY(Staging::stageFiles(r, {"old name.txt", "new name.txt"}));
        QCOMPARE(indexState(repo), indexState(repo, copy.path()));
        auto file = DiffReader::fileDiff(r, DiffKind::HeadToIndex, "new name.txt");
        QVERIFY(file);
        QCOMPARE(file->status, DeltaStatus::Renamed);
        QVERIFY(Staging::unstageFile(r, *file));
        QCOMPARE(repo.git({"status", "--porcelain"}), QByteArray(" D \"old name.txt\"\n?? \"new name.txt\"\n"));
    }

    void unbornHead()
    {
        TestRepo repo;
        repo.write("a.txt", lines(1, 5));
        repo.write("b.txt", "b\n");
        repo.git({"add", "."});
        Copy copy(repo);
        repo.git({"rm", "-q", "--cached", "a.txt"}, false, copy.path());
        Repository r = open(repo);
        QVERIFY(Staging::unstageFiles(r, {"a.txt"}));
        QCOMPARE(repo.git({"ls-files", "-s"}), repo.git({"ls-files", "-s"}, false, copy.path()));
        unstageLinesCase(repo, "b.txt", [](const DiffLine &) { return true; });
    }

    void lineRanges()
    {
        TestRepo repo;
        repo.commitFile("f.txt", lines(1, 10), "base");
        // worktree: 1 2 X 4 5 7 8 Y Z 9 10   (3 → X, 6 deleted, Y Z added after 8)
        repo.write("f.txt", "line1\nline2\nX\nline4\nline5\nline7\nline8\nY\nZ\nline9\nline10\n");
        Repository r = open(repo);
        DiffOptions zero;
        zero.contextLines = 0;
        auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "f.txt", zero);
        QVERIFY(file);
        auto picked = [&](int a, int b) {
            QStringList out;
            for (const DiffLineRef &ref : Staging::linesInRange(*file, a, b))
                out << QString(QLatin1Char(char(file->hunks[ref.hunk].lines[ref.line].origin))) + file->hunks[ref.hunk].lines[ref.line].text;
            return out;
        };
        QCOMPARE(picked(3, 3), (QStringList{"-line3", "+X"}));
        QCOMPARE(picked(6, 6), (QStringList{"-line6"}));         // removed just above working-tree line 6
        QCOMPARE(picked(4, 5), QStringList());                    // the deletion sits at position 6
        QCOMPARE(picked(8, 8), (QStringList{"+Y"}));
        QCOMPARE(picked(1, 11).size(), 5);

        // The range API stages exactly that selection.
        auto full = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "f.txt");
        QVERIFY(full);
        const QList<DiffLineRef> refs = Staging::linesInRange(*full, 5, 8);
        QCOMPARE(refs.size(), 2);
        compareLineStaging(repo, "f.txt", refs, false, repo.git({"diff", "--no-color"}));
        QCOMPARE(repo.git({"show", ":f.txt"}), lines(1, 5) + lines(7, 8) + "Y\n" + lines(9, 10));
        QVERIFY(Staging::unstageLineRange(r, "f.txt", 6, 6)); // index line 6 is "line7": the deletion above it
        QCOMPARE(repo.git({"show", ":f.txt"}), lines(1, 8) + "Y\n" + lines(9, 10));
        QVERIFY(Staging::stageLineRange(r, "f.txt", 3, 3));
        QCOMPARE(repo.git({"show", ":f.txt"}), lines(1, 2) + "X\n" + lines(4, 8) + "Y\n" + lines(9, 10));

        QVERIFY(!Staging::stageLineRange(r, "f.txt", 0, 2));
        QVERIFY(!Staging::stageLineRange(r, "f.txt", 5, 4));
        auto nothing = Staging::stageLineRange(r, "f.txt", 1, 1);
        QVERIFY(!nothing);
        QVERIFY(nothing.errorMessage().contains("no unstaged changes"));
        auto missing = Staging::stageLineRange(r, "missing.txt", 1, 2);
        QCOMPARE(missing.errorMessage(), QStringLiteral("pathspec 'missing.txt' did not match any files"));
    }

    void binaryFile()
    {
        TestRepo repo;
        repo.commitFile("img.bin", QByteArray("\x89PNG\0\0\1", 7), "base");
        repo.write("img.bin", QByteArray("\x89PNG\0\0\2more", 11));
        Repository r = open(repo);
        auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "img.bin");
        QVERIFY(file);
        QVERIFY(file->binary);
        const QByteArray before = indexState(repo);
        auto refused = Staging::stageLines(r, *file, {{0, 0}});
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains("binary"));
        QVERIFY(!Staging::stageLineRange(r, "img.bin", 1, 1));
        QCOMPARE(indexState(repo), before);
        QVERIFY(Staging::stageFiles(r, {"img.bin"}));
        QCOMPARE(repo.git({"ls-files", "-s", "img.bin"}).mid(7, 40), repo.git({"hash-object", "img.bin"}).trimmed());
    }

    void largeFile()
    {
        TestRepo repo;
        repo.commitFile("small.txt", "s\n", "base");
        QByteArray big;
        big.reserve(50 * 1024 * 1024 + 100);
        const QByteArray row = QByteArray(99, 'x') + '\n';
        while (big.size() < 50 * 1024 * 1024)
            big += row;
        repo.write("big.txt", big);
        Repository r = open(repo);
        auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "big.txt");
        QVERIFY(file);
        QVERIFY(file->tooLarge);
        QVERIFY(file->hunks.isEmpty());
        QVERIFY(!Staging::stageLines(r, *file, {{0, 0}}));
        QVERIFY(Staging::stageFiles(r, {"big.txt"}));
        QCOMPARE(repo.git({"ls-files", "-s", "big.txt"}).mid(7, 40), repo.git({"hash-object", "big.txt"}).trimmed());
    }

    void heldIndexLock()
    {
        TestRepo repo;
        twoHunks(repo);
        repo.write("new.txt", "n\n");
        repo.git({"add", "new.txt"});
        Repository r = open(repo);
        auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "f.txt");
        auto staged = DiffReader::fileDiff(r, DiffKind::HeadToIndex, "new.txt");
        QVERIFY(file && staged);
        repo.write(".git/index.lock", "");
        const QByteArray before = repo.git({"ls-files", "-s", "--debug"});
        const QList<Result<void>> attempts{
            Staging::stageFiles(r, {"f.txt"}), Staging::unstageFiles(r, {"new.txt"}), Staging::stageAll(r),
            Staging::unstageAll(r), Staging::stageHunk(r, *file, 0), Staging::unstageHunk(r, *staged, 0),
            Staging::stageLines(r, *file, {{0, 1}}), Staging::stageLineRange(r, "f.txt", 1, 30)};
        for (const Result<void> &attempt : attempts) {
            QVERIFY(!attempt);
            QVERIFY(attempt.error().isLocked());
            QVERIFY2(attempt.errorMessage().contains("index.lock"), qPrintable(attempt.errorMessage()));
        }
        QCOMPARE(repo.git({"ls-files", "-s", "--debug"}), before);
        QVERIFY(QFile::exists(repo.filePath(".git/index.lock")));
        repo.remove(".git/index.lock");
        QVERIFY(Staging::stageLines(r, *file, {{0, 1}}));
    }

    void staleDiffIsRefused()
    {
        TestRepo repo;
        twoHunks(repo);
        Repository r = open(repo);
        auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "f.txt");
        QVERIFY(file);
        repo.write("f.txt", "something else entirely\n");
        const QByteArray before = indexState(repo);
        auto stale = Staging::stageLines(r, *file, {{0, 1}});
        QVERIFY(!stale);
        QVERIFY(stale.errorMessage().contains("refresh"));
        QCOMPARE(indexState(repo), before);
    }
};

QTEST_GUILESS_MAIN(TestStaging)
#include "tst_staging.moc"
