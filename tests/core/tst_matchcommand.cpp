// End to end through the crosswalkctl binary: match and dedupe on CSV files.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char *kWords[] = { "Zentrix", "Valora", "Quorvia", "Brixel", "Tandor", "Lumora", "Korvex", "Nalvo", "Pendra", "Sorvik" };

// n companies "Word<i> Staffing" with a phone and a postcode; @p variant spells them another way.
QByteArray companies(int n, bool variant, const QByteArray &header)
{
    QByteArray csv = header + '\n';
    for (int i = 0; i < n; ++i) {
        const QByteArray word = QByteArray(kWords[i % 10]) + QByteArray::number(i);
        const QByteArray name = variant ? QByteArray(word.toUpper() + " STAFFING") : QByteArray(word + " Staffing GmbH");
        const QByteArray number = QByteArray::number(2000000 + i);
        const QByteArray phone = variant ? QByteArray("+49 30 " + number) : QByteArray("030 " + number);
        csv += QByteArray(variant ? "R" : "L") + QByteArray::number(i) + ",\"" + name + "\"," + phone + ',' + QByteArray::number(10000 + i)
            + ",Berlin\n";
    }
    return csv;
}

} // namespace

class TestMatchCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchWritesLinks();
    void matchExplains();
    void mapsColumnsPerSide();
    void usageErrors();
    void dedupeWritesClusters();

private:
    QString write(const char *name, const QByteArray &content);
    int run(const QStringList &arguments, QByteArray *err = nullptr);
    QList<QByteArrayList> readCsv(const QString &path);

    QTemporaryDir m_dir;
    QString m_ctl;
};

void TestMatchCommand::initTestCase()
{
    m_ctl = QDir(qEnvironmentVariable("CW_BINARY_DIR")).filePath(QStringLiteral("app/ctl/crosswalkctl"));
    QVERIFY2(QFile::exists(m_ctl), qPrintable(m_ctl));
    QVERIFY(m_dir.isValid());
}

QString TestMatchCommand::write(const char *name, const QByteArray &content)
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

int TestMatchCommand::run(const QStringList &arguments, QByteArray *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(m_ctl, arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode();
}

QList<QByteArrayList> TestMatchCommand::readCsv(const QString &path)
{
    QFile file(path);
    QList<QByteArrayList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            rows.append(line.split(','));
    }
    return rows;
}

void TestMatchCommand::matchWritesLinks()
{
    const QString left = write("left.csv", companies(400, false, "id,name,phone,zip,city"));
    const QString right = write("right.csv", companies(400, true, "id,company,telephone,postcode,town"));
    const QString out = m_dir.filePath(QStringLiteral("links.csv"));
    QByteArray err;
    QCOMPARE(run({ QStringLiteral("match"), QStringLiteral("--left"), left, QStringLiteral("--right"), right,
                   QStringLiteral("--out"), out, QStringLiteral("--default-country"), QStringLiteral("DE") },
                 &err),
             0);
    QVERIFY2(err.contains("Scoring"), err.constData());
    const QList<QByteArrayList> rows = readCsv(out);
    QCOMPARE(rows.first(), (QByteArrayList { "left_id", "right_id", "score", "decision" }));
    QSet<QByteArray> leftSeen, rightSeen;
    int autoLinks = 0;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QByteArrayList &row = rows.at(r);
        QCOMPARE(row.size(), 4);
        QVERIFY(row[3] == "auto" || row[3] == "review");
        const double score = row[2].toDouble();
        QVERIFY(score >= 0.0 && score <= 1.0);
        if (row[3] != "auto")
            continue;
        ++autoLinks;
        QVERIFY(!leftSeen.contains(row[0]));
        QVERIFY(!rightSeen.contains(row[1]));
        leftSeen.insert(row[0]);
        rightSeen.insert(row[1]);
        QCOMPARE(row[0].mid(1), row[1].mid(1));
    }
    QCOMPARE(autoLinks, 400);
}

