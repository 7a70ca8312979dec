// SecretScanner: true positives and true negatives for each rule, and masking (a secret is never printed).
#include "gitcore/SecretScanner.h"

#include <QtTest>

using namespace gantry;

namespace {

/// A deterministic token-like string of `n` characters from `alphabet` (never a real credential).
QString fake(int n, const char *alphabet = "aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0xY2zC")
{
    const QString chars = QString::fromLatin1(alphabet);
    QString out;
    for (int i = 0; i < n; ++i)
        out += chars.at((i * 7 + i / 3) % chars.size());
    return out;
}

QString upperFake(int n) { return fake(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"); }

QStringList rules(const QList<SecretFinding> &findings)
{
    QStringList out;
    for (const SecretFinding &f : findings)
        out.append(f.rule);
    return out;
}

/// Whether any 6 characters in a row of `secret` after its first `prefix` show in `text`
/// (the mask shows at most the last 4, so every such window holds hidden characters).
bool leaks(const QString &text, const QString &secret, int prefix)
{
    for (int i = prefix; i + 6 <= secret.size(); ++i)
        if (text.contains(secret.mid(i, 6)))
            return true;
    return false;
}

} // namespace

class TestSecretScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentPositives_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("column");
        const QString ghp = QStringLiteral("ghp_") + fake(36);
        QTest::newRow("github ghp") << QStringLiteral("GITHUB_TOKEN=%1").arg(ghp) << "github-token" << ghp << 14;
        for (const char *p : {"gho_", "ghu_", "ghs_"}) {
            const QString t = QString::fromLatin1(p) + fake(36);
            QTest::newRow(p) << QStringLiteral("  token: \"%1\"").arg(t) << "github-token" << t << 11;
        }
        const QString ghr = QStringLiteral("ghr_") + fake(76);
        QTest::newRow("github ghr") << ghr << "github-token" << ghr << 1;
        const QString pat = QStringLiteral("github_pat_") + fake(22) + QLatin1Char('_') + fake(59);
        QTest::newRow("github fine-grained") << QStringLiteral("x = '%1'").arg(pat) << "github-token" << pat << 6;
        const QString glpat = QStringLiteral("glpat-") + fake(20);
        QTest::newRow("gitlab") << QStringLiteral("CI_TOKEN %1").arg(glpat) << "gitlab-token" << glpat << 10;
        const QString akia = QStringLiteral("AKIA") + upperFake(16);
        QTest::newRow("aws akia") << QStringLiteral("aws_access_key_id = %1").arg(akia) << "aws-access-key-id" << akia << 21;
        const QString asia = QStringLiteral("ASIA") + upperFake(16);
        QTest::newRow("aws asia") << QStringLiteral("\"%1\"").arg(asia) << "aws-access-key-id" << asia << 2;
        const QString awsSecret = fake(40, "abcdEFGH0123456789/+ijklMNOPqrstUVWXyz");
        QTest::newRow("aws secret") << QStringLiteral("aws_secret_access_key = %1").arg(awsSecret) << "aws-secret-key" << awsSecret << 25;
        QTest::newRow("aws secret env") << QStringLiteral("AWS_SECRET_ACCESS_KEY=\"%1\"").arg(awsSecret) << "aws-secret-key" << awsSecret << 24;
        const QString slack = QStringLiteral("xoxb-1234567890-0987654321-") + fake(24);
        QTest::newRow("slack bot") << QStringLiteral("slack: %1").arg(slack) << "slack-token" << slack << 8;
        const QString slackP = QStringLiteral("xoxp-") + fake(30);
        QTest::newRow("slack user") << slackP << "slack-token" << slackP << 1;
        const QString stripe = QStringLiteral("sk_live_") + fake(24);
        QTest::newRow("stripe") << QStringLiteral("Stripe.apiKey = \"%1\";").arg(stripe) << "stripe-key" << stripe << 18;
        const QString google = QStringLiteral("AIza") + fake(35, "abcdEFGH0123456789_-ijklMNOP");
        QTest::newRow("google") << QStringLiteral("key=%1&q=1").arg(google) << "google-api-key" << google << 5;
        QTest::newRow("rsa key") << QStringLiteral("-----BEGIN RSA PRIVATE KEY-----") << "private-key"
                                 << QStringLiteral("-----BEGIN RSA PRIVATE KEY-----") << 1;
        QTest::newRow("openssh key") << QStringLiteral("\"-----BEGIN OPENSSH PRIVATE KEY-----\\n") << "private-key"
                                     << QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----") << 2;
        QTest::newRow("pkcs8 key") << QStringLiteral("-----BEGIN PRIVATE KEY-----") << "private-key"
                                   << QStringLiteral("-----BEGIN PRIVATE KEY-----") << 1;
        QTest::newRow("pgp key") << QStringLiteral("-----BEGIN PGP PRIVATE KEY BLOCK-----") << "private-key"
                                 << QStringLiteral("-----BEGIN PGP PRIVATE KEY BLOCK-----") << 1;
        const QString generic = QStringLiteral("Zq8#vL2m@Rt5wYx9Kp3");
        QTest::newRow("password quoted") << QStringLiteral("db_password = \"%1\"").arg(generic) << "generic-secret" << generic << 16;
        QTest::newRow("json secret") << QStringLiteral("  \"client_secret\": \"%1\",").arg(generic) << "generic-secret" << generic << 21;
        const QString hexy = QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a0");
        QTest::newRow("env api key") << QStringLiteral("API_KEY=%1").arg(hexy) << "generic-secret" << hexy << 9;
        QTest::newRow("yaml token") << QStringLiteral("auth_token: '%1'").arg(generic) << "generic-secret" << generic << 14;
    }

