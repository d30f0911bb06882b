// OdooDomain: Odoo's domain language evaluated on simulated records, table-driven.
#include "sandbox/odoo/odoodomain.h"
#include "sandbox/odoo/odooorm.h"
#include "sandbox/odoo/odooseeder.h"
#include "sandbox/odoo/odoostore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cw;

class TestOdooDomain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OdooStore> m_store;
    std::unique_ptr<OdooOrm> m_orm;
    OdooEnv m_env;

    qint64 add(const QString &model, const QJsonObject &values)
    {
        Result<QList<qint64>> ids = m_orm->create(model, QJsonArray { values }, m_env);
        if (!ids)
            qFatal("fixture: %s", qPrintable(ids.error().userMessage()));
        return ids.value().first();
    }

    static QJsonArray parse(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).array(); }

private slots:
    void initTestCase();
    void evaluates_data();
    void evaluates();
    void rejects_data();
    void rejects();
    void mentionsTopLevelFields();
    void idBoundsFromAndedTerms();
};

void TestOdooDomain::initTestCase()
{
    m_store = std::make_unique<OdooStore>(OdooSchema::build(17));
    m_orm = std::make_unique<OdooOrm>(*m_store);
    OdooSeeder(*m_orm, QDateTime(QDate(2025, 1, 1), QTime(0, 0))).seedBase(QStringLiteral("admin"));
    m_env.uid = 2;
    m_env.companyIds = { 1 };
    m_env.now = QDateTime(QDate(2025, 1, 1), QTime(0, 0));
    const auto json = [](const QString &text) {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    };
    const QString partner = QStringLiteral("res.partner");
    const qint64 acme =
        add(partner,
            json(QStringLiteral(R"({"name": "Acme Corp", "ref": "T-1", "is_company": true, "country_id": 57,
        "email": "info@acme.example", "customer_rank": 2, "vat": "DE123"})")));
    const qint64 jane = add(partner,
                            json(QStringLiteral(R"({"name": "Jane Doe", "ref": "T-2", "parent_id": %1,
        "email": "jane@acme.example", "function": "CFO"})")
                                     .arg(acme)));
    add(partner, json(QStringLiteral(R"({"name": "Bob Smith", "ref": "T-3", "parent_id": %1})").arg(jane)));
    add(partner,
        json(QStringLiteral(R"({"name": "Beta LLC", "ref": "T-4", "is_company": true, "country_id": 233})")));
    add(partner,
        json(QStringLiteral(
            R"({"name": "Gamma GmbH", "ref": "T-5", "is_company": true, "country_id": 57, "active": false})")));
    add(partner, json(QStringLiteral(R"({"name": "delta_50%", "ref": "T-6"})")));
    add(QStringLiteral("crm.lead"), json(QStringLiteral(R"({"name": "L1", "date_deadline": "2025-01-10"})")));
    add(QStringLiteral("crm.lead"), json(QStringLiteral(R"({"name": "L2", "date_deadline": "2025-02-01"})")));
    add(QStringLiteral("crm.lead"), json(QStringLiteral(R"({"name": "L3"})")));
    add(QStringLiteral("project.task"), json(QStringLiteral(R"({"name": "Task A", "user_ids": [2]})")));
    add(QStringLiteral("project.task"), json(QStringLiteral(R"({"name": "Task B"})")));
}

