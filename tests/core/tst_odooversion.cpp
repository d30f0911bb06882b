// OdooVersion: what servers report in version_info, including Enterprise and Odoo Online builds.
#include "connectors/odoo/odooversion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cw;

class TestOdooVersion : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejectsNonOdoo();
};

void TestOdooVersion::parses_data()
{
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<bool>("enterprise");
    QTest::addColumn<bool>("saas");
    QTest::addColumn<bool>("json2");
    QTest::newRow("16 community") << QByteArray(
        R"({"server_version": "16.0", "server_version_info": [16,0,0,"final",0,""]})")
                                  << 16 << 0 << false << false << false;
    QTest::newRow("17 enterprise") << QByteArray(
        R"({"server_version": "17.0+e", "server_version_info": [17,0,0,"final",0,"e"]})")
                                   << 17 << 0 << true << false << false;
    QTest::newRow("saas 17.4") << QByteArray(
        R"({"server_version": "saas~17.4+e", "server_version_info": ["saas~17",4,0,"final",0,"e"]})")
                               << 17 << 4 << true << true << false;
    QTest::newRow("19") << QByteArray(
        R"({"server_version": "19.0", "server_version_info": [19,0,0,"final",0,""]})")
                        << 19 << 0 << false << false << true;
    QTest::newRow("saas 19") << QByteArray(
        R"({"server_version": "saas~19.1", "server_version_info": ["saas~19",1,0,"final",0,"e"]})")
                             << 19 << 1 << true << true << true;
    QTest::newRow("text only") << QByteArray(R"({"server_version": "18.0"})") << 18 << 0 << false << false
                               << false;
}

void TestOdooVersion::parses()
{
    QFETCH(QByteArray, info);
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(bool, enterprise);
    QFETCH(bool, saas);
    QFETCH(bool, json2);
    Result<OdooVersion> version = OdooVersion::fromVersionInfo(QJsonDocument::fromJson(info).object());
    QVERIFY(version.ok());
    QCOMPARE(version.value().major(), major);
    QCOMPARE(version.value().minor(), minor);
    QCOMPARE(version.value().isEnterprise(), enterprise);
    QCOMPARE(version.value().isSaas(), saas);
    QCOMPARE(version.value().hasJson2(), json2);
    QCOMPARE(version.value().hasNameGet(), major <= 16);
}

void TestOdooVersion::rejectsNonOdoo()
{
    QCOMPARE(OdooVersion::fromVersionInfo({}).error().code(), QStringLiteral("odoo.not_odoo"));
    QCOMPARE(OdooVersion::fromVersionInfo(QJsonDocument::fromJson(R"({"server_version": "nginx"})").object())
                 .error()
                 .code(),
             QStringLiteral("odoo.not_odoo"));
}

QTEST_GUILESS_MAIN(TestOdooVersion)
#include "tst_odooversion.moc"