    void contentPositives()
    {
        QFETCH(QString, line);
        QFETCH(QString, rule);
        QFETCH(QString, secret);
        QFETCH(int, column);
        const SecretScanner scanner;
        const QList<SecretFinding> found = scanner.scanLine(QStringLiteral("src/app.cfg"), 7, line);
        QVERIFY2(found.size() == 1, qPrintable(rules(found).join(QLatin1Char(',')) + QStringLiteral(" in ") + line));
        const SecretFinding &f = found.first();
        QCOMPARE(f.rule, rule);
        QCOMPARE(f.kind, SecretFinding::Kind::Content);
        QCOMPARE(f.line, 7);
        QCOMPARE(f.column, column);
        QVERIFY(f.toString().startsWith(QStringLiteral("src/app.cfg:7:%1: warning: ").arg(column)));
        if (rule != QLatin1String("private-key")) {
            // The hard rule: the secret itself never appears in what is shown.
            QVERIFY2(!f.reason.contains(secret) && !f.toString().contains(secret) && !f.excerpt.contains(secret),
                     qPrintable(f.toString()));
            const int prefix = int(SecretScanner::mask(secret).indexOf(QStringLiteral("…")));
            QVERIFY2(!leaks(f.toString(), secret, prefix), qPrintable(f.toString()));
            QVERIFY(f.excerpt.contains(QStringLiteral("…")));
        }
    }

