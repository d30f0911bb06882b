// OneShotUploadDevice: readable once, then refuses to rewind (so Qt cannot silently re-send).
#include "connectors/oneshotuploaddevice.h"

#include <QTest>

using namespace cw;

class TestOneShotUploadDevice : public QObject
{
    Q_OBJECT

private slots:
    void rewindsUntilConsumed();
    void refusesRewindAfterLastByte();
    void isNotWritable();
};

void TestOneShotUploadDevice::rewindsUntilConsumed()
{
    OneShotUploadDevice device(QByteArrayLiteral("abcdef"));
    QVERIFY(!device.isSequential());
    QCOMPARE(device.size(), 6);
    QCOMPARE(device.read(3), QByteArrayLiteral("abc"));
    QVERIFY(!device.isConsumed());
    QVERIFY(device.reset());
    QCOMPARE(device.readAll(), QByteArrayLiteral("abcdef"));
}

void TestOneShotUploadDevice::refusesRewindAfterLastByte()
{
    OneShotUploadDevice device(QByteArrayLiteral("payload"));
    QCOMPARE(device.readAll(), QByteArrayLiteral("payload"));
    QVERIFY(device.isConsumed());
    QVERIFY(!device.reset());
    QVERIFY(!device.seek(2));
    QVERIFY(device.atEnd());
}

void TestOneShotUploadDevice::isNotWritable()
{
    OneShotUploadDevice device(QByteArrayLiteral("x"));
    QVERIFY(!device.isWritable());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*ReadOnly device")));
    QCOMPARE(device.write("y"), qint64(-1));
}

QTEST_GUILESS_MAIN(TestOneShotUploadDevice)
#include "tst_oneshotuploaddevice.moc"
