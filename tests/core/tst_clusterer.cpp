#include "matching/clusterer.h"

#include <QTest>

using namespace cw;

class TestClusterer : public QObject
{
    Q_OBJECT

private slots:
    void connectsStrongEdges();
    void ignoresWeakEdges();
    void stopsChaining();
    void onePerGroup();
    void groupsAllowedWhenOff();
    void threeSystems();
};

void TestClusterer::connectsStrongEdges()
{
    const std::vector<Clusterer::Edge> edges = {
        { 0, 1, 0.99f }, { 1, 2, 0.98f }, { 0, 2, 0.97f }, { 4, 3, 0.95f }
    };
    const auto c = Clusterer::cluster(6, edges, {}, Clusterer::Options());
    QCOMPARE(c, (std::vector<quint32> { 0, 0, 0, 3, 3, 5 }));
}

void TestClusterer::ignoresWeakEdges()
{
    const std::vector<Clusterer::Edge> edges = { { 0, 1, 0.5f } };
    const auto c = Clusterer::cluster(2, edges, {}, Clusterer::Options());
    QCOMPARE(c, (std::vector<quint32> { 0, 1 }));
}

void TestClusterer::stopsChaining()
{
    // A chain 0-1-2-3-4 without shortcuts: pulling everything together would need each record to
    // resemble only its neighbour.
    const std::vector<Clusterer::Edge> edges = {
        { 0, 1, 0.99f }, { 1, 2, 0.99f }, { 2, 3, 0.99f }, { 3, 4, 0.99f }
    };
    const auto c = Clusterer::cluster(5, edges, {}, Clusterer::Options());
    QVERIFY(c[0] != c[4]);
    Clusterer::Options loose;
    loose.minLinkage = 0.0;
    const auto all = Clusterer::cluster(5, edges, {}, loose);
    QCOMPARE(all, (std::vector<quint32> { 0, 0, 0, 0, 0 }));
}

void TestClusterer::onePerGroup()
{
    // Records 0 and 1 come from the same system; both resemble record 2 of another system.
    const std::vector<Clusterer::Edge> edges = { { 0, 2, 0.97f }, { 1, 2, 0.99f } };
    const std::vector<quint16> groups = { 0, 0, 1 };
    Clusterer::Options options;
    options.onePerGroup = true;
    const auto c = Clusterer::cluster(3, edges, groups, options);
    QCOMPARE(c, (std::vector<quint32> { 0, 1, 1 }));
}

void TestClusterer::groupsAllowedWhenOff()
{
    const std::vector<Clusterer::Edge> edges = { { 0, 2, 0.97f }, { 1, 2, 0.99f }, { 0, 1, 0.95f } };
    const std::vector<quint16> groups = { 0, 0, 1 };
    const auto c = Clusterer::cluster(3, edges, groups, Clusterer::Options());
    QCOMPARE(c, (std::vector<quint32> { 0, 0, 0 }));
}

void TestClusterer::threeSystems()
{
    // CRM 0, staffing 1, Odoo 2 are one customer even though staffing-Odoo scored below auto;
    // CRM 3 / Odoo 4 are another.
    const std::vector<Clusterer::Edge> edges = {
        { 0, 1, 0.99f }, { 0, 2, 0.98f }, { 1, 2, 0.85f }, { 3, 4, 0.96f }, { 3, 2, 0.93f }
    };
    const std::vector<quint16> groups = { 0, 1, 2, 0, 2 };
    Clusterer::Options options;
    options.onePerGroup = true;
    const auto c = Clusterer::cluster(5, edges, groups, options);
    QCOMPARE(c, (std::vector<quint32> { 0, 0, 0, 3, 3 }));
}

QTEST_GUILESS_MAIN(TestClusterer)
#include "tst_clusterer.moc"