void TestOdooDomain::evaluates_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("activeTest");
    QTest::addColumn<QString>("expected");
    const QString p = QStringLiteral("res.partner");
    const auto row = [](const char *name, const QString &model, const char *domain, const char *expected,
                        bool activeTest = true) {
        QTest::newRow(name) << model << QString::fromUtf8(domain) << activeTest
                            << QString::fromUtf8(expected);
    };
    row("implicit and", p, R"([["is_company","=",true],["country_id","=",57]])", "Acme Corp");
    row("or", p, R"(["|",["name","=","Jane Doe"],["name","=","Beta LLC"]])", "Beta LLC|Jane Doe");
    row("not", p, R"(["!",["is_company","=",true]])", "Bob Smith|Jane Doe|delta_50%");
    row("nested prefix", p,
        R"(["&","|",["name","ilike","acme"],["name","ilike","beta"],["is_company","=",true]])",
        "Acme Corp|Beta LLC");
    row("= false is unset", p, R"([["email","=",false]])", "Beta LLC|Bob Smith|delta_50%");
    row("!= false is set", p, R"([["email","!=",false]])", "Acme Corp|Jane Doe");
    row("!= value includes unset", p, R"([["email","!=","jane@acme.example"]])",
        "Acme Corp|Beta LLC|Bob Smith|delta_50%");
    row("<> is !=", p, R"([["name","<>","Acme Corp"]])", "Beta LLC|Bob Smith|Jane Doe|delta_50%");
    row(">", p, R"([["customer_rank",">",1]])", "Acme Corp");
    row(">=", p, R"([["customer_rank",">=",0]])", "Acme Corp|Beta LLC|Bob Smith|Jane Doe|delta_50%");
    row("<", p, R"([["customer_rank","<",1]])", "Beta LLC|Bob Smith|Jane Doe|delta_50%");
    row("<=", p, R"([["customer_rank","<=",2]])", "Acme Corp|Beta LLC|Bob Smith|Jane Doe|delta_50%");
    row("=? false is true", p, R"([["vat","=?",false]])", "Acme Corp|Beta LLC|Bob Smith|Jane Doe|delta_50%");
    row("=? value is =", p, R"([["vat","=?","DE123"]])", "Acme Corp");
    row("like is case-sensitive", p, R"([["name","like","Corp"]])", "Acme Corp");
    row("like no match", p, R"([["name","like","corp"]])", "");
    row("ilike", p, R"([["name","ilike","CORP"]])", "Acme Corp");
    row("not like includes unset", p, R"([["email","not like","acme"]])", "Beta LLC|Bob Smith|delta_50%");
    row("not ilike", p, R"([["name","not ilike","a"]])", "Bob Smith");
    row("=like pattern", p, R"([["name","=like","J%"]])", "Jane Doe");
    row("=like escapes", p, R"([["name","=like","delta\\_50\\%"]])", "delta_50%");
    row("=ilike", p, R"([["name","=ilike","j%"]])", "Jane Doe");
    row("not =like", p, R"([["name","not =like","%LLC"]])", "Acme Corp|Bob Smith|Jane Doe|delta_50%");
    row("not =ilike", p, R"([["name","not =ilike","%llc"]])", "Acme Corp|Bob Smith|Jane Doe|delta_50%");
    row("in", p, R"([["name","in",["Jane Doe","Bob Smith","Nobody"]]])", "Bob Smith|Jane Doe");
    row("not in", p, R"([["name","not in",["Jane Doe"]]])", "Acme Corp|Beta LLC|Bob Smith|delta_50%");
    row("in with false", p, R"([["email","in",[false,"jane@acme.example"]]])",
        "Beta LLC|Bob Smith|Jane Doe|delta_50%");
    row("in empty", p, R"([["id","in",[]]])", "");
    row("child_of by name", p, R"([["id","child_of","Acme Corp"]])", "Acme Corp|Bob Smith|Jane Doe");
    row("parent_of by name", p, R"([["id","parent_of","Acme Corp, Jane Doe, Bob Smith"]])",
        "Acme Corp|Bob Smith|Jane Doe");
    row("dotted many2one", p, R"([["country_id.code","=","DE"]])", "Acme Corp");
    row("dotted with archived", p, R"([["country_id.code","=","DE"]])", "Acme Corp|Gamma GmbH", false);
    row("dotted x2many", p, R"([["child_ids.name","ilike","jane"]])", "Acme Corp");
    row("dotted x2many negative", p, R"([["child_ids.name","not ilike","jane"]])",
        "Beta LLC|Bob Smith|Jane Doe|delta_50%");
    row("two levels", p, R"([["parent_id.parent_id.name","=","Acme Corp"]])", "Bob Smith");
    row("any many2one", p, R"([["parent_id","any",[["is_company","=",true]]]])", "Jane Doe");
    row("not any many2one", p, R"([["parent_id","not any",[["is_company","=",true]]]])",
        "Acme Corp|Beta LLC|Bob Smith|delta_50%");
    row("any x2many", p, R"([["child_ids","any",[["function","=","CFO"]]]])", "Acme Corp");
    row("many2one by name", p, R"([["parent_id","=","Acme Corp"]])", "Jane Doe");
    row("many2one ilike name", p, R"([["parent_id","ilike","acme"]])", "Bob Smith|Jane Doe");
    row("many2one unset", p, R"([["parent_id","=",false]])", "Acme Corp|Beta LLC|delta_50%");
    row("true leaf", p, R"([[1,"=",1]])", "Acme Corp|Beta LLC|Bob Smith|Jane Doe|delta_50%");
    row("false leaf", p, R"([[0,"=",1]])", "");
    row("mentions active", p, R"([["active","=",false]])", "Gamma GmbH");
    row("active in both", p, R"([["active","in",[true,false]]])",
        "Acme Corp|Beta LLC|Bob Smith|Gamma GmbH|Jane Doe|delta_50%");
    row("x2many empty", p, R"([["child_ids","=",false]])", "Beta LLC|Bob Smith|delta_50%");
    row("empty domain", p, R"([])", "Acme Corp|Beta LLC|Bob Smith|Jane Doe|delta_50%");
    const QString lead = QStringLiteral("crm.lead");
    row("date >=", lead, R"([["date_deadline",">=","2025-01-15"]])", "L2");
    row("date <", lead, R"([["date_deadline","<","2025-02-01"]])", "L1");
    row("date unset", lead, R"([["date_deadline","=",false]])", "L3");
    const QString task = QStringLiteral("project.task");
    row("many2many in", task, R"([["user_ids","in",[2]]])", "Task A");
    row("many2many empty", task, R"([["user_ids","=",false]])", "Task B");
    row("many2many set", task, R"([["user_ids","!=",false]])", "Task A");
    row("many2many not in", task, R"([["user_ids","not in",[2]]])", "Task B");
    row("many2many dotted", task, R"([["user_ids.login","=","admin"]])", "Task A");
}

