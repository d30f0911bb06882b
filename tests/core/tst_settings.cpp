#include "util/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenEmpty();
    void roundTripsValues();
    void badValuesFallBack_data();
    void badValuesFallBack();
    void reviewThresholdNeverExceedsAutoLink();

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestSettings::defaultsWhenEmpty()
{
    Settings settings(file("empty.ini"));
    QVERIFY(settings.cachePath().isEmpty());
    QVERIFY(settings.language().isEmpty());
    QVERIFY(settings.maskPersonalData());
    QCOMPARE(settings.autoLinkThreshold(), 0.92);
    QCOMPARE(settings.reviewThreshold(), 0.70);
}

void TestSettings::roundTripsValues()
{
    const QString path = file("roundtrip.ini");
    {
        Settings settings(path);
        settings.setCachePath(QStringLiteral("/data/Crosswalk Caché/cw.sqlite"));
        settings.setLanguage(QStringLiteral("de"));
        settings.setMaskPersonalData(false);
        settings.setAutoLinkThreshold(0.95);
        settings.setReviewThreshold(0.6);
        settings.setLastPage(QStringLiteral("failed"));
        settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
        settings.sync();
    }
    Settings settings(path);
    QCOMPARE(settings.cachePath(), QStringLiteral("/data/Crosswalk Caché/cw.sqlite"));
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QVERIFY(!settings.maskPersonalData());
    QCOMPARE(settings.autoLinkThreshold(), 0.95);
    QCOMPARE(settings.reviewThreshold(), 0.6);
    QCOMPARE(settings.lastPage(), QStringLiteral("failed"));
    QCOMPARE(settings.windowGeometry(), QByteArray("\x01\x02geometry", 10));
}

void TestSettings::badValuesFallBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("threshold not a number") << "matching/autoLinkThreshold"
                                            << "high";
    QTest::newRow("threshold above one") << "matching/autoLinkThreshold"
                                         << "1.5";
    QTest::newRow("threshold negative") << "matching/autoLinkThreshold"
                                        << "-0.1";
    QTest::newRow("mask garbage keeps mask on") << "privacy/maskPersonalData"
                                                << "maybe";
}

void TestSettings::badValuesFallBack()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QString path = file("bad.ini");
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.clear();
        raw.setValue(key, value);
    }
    Settings settings(path);
    QCOMPARE(settings.autoLinkThreshold(), 0.92);
    QVERIFY(settings.maskPersonalData());
}

void TestSettings::reviewThresholdNeverExceedsAutoLink()
{
    Settings settings(file("order.ini"));
    settings.setAutoLinkThreshold(0.8);
    settings.setReviewThreshold(0.9);
    QCOMPARE(settings.reviewThreshold(), 0.8);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
