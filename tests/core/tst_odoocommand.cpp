// OdooCommand: the x2many command triples in their full numeric form.
#include "connectors/odoo/odoocommand.h"

#include <QJsonDocument>
#include <QTest>

using namespace cw;

class TestOdooCommand : public QObject
{
    Q_OBJECT

private slots:
    void triples_data();
    void triples();
    void list();
};

void TestOdooCommand::triples_data()
{
    QTest::addColumn<QJsonArray>("command");
    QTest::addColumn<QByteArray>("json");
    const QJsonObject vals { { QStringLiteral("name"), QStringLiteral("x") } };
    QTest::newRow("create") << OdooCommand::create(vals) << QByteArray(R"([0,0,{"name":"x"}])");
    QTest::newRow("update") << OdooCommand::update(5, vals) << QByteArray(R"([1,5,{"name":"x"}])");
    QTest::newRow("delete") << OdooCommand::remove(5) << QByteArray("[2,5,0]");
    QTest::newRow("unlink") << OdooCommand::unlink(5) << QByteArray("[3,5,0]");
    QTest::newRow("link") << OdooCommand::link(5) << QByteArray("[4,5,0]");
    QTest::newRow("clear") << OdooCommand::clear() << QByteArray("[5,0,0]");
    QTest::newRow("set") << OdooCommand::set({ 1, 2 }) << QByteArray("[6,0,[1,2]]");
}

void TestOdooCommand::triples()
{
    QFETCH(QJsonArray, command);
    QFETCH(QByteArray, json);
    QCOMPARE(QJsonDocument(command).toJson(QJsonDocument::Compact), json);
}

void TestOdooCommand::list()
{
    const QJsonArray commands = OdooCommand::list({ OdooCommand::link(1), OdooCommand::clear() });
    QCOMPARE(QJsonDocument(commands).toJson(QJsonDocument::Compact), QByteArray("[[4,1,0],[5,0,0]]"));
}

QTEST_GUILESS_MAIN(TestOdooCommand)
#include "tst_odoocommand.moc"
