<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FitText</name>
    <message>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v0 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; a = %2 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; g = %2 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; K = %2; r = %3 a month</source>
        <translation type="unfinished"></translation>
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
        <source>Headroom projects (*.headroom);;Headroom JSON (*.headroom.json *.json)</source>
        <translation type="vanished">Headroom-Projekte (*.headroom);;Headroom-JSON (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>certain by %1</source>
        <translation type="vanished">sicher bis %1</translation>
    </message>
    <message>
        <source>%1% likely by %2</source>
        <translation type="vanished">zu %1 % wahrscheinlich bis %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No bottleneck&lt;/b&gt; within %1 months.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;&lt;b&gt;Kein Engpass&lt;/b&gt; innerhalb von %1 Monaten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;First bottleneck: %1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;&lt;b&gt;Erster Engpass: %1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cost per user: &lt;b&gt;%1&lt;/b&gt; a month now, &lt;b&gt;%2&lt;/b&gt; in %3.&lt;br&gt;Spend over the horizon, everything included: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Kosten pro Nutzer: jetzt &lt;b&gt;%1&lt;/b&gt; im Monat, &lt;b&gt;%2&lt;/b&gt; im %3.&lt;br&gt;Ausgaben über den Zeitraum, alles eingeschlossen: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="vanished">&lt;p&gt;Außerdem:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: a set number of instances. Horizontal: more instances as load grows. Vertical: a bigger instance type from a ladder. Sharded: the data split across vertical groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal (more instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical (bigger instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine each instance runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X(1): operations per second one instance serves at 100% busy, from a load test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity per vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations per second one core serves at 100% busy; the ladder&apos;s types scale it by the USL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished">Instanzen</translation>
    </message>
    <message>
        <source>How many instances, whatever the load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never fewer, even at night: redundancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoscaler&apos;s limit; reaching it is a bottleneck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance types to step up through, smallest first, separated by commas (ids from the catalog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. r7g.large, r7g.xlarge, r7g.2xlarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical nodes sharing the load (a primary and its read replicas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How busy instances may run before scaling: headroom for bursts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c of the M/M/c queue: requests one instance serves at once. 0: its vCPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USL contention σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Universal Scalability Law&apos;s serial share: 0 scales linearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USL coherency κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of keeping nodes consistent: above 0, adding nodes past a peak serves less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range you are 90% sure %1 is in; leave both blank if it is certain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (a curve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per component group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRE (on-call and instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support (per users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::CallGraphEditor</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calling component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls each operation of From makes to To.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous: To is sized for the average rate, and its backlog drains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who calls whom, and how often: each request&apos;s load spreads through these calls. A loop must lose traffic on its way round (fewer than one call back per call).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::CallGraphView</name>
    <message>
        <source>Click a component to edit it. Dashed arrows go through a queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::CatalogEditor</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How components refer to it; renaming it renames every reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the provider names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price / hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand price per instance-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the on-demand price for reserved hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine types components run on, with their on-demand prices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::ComponentEditor</name>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As people call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the component is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of operations the cache answers itself, without calling onward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind a queue: the longest the day&apos;s peak backlog may take to drain. 0: not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model what this component stores: its growth, backups, shards, working set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB held per active user: profiles, settings, records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB each active user adds a month: uploads, events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies stored (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical GB per GB on disk (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB a full backup copies per hour; 0: backups not modelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a full backup must finish in; 0: none set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB a restore brings back per hour; 0: not modelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery time objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a full restore may take; 0: none set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max data per shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharded: GB one shard may hold; 0: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max writes per shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharded: writes per second one shard takes; 0: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hot share of the data, which should fit in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time from disk over service time from memory (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data older than this is deleted; 0: kept forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> Monate</translation>
    </message>
    <message>
        <source>Storage price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per GB stored per month, replicas included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of operations that write: sharding splits writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× today&apos;s new data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data per user changes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multiplier on the new data per user, 1 at the start: richer media, more events per user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::CostEditor</name>
    <message>
        <source>× today&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute and traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of compute hours bought as reservations, at each type&apos;s discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB leaving the cloud per active user per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per GB leaving the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly revenue per active user, for the gross margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target cost per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance&apos;s ceiling on monthly cost per active user; a month above it is a bottleneck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rising unit cost after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per user rising this many months in a row is a bottleneck (2 to 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> Monate</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per node: the component whose instances need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance prices change over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multiplier on every instance price, 1 at the start: −0.5% a month is a typical cloud price decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fixed&quot;: per month; &quot;per_node&quot;: per instance of a component; &quot;per_seat&quot;: per person on the team, or in the roles listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per seat: the ids of the roles whose people each need a seat, separated by commas; blank: everyone on the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month, per node per month, or per seat per month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::CsvImportDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file of measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a table of measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: the first %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rows read: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::CurveEditor</name>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the value grows month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished">Konstant</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished">Linear</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation type="unfinished">Exponentiell</translation>
    </message>
    <message>
        <source>Logistic (S-curve)</source>
        <translation type="unfinished">Logistisch (S-Kurve)</translation>
    </message>
    <message>
        <source>Through points</source>
        <translation type="unfinished">Durch Punkte</translation>
    </message>
    <message>
        <source>Monthly values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in the first month (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation type="unfinished">Monatliches Wachstum</translation>
    </message>
    <message>
        <source>Compound growth per month: 5% a month is about 80% a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear growth: %1 added (or lost, if negative) each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistic growth: the level the S-curve flattens at (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation type="unfinished">Wachstumsrate</translation>
    </message>
    <message>
        <source>Logistic growth: the early rate per month, before the ceiling slows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / month</source>
        <translation type="unfinished"> / Monat</translation>
    </message>
    <message>
        <source>Constant growth between points (log-linear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between two points, grow by the same percentage each month instead of the same amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (drag them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through points: drag a point to move it; double-click to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is the median; the shaded band is the 90% range the uncertain parameters give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months from the start; may be fractional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve&apos;s value there (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in that month (%1); the last one holds beyond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape the year with a multiplier per calendar month (averaging 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seasonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar month&apos;s level over the year&apos;s average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level during the event over what it would be: 1.5 is +50%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::EditorPane</name>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Select one in the tree to edit it, or add one with the Add button under the tree.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::FieldForm</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique name that other parts and scenarios refer to. Renaming it renames every reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain: give the range you are 90% sure the value is in. Monte Carlo draws it there (lognormal where positive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5th percentile: 1 chance in 20 the value is below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90%: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile: 1 chance in 20 the value is above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the range of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::GrowthEditor</name>
    <message>
        <source>&lt;b&gt;Active users&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Aktive Nutzer&lt;/b&gt;</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="vanished"> Monate</translation>
    </message>
    <message>
        <source>How many months to project, from the start month (1 to 240).</source>
        <translation type="vanished">Wie viele Monate ab dem Startmonat projiziert werden (1 bis 240).</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="vanished">Zeitraum</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="vanished">Konstant</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="vanished">Linear</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation type="vanished">Exponentiell</translation>
    </message>
    <message>
        <source>Logistic (S-curve)</source>
        <translation type="vanished">Logistisch (S-Kurve)</translation>
    </message>
    <message>
        <source>Through points</source>
        <translation type="vanished">Durch Punkte</translation>
    </message>
    <message>
        <source>Monthly values (imported)</source>
        <translation type="vanished">Monatswerte (importiert)</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="vanished">Wachstum</translation>
    </message>
    <message>
        <source>Users at start</source>
        <translation type="vanished">Nutzer zu Beginn</translation>
    </message>
    <message>
        <source>Active users in the first month.</source>
        <translation type="vanished">Aktive Nutzer im ersten Monat.</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation type="vanished">Monatliches Wachstum</translation>
    </message>
    <message>
        <source>Compound growth per month: 5 % a month is about 80 % a year.</source>
        <translation type="vanished">Wachstum mit Zinseszins pro Monat: 5 % im Monat sind etwa 80 % im Jahr.</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="vanished"> %</translation>
    </message>
    <message>
        <source>Users added per month</source>
        <translation type="vanished">Neue Nutzer pro Monat</translation>
    </message>
    <message>
        <source>Linear growth: users added (or lost, if negative) each month.</source>
        <translation type="vanished">Lineares Wachstum: jeden Monat gewonnene (oder, wenn negativ, verlorene) Nutzer.</translation>
    </message>
    <message>
        <source>Market ceiling</source>
        <translation type="vanished">Marktobergrenze</translation>
    </message>
    <message>
        <source>Logistic growth: the number of users the S-curve levels off at.</source>
        <translation type="vanished">Logistisches Wachstum: die Nutzerzahl, bei der die S-Kurve abflacht.</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation type="vanished">Wachstumsrate</translation>
    </message>
    <message>
        <source>Logistic growth: the initial rate, per month, before the ceiling slows it.</source>
        <translation type="vanished">Logistisches Wachstum: die anfängliche Rate pro Monat, bevor die Obergrenze sie bremst.</translation>
    </message>
    <message>
        <source> / month</source>
        <translation type="vanished"> / Monat</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation type="vanished">Zeitraum ändern</translation>
    </message>
    <message>
        <source>Change growth curve</source>
        <translation type="vanished">Wachstumskurve ändern</translation>
    </message>
    <message>
        <source>Change users at start</source>
        <translation type="vanished">Nutzer zu Beginn ändern</translation>
    </message>
    <message>
        <source>Change monthly growth</source>
        <translation type="vanished">Monatliches Wachstum ändern</translation>
    </message>
    <message>
        <source>Change users added per month</source>
        <translation type="vanished">Neue Nutzer pro Monat ändern</translation>
    </message>
    <message>
        <source>Change market ceiling</source>
        <translation type="vanished">Marktobergrenze ändern</translation>
    </message>
    <message>
        <source>Change growth rate</source>
        <translation type="vanished">Wachstumsrate ändern</translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished">Nutzer</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished">Aktive Nutzer</translation>
    </message>
    <message>
        <source>Everything else follows this curve: requests, data, instances, team and cost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::GrowthImportDialog</name>
    <message>
        <source>Linear</source>
        <translation type="unfinished">Linear</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation type="unfinished">Exponentiell</translation>
    </message>
    <message>
        <source>Logistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit growth from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns, a date and a value: active users by month (2025-01,1649) or by day (2025-01-31,1712); a header row, commas, semicolons or tabs are all fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (90% intervals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AICc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residual standard error: the typical distance of a value from the fit, in users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected Akaike information criterion: lower is better. Among the models within 2 of the lowest, the simplest is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akaike weight: how clearly the model wins among those fitted (they sum to 100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the model to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history and the fit appear here once a file is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a logarithmic scale the history stays readable beside a forecast many times larger, and constant growth is a straight line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No growth curve could be fitted to %1: the table says why for each model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 fit has no value at the model&apos;s start, %2: choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; sets the active users from %1, the model&apos;s start, to the %2 fit: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current curve&apos;s seasonality and events are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% prediction band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model starts, %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="vanished">
            <numerusform>Das Modell hat %n Problem: Die Ergebnisse sind veraltet</numerusform>
            <numerusform>Das Modell hat %n Probleme: Die Ergebnisse sind veraltet</numerusform>
        </translation>
    </message>
    <message>
        <source>Headroom projects (*.headroom);;Headroom JSON (*.headroom.json *.json)</source>
        <translation type="unfinished">Headroom-Projekte (*.headroom);;Headroom-JSON (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Growth from History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Scalability from a Load Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom ended without saving the changes to %1. They were autosaved %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover them to look at them and save them, or discard them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): results are stale</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="vanished">&lt;p&gt;&lt;i&gt;Die Diagramme zeigen die letzte gültige Projektion.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The results show the last valid projection.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::PartTableModel</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::ProjectEditor</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product or plan this project models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first projected month&apos;s year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first projected month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished">Zeitraum</translation>
    </message>
    <message>
        <source>How many months to project (1 to 240).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> Monate</translation>
    </message>
    <message>
        <source>Daily peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each day&apos;s peak lasts: what a queue must absorb before it drains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::ProjectTree</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a part to the selected list (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected part (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::ProjectTreeModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished">Aktive Nutzer</translation>
    </message>
    <message>
        <source>Request classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::ProjectionPlots</name>
    <message>
        <source>Active users</source>
        <translation type="vanished">Aktive Nutzer</translation>
    </message>
    <message>
        <source>users</source>
        <translation type="vanished">Nutzer</translation>
    </message>
    <message>
        <source>Utilization at peak</source>
        <translation type="vanished">Auslastung zur Spitzenzeit</translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation type="vanished">% der Kapazität</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="vanished">Instanzen</translation>
    </message>
    <message>
        <source>instances</source>
        <translation type="vanished">Instanzen</translation>
    </message>
    <message>
        <source>Active users (median)</source>
        <translation type="vanished">Aktive Nutzer (Median)</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation type="vanished">%1: Zielwert</translation>
    </message>
    <message>
        <source>%1 maximum</source>
        <translation type="vanished">%1: Maximum</translation>
    </message>
</context>
<context>
    <name>headroom::ui::RequestClassEditor</name>
    <message>
        <source>Request class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As people call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per user a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of these requests an active user makes on an average day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak over average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The busiest hour&apos;s rate over the day&apos;s average (1 or more): capacity is sized for the peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enters at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component that receives it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean latency objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end-to-end mean response time it must stay under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end-to-end 95th percentile it must stay under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× today&apos;s requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user&apos;s requests change over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multiplier on the requests per user a day, 1 at the start: +1% a month as people use the product more; below 1 as a feature fades.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::ResultsArea</name>
    <message>
        <source>Stale: the model has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecting… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no results to report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has problems: these results are from its last valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::RoleEditor</name>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary and overheads per person per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attrition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of people who leave in a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiting fees and time per hire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned by hand as a curve, or derived from the product by a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People for each component group owned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances per SRE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances one SRE can look after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users one support person serves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::ScenarioEditor</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the alternative is, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario is the base model with changes. It runs with the same random draws as the base, so the differences you see come from the changes alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input this scenario changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its value in this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component whose scaling this scenario replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaling change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to edit the policy the component gets in this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::SectionView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::TableEditor</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::TeamEditor</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of components a team owns, for the per-group rule; 0: one per component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotations the SRE roles staff around the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest people a rotation needs to be humane (4 to 8 is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hires a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hires recruiting can close a month, all roles; 0: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From opening a requisition to the hire starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> Monate</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming it renames every reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary and overheads per person per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attrition / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of people who leave in a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiting cost per hire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role in the tree to set how its headcount follows the product.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::UslImportDialog</name>
    <message>
        <source>Fit scalability from a load test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns, the concurrency and the throughput measured at it (8,3299.7): instances, vCPUs, threads or virtual users, and operations per second. Repeated runs may repeat a concurrency; 6 or more concurrencies are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput (operations per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurements and the fit appear here once a file is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Universal Scalability Law cannot be fitted to %1 with confidence: %2. There is nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ, throughput at N = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ, contention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ, coherency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set to 0: indistinguishable from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput peaks at a concurrency of &lt;b&gt;%1&lt;/b&gt; (N&lt;sub&gt;max&lt;/sub&gt;), at &lt;b&gt;%2&lt;/b&gt; per second (X&lt;sub&gt;max&lt;/sub&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput never peaks (κ = 0): it approaches λ/σ = &lt;b&gt;%1&lt;/b&gt; per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R² = %1; residual standard error %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USL fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear scaling, λN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak: %1/s at N = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no component to apply the fit to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; to %1, which scales across cores: the test&apos;s concurrency must have counted a node&apos;s vCPUs, and its throughput operations per second at full use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; to %1, which scales across instances: the test&apos;s concurrency must have counted instances, and its throughput operations per second at full use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity per vCPU: %1 operations per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity per instance: %1 operations per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit scalability of %1 from a load test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
