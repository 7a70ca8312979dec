#include "support/TestHelpers.h"

#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace gantry::testkit {

QStringList words(const char *command)
{
    return QString::fromUtf8(command).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString trimmed(const QByteArray &out) { return QString::fromUtf8(out).trimmed(); }

void copyRepo(const TestRepo &source, const TestRepo &target)
{
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), source.path() + QStringLiteral("/."), target.path()});
    QVERIFY(cp.waitForFinished(60000));
    QCOMPARE(cp.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cp.exitCode(), 0);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeConventions(const QString &dir, const QByteArray &yaml)
{
    QVERIFY(QDir(dir).mkpath(QStringLiteral(".gantry")));
    QFile file(dir + QStringLiteral("/.gantry/conventions.yml"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(yaml), yaml.size());
}

QByteArray fakeToken()
{
    QByteArray t("ghp_");
    const QByteArray alphabet("aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0xY2zC");
    for (int i = 0; i < 36; ++i)
        t += alphabet.at((i * 7 + i / 3) % alphabet.size());
    return t;
}

} // namespace gantry::testkit
