#include "gitcore/Tags.h"
#include "support/OpenRepository.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QProcess>
#include <QTest>

using namespace gantry;

namespace {

using testkit::openRepo;
using testkit::trimmed;
using testkit::words;

/// "+0130" for an offset of 90 minutes east of UTC, as git writes it.
QString gitOffset(int seconds)
{
    const int minutes = seconds / 60;
    const int magnitude = qAbs(minutes);
    return QStringLiteral("%1%2%3")
        .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(magnitude / 60, 2, 10, QLatin1Char('0'))
        .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

/// Tag listing, creation (lightweight and annotated), deletion and restoring, checked against git.
class TestTags : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listMatchesGit()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("f"), "1\n", QStringLiteral("first subject"));
        t.commitFile(QStringLiteral("f"), "2\n", QStringLiteral("second subject"));
        t.git(words("tag light HEAD~1"));
        t.git({QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v2.0"), QStringLiteral("-m"),
               QStringLiteral("Release two\n\nWith notes.")});
        t.git({QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("a-first"), QStringLiteral("-m"),
               QStringLiteral("Alpha"), QStringLiteral("HEAD~1")});
        Repository repo = openRepo(t);
        auto tags = Tags::list(repo);
        QVERIFY2(tags.ok(), qPrintable(tags.errorMessage()));

        QStringList ours;
        for (const TagInfo &tag : *tags)
            ours << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                        .arg(tag.name, tag.refTarget.toString(), tag.target.toString(), tag.subject,
                             tag.annotated ? tag.taggerName : QString(),
                             tag.annotated ? QStringLiteral("<%1>").arg(tag.taggerEmail) : QString(),
                             tag.annotated ? QString::number(tag.taggerTime.toSecsSinceEpoch()) : QString());
        const QStringList git = trimmed(t.git({QStringLiteral("for-each-ref"),
                                               QStringLiteral("--format=%(refname:short)|%(objectname)|%(if)%(*objectname)%(then)%(*objectname)%(else)%(objectname)%(end)|"
                                                              "%(contents:subject)|%(taggername)|%(taggeremail)|%(taggerdate:unix)"),
                                               QStringLiteral("refs/tags")}))
                                    .split(QLatin1Char('\n'));
        QCOMPARE(ours, git);

