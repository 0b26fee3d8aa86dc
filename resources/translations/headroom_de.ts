<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FitText</name>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>v0 = %1</source>
        <translation>v0 = %1</translation>
    </message>
    <message>
        <source>%1; a = %2 a month</source>
        <translation>%1; a = %2 pro Monat</translation>
    </message>
    <message>
        <source>%1; g = %2 a month</source>
        <translation>%1; g = %2 pro Monat</translation>
    </message>
    <message>
        <source>%1; K = %2; r = %3 a month</source>
        <translation>%1; K = %2; r = %3 pro Monat</translation>
    </message>
</context>
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
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Fixed: a set number of instances. Horizontal: more instances as load grows. Vertical: a bigger instance type from a ladder. Sharded: the data split across vertical groups.</source>
        <translation>Fest: eine feste Anzahl von Instanzen. Horizontal: mehr Instanzen bei steigender Last. Vertikal: ein größerer Instanztyp aus einer Stufenleiter. Sharding: die Daten auf vertikale Gruppen verteilt.</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Horizontal (more instances)</source>
        <translation>Horizontal (mehr Instanzen)</translation>
    </message>
    <message>
        <source>Vertical (bigger instances)</source>
        <translation>Vertikal (größere Instanzen)</translation>
    </message>
    <message>
        <source>Sharded</source>
        <translation>Sharding</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Instanztyp</translation>
    </message>
    <message>
        <source>The machine each instance runs on.</source>
        <translation>Die Maschine, auf der jede Instanz läuft.</translation>
    </message>
    <message>
        <source>Capacity per instance</source>
        <translation>Kapazität pro Instanz</translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation> ops/s</translation>
    </message>
    <message>
        <source>Capacity per vCPU</source>
        <translation>Kapazität pro vCPU</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>How many instances, whatever the load.</source>
        <translation>Wie viele Instanzen, unabhängig von der Last.</translation>
    </message>
    <message>
        <source>Minimum instances</source>
        <translation>Mindestanzahl Instanzen</translation>
    </message>
    <message>
        <source>Never fewer, even at night: redundancy.</source>
        <translation>Nie weniger, auch nachts nicht: Redundanz.</translation>
    </message>
    <message>
        <source>Maximum instances</source>
        <translation>Höchstanzahl Instanzen</translation>
    </message>
    <message>
        <source>The autoscaler&apos;s limit; reaching it is a bottleneck.</source>
        <translation>Die Grenze des Autoscalers; wird sie erreicht, ist das ein Engpass.</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Stufenleiter</translation>
    </message>
    <message>
        <source>Instance types to step up through, smallest first, separated by commas (ids from the catalog).</source>
        <translation>Instanztypen, die nacheinander hochgestuft werden, kleinster zuerst, durch Kommas getrennt (IDs aus dem Katalog).</translation>
    </message>
    <message>
        <source>e.g. r7g.large, r7g.xlarge, r7g.2xlarge</source>
        <translation>z. B. r7g.large, r7g.xlarge, r7g.2xlarge</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Identical nodes sharing the load (a primary and its read replicas).</source>
        <translation>Identische Knoten, die sich die Last teilen (ein Primärknoten und seine Lesereplikate).</translation>
    </message>
    <message>
        <source>Target utilization</source>
        <translation>Zielauslastung</translation>
    </message>
    <message>
        <source>How busy instances may run before scaling: headroom for bursts.</source>
        <translation>Wie stark Instanzen ausgelastet sein dürfen, bevor skaliert wird: Reserve für Lastspitzen.</translation>
    </message>
    <message>
        <source>Servers per instance</source>
        <translation>Server pro Instanz</translation>
    </message>
    <message>
        <source>USL contention σ</source>
        <translation>USL-Konkurrenz σ</translation>
    </message>
    <message>
        <source>The Universal Scalability Law&apos;s serial share: 0 scales linearly.</source>
        <translation>Der serielle Anteil im Universal Scalability Law: 0 skaliert linear.</translation>
    </message>
    <message>
        <source>USL coherency κ</source>
        <translation>USL-Kohärenz κ</translation>
    </message>
    <message>
        <source>The cost of keeping nodes consistent: above 0, adding nodes past a peak serves less.</source>
        <translation>Der Aufwand, Knoten konsistent zu halten: Über 0 bedienen zusätzliche Knoten jenseits eines Maximums weniger.</translation>
    </message>
    <message>
        <source>90% from</source>
        <translation>90% von</translation>
    </message>
    <message>
        <source>90% to</source>
        <translation>90% bis</translation>
    </message>
    <message>
        <source>The range you are 90% sure %1 is in; leave both blank if it is certain.</source>
        <translation>Der Bereich, in dem „%1“ mit 90% Sicherheit liegt; lassen Sie beide Felder leer, wenn der Wert sicher ist.</translation>
    </message>
    <message>
        <source>Planned (a curve)</source>
        <translation>Geplant (als Kurve)</translation>
    </message>
    <message>
        <source>Per component group</source>
        <translation>Pro Komponentengruppe</translation>
    </message>
    <message>
        <source>SRE (on-call and instances)</source>
        <translation>SRE (Rufbereitschaft und Instanzen)</translation>
    </message>
    <message>
        <source>Support (per users)</source>
        <translation>Support (nach Nutzern)</translation>
    </message>
    <message>
        <source>request class</source>
        <translation>Anfrageklasse</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>%1 (not in the model)</source>
        <translation>%1 (nicht im Modell)</translation>
    </message>
    <message>
        <source>no finite latency (saturated)</source>
        <translation>keine endliche Latenz (überlastet)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>over its target utilization</source>
        <translation>über der Zielauslastung</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>überlastet</translation>
    </message>
    <message>
        <source>at its maximum instances</source>
        <translation>bei maximaler Instanzanzahl</translation>
    </message>
    <message>
        <source>past its scalability peak</source>
        <translation>jenseits des Skalierbarkeitsmaximums</translation>
    </message>
    <message>
        <source>latency objective missed</source>
        <translation>Latenzziel verfehlt</translation>
    </message>
    <message>
        <source>out of larger instance types</source>
        <translation>keine größeren Instanztypen mehr</translation>
    </message>
    <message>
        <source>backup longer than its window</source>
        <translation>Backup länger als sein Zeitfenster</translation>
    </message>
    <message>
        <source>restore longer than the RTO</source>
        <translation>Wiederherstellung länger als die RTO</translation>
    </message>
    <message>
        <source>hot data beyond memory</source>
        <translation>heiße Daten größer als der Arbeitsspeicher</translation>
    </message>
    <message>
        <source>cost per user over target</source>
        <translation>Kosten pro Nutzer über dem Zielwert</translation>
    </message>
    <message>
        <source>cost per user rising</source>
        <translation>Kosten pro Nutzer steigen</translation>
    </message>
    <message>
        <source>queue backlog drains too slowly</source>
        <translation>Rückstau der Warteschlange baut sich zu langsam ab</translation>
    </message>
    <message>
        <source>Calls %1 → %2</source>
        <translation>Aufrufe %1 → %2</translation>
    </message>
    <message>
        <source>Headroom report: %1</source>
        <translation>Headroom-Bericht: %1</translation>
    </message>
    <message>
        <source>Capacity, cost and team projection</source>
        <translation>Projektion von Kapazität, Kosten und Team</translation>
    </message>
    <message>
        <source>Generated %1 by Headroom</source>
        <translation>Erstellt von Headroom am %1</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> aus %1</translation>
    </message>
    <message>
        <source>. Engine %1, seed %2, %3; %4 to %5.</source>
        <translation>. Engine %1, Seed %2, %3; %4 bis %5.</translation>
    </message>
    <message>
        <source>Monte Carlo sample</source>
        <translation>Monte-Carlo-Stichprobe</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>Monte-Carlo-Stichproben</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>A report is written as .html or .pdf; %1 is neither.</source>
        <translation>Ein Bericht wird als .html oder .pdf geschrieben; %1 ist keines von beiden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: Headroom report</source>
        <translation>%1: Headroom-Bericht</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source> P10–P90</source>
        <translation> P10–P90</translation>
    </message>
    <message>
        <source>%1 saturated</source>
        <translation>%1 überlastet</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>Instance type on the ladder (median)</source>
        <translation>Instanztyp auf der Stufenleiter (Median)</translation>
    </message>
    <message>
        <source>vCPUs per node</source>
        <translation>vCPUs pro Knoten</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 läuft auf %2</translation>
    </message>
    <message>
        <source>%1 instance type</source>
        <translation>Instanztyp von %1</translation>
    </message>
    <message>
        <source>%1 runs %2 from %3 (median)</source>
        <translation>%1 läuft ab %3 auf %2 (Median)</translation>
    </message>
    <message>
        <source>Capacity by component</source>
        <translation>Kapazität nach Komponente</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Instances, first month</source>
        <translation>Instanzen, erster Monat</translation>
    </message>
    <message>
        <source>Instances, last month</source>
        <translation>Instanzen, letzter Monat</translation>
    </message>
    <message>
        <source>Instance type (median)</source>
        <translation>Instanztyp (Median)</translation>
    </message>
    <message>
        <source>Peak utilization</source>
        <translation>Spitzenauslastung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Over target from</source>
        <translation>Über Zielwert ab</translation>
    </message>
    <message>
        <source>Saturated from</source>
        <translation>Überlastet ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
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
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Load each component is sized for</source>
        <translation>Last, für die jede Komponente ausgelegt ist</translation>
    </message>
    <message>
        <source>operations per second</source>
        <translation>Operationen pro Sekunde</translation>
    </message>
    <message>
        <source>Time to drain the day&apos;s peak backlog</source>
        <translation>Zeit zum Abbau des täglichen Spitzenrückstaus</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1: Zielwert</translation>
    </message>
    <message>
        <source>%1 maximum</source>
        <translation>%1: Maximum</translation>
    </message>
    <message>
        <source>%1 allowed lag</source>
        <translation>%1: zulässige Verzögerung</translation>
    </message>
    <message>
        <source>Utilization at the daily peak, at the median of the samples, against each component&apos;s target (dashed). Above 100%, a component is saturated: demand exceeds what its instances can serve, and red points mark those months.</source>
        <translation>Auslastung zur täglichen Spitzenzeit, als Median der Stichproben, verglichen mit dem Zielwert jeder Komponente (gestrichelt). Über 100% ist eine Komponente überlastet: Die Nachfrage übersteigt, was ihre Instanzen bedienen können, und rote Punkte markieren diese Monate.</translation>
    </message>
    <message>
        <source>No component saturates at the median within the horizon.</source>
        <translation>Im Median ist innerhalb des Zeitraums keine Komponente überlastet.</translation>
    </message>
    <message>
        <source>Saturated: %1.</source>
        <translation>Überlastet: %1.</translation>
    </message>
    <message>
        <source>Instance types at the median step of each ladder: %1.</source>
        <translation>Instanztypen auf der Median-Stufe jeder Stufenleiter: %1.</translation>
    </message>
    <message>
        <source>Mean latency per request class</source>
        <translation>Mittlere Latenz pro Anfrageklasse</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>95th percentile latency per request class</source>
        <translation>Latenz (95. Perzentil) pro Anfrageklasse</translation>
    </message>
    <message>
        <source>Mean response time per component</source>
        <translation>Mittlere Antwortzeit pro Komponente</translation>
    </message>
    <message>
        <source>Latency by request class</source>
        <translation>Latenz nach Anfrageklasse</translation>
    </message>
    <message>
        <source>Request class</source>
        <translation>Anfrageklasse</translation>
    </message>
    <message>
        <source>Mean objective</source>
        <translation>Ziel Mittelwert</translation>
    </message>
    <message>
        <source>Mean, first month</source>
        <translation>Mittelwert, erster Monat</translation>
    </message>
    <message>
        <source>Mean, last month</source>
        <translation>Mittelwert, letzter Monat</translation>
    </message>
    <message>
        <source>p95 objective</source>
        <translation>Ziel p95</translation>
    </message>
    <message>
        <source>p95, last month</source>
        <translation>p95, letzter Monat</translation>
    </message>
    <message>
        <source>Objective missed from</source>
        <translation>Ziel verfehlt ab</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>%1: Ziel</translation>
    </message>
    <message>
        <source>End-to-end latency of each request class at the daily peak (median, with the P10–P90 band), against its objective (dashed). A saturated component has no finite latency: the lines then reach the top of the scale (%1).</source>
        <translation>End-to-End-Latenz jeder Anfrageklasse zur täglichen Spitzenzeit (Median, mit P10–P90-Band), verglichen mit ihrem Ziel (gestrichelt). Eine überlastete Komponente hat keine endliche Latenz: Die Linien reichen dann bis zum oberen Rand der Skala (%1).</translation>
    </message>
    <message>
        <source>The model has no request classes.</source>
        <translation>Das Modell hat keine Anfrageklassen.</translation>
    </message>
    <message>
        <source>Every request class meets its objectives at the median.</source>
        <translation>Im Median erreicht jede Anfrageklasse ihre Ziele.</translation>
    </message>
    <message>
        <source>Objectives missed: %1.</source>
        <translation>Ziele verfehlt: %1.</translation>
    </message>
    <message>
        <source>Stored data, replicas included</source>
        <translation>Gespeicherte Daten, inklusive Replikate</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Full backup against its window</source>
        <translation>Vollbackup im Vergleich zum Backup-Fenster</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Full restore against the recovery time objective</source>
        <translation>Vollständige Wiederherstellung im Vergleich zur RTO</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Data by component</source>
        <translation>Daten nach Komponente</translation>
    </message>
    <message>
        <source>Stored, first month</source>
        <translation>Gespeichert, erster Monat</translation>
    </message>
    <message>
        <source>Stored, last month</source>
        <translation>Gespeichert, letzter Monat</translation>
    </message>
    <message>
        <source>Backup, last month</source>
        <translation>Backup, letzter Monat</translation>
    </message>
    <message>
        <source>Backup window</source>
        <translation>Backup-Fenster</translation>
    </message>
    <message>
        <source>Over window from</source>
        <translation>Über Fenster ab</translation>
    </message>
    <message>
        <source>Restore, last month</source>
        <translation>Wiederherstellung, letzter Monat</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Over RTO from</source>
        <translation>Über RTO ab</translation>
    </message>
    <message>
        <source>%1 window</source>
        <translation>%1: Backup-Fenster</translation>
    </message>
    <message>
        <source>%1&apos;s full backup outgrows its %2 window in %3</source>
        <translation>Das Vollbackup von %1 passt ab %3 nicht mehr in sein Fenster von %2</translation>
    </message>
    <message>
        <source>%1 RTO</source>
        <translation>%1: RTO</translation>
    </message>
    <message>
        <source>%1&apos;s restore passes its %2 RTO in %3</source>
        <translation>Die Wiederherstellung von %1 überschreitet ab %3 ihre RTO von %2</translation>
    </message>
    <message>
        <source>No component stores data in this model.</source>
        <translation>In diesem Modell speichert keine Komponente Daten.</translation>
    </message>
    <message>
        <source>Data on disk grows with the users and what they keep; a full backup (and a restore) takes longer as it grows. Dashed lines are the backup windows and the recovery time objectives.</source>
        <translation>Die Daten auf dem Datenträger wachsen mit den Nutzern und dem, was sie speichern; ein Vollbackup (und eine Wiederherstellung) dauert mit wachsender Datenmenge länger. Gestrichelte Linien sind die Backup-Fenster und die RTOs.</translation>
    </message>
    <message>
        <source>Backups and restores fit their windows at the median.</source>
        <translation>Im Median passen Backups und Wiederherstellungen in ihre Zeitfenster.</translation>
    </message>
    <message>
        <source>Headcount by role (mean)</source>
        <translation>Personalbestand nach Rolle (Mittelwert)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Team by role</source>
        <translation>Team nach Rolle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>People, first month</source>
        <translation>Personen, erster Monat</translation>
    </message>
    <message>
        <source>People, last month</source>
        <translation>Personen, letzter Monat</translation>
    </message>
    <message>
        <source>Peak people</source>
        <translation>Personen, Höchststand</translation>
    </message>
    <message>
        <source>Hires over the horizon (mean)</source>
        <translation>Neueinstellungen im Zeitraum (Mittelwert)</translation>
    </message>
    <message>
        <source>Cost over the horizon (mean)</source>
        <translation>Kosten im Zeitraum (Mittelwert)</translation>
    </message>
    <message>
        <source>$ a month</source>
        <translation>$ pro Monat</translation>
    </message>
    <message>
        <source>Spend by category (mean of the samples)</source>
        <translation>Ausgaben nach Kategorie (Mittelwert der Stichproben)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Erster Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Over the horizon</source>
        <translation>Im gesamten Zeitraum</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Infrastructure spend by component</source>
        <translation>Infrastrukturausgaben nach Komponente</translation>
    </message>
    <message>
        <source>No team is modelled: add roles to see headcount, hiring and the team&apos;s cost.</source>
        <translation>Es ist kein Team modelliert: Fügen Sie Rollen hinzu, um Personalbestand, Neueinstellungen und Teamkosten zu sehen.</translation>
    </message>
    <message>
        <source>Headcount, all roles</source>
        <translation>Personalbestand, alle Rollen</translation>
    </message>
    <message>
        <source>Headcount (median)</source>
        <translation>Personalbestand (Median)</translation>
    </message>
    <message>
        <source>Hires needed each month</source>
        <translation>Benötigte Neueinstellungen pro Monat</translation>
    </message>
    <message>
        <source>hires</source>
        <translation>Neueinstellungen</translation>
    </message>
    <message>
        <source>Hires (median)</source>
        <translation>Neueinstellungen (Median)</translation>
    </message>
    <message>
        <source>Recruiting capacity</source>
        <translation>Recruiting-Kapazität</translation>
    </message>
    <message>
        <source>Team cost a month</source>
        <translation>Teamkosten pro Monat</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>Team (median)</source>
        <translation>Team (Median)</translation>
    </message>
    <message>
        <source>Recruiting (median)</source>
        <translation>Recruiting (Median)</translation>
    </message>
    <message>
        <source>The team grows from %1 to %2 people at the median, hiring up to %3 a month.</source>
        <translation>Im Median wächst das Team von %1 auf %2 Personen, mit bis zu %3 Neueinstellungen pro Monat.</translation>
    </message>
    <message>
        <source>From %1 the plan needs more hires than recruiting can close (%2 a month).</source>
        <translation>Ab %1 braucht der Plan mehr Neueinstellungen, als das Recruiting abschließen kann (%2 pro Monat).</translation>
    </message>
    <message>
        <source>Recruiting (%1 a month) keeps up with the plan at the median.</source>
        <translation>Im Median hält das Recruiting (%1 pro Monat) mit dem Plan Schritt.</translation>
    </message>
    <message>
        <source>Team figures (median)</source>
        <translation>Teamkennzahlen (Median)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Höchststand</translation>
    </message>
    <message>
        <source>Over the horizon (mean)</source>
        <translation>Im gesamten Zeitraum (Mittelwert)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Personalbestand</translation>
    </message>
    <message>
        <source>Hires a month</source>
        <translation>Neueinstellungen pro Monat</translation>
    </message>
    <message>
        <source>Recruiting cost a month</source>
        <translation>Recruiting-Kosten pro Monat</translation>
    </message>
    <message>
        <source>Monthly cost by category, team included (mean)</source>
        <translation>Monatliche Kosten nach Kategorie, inklusive Team (Mittelwert)</translation>
    </message>
    <message>
        <source>Infrastructure cost by category (mean)</source>
        <translation>Infrastrukturkosten nach Kategorie (Mittelwert)</translation>
    </message>
    <message>
        <source>Cost per active user a month</source>
        <translation>Kosten pro aktivem Nutzer und Monat</translation>
    </message>
    <message>
        <source>$ per user</source>
        <translation>$ pro Nutzer</translation>
    </message>
    <message>
        <source>Cost per user (median)</source>
        <translation>Kosten pro Nutzer (Median)</translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation>Kumulierte Ausgaben</translation>
    </message>
    <message>
        <source>Cumulative spend (median)</source>
        <translation>Kumulierte Ausgaben (Median)</translation>
    </message>
    <message>
        <source>Everything the product costs a month, team included, by category; the cost per active user with its P10–P90 band; the running total; and the gross margin where revenue per user is given.</source>
        <translation>Alles, was das Produkt pro Monat kostet, inklusive Team, nach Kategorie; die Kosten pro aktivem Nutzer mit ihrem P10–P90-Band; die laufende Summe; und die Bruttomarge, sofern ein Umsatz pro Nutzer angegeben ist.</translation>
    </message>
    <message>
        <source>Monthly cost goes from %1 to %2 (mean); cost per user from %3 to %4 at the median.</source>
        <translation>Die monatlichen Kosten entwickeln sich von %1 auf %2 (Mittelwert), die Kosten pro Nutzer im Median von %3 auf %4.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% des Umsatzes</translation>
    </message>
    <message>
        <source>Gross margin (median)</source>
        <translation>Bruttomarge (Median)</translation>
    </message>
    <message>
        <source>Gross margin: %1 in the first month, %2 in the last (median).</source>
        <translation>Bruttomarge: %1 im ersten Monat, %2 im letzten (Median).</translation>
    </message>
    <message>
        <source>certain by %1</source>
        <translation>sicher bis %1</translation>
    </message>
    <message>
        <source>%1 likely by %2</source>
        <translation>zu %1 wahrscheinlich bis %2</translation>
    </message>
    <message>
        <source>First bottleneck</source>
        <translation>Erster Engpass</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>innerhalb von %1</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monaten</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source> (P10–P90 %1–%2)</source>
        <translation> (P10–P90 %1–%2)</translation>
    </message>
    <message>
        <source>Cost per active user, a month</source>
        <translation>Kosten pro aktivem Nutzer und Monat</translation>
    </message>
    <message>
        <source>%1 to %2%3</source>
        <translation>%1 bis %2%3</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Gesamtausgaben</translation>
    </message>
    <message>
        <source>over %1, %2 of it infrastructure</source>
        <translation>in %1, davon %2 für Infrastruktur</translation>
    </message>
    <message>
        <source>Peak headcount</source>
        <translation>Höchster Personalbestand</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no team modelled</source>
        <translation>kein Team modelliert</translation>
    </message>
    <message>
        <source>&lt;b&gt;First bottleneck: %1&lt;/b&gt; (%2). %3</source>
        <translation>&lt;b&gt;Erster Engpass: %1&lt;/b&gt; (%2). %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;No bottleneck&lt;/b&gt; within %1 at the median.</source>
        <translation>&lt;b&gt;Kein Engpass&lt;/b&gt; innerhalb von %1 im Median.</translation>
    </message>
    <message>
        <source> (P10–P90 %1 to %2)</source>
        <translation> (P10–P90 %1 bis %2)</translation>
    </message>
    <message>
        <source>Cost per active user, everything included: &lt;b&gt;%1&lt;/b&gt; a month in %2, &lt;b&gt;%3&lt;/b&gt; in %4%5.</source>
        <translation>Kosten pro aktivem Nutzer, alles eingeschlossen: &lt;b&gt;%1&lt;/b&gt; pro Monat im %2, &lt;b&gt;%3&lt;/b&gt; im %4%5.</translation>
    </message>
    <message>
        <source>Spend over the horizon: &lt;b&gt;%1&lt;/b&gt;, of which %2 is infrastructure.</source>
        <translation>Ausgaben über den Zeitraum: &lt;b&gt;%1&lt;/b&gt;, davon %2 für Infrastruktur.</translation>
    </message>
    <message>
        <source>Active users grow from %1 to &lt;b&gt;%2&lt;/b&gt; at the median%3.</source>
        <translation>Die aktiven Nutzer wachsen im Median von %1 auf &lt;b&gt;%2&lt;/b&gt;%3.</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Active users (median)</source>
        <translation>Aktive Nutzer (Median)</translation>
    </message>
    <message>
        <source>The team peaks at &lt;b&gt;%1&lt;/b&gt; people.</source>
        <translation>Das Team erreicht in der Spitze &lt;b&gt;%1&lt;/b&gt; Personen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Daten und Backups</translation>
    </message>
    <message>
        <source>Team and hiring</source>
        <translation>Team und Neueinstellungen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Engpässe</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Bottlenecks by median first month</source>
        <translation>Engpässe nach erstem Monat (Median)</translation>
    </message>
    <message>
        <source>Every bottleneck, earliest first</source>
        <translation>Alle Engpässe, früheste zuerst</translation>
    </message>
    <message>
        <source>Median month</source>
        <translation>Monat (Median)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Likely by %1</source>
        <translation>Wahrscheinlich bis %1</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>not at the median</source>
        <translation>nicht im Median</translation>
    </message>
    <message>
        <source>rank correlation (Spearman&apos;s ρ)</source>
        <translation>Rangkorrelation (Spearmans ρ)</translation>
    </message>
    <message>
        <source>raises it</source>
        <translation>erhöht den Wert</translation>
    </message>
    <message>
        <source>lowers it</source>
        <translation>senkt den Wert</translation>
    </message>
    <message>
        <source>Rank correlation of each uncertain input</source>
        <translation>Rangkorrelation jedes unsicheren Parameters</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Cost per user, last month</source>
        <translation>Kosten pro Nutzer, letzter Monat</translation>
    </message>
    <message>
        <source>Month of the first bottleneck</source>
        <translation>Monat des ersten Engpasses</translation>
    </message>
    <message>
        <source>Headline figures, with the difference from the base</source>
        <translation>Kennzahlen im Überblick, mit der Differenz zur Basis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Cost per user, first month</source>
        <translation>Kosten pro Nutzer, erster Monat</translation>
    </message>
    <message>
        <source>Peak instances</source>
        <translation>Höchste Instanzanzahl</translation>
    </message>
    <message>
        <source>No bottleneck happens in any sample within the horizon.</source>
        <translation>In keiner Stichprobe tritt innerhalb des Zeitraums ein Engpass auf.</translation>
    </message>
    <message>
        <source>%1 at the median; %2 more in some samples only.</source>
        <translation>%1 im Median; %2 weitere nur in einigen Stichproben.</translation>
    </message>
    <message>
        <source>bottleneck happens</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>bottlenecks happen</source>
        <translation>Engpässe</translation>
    </message>
    <message>
        <source>Sensitivity needs a Monte Carlo run of a model with uncertain inputs (ranges).</source>
        <translation>Die Sensitivitätsanalyse braucht einen Monte-Carlo-Lauf eines Modells mit unsicheren Parametern (Bereichen).</translation>
    </message>
    <message>
        <source>Which uncertain inputs move the results: Spearman&apos;s rank correlation between each input&apos;s draws and the output across the %1. A bar to the right means more of the input raises the output; to the left, lowers it.</source>
        <translation>Welche unsicheren Parameter die Ergebnisse bewegen: Spearmans Rangkorrelation zwischen den gezogenen Werten jedes Parameters und dem Ergebnis über %1. Ein Balken nach rechts bedeutet, dass ein höherer Parameterwert das Ergebnis erhöht; nach links, dass er es senkt.</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>What drives cost per user in %1</source>
        <translation>Was die Kosten pro Nutzer im %1 treibt</translation>
    </message>
    <message>
        <source>What drives the month of the first bottleneck</source>
        <translation>Was den Monat des ersten Engpasses bestimmt</translation>
    </message>
    <message>
        <source>The model has no scenarios. Add one (a component&apos;s policy, a growth rate, a price) to compare it with the base here.</source>
        <translation>Das Modell hat keine Szenarien. Fügen Sie eines hinzu (die Skalierungsstrategie einer Komponente, eine Wachstumsrate, einen Preis), um es hier mit der Basis zu vergleichen.</translation>
    </message>
    <message>
        <source>The base model and its scenarios, run with the same seed and the same draws (common random numbers), so the differences come from the scenarios&apos; changes, not from chance. Lines are medians.</source>
        <translation>Das Basismodell und seine Szenarien, gerechnet mit demselben Seed und denselben Zufallsziehungen (Common Random Numbers), sodass die Unterschiede aus den Änderungen der Szenarien stammen und nicht aus dem Zufall. Die Linien sind Mediane.</translation>
    </message>
    <message>
        <source>Cumulative spend against the base</source>
        <translation>Kumulierte Ausgaben im Vergleich zur Basis</translation>
    </message>
    <message>
        <source>$ more than the base</source>
        <translation>$ mehr als die Basis</translation>
    </message>
    <message>
        <source>Cost per active user</source>
        <translation>Kosten pro aktivem Nutzer</translation>
    </message>
    <message>
        <source>Instances, all components</source>
        <translation>Instanzen, alle Komponenten</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Ausgehender Traffic</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>Recruiting</translation>
    </message>
    <message>
        <source>One more bottleneck follows: see Bottlenecks.</source>
        <translation>Ein weiterer Engpass folgt: siehe Engpässe.</translation>
    </message>
    <message>
        <source>%1 more bottlenecks follow: see Bottlenecks.</source>
        <translation>%1 weitere Engpässe folgen: siehe Engpässe.</translation>
    </message>
    <message>
        <source>X(1): operations per second one instance serves when fully busy, from a load test.</source>
        <translation>X(1): Operationen pro Sekunde, die eine Instanz bei voller Auslastung bedient, aus einem Lasttest.</translation>
    </message>
    <message>
        <source>Operations per second one core serves when fully busy; the ladder&apos;s types scale it by the USL.</source>
        <translation>Operationen pro Sekunde, die ein Kern bei voller Auslastung bedient; die Typen der Stufenleiter skalieren sie nach dem USL.</translation>
    </message>
    <message>
        <source>on-call rotation too small</source>
        <translation>Rufbereitschaft unterbesetzt</translation>
    </message>
    <message>
        <source>hiring beyond recruiting capacity</source>
        <translation>Einstellungsbedarf übersteigt die Recruiting-Kapazität</translation>
    </message>
    <message>
        <source>people in %1, from %2 at the start</source>
        <translation>Personen im %1, zu Beginn %2</translation>
    </message>
    <message>
        <source>c of the M/M/c queue: requests one instance serves at once. 0: one per vCPU of its type.</source>
        <translation>c der M/M/c-Warteschlange: Anfragen, die eine Instanz gleichzeitig bedient. 0: einer pro vCPU ihres Typs.</translation>
    </message>
    <message>
        <source>One per vCPU</source>
        <translation>Einer pro vCPU</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage in a bottleneck&apos;s sentence</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 operations/s</source>
        <translation>%1 Operationen/s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>On-call is undersized in %1: %2 people in place can take call, the rotations need %3 (hiring is behind).</source>
        <translation>Die Rufbereitschaft ist im %1 unterbesetzt: %2 Personen im Team können Bereitschaft übernehmen, die Rotationen brauchen %3 (die Einstellungen hinken hinterher).</translation>
    </message>
    <message>
        <source>Hiring outruns recruiting in %1: the plan needs %2 hires that month, recruiting closes %3.</source>
        <translation>Der Einstellungsbedarf übersteigt im %1 die Recruiting-Kapazität: Der Plan braucht in diesem Monat %2 Neueinstellungen, das Recruiting schafft %3.</translation>
    </message>
    <message>
        <source>Cost per active user rises 1 month in a row to %1 in %2 (from %3): costs are growing faster than users.</source>
        <translation>Die Kosten pro aktivem Nutzer steigen im %2 von %3 auf %1: Sie wachsen schneller als die Nutzerzahl.</translation>
    </message>
    <message>
        <source>Cost per active user rises %1 months in a row to %2 in %3 (from %4): costs are growing faster than users.</source>
        <translation>Die Kosten pro aktivem Nutzer steigen %1 Monate in Folge und erreichen im %3 den Wert %2 (zuvor %4): Sie wachsen schneller als die Nutzerzahl.</translation>
    </message>
    <message>
        <source>Cost per active user reaches %1 in %2, above the %3 target.</source>
        <translation>Die Kosten pro aktivem Nutzer erreichen im %2 den Wert %1 und liegen damit über dem Zielwert von %3.</translation>
    </message>
    <message>
        <source>%1 misses its p95 latency objective in %2: a component on its path is saturated, so requests queue without bound.</source>
        <translation>%1 verfehlt im %2 das p95-Latenzziel: Eine Komponente auf dem Aufrufpfad ist überlastet, sodass sich die Anfragen unbegrenzt stauen.</translation>
    </message>
    <message>
        <source>%1 misses its mean latency objective in %2: a component on its path is saturated, so requests queue without bound.</source>
        <translation>%1 verfehlt im %2 das Ziel für die mittlere Latenz: Eine Komponente auf dem Aufrufpfad ist überlastet, sodass sich die Anfragen unbegrenzt stauen.</translation>
    </message>
    <message>
        <source>%1 misses its p95 latency objective in %2: %3 end to end against %4.</source>
        <translation>%1 verfehlt im %2 das p95-Latenzziel: %3 Ende-zu-Ende bei einem Ziel von %4.</translation>
    </message>
    <message>
        <source>%1 misses its mean latency objective in %2: %3 end to end against %4.</source>
        <translation>%1 verfehlt im %2 das Ziel für die mittlere Latenz: %3 Ende-zu-Ende bei einem Ziel von %4.</translation>
    </message>
    <message>
        <source>%1 runs at %2 utilization in %3, above its %4 target.</source>
        <translation>%1 läuft im %3 mit %2 Auslastung, über dem Zielwert von %4.</translation>
    </message>
    <message>
        <source>%1 is saturated in %2: peak demand is %3 of what 1 instance can serve, so requests queue without bound.</source>
        <translation>%1 ist im %2 überlastet: Die Spitzenlast beträgt %3 dessen, was eine Instanz bedienen kann, sodass sich die Anfragen unbegrenzt stauen.</translation>
    </message>
    <message>
        <source>%1 is saturated in %2: peak demand is %3 of what %4 instances can serve, so requests queue without bound.</source>
        <translation>%1 ist im %2 überlastet: Die Spitzenlast beträgt %3 dessen, was %4 Instanzen bedienen können, sodass sich die Anfragen unbegrenzt stauen.</translation>
    </message>
    <message>
        <source>%1 reaches its maximum of 1 instance in %2.</source>
        <translation>%1 erreicht im %2 die Höchstzahl von einer Instanz.</translation>
    </message>
    <message>
        <source>%1 reaches its maximum of %2 instances in %3.</source>
        <translation>%1 erreicht im %3 die Höchstzahl von %2 Instanzen.</translation>
    </message>
    <message>
        <source>%1 hits its scalability ceiling in %2: past 1 instance, adding more would lower its throughput.</source>
        <translation>%1 stößt im %2 an die Skalierbarkeitsgrenze: Über 1 Instanz hinaus würden weitere Instanzen den Durchsatz senken.</translation>
    </message>
    <message>
        <source>%1 hits its scalability ceiling in %2: past %3 instances, adding more would lower its throughput.</source>
        <translation>%1 stößt im %2 an die Skalierbarkeitsgrenze: Über %3 Instanzen hinaus würden weitere Instanzen den Durchsatz senken.</translation>
    </message>
    <message>
        <source>%1 outgrows its instance types in %2: peak demand of %3 is more than the best of them, %4 (larger types would serve less: past its scalability peak), serves at its target: %5.</source>
        <translation>%1 wächst im %2 über die verfügbaren Instanztypen hinaus: Die Spitzenlast von %3 übersteigt, was der beste von ihnen, %4, bei Zielauslastung bedient (%5); größere Typen würden weniger bedienen, da sie jenseits des Skalierbarkeitsmaximums liegen.</translation>
    </message>
    <message>
        <source>%1 outgrows its instance types in %2: peak demand of %3 is more than the best of them, %4, serves at its target: %5.</source>
        <translation>%1 wächst im %2 über die verfügbaren Instanztypen hinaus: Die Spitzenlast von %3 übersteigt, was der beste von ihnen, %4, bei Zielauslastung bedient (%5).</translation>
    </message>
    <message>
        <source>%1&apos;s full backup takes %2 in %3, longer than its %4 window.</source>
        <translation>Das vollständige Backup von %1 dauert im %3 mit %2 länger als das Zeitfenster von %4.</translation>
    </message>
    <message>
        <source>%1&apos;s full restore takes %2 in %3, longer than its %4 recovery time objective.</source>
        <translation>Die vollständige Wiederherstellung von %1 dauert im %3 mit %2 länger als das Wiederherstellungsziel (RTO) von %4.</translation>
    </message>
    <message>
        <source>%1&apos;s hot data outgrows its memory in %2: operations served from disk make it %3× slower.</source>
        <translation>Die heißen Daten von %1 passen im %2 nicht mehr in den Arbeitsspeicher: Zugriffe auf den Datenträger machen die Komponente %3-mal langsamer.</translation>
    </message>
    <message>
        <source>%1 falls behind its queue in %2: the day&apos;s peak backlog takes %3 minutes to drain, longer than the %4 minutes it may lag.</source>
        <translation>%1 kommt im %2 mit der Warteschlange nicht mehr hinterher: Der Rückstau der täglichen Spitze braucht %3 Minuten zum Abbauen, länger als die zulässige Verzögerung von %4 Minuten.</translation>
    </message>
    <message>
        <source>%1 has a bottleneck in %2.</source>
        <translation>%1 hat im %2 einen Engpass.</translation>
    </message>
    <message>
        <source>contention (USL σ)</source>
        <translation>Konkurrenz (USL σ)</translation>
    </message>
    <message>
        <source>coherency (USL κ)</source>
        <translation>Kohärenz (USL κ)</translation>
    </message>
    <message>
        <source>capacity per vCPU</source>
        <translation>Kapazität pro vCPU</translation>
    </message>
    <message>
        <source>capacity per instance</source>
        <translation>Kapazität pro Instanz</translation>
    </message>
    <message>
        <source>target utilization</source>
        <translation>Zielauslastung</translation>
    </message>
    <message>
        <source>storage price per GB-month</source>
        <translation>Speicherpreis pro GB und Monat</translation>
    </message>
    <message>
        <source>costs: egress per user</source>
        <translation>Kosten: ausgehender Traffic pro Nutzer</translation>
    </message>
    <message>
        <source>costs: egress price per GB</source>
        <translation>Kosten: Preis für ausgehenden Traffic pro GB</translation>
    </message>
    <message>
        <source>costs: revenue per user</source>
        <translation>Kosten: Umsatz pro Nutzer</translation>
    </message>
    <message>
        <source>ingest over time</source>
        <translation>Datenzufluss im Zeitverlauf</translation>
    </message>
    <message>
        <source>active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>Personalbestand</translation>
    </message>
    <message>
        <source>use over time</source>
        <translation>Nutzung im Zeitverlauf</translation>
    </message>
    <message>
        <source>instance price trend</source>
        <translation>Preisentwicklung der Instanzen</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>slope per month</source>
        <translation>Anstieg pro Monat</translation>
    </message>
    <message>
        <source>monthly growth</source>
        <translation>monatliches Wachstum</translation>
    </message>
    <message>
        <source>ceiling</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>growth rate per month</source>
        <translation>Wachstumsrate pro Monat</translation>
    </message>
    <message>
        <source>requests per user a day</source>
        <translation>Anfragen pro Nutzer und Tag</translation>
    </message>
    <message>
        <source>peak over average</source>
        <translation>Spitze zu Durchschnitt</translation>
    </message>
    <message>
        <source>cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>price per hour</source>
        <translation>Preis pro Stunde</translation>
    </message>
    <message>
        <source>price per month</source>
        <translation>Preis pro Monat</translation>
    </message>
    <message>
        <source>cost per person a month</source>
        <translation>Kosten pro Person und Monat</translation>
    </message>
    <message>
        <source>calls per operation</source>
        <translation>Aufrufe pro Operation</translation>
    </message>
    <message>
        <source>reserved share</source>
        <translation>reservierter Anteil</translation>
    </message>
    <message>
        <source>storage price trend</source>
        <translation>Preisentwicklung des Speichers</translation>
    </message>
    <message>
        <source>egress price trend</source>
        <translation>Preisentwicklung des ausgehenden Datenverkehrs</translation>
    </message>
    <message>
        <source>licence price trend</source>
        <translation>Preisentwicklung der Lizenzen</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>data per user</source>
        <translation>Daten pro Nutzer</translation>
    </message>
    <message>
        <source>new data per user a month</source>
        <translation>neue Daten pro Nutzer und Monat</translation>
    </message>
    <message>
        <source>replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>backup speed</source>
        <translation>Backup-Rate</translation>
    </message>
    <message>
        <source>restore speed</source>
        <translation>Wiederherstellungsrate</translation>
    </message>
    <message>
        <source>backup window</source>
        <translation>Backup-Fenster</translation>
    </message>
    <message>
        <source>recovery time objective</source>
        <translation>Wiederherstellungsziel (RTO)</translation>
    </message>
    <message>
        <source>working set</source>
        <translation>Working Set</translation>
    </message>
    <message>
        <source>miss penalty</source>
        <translation>Faktor bei Fehlzugriff</translation>
    </message>
    <message>
        <source>max data per shard</source>
        <translation>max. Daten pro Shard</translation>
    </message>
    <message>
        <source>max writes per shard</source>
        <translation>max. Schreibvorgänge pro Shard</translation>
    </message>
    <message>
        <source>write share</source>
        <translation>Schreibanteil</translation>
    </message>
    <message>
        <source>contention across the role (USL σ)</source>
        <translation>Konkurrenz in der Rolle (USL σ)</translation>
    </message>
    <message>
        <source>coherency within a team (USL κ)</source>
        <translation>Kohärenz im Team (USL κ)</translation>
    </message>
    <message>
        <source>Requisitions to open (median)</source>
        <translation>Zu eröffnende Stellen (Median)</translation>
    </message>
    <message>
        <source>Hiring takes 1 month from requisition to start: each requisition opens that far ahead of its hire, and the first month needs no more than the replacements already being recruited.</source>
        <translation>Eine Einstellung dauert 1 Monat von der Ausschreibung bis zum Arbeitsbeginn: Jede Stelle wird so lange vor ihrem Bedarf ausgeschrieben, und der erste Monat braucht nicht mehr als die Nachbesetzungen, die schon ausgeschrieben sind.</translation>
    </message>
    <message>
        <source>Hiring takes %1 months from requisition to start: each requisition opens that far ahead of its hire, and the first months need no more than the replacements already being recruited.</source>
        <translation>Eine Einstellung dauert %1 Monate von der Ausschreibung bis zum Arbeitsbeginn: Jede Stelle wird so lange vor ihrem Bedarf ausgeschrieben, und die ersten Monate brauchen nicht mehr als die Nachbesetzungen, die schon ausgeschrieben sind.</translation>
    </message>
    <message>
        <source>What the team gets done, in people working alone</source>
        <translation>Was das Team schafft, in Personen, die allein arbeiten</translation>
    </message>
    <message>
        <source>people-equivalents</source>
        <translation>Personenäquivalente</translation>
    </message>
    <message>
        <source>Team throughput in the last month (median)</source>
        <translation>Durchsatz des Teams im letzten Monat (Median)</translation>
    </message>
    <message>
        <source>Teams of at most</source>
        <translation>Teams von höchstens</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Throughput (people-equivalents)</source>
        <translation>Durchsatz (Personenäquivalente)</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Pro Person</translation>
    </message>
    <message>
        <source>%1: in the last month %2 people, in teams of at most %3, get done the work of %4 people working alone (%5 each), by the Universal Scalability Law with contention σ = %6 across the role and coherency κ = %7 within each team.</source>
        <translation>%1: Im letzten Monat schaffen %2 Personen in Teams von höchstens %3 die Arbeit von %4 Personen, die allein arbeiten (%5 pro Person), nach dem Universal Scalability Law mit einer Konkurrenz σ = %6 in der Rolle und einer Kohärenz κ = %7 in jedem Team.</translation>
    </message>
    <message>
        <source>Short of the plan (median)</source>
        <translation>Fehlend gegenüber dem Plan (Median)</translation>
    </message>
    <message>
        <source>People short of the plan</source>
        <translation>Fehlende Personen gegenüber dem Plan</translation>
    </message>
    <message>
        <source>Requisitions to open a month</source>
        <translation>Zu eröffnende Stellen pro Monat</translation>
    </message>
    <message>
        <source>Hiring takes 1 month from requisition to start, so growth needed before %1, beyond the replacements already being recruited, cannot start on time: the first month opens %2 requisitions, and the team is up to %3 people short of its plan until then (median).</source>
        <translation>Eine Einstellung dauert 1 Monat von der Ausschreibung bis zum Arbeitsbeginn, daher kann Wachstum, das vor %1 über die schon ausgeschriebenen Nachbesetzungen hinaus nötig ist, nicht rechtzeitig beginnen: Im ersten Monat werden %2 Stellen ausgeschrieben, und dem Team fehlen bis dahin bis zu %3 Personen gegenüber dem Plan (Median).</translation>
    </message>
    <message>
        <source>Hiring takes %1 months from requisition to start, so growth needed before %2, beyond the replacements already being recruited, cannot start on time: the first month opens %3 requisitions, and the team is up to %4 people short of its plan until then (median).</source>
        <translation>Eine Einstellung dauert %1 Monate von der Ausschreibung bis zum Arbeitsbeginn, daher kann Wachstum, das vor %2 über die schon ausgeschriebenen Nachbesetzungen hinaus nötig ist, nicht rechtzeitig beginnen: Im ersten Monat werden %3 Stellen ausgeschrieben, und dem Team fehlen bis dahin bis zu %4 Personen gegenüber dem Plan (Median).</translation>
    </message>
    <message>
        <source>team: recruiting capacity a month</source>
        <translation>Team: Recruiting-Kapazität pro Monat</translation>
    </message>
    <message>
        <source>attrition a year</source>
        <translation>Fluktuation pro Jahr</translation>
    </message>
    <message>
        <source>cost per hire</source>
        <translation>Kosten pro Neueinstellung</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>seasonality in %1</source>
        <translation>Saisonalität im %1</translation>
    </message>
    <message>
        <source>seasonality</source>
        <translation>Saisonalität</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>multiplier</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>team: hiring lead time</source>
        <translation>Team: Vorlaufzeit für Neueinstellungen</translation>
    </message>
    <message>
        <source>reserved discount</source>
        <translation>Rabatt für Reservierung</translation>
    </message>
    <message>
        <source>people per component group</source>
        <translation>Personen pro Komponentengruppe</translation>
    </message>
    <message>
        <source>instances per SRE</source>
        <translation>Instanzen pro SRE</translation>
    </message>
    <message>
        <source>users per support person</source>
        <translation>Nutzer pro Support-Person</translation>
    </message>
    <message>
        <source>length of the daily peak</source>
        <translation>Dauer der täglichen Spitze</translation>
    </message>
    <message>
        <source>The lead time is uncertain, %1 to %2 months (90%): each sample draws it in whole months, so how long the plan waits varies from sample to sample.</source>
        <translation>Die Vorlaufzeit ist unsicher, %1 bis %2 Monate (90%): Jede Stichprobe zieht sie in ganzen Monaten, daher ist unterschiedlich, wie lange der Plan wartet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No bottleneck&lt;/b&gt; within %1 at the median. The likeliest (%2): %3</source>
        <translation>&lt;b&gt;Kein Engpass&lt;/b&gt; innerhalb von %1 im Median. Am wahrscheinlichsten (%2): %3</translation>
    </message>
    <message>
        <source>One more bottleneck happens in some samples: see Bottlenecks.</source>
        <translation>Ein weiterer Engpass tritt in einem Teil der Stichproben auf: siehe Engpässe.</translation>
    </message>
    <message>
        <source>%1 more bottlenecks happen in some samples: see Bottlenecks.</source>
        <translation>%1 weitere Engpässe treten in einem Teil der Stichproben auf: siehe Engpässe.</translation>
    </message>
    <message>
        <source>at the median within %1; likeliest: %2: %3, %4</source>
        <translation>im Median innerhalb von %1; am wahrscheinlichsten: %2: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more, each under %1 likely by %2: in the application&apos;s Bottlenecks view and its CSV export.</source>
        <translation>
            <numerusform>%n weiterer, unter %1 wahrscheinlich bis %2: in der Ansicht Engpässe der Anwendung und ihrem CSV-Export.</numerusform>
            <numerusform>%n weitere, jeder unter %1 wahrscheinlich bis %2: in der Ansicht Engpässe der Anwendung und ihrem CSV-Export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median first month %1; %2 likely by %3</source>
        <translation>Erster Monat (Median): %1; zu %2 wahrscheinlich bis %3</translation>
    </message>
    <message>
        <source>%1 likely by %2; where it happens, by %3 in half the samples</source>
        <translation>Zu %1 wahrscheinlich bis %2; wo er auftritt, in der Hälfte der Stichproben bis %3</translation>
    </message>
    <message>
        <source>%1
