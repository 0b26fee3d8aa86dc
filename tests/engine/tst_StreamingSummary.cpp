#include <QtTest>

// Placeholder: being written.
class TestStreamingSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_APPLESS_MAIN(TestStreamingSummary)
#include "tst_StreamingSummary.moc"