        // `git tag -n` shows the same names and first lines.
        const QStringList gitTagN = trimmed(t.git(words("tag -n1"))).split(QLatin1Char('\n'));
        QCOMPARE(gitTagN.size(), tags->size());
        for (int i = 0; i < tags->size(); ++i) {
            const QStringList parts = gitTagN.at(i).simplified().split(QLatin1Char(' '));
            QCOMPARE(parts.first(), tags->at(i).name);
            QCOMPARE(parts.mid(1).join(QLatin1Char(' ')), tags->at(i).subject);
        }
        auto v2 = Tags::find(repo, QStringLiteral("v2.0"));
        QVERIFY(v2.ok());
        QCOMPARE(v2->message, QStringLiteral("Release two\n\nWith notes.\n"));
        QVERIFY(!Tags::find(repo, QStringLiteral("none")).ok());
    }

    void createLightweight()
    {
        TestRepo t;
        const QString first = t.commitFile(QStringLiteral("f"), "1\n", QStringLiteral("one"));
        t.commitFile(QStringLiteral("f"), "2\n", QStringLiteral("two"));
        Repository repo = openRepo(t);
        auto r = Tags::createLightweight(repo, QStringLiteral("light"), QStringLiteral("HEAD~1"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(!r->annotated);
        QCOMPARE(t.revParse(QStringLiteral("refs/tags/light")), first);
        QCOMPARE(trimmed(t.git(words("cat-file -t light"))), QStringLiteral("commit"));

        auto dup = Tags::createLightweight(repo, QStringLiteral("light"), QStringLiteral("HEAD"));
        QVERIFY(!dup.ok());
        QVERIFY(dup.errorMessage().contains(QStringLiteral("already exists")));
        QCOMPARE(t.revParse(QStringLiteral("refs/tags/light")), first);
        auto forced = Tags::createLightweight(repo, QStringLiteral("light"), QStringLiteral("HEAD"), true);
        QVERIFY2(forced.ok(), qPrintable(forced.errorMessage()));
        QCOMPARE(t.revParse(QStringLiteral("refs/tags/light")), t.revParse(QStringLiteral("HEAD")));

        for (const char *bad : {"bad name", "a..b", "x.lock", "", "t^"}) {
            QVERIFY2(!Tags::nameProblem(repo, QString::fromUtf8(bad)).isEmpty(), bad);
            QVERIFY2(!Tags::createLightweight(repo, QString::fromUtf8(bad)).ok(), bad);
        }
        QVERIFY(Tags::nameProblem(repo, QStringLiteral("release/1.0")).isEmpty());
        QVERIFY(!Tags::createLightweight(repo, QStringLiteral("x"), QStringLiteral("no-such-rev")).ok());
    }

    void annotatedTagObjectEqualsGits()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("f"), "1\n", QStringLiteral("one"));
        Repository repo = openRepo(t);
        const QString message = QStringLiteral("Release 1.0  \n\n\n\nNotes line\n\n");
        auto r = Tags::createAnnotated(repo, QStringLiteral("v1.0"), message, QStringLiteral("HEAD"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->annotated);
        QCOMPARE(r->taggerName, QStringLiteral("Gantry Test"));
        QCOMPARE(r->taggerEmail, QStringLiteral("test@gantry.invalid"));
        QCOMPARE(r->target.toString(), t.revParse(QStringLiteral("HEAD")));
        QCOMPARE(trimmed(t.git(words("cat-file -t v1.0"))), QStringLiteral("tag"));
        const QString ours = r->refTarget.toString();
        QCOMPARE(t.revParse(QStringLiteral("refs/tags/v1.0")), ours);

        // git, tagging the same commit with the same message at the same time, writes the same object.
        t.git(words("tag -d v1.0"));
        QProcess git;
        QStringList env = TestRepo::gitEnvironment();
        env << QStringLiteral("GIT_COMMITTER_DATE=@%1 %2")
                   .arg(r->taggerTime.toSecsSinceEpoch())
                   .arg(gitOffset(r->taggerTime.offsetFromUtc()));
        git.setEnvironment(env);
        git.setWorkingDirectory(t.path());
        git.start(QStringLiteral("git"), {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.0"),
                                          QStringLiteral("-m"), message});
        QVERIFY(git.waitForFinished(30000));
        QCOMPARE(git.exitCode(), 0);
        QCOMPARE(t.revParse(QStringLiteral("refs/tags/v1.0")), ours);

        auto empty = Tags::createAnnotated(repo, QStringLiteral("v-empty"), QStringLiteral("  \n"));
        QVERIFY(!empty.ok());
    }

    void deleteAndRestore()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("f"), "1\n", QStringLiteral("one"));
        t.git(words("tag light"));
        t.git(words("tag -a ann -m annotated"));
        const QString annObject = t.revParse(QStringLiteral("refs/tags/ann"));
        Repository repo = openRepo(t);

        auto deleted = Tags::remove(repo, QStringLiteral("ann"));
        QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage()));
        QVERIFY(deleted->annotated);
        QCOMPARE(trimmed(t.git(words("tag -l"))), QStringLiteral("light"));
        auto restored = Tags::restore(repo, *deleted);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(t.revParse(QStringLiteral("refs/tags/ann")), annObject);
        QCOMPARE(trimmed(t.git(words("cat-file -t ann"))), QStringLiteral("tag"));
        QCOMPARE(restored->message, QStringLiteral("annotated\n"));

        auto light = Tags::remove(repo, QStringLiteral("light"));
        QVERIFY(light.ok());
        QVERIFY(!light->annotated);
        QVERIFY(Tags::restore(repo, *light).ok());
        QCOMPARE(t.revParse(QStringLiteral("refs/tags/light")), t.revParse(QStringLiteral("HEAD")));
        QVERIFY(!Tags::restore(repo, *light).ok()); // exists again

        auto missing = Tags::remove(repo, QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().isNotFound());
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
