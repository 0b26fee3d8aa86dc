#include <QtTest>

// Placeholder: being written.
class TestTraffic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_APPLESS_MAIN(TestTraffic)
#include "tst_Traffic.moc"
