<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Headroom</name>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Headroom projects (*.headroom);;Headroom JSON (*.headroom.json *.json)</source>
        <translation>Headroom-Projekte (*.headroom);;Headroom-JSON (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>certain by %1</source>
        <translation>sicher bis %1</translation>
    </message>
    <message>
        <source>%1% likely by %2</source>
        <translation>zu %1 % wahrscheinlich bis %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No bottleneck&lt;/b&gt; within %1 months.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kein Engpass&lt;/b&gt; innerhalb von %1 Monaten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;First bottleneck: %1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erster Engpass: %1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cost per user: &lt;b&gt;%1&lt;/b&gt; a month now, &lt;b&gt;%2&lt;/b&gt; in %3.&lt;br&gt;Spend over the horizon, everything included: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kosten pro Nutzer: jetzt &lt;b&gt;%1&lt;/b&gt; im Monat, &lt;b&gt;%2&lt;/b&gt; im %3.&lt;br&gt;Ausgaben über den Zeitraum, alles eingeschlossen: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Außerdem:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>headroom::ui::GrowthEditor</name>
    <message>
        <source>&lt;b&gt;Active users&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktive Nutzer&lt;/b&gt;</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>How many months to project, from the start month (1 to 240).</source>
        <translation>Wie viele Monate ab dem Startmonat projiziert werden (1 bis 240).</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <source>Logistic (S-curve)</source>
        <translation>Logistisch (S-Kurve)</translation>
    </message>
    <message>
        <source>Through points</source>
        <translation>Durch Punkte</translation>
    </message>
    <message>
        <source>Monthly values (imported)</source>
        <translation>Monatswerte (importiert)</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Users at start</source>
        <translation>Nutzer zu Beginn</translation>
    </message>
    <message>
        <source>Active users in the first month.</source>
        <translation>Aktive Nutzer im ersten Monat.</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>Monatliches Wachstum</translation>
    </message>
    <message>
        <source>Compound growth per month: 5 % a month is about 80 % a year.</source>
        <translation>Wachstum mit Zinseszins pro Monat: 5 % im Monat sind etwa 80 % im Jahr.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Users added per month</source>
        <translation>Neue Nutzer pro Monat</translation>
    </message>
    <message>
        <source>Linear growth: users added (or lost, if negative) each month.</source>
        <translation>Lineares Wachstum: jeden Monat gewonnene (oder, wenn negativ, verlorene) Nutzer.</translation>
    </message>
    <message>
        <source>Market ceiling</source>
        <translation>Marktobergrenze</translation>
    </message>
    <message>
        <source>Logistic growth: the number of users the S-curve levels off at.</source>
        <translation>Logistisches Wachstum: die Nutzerzahl, bei der die S-Kurve abflacht.</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>Wachstumsrate</translation>
    </message>
    <message>
        <source>Logistic growth: the initial rate, per month, before the ceiling slows it.</source>
        <translation>Logistisches Wachstum: die anfängliche Rate pro Monat, bevor die Obergrenze sie bremst.</translation>
    </message>
    <message>
        <source> / month</source>
        <translation> / Monat</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation>Zeitraum ändern</translation>
    </message>
    <message>
        <source>Change growth curve</source>
        <translation>Wachstumskurve ändern</translation>
    </message>
    <message>
        <source>Change users at start</source>
        <translation>Nutzer zu Beginn ändern</translation>
    </message>
    <message>
        <source>Change monthly growth</source>
        <translation>Monatliches Wachstum ändern</translation>
    </message>
    <message>
        <source>Change users added per month</source>
        <translation>Neue Nutzer pro Monat ändern</translation>
    </message>
    <message>
        <source>Change market ceiling</source>
        <translation>Marktobergrenze ändern</translation>
    </message>
    <message>
        <source>Change growth rate</source>
        <translation>Wachstumsrate ändern</translation>
    </message>
</context>
<context>
    <name>headroom::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Headroom projects (*.headroom *.json)</source>
        <translation>Headroom-Projekte (*.headroom *.json)</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 — %2[*] — Headroom</source>
        <translation>%1 — %2[*] — Headroom</translation>
    </message>
    <message numerus="yes">
        <source>Projected %n month(s)</source>
        <translation>
            <numerusform>%n Monat projiziert</numerusform>
            <numerusform>%n Monate projiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model has %n problem(s): results are stale</source>
        <translation>
            <numerusform>Das Modell hat %n Problem: Die Ergebnisse sind veraltet</numerusform>
            <numerusform>Das Modell hat %n Probleme: Die Ergebnisse sind veraltet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::OverviewPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The model cannot be projected&lt;/b&gt; until these are fixed:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Modell kann nicht projiziert werden&lt;/b&gt;, bis diese Probleme behoben sind:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The plots show the last valid projection.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Die Diagramme zeigen die letzte gültige Projektion.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ProjectionPlots</name>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Utilization at peak</source>
        <translation>Auslastung zur Spitzenzeit</translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation>% der Kapazität</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Active users (median)</source>
        <translation>Aktive Nutzer (Median)</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1: Zielwert</translation>
    </message>
    <message>
        <source>%1 maximum</source>
        <translation>%1: Maximum</translation>
    </message>
</context>
</TS>