void TestMatchCommand::matchExplains()
{
    const QString left = write("left.csv", companies(300, false, "id,name,phone,zip,city"));
    const QString right = write("right.csv", companies(300, true, "id,name,phone,zip,city"));
    const QString out = m_dir.filePath(QStringLiteral("explained.csv"));
    QCOMPARE(run({ QStringLiteral("match"), QStringLiteral("--left"), left, QStringLiteral("--right"), right,
                   QStringLiteral("--out"), out, QStringLiteral("--explain"), QStringLiteral("--default-country"),
                   QStringLiteral("DE") }),
             0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine().trimmed(), QByteArray("left_id,right_id,score,decision,explanation"));
    const QByteArray line = file.readLine();
    const qsizetype quote = line.indexOf('"');
    QVERIFY(quote > 0);
    const QByteArray json = line.mid(quote + 1, line.lastIndexOf('"') - quote - 1).replace("\"\"", "\"");
    const QJsonObject explanation = QJsonDocument::fromJson(json).object();
    QVERIFY(explanation.contains(QStringLiteral("fields")));
    QVERIFY(explanation.value(QStringLiteral("probability")).toDouble() > 0.9);
}

void TestMatchCommand::mapsColumnsPerSide()
{
    const QString left = write("left.csv", companies(200, false, "id,name,phone,zip,city"));
    const QString right = write("right.csv", companies(200, true, "Kundennummer,Firma,Telefon,PLZ,Ort"));
    const QString out = m_dir.filePath(QStringLiteral("mapped.csv"));
    QCOMPARE(run({ QStringLiteral("match"), QStringLiteral("--left"), left, QStringLiteral("--right"), right,
                   QStringLiteral("--out"), out, QStringLiteral("--map"), QStringLiteral("right.id=Kundennummer"),
                   QStringLiteral("--map"), QStringLiteral("right.name=Firma"), QStringLiteral("--default-country"),
                   QStringLiteral("DE") }),
             0);
    QCOMPARE(readCsv(out).size(), 201);
    // Without the mapping the right file has no id column: a usage error.
    QByteArray err;
    QCOMPARE(run({ QStringLiteral("match"), QStringLiteral("--left"), left, QStringLiteral("--right"), right,
                   QStringLiteral("--out"), out },
                 &err),
             2);
    QVERIFY(err.contains("id"));
}

void TestMatchCommand::usageErrors()
{
    const QString left = write("left.csv", companies(10, false, "id,name"));
    QCOMPARE(run({ QStringLiteral("match"), QStringLiteral("--left"), left }), 2);
    QCOMPARE(run({ QStringLiteral("match"), QStringLiteral("--left"), left, QStringLiteral("--right"), left,
                   QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--auto-threshold"),
                   QStringLiteral("1.5") }),
             2);
    QCOMPARE(run({ QStringLiteral("match"), QStringLiteral("--left"), left, QStringLiteral("--right"), left,
                   QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--map"),
                   QStringLiteral("colour=name") }),
             2);
    QCOMPARE(run({ QStringLiteral("match"), QStringLiteral("--left"), m_dir.filePath(QStringLiteral("none.csv")),
                   QStringLiteral("--right"), left, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv")) }),
             1);
    QCOMPARE(run({ QStringLiteral("dedupe"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv")) }), 2);
}

void TestMatchCommand::dedupeWritesClusters()
{
    QByteArray csv = companies(300, false, "id,name,phone,zip,city");
    // Every tenth company again, spelled differently.
    const QList<QByteArray> lines = companies(300, true, "id,name,phone,zip,city").split('\n');
    for (int i = 1; i < lines.size(); i += 10)
        csv += lines[i] + '\n';
    const QString input = write("dupes.csv", csv);
    const QString out = m_dir.filePath(QStringLiteral("clusters.csv"));
    QCOMPARE(run({ QStringLiteral("dedupe"), QStringLiteral("--input"), input, QStringLiteral("--out"), out,
                   QStringLiteral("--default-country"), QStringLiteral("DE") }),
             0);
    const QList<QByteArrayList> rows = readCsv(out);
    QCOMPARE(rows.first(), (QByteArrayList { "id", "cluster_id" }));
    QCOMPARE(rows.size(), 1 + 300 + 30);
    QHash<QByteArray, QByteArray> cluster;
    for (qsizetype r = 1; r < rows.size(); ++r)
        cluster.insert(rows[r][0], rows[r][1]);
    for (int i = 0; i < 300; ++i) {
        const QByteArray l = "L" + QByteArray::number(i);
        QCOMPARE(cluster.value(l), l);
        if (i % 10 == 0)
            QCOMPARE(cluster.value("R" + QByteArray::number(i)), l);
    }
}

QTEST_GUILESS_MAIN(TestMatchCommand)
#include "tst_matchcommand.moc"