    void contentNegatives_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("plain code") << QStringLiteral("int main() { return 0; }");
        QTest::newRow("short ghp") << QStringLiteral("ghp_short");
        QTest::newRow("ghp in identifier") << (QStringLiteral("my_ghp_") + fake(36) + QStringLiteral("x"));
        QTest::newRow("akia lowercase") << (QStringLiteral("akia") + upperFake(16).toLower());
        QTest::newRow("akia too short") << (QStringLiteral("AKIA") + upperFake(12));
        QTest::newRow("akia inside word") << (QStringLiteral("XAKIA") + upperFake(16) + QStringLiteral("Y"));
        QTest::newRow("public key") << QStringLiteral("-----BEGIN PUBLIC KEY-----");
        QTest::newRow("certificate") << QStringLiteral("-----BEGIN CERTIFICATE-----");
        QTest::newRow("password from env") << QStringLiteral("password = os.environ.get(\"DB_PASSWORD\")");
        QTest::newRow("password reference") << QStringLiteral("password = self.settings.password");
        QTest::newRow("password placeholder") << QStringLiteral("password = \"changeme-changeme\"");
        QTest::newRow("password example") << QStringLiteral("API_KEY=your-api-key-goes-here");
        QTest::newRow("password low entropy") << QStringLiteral("password = \"aaaaaaaaaaaaaaaa\"");
        QTest::newRow("password template") << QStringLiteral("token: ${{ secrets.GITHUB_TOKEN }}");
        QTest::newRow("password too short") << QStringLiteral("password = \"x7#Kp2\"");
        QTest::newRow("prose") << QStringLiteral("Set the token in the settings dialog before you push.");
        QTest::newRow("tokenizer call") << QStringLiteral("tokenizer = Tokenizer(vocab)");
        QTest::newRow("slack word") << QStringLiteral("xoxb- is the prefix of bot tokens");
        QTest::newRow("stripe publishable") << (QStringLiteral("pk_live_") + fake(24));
        QTest::newRow("allow marker") << (QStringLiteral("ghp_") + fake(36) + QStringLiteral("  # gantry:allow-secret"));
        QTest::newRow("empty") << QString();
    }

    void contentNegatives()
    {
        QFETCH(QString, line);
        const SecretScanner scanner;
        const QList<SecretFinding> found = scanner.scanLine(QStringLiteral("a.txt"), 1, line);
        QVERIFY2(found.isEmpty(), qPrintable(rules(found).join(QLatin1Char(','))));
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("ignore");
        QTest::newRow(".env") << ".env" << "env-file" << ".env";
        QTest::newRow(".env.local") << "app/.env.local" << "env-file" << ".env.*";
        QTest::newRow("prod.env") << "deploy/prod.env" << "env-file" << "*.env";
        QTest::newRow(".env.example") << ".env.example" << "" << "";
        QTest::newRow(".env.sample") << "config/.env.sample" << "" << "";
        QTest::newRow(".env.template") << ".env.template" << "" << "";
        QTest::newRow("pem") << "certs/server.pem" << "key-file" << "*.pem";
        QTest::newRow("key") << "tls.key" << "key-file" << "*.key";
        QTest::newRow("id_rsa") << "home/.ssh/id_rsa" << "ssh-key" << "home/.ssh/id_rsa";
        QTest::newRow("id_ed25519") << "id_ed25519" << "ssh-key" << "id_ed25519";
        QTest::newRow("id_rsa.pub") << "id_rsa.pub" << "" << "";
        QTest::newRow("p12") << "signing/dev.p12" << "keystore" << "*.p12";
        QTest::newRow("pfx") << "cert.pfx" << "keystore" << "*.pfx";
        QTest::newRow("keystore") << "android/release.keystore" << "keystore" << "*.keystore";
        QTest::newRow("credentials") << "credentials" << "credentials-file" << "credentials";
        QTest::newRow("credentials.json") << "gcp/credentials.json" << "credentials-file" << "gcp/credentials.json";
        QTest::newRow("netrc") << ".netrc" << "credentials-file" << ".netrc";
        QTest::newRow("readme") << "README.md" << "" << "";
        QTest::newRow("environment.ts") << "src/environment.ts" << "" << "";
        QTest::newRow("keyboard.cpp") << "src/keyboard.cpp" << "" << "";
        QTest::newRow("monkey.keys.txt") << "docs/monkey.keys.txt" << "" << "";
    }

    void fileNames()
    {
        QFETCH(QString, path);
        QFETCH(QString, rule);
        QFETCH(QString, ignore);
        const QList<SecretFinding> found = SecretScanner().scanPath(path);
        if (rule.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(rules(found).join(QLatin1Char(','))));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().rule, rule);
        QCOMPARE(found.first().kind, SecretFinding::Kind::FileName);
        QCOMPARE(found.first().ignorePattern, ignore);
        QCOMPARE(found.first().toString(), QStringLiteral("%1:1:1: warning: %2").arg(path, found.first().reason));
    }

    void wholeFileLinesColumnsAndSize()
    {
        const QString token = QStringLiteral("glpat-") + fake(24);
        const QByteArray content = "# config\r\nname = demo\r\n  ci = " + token.toUtf8() + "\r\n";
        const QList<SecretFinding> found = SecretScanner().scanFile(QStringLiteral("ci/settings.ini"), content);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().line, 3);
        QCOMPARE(found.first().column, 8);

        // Binary content is not read; the file name still counts.
        QByteArray binary("\0\1\2", 3);
        binary += token.toUtf8();
        QVERIFY(SecretScanner().scanFile(QStringLiteral("blob.bin"), binary).isEmpty());
        QCOMPARE(rules(SecretScanner().scanFile(QStringLiteral("store.p12"), binary)), QStringList{QStringLiteral("keystore")});

        // Above the size limit: one finding, naming both sizes, and the content is not scanned.
        GuardRailConfig config;
        config.setMaxFileSize(1024);
        const QList<SecretFinding> big = SecretScanner(config).scanFile(QStringLiteral("data/dump.csv"), QByteArray(2048, 'x'));
        QCOMPARE(rules(big), QStringList{QStringLiteral("large-file")});
        QVERIFY2(big.first().reason.contains(QStringLiteral("2.0 KB")) && big.first().reason.contains(QStringLiteral("1.0 KB")),
                 qPrintable(big.first().reason));
        QCOMPARE(big.first().ignorePattern, QStringLiteral("data/dump.csv"));
        config.setMaxFileSize(0);
        QVERIFY(SecretScanner(config).scanFile(QStringLiteral("data/dump.csv"), QByteArray(2048, 'x')).isEmpty());
    }

    void configurationSwitchesAndExtends()
    {
        const QString ghp = QStringLiteral("ghp_") + fake(36);
        GuardRailConfig off;
        off.setSecretsEnabled(false);
        QVERIFY(SecretScanner(off).scanFile(QStringLiteral(".env"), ghp.toUtf8()).isEmpty());

        const GuardRailConfig custom = GuardRailConfig::fromText(
            "guards:\n  secrets:\n    paths: ['*.secret', 'private/**']\n    patterns: ['ACME-[0-9]{8}']\n"
            "    allow: ['tests/fixtures/**', '/.env']\n",
            QStringLiteral("c.yml"));
        QVERIFY(custom.problems().isEmpty());
        const SecretScanner scanner(custom);
        QCOMPARE(rules(scanner.scanPath(QStringLiteral("x/db.secret"))), QStringList{QStringLiteral("custom-path")});
        QCOMPARE(rules(scanner.scanPath(QStringLiteral("private/notes/a.txt"))), QStringList{QStringLiteral("custom-path")});
        QVERIFY(scanner.scanPath(QStringLiteral("public/a.txt")).isEmpty());
        const QList<SecretFinding> acme = scanner.scanLine(QStringLiteral("a.txt"), 2, QStringLiteral("id ACME-12345678 end"));
        QCOMPARE(rules(acme), QStringList{QStringLiteral("custom-pattern")});
        QCOMPARE(acme.first().column, 4);
        QVERIFY(!acme.first().toString().contains(QStringLiteral("12345678")));
        // The allow-list silences everything about a path ("/.env": only the one at the root).
        QVERIFY(scanner.scanFile(QStringLiteral("tests/fixtures/keys/id_rsa"), "-----BEGIN RSA PRIVATE KEY-----\n").isEmpty());
        QVERIFY(scanner.scanFile(QStringLiteral(".env"), ghp.toUtf8()).isEmpty());
        QCOMPARE(rules(scanner.scanFile(QStringLiteral("sub/.env"), ghp.toUtf8())),
                 (QStringList{QStringLiteral("env-file"), QStringLiteral("github-token")}));
    }

    void hugeLinesStayFast()
    {
        // A 1 MB line of dotted identifiers (minified code) and a 1 MB base64 blob: answered quickly.
        QString dotted;
        while (dotted.size() < 1024 * 1024)
            dotted += QStringLiteral("a.b_token.");
        const QString blob = fake(1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const SecretScanner scanner;
        QVERIFY(scanner.scanLine(QStringLiteral("min.js"), 1, dotted).isEmpty());
        QVERIFY(scanner.scanLine(QStringLiteral("blob.txt"), 1, blob).isEmpty());
        // A token inside such a line is still found.
        const QString token = QStringLiteral("ghp_") + fake(36);
        QCOMPARE(rules(scanner.scanLine(QStringLiteral("min.js"), 1, dotted + QStringLiteral(" ") + token)),
                 QStringList{QStringLiteral("github-token")});
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void masking()
    {
        const QString ghp = QStringLiteral("ghp_") + fake(36);
        QCOMPARE(SecretScanner::mask(ghp), QStringLiteral("ghp_…") + ghp.right(4));
        const QString akia = QStringLiteral("AKIA") + upperFake(16);
        QCOMPARE(SecretScanner::mask(akia), QStringLiteral("AKIA…") + akia.right(4));
        QCOMPARE(SecretScanner::mask(QStringLiteral("abcdefghijklmnop")), QStringLiteral("…mnop"));
        // Too short to show any of it.
        QCOMPARE(SecretScanner::mask(QStringLiteral("hunter22hunt")), QStringLiteral("…hunt"));
        QCOMPARE(SecretScanner::mask(QStringLiteral("hunter22hun")), QStringLiteral("…"));
        QCOMPARE(SecretScanner::mask(QStringLiteral("short")), QStringLiteral("…"));
        QCOMPARE(SecretScanner::mask(QStringLiteral("ghp_abc")), QStringLiteral("ghp_…"));
        QVERIFY(SecretScanner::entropy(QStringLiteral("aaaa")) < 0.01);
        QVERIFY(qAbs(SecretScanner::entropy(QStringLiteral("abcd")) - 2.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestSecretScanner)
#include "tst_secretscanner.moc"
