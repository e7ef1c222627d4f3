<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Maestro::App</name>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>See and operate multi-host Docker environments described by maestro.yaml.</source>
        <translation>Docker-Umgebungen über mehrere Hosts, beschrieben in maestro.yaml, ansehen und bedienen.</translation>
    </message>
    <message>
        <source>The environment file to open.</source>
        <translation>Die zu öffnende Umgebungsdatei.</translation>
    </message>
    <message>
        <source>Use the translation for &lt;language&gt; (e.g. de).</source>
        <translation>Die Übersetzung für &lt;Sprache&gt; verwenden (z. B. de).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Group the tree by &quot;ship&quot; or &quot;service&quot;.</source>
        <translation>Den Baum nach „ship“ (Schiff) oder „service“ (Dienst) gruppieren.</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; once the file is shown, then quit.</source>
        <translation>Ein Bild des Fensters nach &lt;png&gt; speichern, sobald die Datei angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Select &lt;instance&gt; after loading.</source>
        <translation>&lt;Instanz&gt; nach dem Laden auswählen.</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>With --screenshot: picture the file view at diagnostic &lt;row&gt; instead.</source>
        <translation>Mit --screenshot: stattdessen die Dateiansicht bei Diagnose &lt;Zeile&gt; abbilden.</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Window size as WIDTHxHEIGHT.</source>
        <translation>Fenstergröße als BREITExHÖHE.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>With --screenshot: wait &lt;ms&gt; after the file is shown (default 300).</source>
        <translation>Mit --screenshot: &lt;ms&gt; warten, nachdem die Datei angezeigt wird (Vorgabe 300).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::GraphLayout</name>
    <message>
        <source>Graph layout: %1 node sizes for %2 nodes</source>
        <translation>Graph-Layout: %1 Knotengrößen für %2 Knoten</translation>
    </message>
    <message>
        <source>Graphviz could not create a graph</source>
        <translation>Graphviz konnte keinen Graphen anlegen</translation>
    </message>
    <message>
        <source>Graphviz could not create node %1</source>
        <translation>Graphviz konnte den Knoten %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Graph layout: edge %1 names an unknown node</source>
        <translation>Graph-Layout: Kante %1 nennt einen unbekannten Knoten</translation>
    </message>
    <message>
        <source>Graphviz could not create edge %1</source>
        <translation>Graphviz konnte die Kante %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the dependency graph</source>
        <translation>Graphviz konnte den Abhängigkeitsgraphen nicht anordnen</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::GraphLayouter</name>
    <message>
        <source>The graph layout was cancelled</source>
        <translation>Das Graph-Layout wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::GraphView</name>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>Services and their dependencies: solid lines are requires, dashed lines wants_info, dotted lines volumes_from.</source>
        <translation>Dienste und ihre Abhängigkeiten: durchgezogene Linien sind requires, gestrichelte wants_info, gepunktete volumes_from.</translation>
    </message>
    <message>
        <source>There is no graph to export.</source>
        <translation>Es gibt keinen Graphen zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot encode %1 as an image</source>
        <translation>%1 kann nicht als Bild kodiert werden</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::MainWindow</name>
    <message>
        <source>The dependency graph could not be laid out: %1</source>
        <translation>Der Abhängigkeitsgraph konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>Open Environment</source>
        <translation>Umgebung öffnen</translation>
    </message>
    <message>
        <source>Maestro environments (*.yaml *.yml);;All files (*)</source>
        <translation>Maestro-Umgebungen (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>The file no longer loads: showing the last version that did. See Diagnostics.</source>
        <translation>Die Datei lässt sich nicht mehr laden: Angezeigt wird die letzte ladbare Fassung. Siehe Diagnosen.</translation>
    </message>
    <message>
        <source>Maestro Desktop</source>
        <translation>Maestro Desktop</translation>
    </message>
    <message>
        <source>%1 (stale) — Maestro Desktop</source>
        <translation>%1 (veraltet) — Maestro Desktop</translation>
    </message>
    <message>
        <source>%1 — Maestro Desktop</source>
        <translation>%1 — Maestro Desktop</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n ship(s)</source>
        <translation>
            <numerusform>%n Schiff</numerusform>
            <numerusform>%n Schiffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Show File</source>
        <translation>Datei anzeigen</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Graph exported to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
    <message>
        <source>About Maestro Desktop</source>
        <translation>Über Maestro Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Maestro Desktop %1&lt;/h3&gt;&lt;p&gt;Multi-host Docker orchestration from the desktop, compatible with MaestroNG environment files.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Maestro Desktop %1&lt;/h3&gt;&lt;p&gt;Docker-Orchestrierung über mehrere Hosts vom Desktop aus, kompatibel mit MaestroNG-Umgebungsdateien.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ServiceNodeItem</name>
    <message numerus="yes">
        <source>Service %1: %n instance(s)</source>
        <translation>
            <numerusform>Dienst %1: %n Instanz</numerusform>
            <numerusform>Dienst %1: %n Instanzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::YamlViewDialog</name>
    <message>
        <source>Environment file</source>
        <translation>Umgebungsdatei</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to show</source>
        <translation>%1 ist zu groß für die Anzeige</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::DiagnosticsModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (bei %2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::EnvironmentTreeModel</name>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 von %n läuft</numerusform>
            <numerusform>%1 von %n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ship %1: %n instance(s)</source>
        <translation>
            <numerusform>Schiff %1: %n Instanz</numerusform>
            <numerusform>Schiff %1: %n Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service %1: %n instance(s)</source>
        <translation>
            <numerusform>Dienst %1: %n Instanz</numerusform>
            <numerusform>Dienst %1: %n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation>Schiff %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>Declared at %1</source>
        <translation>Deklariert in %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::InstanceDetailsModel</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>Netzwerkmodus</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>Stopp-Zeitlimit</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared at</source>
        <translation>Deklariert in</translation>
    </message>
    <message>
        <source>%1:%2 → %3</source>
        <translation>%1:%2 → %3</translation>
    </message>
    <message>
        <source>container volume</source>
        <translation>Container-Volume</translation>
    </message>
    <message>
        <source>volumes from</source>
        <translation>Volumes von</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Lifecycle checks</source>
        <translation>Lebenszyklus-Prüfungen</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::InstanceState</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>exited (%1)</source>
        <translation>beendet (%1)</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>keine Prüfungen</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>prüft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Maestro Desktop</source>
        <translation>Maestro Desktop</translation>
    </message>
    <message>
        <source>Stale environment warning</source>
        <translation>Warnung: veraltete Umgebung</translation>
    </message>
    <message>
        <source>Filter instances, services, ships…</source>
        <translation>Instanzen, Dienste, Schiffe filtern …</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>Instanzdetails</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Double-click a diagnostic to see its line in the file</source>
        <translation>Doppelklick auf eine Diagnose zeigt ihre Zeile in der Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an environment file</source>
        <translation>Eine Umgebungsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Load the environment file again</source>
        <translation>Die Umgebungsdatei erneut laden</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Show File</source>
        <translation>Datei an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the environment file, read-only</source>
        <translation>Die Umgebungsdatei schreibgeschützt anzeigen</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation>Graph &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the dependency graph as PNG or SVG</source>
        <translation>Den Abhängigkeitsgraphen als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Group by &amp;Service</source>
        <translation>Nach &amp;Dienst gruppieren</translation>
    </message>
    <message>
        <source>Group instances by service instead of by ship</source>
        <translation>Instanzen nach Dienst statt nach Schiff gruppieren</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern …</translation>
    </message>
    <message>
        <source>Filter the environment tree</source>
        <translation>Den Umgebungsbaum filtern</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation>Graph ein&amp;passen</translation>
    </message>
    <message>
        <source>Show the whole dependency graph</source>
        <translation>Den ganzen Abhängigkeitsgraphen zeigen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;About Maestro Desktop</source>
        <translation>Ü&amp;ber Maestro Desktop</translation>
    </message>
</context>
</TS>
