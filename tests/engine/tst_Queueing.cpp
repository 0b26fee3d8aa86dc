#include <QtTest>

// Placeholder: being written.
class TestQueueing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_APPLESS_MAIN(TestQueueing)
#include "tst_Queueing.moc"
