// The German catalogue (resources/translations/headroom_de.ts) is complete: every message of the
// window translated, none empty, and each translation with the placeholders of its source, so
// that no label shows English and no .arg() loses or repeats a value. Read as the file stands in
// the sources; lrelease would build a catalogue with gaps without complaint.
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace {

const QString kGerman = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/translations/headroom_de.ts");

struct Message
{
    QString context;
    QString source;
    qint64 line = 0;      // of <message> in the file
    bool numerus = false; // tr(…, n): one translation per plural form
    QString type;         // of <translation>: empty when finished, "unfinished", "vanished", "obsolete"
    QStringList forms;    // the translation, or its <numerusform>s
};

struct Catalogue
{
    QString language;
    std::vector<Message> messages;
    QString error; // why the file could not be read
};

// <translation>'s text, or its plural forms: the reader is on <translation>.
QStringList translationForms(QXmlStreamReader& xml, bool numerus)
{
    if (!numerus)
        return {xml.readElementText(QXmlStreamReader::IncludeChildElements)};
    QStringList forms;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else
            xml.skipCurrentElement();
    }
    return forms;
}

Message readMessage(QXmlStreamReader& xml, const QString& context)
{
    Message m;
    m.context = context;
    m.line = xml.lineNumber();
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            m.forms = translationForms(xml, m.numerus);
        } else {
            xml.skipCurrentElement(); // location, comment, extracomment, translatorcomment, oldsource
        }
    }
    return m;
}

Catalogue readCatalogue(const QString& path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return c;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        c.error = QStringLiteral("%1 is not a Qt Linguist catalogue").arg(path);
        return c;
    }
    c.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                c.messages.push_back(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        c.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return c;
}

// The placeholders QString::arg() and tr(…, n) fill: %1…%99, %L1…%L99, %n and %Ln, sorted, with
// repeats (a translation may reorder them, not drop or add one).
QStringList placeholders(const QString& text)
{
    static const QRegularExpression kPlaceholder(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = kPlaceholder.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    std::sort(found.begin(), found.end());
    return found;
}

// Messages still in the sources: lupdate marks the others vanished or obsolete (and, run with
// -no-obsolete as app/gui/CMakeLists.txt does, drops them), and the window never asks for them.
bool current(const Message& m)
{
    return m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete");
}

QString where(const Message& m)
{
    return QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source);
}

QString listed(const QStringList& offenders)
{
    return QStringLiteral("%1 message(s):\n  %2").arg(offenders.size()).arg(offenders.join(QStringLiteral("\n  ")));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_de = readCatalogue(kGerman);
        QVERIFY2(m_de.error.isEmpty(), qPrintable(m_de.error));
        QVERIFY2(m_de.language.startsWith(QLatin1String("de")), qPrintable(m_de.language));
        // A catalogue this small was not read as a whole: the window has hundreds of messages.
        QVERIFY2(m_de.messages.size() > 100, qPrintable(QString::number(m_de.messages.size())));
    }

    void everyMessageIsFinished()
    {
        QStringList offenders;
        for (const Message& m : m_de.messages)
            if (m.type == QLatin1String("unfinished"))
                offenders << where(m);
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("Unfinished: ") + listed(offenders)));
    }

    void noTranslationIsEmpty()
    {
        QStringList offenders;
        for (const Message& m : m_de.messages) {
            if (!current(m) || m.source.trimmed().isEmpty())
                continue;
            // German has two plural forms (one, other): lrelease falls back to the source without both.
            const bool formsMissing = m.numerus ? m.forms.size() != 2 : m.forms.size() != 1;
            const bool blank = std::any_of(m.forms.cbegin(), m.forms.cend(),
                                           [](const QString& form) { return form.trimmed().isEmpty(); });
            if (formsMissing || blank)
                offenders << where(m);
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("Empty translation: ") + listed(offenders)));
    }

    void placeholdersMatchTheSource()
    {
        QStringList offenders;
        for (const Message& m : m_de.messages) {
            if (!current(m))
                continue;
            const QStringList expected = placeholders(m.source);
            for (const QString& form : m.forms)
                if (!form.trimmed().isEmpty() && placeholders(form) != expected)
                    offenders << where(m) + QStringLiteral(" → \"%1\" has %2, the source %3")
                                                .arg(form, placeholders(form).join(QLatin1Char(' ')),
                                                     expected.join(QLatin1Char(' ')));
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("Placeholders differ: ") + listed(offenders)));
    }

    // The checks above on a catalogue of known faults: they find each, and only those.
    void checksFindFaults()
    {
        const QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Probe</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von</translation>
    </message>
    <message>
        <source>%L1 to %L2</source>
        <translation>%L2 bis %L1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
)";
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(ts);
        file.close();
        const Catalogue probe = readCatalogue(file.fileName());
        QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
        QCOMPARE(probe.messages.size(), std::size_t(5));
        QCOMPARE(probe.messages[1].type, QStringLiteral("unfinished"));
        QCOMPARE(probe.messages[4].forms, (QStringList{QStringLiteral("%n Zeile"), QString()}));
        QCOMPARE(placeholders(probe.messages[0].source), placeholders(probe.messages[0].forms.front()));
        QVERIFY(placeholders(probe.messages[2].source) != placeholders(probe.messages[2].forms.front()));
        QCOMPARE(placeholders(probe.messages[3].source), placeholders(probe.messages[3].forms.front()));
        QCOMPARE(placeholders(QStringLiteral("Projecting… %1%, 5% a month, %n day(s)")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%n")}));
    }

private:
    Catalogue m_de;
};

QTEST_MAIN(TestTranslations)
#include "tst_Translations.moc"