void TestOdooDomain::evaluates()
{
    QFETCH(QString, model);
    QFETCH(QString, domain);
    QFETCH(bool, activeTest);
    QFETCH(QString, expected);
    QJsonArray full = parse(domain);
    if (model == QLatin1String("res.partner")) {
        if (!full.isEmpty())
            full.prepend(QStringLiteral("&"));
        full.insert(full.isEmpty() ? 0 : 1,
                    QJsonArray { QStringLiteral("ref"), QStringLiteral("=like"), QStringLiteral("T-%") });
    }
    OdooEnv env = m_env;
    env.activeTest = activeTest;
    Result<QList<qint64>> ids = m_orm->search(model, full, 0, -1, QStringLiteral("id"), env);
    QVERIFY2(ids.ok(), ids.ok() ? "" : qPrintable(ids.error().userMessage()));
    QStringList names;
    for (qint64 id : ids.value())
        names.append(m_store->value(model, id, QStringLiteral("name"), QStringLiteral("en_US")).toString());
    names.sort();
    QCOMPARE(names.join(QLatin1Char('|')), expected);
}

void TestOdooDomain::rejects_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *domain, const char *message) {
        QTest::newRow(name) << QString::fromUtf8(domain) << QString::fromUtf8(message);
    };
    row("unknown field", R"([["nope","=",1]])", "Invalid field 'nope' on model 'res.partner'");
    row("unknown operator", R"([["name","~","x"]])", "Invalid leaf ('name', '~', 'x')");
    row("missing operand", R"(["&",["name","=","x"]])",
        "Domain ['&', ['name', '=', 'x']] is syntactically not correct.");
    row("bad operator string", R"(["^",["name","=","x"]])", "Invalid domain term '^'");
    row("short term", R"([["name","="]])", "Invalid domain term ['name', '=']");
    row("dotted scalar", R"([["name.foo","=","x"]])", "Invalid field 'name.foo' on model 'res.partner'");
    row("bad sub-domain", R"([["parent_id","any",[["nope","=",1]]]])",
        "Invalid field 'nope' on model 'res.partner'");
}

void TestOdooDomain::rejects()
{
    QFETCH(QString, domain);
    QFETCH(QString, message);
    Result<OdooDomain> parsed =
        OdooDomain::parse(parse(domain), *m_store->modelDef(QStringLiteral("res.partner")), *m_store);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), QStringLiteral("builtins.ValueError"));
    QCOMPARE(parsed.error().userMessage(), message);
}

void TestOdooDomain::mentionsTopLevelFields()
{
    const OdooModelDef &partner = *m_store->modelDef(QStringLiteral("res.partner"));
    Result<OdooDomain> domain = OdooDomain::parse(
        parse(QStringLiteral(R"(["|",["active","=",false],["name","=","x"]])")), partner, *m_store);
    QVERIFY(domain.ok());
    QVERIFY(domain.value().mentions(QStringLiteral("active")));
    QVERIFY(!domain.value().mentions(QStringLiteral("email")));
    Result<OdooDomain> nested = OdooDomain::parse(
        parse(QStringLiteral(R"([["parent_id","any",[["active","=",false]]]])")), partner, *m_store);
    QVERIFY(!nested.value().mentions(QStringLiteral("active")));
}

void TestOdooDomain::idBoundsFromAndedTerms()
{
    const OdooModelDef &partner = *m_store->modelDef(QStringLiteral("res.partner"));
    Result<OdooDomain> keyset = OdooDomain::parse(
        parse(QStringLiteral(R"([["name","!=",false],["id",">",100],["id","<=",250]])")), partner, *m_store);
    QCOMPARE(keyset.value().idBounds(), std::make_pair(qint64(101), qint64(250)));
    Result<OdooDomain> listed =
        OdooDomain::parse(parse(QStringLiteral(R"([["id","in",[7,3,9]]])")), partner, *m_store);
    QCOMPARE(listed.value().idBounds(), std::make_pair(qint64(3), qint64(9)));
    Result<OdooDomain> ored = OdooDomain::parse(
        parse(QStringLiteral(R"(["|",["id",">",100],["name","=","x"]])")), partner, *m_store);
    QCOMPARE(ored.value().idBounds().first, std::numeric_limits<qint64>::min());
}

QTEST_GUILESS_MAIN(TestOdooDomain)
#include "tst_odoodomain.moc"