%2
%3
(Click to show it in the model.)</source>
        <translation>%1
%2
%3
(Klicken Sie, um die Stelle im Modell zu zeigen.)</translation>
    </message>
    <message>
        <source>Each bottleneck that happens at the median is a disc at its median first month: the bar runs from the month it is 10% likely to the month it is 90% likely, and the figure says how likely it is by %1. One that happens in half the samples or fewer, but in at least 10%, is a ring: the same among the samples where it happens, at the month half of them have it by, the bar from 10% of them to 90%.</source>
        <translation>Jeder Engpass, der im Median auftritt, ist ein Punkt im Median-Monat seines ersten Auftretens: Der Balken reicht vom Monat, in dem er zu 10% wahrscheinlich ist, bis zum Monat, in dem er zu 90% wahrscheinlich ist, und die Zahl gibt an, wie wahrscheinlich er bis %1 ist. Einer, der in der Hälfte der Stichproben oder weniger auftritt, aber in mindestens 10%, ist ein Ring: dasselbe unter den Stichproben, in denen er auftritt, im Monat, bis zu dem ihn die Hälfte von ihnen hat, der Balken von 10% von ihnen bis 90%.</translation>
    </message>
</context>
<context>
    <name>headroom</name>
    <message>
        <source>en</source>
        <comment>ISO 639 code of the language of this translation</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>headroom::report::Chart</name>
    <message>
        <source>saturated</source>
        <translation>überlastet</translation>
    </message>
    <message>
        <source>Exported from Headroom</source>
        <translation>Aus Headroom exportiert</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .pdf or .svg.</source>
        <translation>Wählen Sie eine Datei mit der Endung .png, .pdf oder .svg.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Diagramm kann nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, lower this month (hide series in the legend to see them)</source>
        <translation>
            <numerusform>…und %n weitere Reihe, in diesem Monat niedriger (Reihen in der Legende ausblenden, um sie zu sehen)</numerusform>
            <numerusform>…und %n weitere Reihen, in diesem Monat niedriger (Reihen in der Legende ausblenden, um sie zu sehen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::CallGraphEditor</name>
    <message>
        <source>From</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>The calling component.</source>
        <translation>Die aufrufende Komponente.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The called component.</source>
        <translation>Die aufgerufene Komponente.</translation>
    </message>
    <message>
        <source>Calls per operation</source>
        <translation>Aufrufe pro Operation</translation>
    </message>
    <message>
        <source>Calls each operation of From makes to To.</source>
        <translation>Aufrufe, die jede Operation des Aufrufers an das Ziel richtet.</translation>
    </message>
    <message>
        <source>Through a queue</source>
        <translation>Über eine Warteschlange</translation>
    </message>
    <message>
        <source>Asynchronous: To is sized for the average rate, and its backlog drains.</source>
        <translation>Asynchron: Das Ziel wird für die mittlere Rate ausgelegt, und sein Rückstau wird abgebaut.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Call graph</source>
        <translation>Aufrufgraph</translation>
    </message>
    <message>
        <source>Who calls whom, and how often: each request&apos;s load spreads through these calls. A loop must lose traffic on its way round (fewer than one call back per call).</source>
        <translation>Wer wen wie oft aufruft: Die Last jeder Anfrage verteilt sich über diese Aufrufe. Eine Schleife muss auf ihrem Weg Traffic verlieren (weniger als ein Rückruf pro Aufruf).</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CallGraphView</name>
    <message>
        <source>Click a component to edit it. Dashed arrows go through a queue.</source>
        <translation>Klicken Sie auf eine Komponente, um sie zu bearbeiten. Gestrichelte Pfeile laufen über eine Warteschlange.</translation>
    </message>
    <message>
        <source>%1 (%2): click to edit it.</source>
        <translation>%1 (%2): zum Bearbeiten klicken.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CatalogEditor</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>How components refer to it; renaming it renames every reference.</source>
        <translation>Wie Komponenten darauf verweisen; eine Umbenennung ändert jeden Verweis.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As the provider names it.</source>
        <translation>Wie der Anbieter ihn nennt.</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Virtual cores.</source>
        <translation>Virtuelle Kerne.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>GB of memory.</source>
        <translation>GB Arbeitsspeicher.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Price / hour</source>
        <translation>Preis / Stunde</translation>
    </message>
    <message>
        <source>On-demand price per instance-hour.</source>
        <translation>On-Demand-Preis pro Instanzstunde.</translation>
    </message>
    <message>
        <source>Reserved discount</source>
        <translation>Rabatt für Reservierung</translation>
    </message>
    <message>
        <source>Off the on-demand price for reserved hours.</source>
        <translation>Abschlag vom On-Demand-Preis für reservierte Stunden.</translation>
    </message>
    <message>
        <source>instance type</source>
        <translation>Instanztyp</translation>
    </message>
    <message>
        <source>Instance catalog</source>
        <translation>Instanzkatalog</translation>
    </message>
    <message>
        <source>The machine types components run on, with their on-demand prices.</source>
        <translation>Die Maschinentypen, auf denen Komponenten laufen, mit ihren On-Demand-Preisen.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ComponentEditor</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As people call it.</source>
        <translation>Wie sie üblicherweise genannt wird.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What the component is.</source>
        <translation>Was für eine Komponente es ist.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>The share of operations the cache answers itself, without calling onward.</source>
        <translation>Der Anteil der Operationen, die der Cache selbst beantwortet, ohne weiterzurufen.</translation>
    </message>
    <message>
        <source>Allowed lag</source>
        <translation>Zulässige Verzögerung</translation>
    </message>
    <message>
        <source>Behind a queue: the longest the day&apos;s peak backlog may take to drain. 0: not checked.</source>
        <translation>Hinter einer Warteschlange: wie lange der Abbau des täglichen Spitzenrückstaus höchstens dauern darf. 0: nicht geprüft.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Stores data</source>
        <translation>Speichert Daten</translation>
    </message>
    <message>
        <source>Model what this component stores: its growth, backups, shards, working set.</source>
        <translation>Modellieren, was diese Komponente speichert: Wachstum, Backups, Shards, Working Set.</translation>
    </message>
    <message>
        <source>Data per user</source>
        <translation>Daten pro Nutzer</translation>
    </message>
    <message>
        <source>GB held per active user: profiles, settings, records.</source>
        <translation>GB pro aktivem Nutzer: Profile, Einstellungen, Datensätze.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>New data per user</source>
        <translation>Neue Daten pro Nutzer</translation>
    </message>
    <message>
        <source>GB each active user adds a month: uploads, events.</source>
        <translation>GB, die jeder aktive Nutzer pro Monat hinzufügt: Uploads, Ereignisse.</translation>
    </message>
    <message>
        <source> GB/month</source>
        <translation> GB/Monat</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Copies stored (1 or more).</source>
        <translation>Gespeicherte Kopien (1 oder mehr).</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>Logical GB per GB on disk (1 or more).</source>
        <translation>Logische GB pro GB auf dem Datenträger (1 oder mehr).</translation>
    </message>
    <message>
        <source>Backup speed</source>
        <translation>Backup-Rate</translation>
    </message>
    <message>
        <source>GB a full backup copies per hour; 0: backups not modelled.</source>
        <translation>GB, die ein Vollbackup pro Stunde kopiert; 0: Backups nicht modelliert.</translation>
    </message>
    <message>
        <source> GB/h</source>
        <translation> GB/h</translation>
    </message>
    <message>
        <source>Backup window</source>
        <translation>Backup-Fenster</translation>
    </message>
    <message>
        <source>Hours a full backup must finish in; 0: none set.</source>
        <translation>Stunden, in denen ein Vollbackup abgeschlossen sein muss; 0: keines festgelegt.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Restore speed</source>
        <translation>Wiederherstellungsrate</translation>
    </message>
    <message>
        <source>GB a restore brings back per hour; 0: not modelled.</source>
        <translation>GB, die eine Wiederherstellung pro Stunde zurückholt; 0: nicht modelliert.</translation>
    </message>
    <message>
        <source>Recovery time objective</source>
        <translation>Wiederherstellungsziel (RTO)</translation>
    </message>
    <message>
        <source>Hours a full restore may take; 0: none set.</source>
        <translation>Stunden, die eine vollständige Wiederherstellung dauern darf; 0: keine festgelegt.</translation>
    </message>
    <message>
        <source>Max data per shard</source>
        <translation>Max. Daten pro Shard</translation>
    </message>
    <message>
        <source>Sharded: GB one shard may hold; 0: no limit.</source>
        <translation>Bei Sharding: GB, die ein Shard höchstens hält; 0: keine Grenze.</translation>
    </message>
    <message>
        <source>Max writes per shard</source>
        <translation>Max. Schreibvorgänge pro Shard</translation>
    </message>
    <message>
        <source>Sharded: writes per second one shard takes; 0: no limit.</source>
        <translation>Bei Sharding: Schreibvorgänge pro Sekunde, die ein Shard aufnimmt; 0: keine Grenze.</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Working set</source>
        <translation>Working Set</translation>
    </message>
    <message>
        <source>The hot share of the data, which should fit in memory.</source>
        <translation>Der häufig genutzte Anteil der Daten, der in den Arbeitsspeicher passen sollte.</translation>
    </message>
    <message>
        <source>Miss penalty</source>
        <translation>Faktor bei Fehlzugriff</translation>
    </message>
    <message>
        <source>Service time from disk over service time from memory (1 or more).</source>
        <translation>Bedienzeit vom Datenträger im Verhältnis zur Bedienzeit aus dem Arbeitsspeicher (1 oder mehr).</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>New data older than this is deleted; 0: kept forever.</source>
        <translation>Neue Daten, die älter sind, werden gelöscht; 0: unbegrenzt aufbewahrt.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Storage price</source>
        <translation>Speicherpreis</translation>
    </message>
    <message>
        <source>Per GB stored per month, replicas included.</source>
        <translation>Pro gespeichertem GB und Monat, inklusive Replikate.</translation>
    </message>
    <message>
        <source>Write share</source>
        <translation>Schreibanteil</translation>
    </message>
    <message>
        <source>The share of operations that write: sharding splits writes.</source>
        <translation>Der Anteil schreibender Operationen: Sharding verteilt die Schreibvorgänge.</translation>
    </message>
    <message>
        <source>× today&apos;s new data</source>
        <translation>× heutiger Datenzuwachs</translation>
    </message>
    <message>
        <source>New data per user changes over time</source>
        <translation>Neue Daten pro Nutzer ändern sich im Zeitverlauf</translation>
    </message>
    <message>
        <source>A multiplier on the new data per user, 1 at the start: richer media, more events per user.</source>
        <translation>Ein Faktor auf die neuen Daten pro Nutzer, zu Beginn 1: reichhaltigere Medien, mehr Ereignisse pro Nutzer.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CostEditor</name>
    <message>
        <source>× today&apos;s price</source>
        <translation>× heutiger Preis</translation>
    </message>
    <message>
        <source>Compute and traffic</source>
        <translation>Rechenleistung und Traffic</translation>
    </message>
    <message>
        <source>Reserved share</source>
        <translation>Reservierter Anteil</translation>
    </message>
    <message>
        <source>The share of compute hours bought as reservations, at each type&apos;s discount.</source>
        <translation>Der Anteil der Rechenstunden, die als Reservierung gekauft werden, zum Rabatt des jeweiligen Typs.</translation>
    </message>
    <message>
        <source>Egress per user</source>
        <translation>Ausgehender Traffic pro Nutzer</translation>
    </message>
    <message>
        <source>GB leaving the cloud per active user per month.</source>
        <translation>GB, die pro aktivem Nutzer und Monat die Cloud verlassen.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Egress price</source>
        <translation>Preis für ausgehenden Traffic</translation>
    </message>
    <message>
        <source>Per GB leaving the cloud.</source>
        <translation>Pro GB, das die Cloud verlässt.</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Wirtschaftlichkeit pro Nutzer</translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation>Umsatz pro Nutzer</translation>
    </message>
    <message>
        <source>Monthly revenue per active user, for the gross margin.</source>
        <translation>Monatlicher Umsatz pro aktivem Nutzer, für die Bruttomarge.</translation>
    </message>
    <message>
        <source>Target cost per user</source>
        <translation>Zielkosten pro Nutzer</translation>
    </message>
    <message>
        <source>Finance&apos;s ceiling on monthly cost per active user; a month above it is a bottleneck.</source>
        <translation>Obergrenze des Finanzbereichs für die monatlichen Kosten pro aktivem Nutzer; ein Monat darüber ist ein Engpass.</translation>
    </message>
    <message>
        <source>Rising unit cost after</source>
        <translation>Steigende Stückkosten nach</translation>
    </message>
    <message>
        <source>Cost per user rising this many months in a row is a bottleneck (2 to 24).</source>
        <translation>Steigen die Kosten pro Nutzer so viele Monate in Folge, ist das ein Engpass (2 bis 24).</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A short unique name.</source>
        <translation>Ein kurzer, eindeutiger Name.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What it is.</source>
        <translation>Worum es sich handelt.</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Per node: the component whose instances need it.</source>
        <translation>Pro Knoten: die Komponente, deren Instanzen sie benötigen.</translation>
    </message>
    <message>
        <source>Price / month</source>
        <translation>Preis / Monat</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Instance prices change over time</source>
        <translation>Instanzpreise ändern sich im Zeitverlauf</translation>
    </message>
    <message>
        <source>A multiplier on every instance price, 1 at the start: −0.5% a month is a typical cloud price decline.</source>
        <translation>Ein Faktor auf jeden Instanzpreis, zu Beginn 1: −0.5% pro Monat ist ein typischer Rückgang der Cloud-Preise.</translation>
    </message>
    <message>
        <source>&quot;fixed&quot;: per month; &quot;per_node&quot;: per instance of a component; &quot;per_seat&quot;: per person on the team, or in the roles listed.</source>
        <translation>&quot;fixed&quot;: pro Monat; &quot;per_node&quot;: pro Instanz einer Komponente; &quot;per_seat&quot;: pro Person im Team oder in den aufgeführten Rollen.</translation>
    </message>
    <message>
        <source>Seat roles</source>
        <translation>Seat-Rollen</translation>
    </message>
    <message>
        <source>Per month, per node per month, or per seat per month.</source>
        <translation>Pro Monat, pro Knoten und Monat oder pro Seat und Monat.</translation>
    </message>
    <message>
        <source>Per seat: the roles whose people each need a seat, ticked in the list; none ticked: everyone on the team.</source>
        <translation>Pro Seat: die Rollen, deren Mitarbeitende je einen Seat benötigen, in der Liste angehakt; keine angehakt: das ganze Team.</translation>
    </message>
    <message>
        <source>Price trends</source>
        <translation>Preisentwicklungen</translation>
    </message>
    <message>
        <source>Storage prices change over time</source>
        <translation>Speicherpreise ändern sich im Zeitverlauf</translation>
    </message>
    <message>
        <source>A multiplier on every component&apos;s storage price per GB, 1 at the start.</source>
        <translation>Ein Faktor auf den Speicherpreis pro GB jeder Komponente, zu Beginn 1.</translation>
    </message>
    <message>
        <source>Egress price changes over time</source>
        <translation>Preis des ausgehenden Datenverkehrs ändert sich im Zeitverlauf</translation>
    </message>
    <message>
        <source>A multiplier on the egress price per GB, 1 at the start.</source>
        <translation>Ein Faktor auf den Preis pro GB ausgehenden Datenverkehrs, zu Beginn 1.</translation>
    </message>
    <message>
        <source>Licence prices change over time</source>
        <translation>Lizenzpreise ändern sich im Zeitverlauf</translation>
    </message>
    <message>
        <source>A multiplier on every licence&apos;s price, 1 at the start: +0.4% a month is about 5% a year.</source>
        <translation>Ein Faktor auf den Preis jeder Lizenz, zu Beginn 1: +0.4% pro Monat sind etwa 5% pro Jahr.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CsvImportDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>A CSV file of measurements</source>
        <translation>Eine CSV-Datei mit Messwerten</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a table of measurements.</source>
        <translation>%1 ist größer als %2 MB: keine Messwerttabelle.</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Rows read: the first %1 of %2</source>
        <translation>Gelesene Zeilen: die ersten %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Rows read: %n</source>
        <translation>
            <numerusform>Gelesene Zeilen: %n</numerusform>
            <numerusform>Gelesene Zeilen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: line %2, column %3: %4</source>
        <translation>%1 kann nicht gelesen werden: Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Cannot read %1: line %2: %3</source>
        <translation>%1 kann nicht gelesen werden: Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CurveEditor</name>
    <message>
        <source>Shape</source>
        <translation>Kurvenform</translation>
    </message>
    <message>
        <source>How the value grows month by month.</source>
        <translation>Wie sich der Wert von Monat zu Monat entwickelt.</translation>
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
        <source>Monthly values</source>
        <translation>Monatswerte</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>The value in the first month (%1).</source>
        <translation>Der Wert im ersten Monat (%1).</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>Monatliches Wachstum</translation>
    </message>
    <message>
        <source>Compound growth per month: 5% a month is about 80% a year.</source>
        <translation>Wachstum mit Zinseszins pro Monat: 5% im Monat sind etwa 80% im Jahr.</translation>
    </message>
    <message>
        <source>Added per month</source>
        <translation>Zuwachs pro Monat</translation>
    </message>
    <message>
        <source>Linear growth: %1 added (or lost, if negative) each month.</source>
        <translation>Lineares Wachstum: monatlicher Zuwachs (%1), bei negativem Wert Abnahme.</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Logistic growth: the level the S-curve flattens at (%1).</source>
        <translation>Logistisches Wachstum: das Niveau, bei dem die S-Kurve abflacht (%1).</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>Wachstumsrate</translation>
    </message>
    <message>
        <source>Logistic growth: the early rate per month, before the ceiling slows it.</source>
        <translation>Logistisches Wachstum: die anfängliche Rate pro Monat, bevor die Obergrenze sie bremst.</translation>
    </message>
    <message>
        <source> / month</source>
        <translation> / Monat</translation>
    </message>
    <message>
        <source>Constant growth between points (log-linear)</source>
        <translation>Konstantes Wachstum zwischen Punkten (log-linear)</translation>
    </message>
    <message>
        <source>Between two points, grow by the same percentage each month instead of the same amount.</source>
        <translation>Zwischen zwei Punkten jeden Monat um denselben Prozentsatz statt um denselben Betrag wachsen.</translation>
    </message>
    <message>
        <source>5th percentile</source>
        <translation>5. Perzentil</translation>
    </message>
    <message>
        <source>90% band</source>
        <translation>90%-Band</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Points (drag them)</source>
        <translation>Punkte (verschiebbar)</translation>
    </message>
    <message>
        <source>Through points: drag a point to move it; double-click to add one.</source>
        <translation>Durch Punkte: Ziehen Sie einen Punkt, um ihn zu verschieben; ein Doppelklick fügt einen hinzu.</translation>
    </message>
    <message>
        <source>The line is the median; the shaded band is the 90% range the uncertain parameters give.</source>
        <translation>Die Linie ist der Median; das schattierte Band ist der 90%-Bereich, der sich aus den unsicheren Parametern ergibt.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Months from the start; may be fractional.</source>
        <translation>Monate ab Beginn; Bruchteile sind möglich.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The curve&apos;s value there (%1).</source>
        <translation>Der Wert der Kurve an dieser Stelle (%1).</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>The value in that month (%1); the last one holds beyond.</source>
        <translation>Der Wert in diesem Monat (%1); der letzte gilt darüber hinaus weiter.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Saisonal</translation>
    </message>
    <message>
        <source>Shape the year with a multiplier per calendar month (averaging 1).</source>
        <translation>Das Jahr mit einem Faktor pro Kalendermonat formen (im Mittel 1).</translation>
    </message>
    <message>
        <source>seasonality</source>
        <translation>Saisonalität</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>This calendar month&apos;s level over the year&apos;s average.</source>
        <translation>Das Niveau dieses Kalendermonats im Verhältnis zum Jahresmittel.</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Months from the start.</source>
        <translation>Monate ab Beginn.</translation>
    </message>
    <message>
        <source>The level during the event over what it would be: 1.5 is +50%.</source>
        <translation>Das Niveau während des Ereignisses im Verhältnis zum normalen Niveau: 1.5 bedeutet +50%.</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Dauer (Monate)</translation>
    </message>
    <message>
        <source>How long it lasts.</source>
        <translation>Wie lange es dauert.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Move point</source>
        <translation>Punkt verschieben</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
</context>
<context>
    <name>headroom::ui::EditorPane</name>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Select one in the tree to edit it, or add one with the Add button under the tree.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Wählen Sie im Baum ein Element aus, um es zu bearbeiten, oder fügen Sie mit der Schaltfläche „Hinzufügen“ unter dem Baum ein neues hinzu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>headroom::ui::FieldForm</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>A short unique name that other parts and scenarios refer to. Renaming it renames every reference.</source>
        <translation>Ein kurzer, eindeutiger Name, auf den andere Elemente und Szenarien verweisen. Eine Umbenennung ändert jeden Verweis.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>An id cannot be empty.</source>
        <translation>Eine ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used.</source>
        <translation>„%1“ wird bereits verwendet.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Uncertain: give the range you are 90% sure the value is in. Monte Carlo draws it there (lognormal where positive).</source>
        <translation>Unsicher: Geben Sie den Bereich an, in dem der Wert mit 90% Sicherheit liegt. Die Monte-Carlo-Simulation zieht ihn aus diesem Bereich (lognormal, wenn positiv).</translation>
    </message>
    <message>
        <source>5th percentile: 1 chance in 20 the value is below it.</source>
        <translation>5. Perzentil: Mit einer Wahrscheinlichkeit von 1 zu 20 liegt der Wert darunter.</translation>
    </message>
    <message>
        <source>90%: </source>
        <translation>90%: </translation>
    </message>
    <message>
        <source>95th percentile: 1 chance in 20 the value is above it.</source>
        <translation>95. Perzentil: Mit einer Wahrscheinlichkeit von 1 zu 20 liegt der Wert darüber.</translation>
    </message>
    <message>
        <source>to </source>
        <translation>bis </translation>
    </message>
    <message>
        <source>Make %1 uncertain</source>
        <translation>%1 als unsicher festlegen</translation>
    </message>
    <message>
        <source>Make %1 certain</source>
        <translation>%1 als sicher festlegen</translation>
    </message>
    <message>
        <source>Change the range of %1</source>
        <translation>Bereich von %1 ändern</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Give %1</source>
        <translation>%1 angeben</translation>
    </message>
</context>
<context>
    <name>headroom::ui::GrowthEditor</name>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>Everything else follows this curve: requests, data, instances, team and cost.</source>
        <translation>Alles andere folgt dieser Kurve: Anfragen, Daten, Instanzen, Team und Kosten.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::GrowthImportDialog</name>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <source>Logistic</source>
        <translation>Logistisch</translation>
    </message>
    <message>
        <source>Fit growth from history</source>
        <translation>Wachstum aus Verlaufsdaten ermitteln</translation>
    </message>
    <message>
        <source>Two columns, a date and a value: active users by month (2025-01,1649) or by day (2025-01-31,1712); a header row, commas, semicolons or tabs are all fine.</source>
        <translation>Zwei Spalten, ein Datum und ein Wert: aktive Nutzer pro Monat (2025-01,1649) oder pro Tag (2025-01-31,1712); eine Kopfzeile und Kommas, Semikolons oder Tabulatoren als Trennzeichen sind möglich.</translation>
    </message>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Parameters (90% intervals)</source>
        <translation>Parameter (90%-Intervalle)</translation>
    </message>
    <message>
        <source>Residual error</source>
        <translation>Residualfehler</translation>
    </message>
    <message>
        <source>AICc</source>
        <translation>AICc</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>The residual standard error: the typical distance of a value from the fit, in users.</source>
        <translation>Der Residualstandardfehler: der typische Abstand eines Werts von der Anpassung, in Nutzern.</translation>
    </message>
    <message>
        <source>Corrected Akaike information criterion: lower is better. Among the models within 2 of the lowest, the simplest is proposed.</source>
        <translation>Korrigiertes Akaike-Informationskriterium: niedriger ist besser. Unter den Modellen, die höchstens 2 über dem niedrigsten Wert liegen, wird das einfachste vorgeschlagen.</translation>
    </message>
    <message>
        <source>Akaike weight: how clearly the model wins among those fitted (they sum to 100%).</source>
        <translation>Akaike-Gewicht: wie klar sich das Modell unter den angepassten Modellen durchsetzt (die Summe ist 100%).</translation>
    </message>
    <message>
        <source>Select the model to apply.</source>
        <translation>Wählen Sie das anzuwendende Modell aus.</translation>
    </message>
    <message>
        <source>active users</source>
        <translation>aktive Nutzer</translation>
    </message>
    <message>
        <source>The history and the fit appear here once a file is read.</source>
        <translation>Verlauf und Anpassung erscheinen hier, sobald eine Datei gelesen ist.</translation>
    </message>
    <message>
        <source>On a logarithmic scale the history stays readable beside a forecast many times larger, and constant growth is a straight line.</source>
        <translation>Auf einer logarithmischen Skala bleibt der Verlauf neben einer um ein Vielfaches größeren Prognose lesbar, und konstantes Wachstum ist eine Gerade.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No growth curve could be fitted to %1: the table says why for each model.</source>
        <translation>An %1 konnte keine Wachstumskurve angepasst werden: Die Tabelle nennt für jedes Modell den Grund.</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <source>Not fitted: %1</source>
        <translation>Nicht angepasst: %1</translation>
    </message>
    <message>
        <source>The %1 fit has no value at the model&apos;s start, %2: choose another model.</source>
        <translation>Die Anpassung (%1) hat beim Modellstart, %2, keinen Wert: Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; sets the active users from %1, the model&apos;s start, to the %2 fit: %3.</source>
        <translation>&lt;b&gt;Anwenden&lt;/b&gt; setzt die aktiven Nutzer ab %1, dem Modellstart, auf die Anpassung (%2): %3.</translation>
    </message>
    <message>
        <source>The current curve&apos;s seasonality and events are kept.</source>
        <translation>Saisonalität und Ereignisse der aktuellen Kurve bleiben erhalten.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 fit</source>
        <translation>Anpassung (%1)</translation>
    </message>
    <message>
        <source>90% prediction band</source>
        <translation>90%-Prognoseband</translation>
    </message>
    <message>
        <source>Model starts, %1</source>
        <translation>Modellstart, %1</translation>
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
    <message>
        <source>Headroom projects (*.headroom);;Headroom JSON (*.headroom.json *.json)</source>
        <translation>Headroom-Projekte (*.headroom);;Headroom-JSON (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Add Part</source>
        <translation>Element &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Part</source>
        <translation>Element &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>Fit &amp;Growth from History…</source>
        <translation>&amp;Wachstum aus Verlaufsdaten ermitteln…</translation>
    </message>
    <message>
        <source>Fit &amp;Scalability from a Load Test…</source>
        <translation>&amp;Skalierbarkeit aus einem Lasttest ermitteln…</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>einem unbenannten Projekt</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Headroom ended without saving the changes to %1. They were autosaved %2.</source>
        <translation>Headroom wurde beendet, ohne die Änderungen an %1 zu speichern. Sie wurden am %2 automatisch gesichert.</translation>
    </message>
    <message>
        <source>Recover them to look at them and save them, or discard them for good.</source>
        <translation>Stellen Sie sie wieder her, um sie anzusehen und zu speichern, oder verwerfen Sie sie endgültig.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>Ungespeicherte Änderungen an %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>1 problem: results are stale</source>
        <translation>1 Problem: Ergebnisse sind veraltet</translation>
    </message>
    <message>
        <source>%1 problems: results are stale</source>
        <translation>%1 Probleme: Ergebnisse sind veraltet</translation>
    </message>
    <message>
        <source>Projected 1 month</source>
        <translation>1 Monat projiziert</translation>
    </message>
    <message>
        <source>Projected %1 months</source>
        <translation>%1 Monate projiziert</translation>
    </message>
</context>
<context>
    <name>headroom::ui::OverviewPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The model cannot be projected&lt;/b&gt; until these are fixed:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Modell kann nicht projiziert werden&lt;/b&gt;, bis diese Probleme behoben sind:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The results show the last valid projection.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Die Ergebnisse zeigen die letzte gültige Projektion.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>headroom::ui::PartTableModel</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ProjectEditor</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The product or plan this project models.</source>
        <translation>Das Produkt oder der Plan, den dieses Projekt modelliert.</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startjahr</translation>
    </message>
    <message>
        <source>The first projected month&apos;s year.</source>
        <translation>Das Jahr des ersten projizierten Monats.</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Startmonat</translation>
    </message>
    <message>
        <source>The first projected month.</source>
        <translation>Der erste projizierte Monat.</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>How many months to project (1 to 240).</source>
        <translation>Wie viele Monate projiziert werden (1 bis 240).</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Daily peak</source>
        <translation>Tägliche Spitze</translation>
    </message>
    <message>
        <source>How long each day&apos;s peak lasts: what a queue must absorb before it drains.</source>
        <translation>Wie lange die tägliche Spitze dauert: was eine Warteschlange aufnehmen muss, bevor sie sich leert.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ProjectTree</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a part to the selected list (Ctrl+Shift+N)</source>
        <translation>Der ausgewählten Liste ein Element hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected part</source>
        <translation>Das ausgewählte Element duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected part (Del)</source>
        <translation>Das ausgewählte Element löschen (Entf)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ProjectTreeModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>Request classes</source>
        <translation>Anfrageklassen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Call graph</source>
        <translation>Aufrufgraph</translation>
    </message>
    <message>
        <source>Instance catalog</source>
        <translation>Instanzkatalog</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
</context>
<context>
    <name>headroom::ui::RequestClassEditor</name>
    <message>
        <source>Request class</source>
        <translation>Anfrageklasse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As people call it.</source>
        <translation>Wie sie üblicherweise genannt wird.</translation>
    </message>
    <message>
        <source>Requests per user a day</source>
        <translation>Anfragen pro Nutzer und Tag</translation>
    </message>
    <message>
        <source>How many of these requests an active user makes on an average day.</source>
        <translation>Wie viele dieser Anfragen ein aktiver Nutzer an einem durchschnittlichen Tag stellt.</translation>
    </message>
    <message>
        <source>Peak over average</source>
        <translation>Spitze zu Durchschnitt</translation>
    </message>
    <message>
        <source>The busiest hour&apos;s rate over the day&apos;s average (1 or more): capacity is sized for the peak.</source>
        <translation>Die Rate der verkehrsreichsten Stunde im Verhältnis zum Tagesdurchschnitt (1 oder mehr): Die Kapazität wird für die Spitze ausgelegt.</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Enters at</source>
        <translation>Eingang bei</translation>
    </message>
    <message>
        <source>The component that receives it first.</source>
        <translation>Die Komponente, die sie zuerst empfängt.</translation>
    </message>
    <message>
        <source>Mean latency objective</source>
        <translation>Ziel für mittlere Latenz</translation>
    </message>
    <message>
        <source>The end-to-end mean response time it must stay under.</source>
        <translation>Die mittlere End-to-End-Antwortzeit, die sie nicht überschreiten darf.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>95th percentile objective</source>
        <translation>Ziel für 95. Perzentil</translation>
    </message>
    <message>
        <source>The end-to-end 95th percentile it must stay under.</source>
        <translation>Das 95. Perzentil der End-to-End-Antwortzeit, das sie nicht überschreiten darf.</translation>
    </message>
    <message>
        <source>× today&apos;s requests</source>
        <translation>× heutige Anfragen</translation>
    </message>
    <message>
        <source>Use over time</source>
        <translation>Nutzung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Each user&apos;s requests change over time</source>
        <translation>Die Anfragen pro Nutzer ändern sich im Zeitverlauf</translation>
    </message>
    <message>
        <source>A multiplier on the requests per user a day, 1 at the start: +1% a month as people use the product more; below 1 as a feature fades.</source>
        <translation>Ein Faktor auf die Anfragen pro Nutzer und Tag, zu Beginn 1: +1% pro Monat, wenn das Produkt stärker genutzt wird; unter 1, wenn eine Funktion an Bedeutung verliert.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ResultsArea</name>
    <message>
        <source>Stale: the model has problems</source>
        <translation>Veraltet: Das Modell hat Probleme</translation>
    </message>
    <message>
        <source>Projecting… %1%</source>
        <translation>Projektion läuft… %1%</translation>
    </message>
    <message>
        <source>%1 samples, seed %2</source>
        <translation>%1 Stichproben, Seed %2</translation>
    </message>
    <message>
        <source>There are no results to report yet.</source>
        <translation>Es gibt noch keine Ergebnisse für einen Bericht.</translation>
    </message>
    <message>
        <source>The model has problems: these results are from its last valid version.</source>
        <translation>Das Modell hat Probleme: Diese Ergebnisse stammen aus seiner letzten gültigen Version.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>headroom::ui::RoleEditor</name>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The role&apos;s title.</source>
        <translation>Die Bezeichnung der Rolle.</translation>
    </message>
    <message>
        <source>Cost per person</source>
        <translation>Kosten pro Person</translation>
    </message>
    <message>
        <source>Salary and overheads per person per month.</source>
        <translation>Gehalt und Gemeinkosten pro Person und Monat.</translation>
    </message>
    <message>
        <source>Attrition</source>
        <translation>Fluktuation</translation>
    </message>
    <message>
        <source>The share of people who leave in a year.</source>
        <translation>Der Anteil der Personen, die innerhalb eines Jahres ausscheiden.</translation>
    </message>
    <message>
        <source>Cost per hire</source>
        <translation>Kosten pro Neueinstellung</translation>
    </message>
    <message>
        <source>Recruiting fees and time per hire.</source>
        <translation>Recruiting-Gebühren und Zeitaufwand pro Neueinstellung.</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Personalbestand</translation>
    </message>
    <message>
        <source>Planned by hand as a curve, or derived from the product by a rule.</source>
        <translation>Von Hand als Kurve geplant oder per Regel aus dem Produkt abgeleitet.</translation>
    </message>
    <message>
        <source>People per group</source>
        <translation>Personen pro Gruppe</translation>
    </message>
    <message>
        <source>People for each component group owned.</source>
        <translation>Personen für jede verantwortete Komponentengruppe.</translation>
    </message>
    <message>
        <source>Instances per SRE</source>
        <translation>Instanzen pro SRE</translation>
    </message>
    <message>
        <source>Instances one SRE can look after.</source>
        <translation>Instanzen, die ein SRE betreuen kann.</translation>
    </message>
    <message>
        <source>Users per person</source>
        <translation>Nutzer pro Person</translation>
    </message>
    <message>
        <source>Active users one support person serves.</source>
        <translation>Aktive Nutzer, die eine Support-Person betreut.</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Work in teams of limited size</source>
        <translation>In Teams begrenzter Größe arbeiten</translation>
    </message>
    <message>
        <source>Report what the role&apos;s people get done together: split into teams of at most a given size, by the Universal Scalability Law.</source>
        <translation>Zeigt, was die Personen der Rolle gemeinsam schaffen: aufgeteilt in Teams von höchstens einer gegebenen Größe, nach dem Universal Scalability Law.</translation>
    </message>
    <message>
        <source>Contention σ</source>
        <translation>Konkurrenz σ</translation>
    </message>
    <message>
        <source>The share of a person&apos;s work lost, per colleague in the role, to what the whole role shares: a roadmap, reviews, a release train. Splitting into teams does not remove it. In [0, 1).</source>
        <translation>Der Anteil der Arbeit einer Person, der je Kollegin oder Kollege in der Rolle an das verloren geht, was die ganze Rolle teilt: eine Roadmap, Reviews, einen Release-Zug. Die Aufteilung in Teams beseitigt ihn nicht. In [0, 1).</translation>
    </message>
    <message>
        <source>Coherency κ</source>
        <translation>Kohärenz κ</translation>
    </message>
    <message>
        <source>The share lost, per pair of people in a team, to keeping each other up to date. Small teams keep it small. 0 or more.</source>
        <translation>Der Anteil, der je Paar von Personen in einem Team dafür verloren geht, einander auf dem Laufenden zu halten. Kleine Teams halten ihn klein. 0 oder mehr.</translation>
    </message>
    <message>
        <source>Largest team</source>
        <translation>Größtes Team</translation>
    </message>
    <message>
        <source>The most people in one team: the role is split into teams as even as can be.</source>
        <translation>Die meisten Personen in einem Team: Die Rolle wird in möglichst gleich große Teams aufgeteilt.</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ScenarioEditor</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What the alternative is, in a few words.</source>
        <translation>Worin die Alternative besteht, in wenigen Worten.</translation>
    </message>
    <message>
        <source>A scenario is the base model with changes. It runs with the same random draws as the base, so the differences you see come from the changes alone.</source>
        <translation>Ein Szenario ist das Basismodell mit Änderungen. Es läuft mit denselben Zufallsziehungen wie die Basis, sodass die Unterschiede, die Sie sehen, allein aus den Änderungen stammen.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>The input this scenario changes.</source>
        <translation>Der Parameter, den dieses Szenario ändert.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Its value in this scenario.</source>
        <translation>Sein Wert in diesem Szenario.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Changed inputs</source>
        <translation>Geänderte Parameter</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>The component whose scaling this scenario replaces.</source>
        <translation>Die Komponente, deren Skalierung dieses Szenario ersetzt.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>scaling change</source>
        <translation>Skalierungsänderung</translation>
    </message>
    <message>
        <source>Changed scaling</source>
        <translation>Geänderte Skalierung</translation>
    </message>
    <message>
        <source>Select a row to edit the policy the component gets in this scenario.</source>
        <translation>Wählen Sie eine Zeile aus, um die Skalierungsstrategie zu bearbeiten, die die Komponente in diesem Szenario erhält.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::SectionView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation>Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
</context>
<context>
    <name>headroom::ui::TableEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>headroom::ui::TeamEditor</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Component groups</source>
        <translation>Komponentengruppen</translation>
    </message>
    <message>
        <source>Groups of components a team owns, for the per-group rule; 0: one per component.</source>
        <translation>Gruppen von Komponenten, die ein Team verantwortet, für die Regel „Pro Komponentengruppe“; 0: eine pro Komponente.</translation>
    </message>
    <message>
        <source>On-call rotations</source>
        <translation>Bereitschaftsrotationen</translation>
    </message>
    <message>
        <source>Rotations the SRE roles staff around the clock.</source>
        <translation>Rotationen, die die SRE-Rollen rund um die Uhr besetzen.</translation>
    </message>
    <message>
        <source>People per rotation</source>
        <translation>Personen pro Rotation</translation>
    </message>
    <message>
        <source>The fewest people a rotation needs to be humane (4 to 8 is usual).</source>
        <translation>Die Mindestzahl an Personen, mit der eine Rotation zumutbar ist (üblich sind 4 bis 8).</translation>
    </message>
    <message>
        <source>Hires a month</source>
        <translation>Neueinstellungen pro Monat</translation>
    </message>
    <message>
        <source>How many hires recruiting can close a month, all roles; 0: no limit.</source>
        <translation>Wie viele Neueinstellungen das Recruiting pro Monat über alle Rollen abschließen kann; 0: keine Grenze.</translation>
    </message>
    <message>
        <source>Hiring lead time</source>
        <translation>Vorlaufzeit für Neueinstellungen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Renaming it renames every reference.</source>
        <translation>Eine Umbenennung ändert jeden Verweis.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The role&apos;s title.</source>
        <translation>Die Bezeichnung der Rolle.</translation>
    </message>
    <message>
        <source>Cost / month</source>
        <translation>Kosten / Monat</translation>
    </message>
    <message>
        <source>Salary and overheads per person per month.</source>
        <translation>Gehalt und Gemeinkosten pro Person und Monat.</translation>
    </message>
    <message>
        <source>Attrition / year</source>
        <translation>Fluktuation / Jahr</translation>
    </message>
    <message>
        <source>The share of people who leave in a year.</source>
        <translation>Der Anteil der Personen, die innerhalb eines Jahres ausscheiden.</translation>
    </message>
    <message>
        <source>Cost per hire</source>
        <translation>Kosten pro Neueinstellung</translation>
    </message>
    <message>
        <source>Recruiting cost per hire.</source>
        <translation>Recruiting-Kosten pro Neueinstellung.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Select a role in the tree to set how its headcount follows the product.</source>
        <translation>Wählen Sie im Baum eine Rolle aus, um festzulegen, wie ihr Personalbestand dem Produkt folgt.</translation>
    </message>
    <message>
        <source>From opening a requisition to the hire starting. Growth needed sooner than this, beyond the replacements already being recruited, starts late.</source>
        <translation>Von der Ausschreibung der Stelle bis zum Arbeitsbeginn. Wachstum, das früher nötig ist, beginnt zu spät, soweit es über die schon ausgeschriebenen Nachbesetzungen hinausgeht.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::UslImportDialog</name>
    <message>
        <source>Fit scalability from a load test</source>
        <translation>Skalierbarkeit aus einem Lasttest ermitteln</translation>
    </message>
    <message>
        <source>Two columns, the concurrency and the throughput measured at it (8,3299.7): instances, vCPUs, threads or virtual users, and operations per second. Repeated runs may repeat a concurrency; 6 or more concurrencies are recommended.</source>
        <translation>Zwei Spalten, die Parallelität und der dabei gemessene Durchsatz (8,3299.7): Instanzen, vCPUs, Threads oder virtuelle Nutzer sowie Operationen pro Sekunde. Wiederholte Läufe dürfen eine Parallelität wiederholen; 6 oder mehr verschiedene Parallelitätsstufen werden empfohlen.</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Koeffizient</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzwert</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfehler</translation>
    </message>
    <message>
        <source>90% interval</source>
        <translation>90%-Intervall</translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>throughput (operations per second)</source>
        <translation>Durchsatz (Operationen pro Sekunde)</translation>
    </message>
    <message>
        <source>The measurements and the fit appear here once a file is read.</source>
        <translation>Messwerte und Anpassung erscheinen hier, sobald eine Datei gelesen ist.</translation>
    </message>
    <message>
        <source>Apply &amp;to:</source>
        <translation>Anwenden au&amp;f:</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residuum</translation>
    </message>
    <message>
        <source>The Universal Scalability Law cannot be fitted to %1 with confidence: %2. There is nothing to apply.</source>
        <translation>Das Universal Scalability Law lässt sich nicht zuverlässig an %1 anpassen: %2. Es gibt nichts anzuwenden.</translation>
    </message>
    <message>
        <source>λ, throughput at N = 1</source>
        <translation>λ, Durchsatz bei N = 1</translation>
    </message>
    <message>
        <source>σ, contention</source>
        <translation>σ, Konkurrenz</translation>
    </message>
    <message>
        <source>κ, coherency</source>
        <translation>κ, Kohärenz</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>set to 0: indistinguishable from 0</source>
        <translation>auf 0 gesetzt: nicht von 0 unterscheidbar</translation>
    </message>
    <message>
        <source>Throughput peaks at a concurrency of &lt;b&gt;%1&lt;/b&gt; (N&lt;sub&gt;max&lt;/sub&gt;), at &lt;b&gt;%2&lt;/b&gt; per second (X&lt;sub&gt;max&lt;/sub&gt;).</source>
        <translation>Der Durchsatz erreicht sein Maximum bei einer Parallelität von &lt;b&gt;%1&lt;/b&gt; (N&lt;sub&gt;max&lt;/sub&gt;), mit &lt;b&gt;%2&lt;/b&gt; pro Sekunde (X&lt;sub&gt;max&lt;/sub&gt;).</translation>
    </message>
    <message>
        <source>Throughput never peaks (κ = 0): it approaches λ/σ = &lt;b&gt;%1&lt;/b&gt; per second.</source>
        <translation>Der Durchsatz erreicht kein Maximum (κ = 0): Er nähert sich λ/σ = &lt;b&gt;%1&lt;/b&gt; pro Sekunde.</translation>
    </message>
    <message>
        <source>R² = %1; residual standard error %2.</source>
        <translation>R² = %1; Residualstandardfehler %2.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>USL fit</source>
        <translation>USL-Anpassung</translation>
    </message>
    <message>
        <source>Linear scaling, λN</source>
        <translation>Lineare Skalierung, λN</translation>
    </message>
    <message>
        <source>peak: %1/s at N = %2</source>
        <translation>Maximum: %1/s bei N = %2</translation>
    </message>
    <message>
        <source>The model has no component to apply the fit to.</source>
        <translation>Das Modell hat keine Komponente, auf die sich die Anpassung anwenden lässt.</translation>
    </message>
    <message>
        <source>Capacity per vCPU: %1 operations per second</source>
        <translation>Kapazität pro vCPU: %1 Operationen pro Sekunde</translation>
    </message>
    <message>
        <source>Capacity per instance: %1 operations per second</source>
        <translation>Kapazität pro Instanz: %1 Operationen pro Sekunde</translation>
    </message>
    <message>
        <source>σ: %1</source>
        <translation>σ: %1</translation>
    </message>
    <message>
        <source>κ: %1</source>
        <translation>κ: %1</translation>
    </message>
    <message>
        <source>Fit scalability of %1 from a load test</source>
        <translation>Skalierbarkeit von %1 aus einem Lasttest ermitteln</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; to %1, which scales across cores: the test&apos;s concurrency must have counted a node&apos;s vCPUs, and its throughput must be operations per second at full use.</source>
        <translation>&lt;b&gt;Anwenden&lt;/b&gt; auf %1 (skaliert über Kerne): Die Parallelität des Tests muss die vCPUs eines Knotens gezählt haben, und sein Durchsatz muss in Operationen pro Sekunde bei voller Auslastung angegeben sein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; to %1, which scales across instances: the test&apos;s concurrency must have counted instances, and its throughput must be operations per second at full use.</source>
        <translation>&lt;b&gt;Anwenden&lt;/b&gt; auf %1 (skaliert über Instanzen): Die Parallelität des Tests muss Instanzen gezählt haben, und sein Durchsatz muss in Operationen pro Sekunde bei voller Auslastung angegeben sein.</translation>
    </message>
</context>
</TS>
