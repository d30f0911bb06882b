#include "matching/matchdecider.h"

#include <QTest>

#include <cmath>

using namespace cw;

namespace {

std::vector<ScoredPair> pairs(std::initializer_list<std::tuple<quint32, quint32, float>> list)
{
    std::vector<ScoredPair> out;
    for (const auto &[l, r, p] : list) {
        const float weight = p >= 1.0f ? 100.0f : p <= 0.0f ? -100.0f : float(std::log2(p / (1.0 - p)));
        out.push_back({ l, r, 0, p, weight, MatchBand::None });
    }
    MatchDecider::sort(&out);
    return out;
}

MatchBand bandOf(const std::vector<ScoredPair> &all, quint32 l, quint32 r)
{
    for (const ScoredPair &p : all) {
        if (p.left == l && p.right == r)
            return p.band;
    }
    return MatchBand::None;
}

} // namespace

class TestMatchDecider : public QObject
{
    Q_OBJECT

private slots:
    void bands_data();
    void bands();
    void oneAutoLinkPerRecord();
    void withoutOneToOne();
    void redecideAfterThresholdChange();
    void sortIsDeterministic();
};

void TestMatchDecider::bands_data()
{
    QTest::addColumn<float>("probability");
    QTest::addColumn<int>("band");
    QTest::newRow("certain") << 0.999f << int(MatchBand::Auto);
    QTest::newRow("at auto threshold") << 0.92f << int(MatchBand::Auto);
    QTest::newRow("just below auto") << 0.9199f << int(MatchBand::Review);
    QTest::newRow("at review threshold") << 0.70f << int(MatchBand::Review);
    QTest::newRow("below review") << 0.6999f << int(MatchBand::None);
    QTest::newRow("zero") << 0.0f << int(MatchBand::None);
}

void TestMatchDecider::bands()
{
    QFETCH(float, probability);
    QFETCH(int, band);
    auto all = pairs({ { 0, 0, probability } });
    MatchDecider::decide(all, 1, 1, 0.92, 0.70);
    QCOMPARE(int(all.front().band), band);
}

void TestMatchDecider::oneAutoLinkPerRecord()
{
    // Left 0 fits right 0 and right 1; right 1 is also the best partner of left 1.
    auto all = pairs({ { 0, 0, 0.99f }, { 0, 1, 0.97f }, { 1, 1, 0.995f }, { 2, 0, 0.95f }, { 3, 3, 0.8f } });
    const MatchDecider::Counts c = MatchDecider::decide(all, 4, 4, 0.92, 0.70);
    QCOMPARE(bandOf(all, 1, 1), MatchBand::Auto);
    QCOMPARE(bandOf(all, 0, 0), MatchBand::Auto);
    QCOMPARE(bandOf(all, 0, 1), MatchBand::Review);
    QCOMPARE(bandOf(all, 2, 0), MatchBand::Review);
    QCOMPARE(bandOf(all, 3, 3), MatchBand::Review);
    QCOMPARE(c.autoLinks, 2);
    QCOMPARE(c.demoted, 2);
    QCOMPARE(c.review, 3);
}

void TestMatchDecider::withoutOneToOne()
{
    auto all = pairs({ { 0, 1, 0.99f }, { 0, 2, 0.98f }, { 1, 2, 0.97f } });
    const MatchDecider::Counts c = MatchDecider::decide(all, 3, 3, 0.92, 0.70, false);
    QCOMPARE(c.autoLinks, 3);
    QCOMPARE(c.demoted, 0);
}

void TestMatchDecider::redecideAfterThresholdChange()
{
    auto all = pairs({ { 0, 0, 0.96f }, { 1, 1, 0.85f }, { 2, 2, 0.6f } });
    MatchDecider::decide(all, 3, 3, 0.92, 0.70);
    QCOMPARE(bandOf(all, 1, 1), MatchBand::Review);
    MatchDecider::decide(all, 3, 3, 0.80, 0.50);
    QCOMPARE(bandOf(all, 1, 1), MatchBand::Auto);
    QCOMPARE(bandOf(all, 2, 2), MatchBand::Review);
    MatchDecider::decide(all, 3, 3, 0.99, 0.95);
    QCOMPARE(bandOf(all, 0, 0), MatchBand::Review);
    QCOMPARE(bandOf(all, 1, 1), MatchBand::None);
}

void TestMatchDecider::sortIsDeterministic()
{
    auto a = pairs({ { 2, 1, 0.9f }, { 1, 2, 0.9f }, { 1, 1, 0.9f }, { 0, 5, 0.95f } });
    QCOMPARE(a[0].left, 0u);
    QCOMPARE(a[1].left, 1u);
    QCOMPARE(a[1].right, 1u);
    QCOMPARE(a[2].right, 2u);
    QCOMPARE(a[3].left, 2u);
    QVERIFY(MatchDecider::isSorted(a));
    std::swap(a[0], a[3]);
    QVERIFY(!MatchDecider::isSorted(a));
}

QTEST_GUILESS_MAIN(TestMatchDecider)
#include "tst_matchdecider.moc"
