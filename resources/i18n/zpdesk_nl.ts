<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AgendaCli</name>
        <message>
            <source>%1 must be a date like 2026-10-01, not %2</source>
            <translation>%1 moet een datum zijn zoals 2026-10-01, niet %2</translation>
        </message>
        <message>
            <source>%1 must lie in the years %2, not %3</source>
            <translation>%1 moet in de jaren %2 liggen, niet %3</translation>
        </message>
        <message>
            <source>--to lies before --from</source>
            <translation>--to ligt vóór --from</translation>
        </message>
        <message>
            <source>the period is longer than three years</source>
            <translation>de periode is langer dan drie jaar</translation>
        </message>
    </context>
    <context>
        <name>AgendaCliCounts</name>
        <message numerus="yes">
            <source>%n occurrence(s)</source>
            <translation>
                <numerusform>%n bijeenkomst</numerusform>
                <numerusform>%n bijeenkomsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n reeks</numerusform>
                <numerusform>%n reeksen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina's</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weken</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaCounts</name>
        <message numerus="yes">
            <source>meeting(s) that take your time</source>
            <translation>
                <numerusform>bijeenkomst die je tijd kost</numerusform>
                <numerusform>bijeenkomsten die je tijd kosten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>meeting(s) that overlap</source>
            <translation>
                <numerusform>bijeenkomst die overlapt</numerusform>
                <numerusform>bijeenkomsten die overlappen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaReport</name>
        <message>
            <source>%1 h</source>
            <translation>%1 u</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 tot en met %2</translation>
        </message>
        <message>
            <source>Week %1</source>
            <translation>Week %1</translation>
        </message>
        <message>
            <source>%1 h of %2 h</source>
            <translation>%1 u van %2 u</translation>
        </message>
        <message>
            <source>internal %1 h · external %2 h</source>
            <translation>intern %1 u · extern %2 u</translation>
        </message>
        <message>
            <source>over capacity</source>
            <translation>boven capaciteit</translation>
        </message>
        <message>
            <source>external</source>
            <translation>extern</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optioneel</translation>
        </message>
        <message>
            <source>moved from %1</source>
            <translation>verplaatst van %1</translation>
        </message>
        <message>
            <source>Overlaps with %1</source>
            <translation>Overlapt met %1</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Agenda overview</source>
            <translation>Agenda-overzicht</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation>Afgedrukt %1</translation>
        </message>
        <message>
            <source>meetings</source>
            <translation type="vanished">bijeenkomsten</translation>
        </message>
        <message>
            <source>hours scheduled</source>
            <translation>uur gepland</translation>
        </message>
        <message>
            <source>hours capacity per week</source>
            <translation>uur capaciteit per week</translation>
        </message>
        <message>
            <source>weeks over capacity</source>
            <translation>weken boven capaciteit</translation>
        </message>
        <message>
            <source>meetings that overlap</source>
            <translation type="vanished">overlappende bijeenkomsten</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Netwerken</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>intern</translation>
        </message>
        <message>
            <source>No meetings this week.</source>
            <translation>Geen bijeenkomsten deze week.</translation>
        </message>
        <message>
            <source>overlapping appointments and weeks over capacity</source>
            <translation>overlappende afspraken en weken boven capaciteit</translation>
        </message>
        <message>
            <source>Other network work (time log): %1 h — internal %2 h · external %3 h</source>
            <translation>Overig netwerkwerk (urenregistratie): %1 u — intern %2 u · extern %3 u</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>pagina %1 van %2</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <source>Previous (Alt+Left)</source>
            <translation>Vorige (Alt+Links)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Go to today (Alt+Home)</source>
            <translation>Naar vandaag (Alt+Home)</translation>
        </message>
        <message>
            <source>Next (Alt+Right)</source>
            <translation>Volgende (Alt+Rechts)</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Toon</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Nieuwe bijeenkomst…</translation>
        </message>
        <message>
            <source>Log time…</source>
            <translation>Uren boeken…</translation>
        </message>
        <message>
            <source>Week sheet…</source>
            <translation>Weekstaat…</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Afdrukvoorbeeld…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF exporteren…</translation>
        </message>
        <message>
            <source>Import .ics…</source>
            <translation>.ics importeren…</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation>.ics exporteren…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Reeksen</translation>
        </message>
        <message>
            <source>Time log</source>
            <translation>Urenregistratie</translation>
        </message>
        <message>
            <source>&amp;Edit meeting…</source>
            <translation>Bijeenkomst &amp;bewerken…</translation>
        </message>
        <message>
            <source>Edit the &amp;series…</source>
            <translation>De &amp;reeks bewerken…</translation>
        </message>
        <message>
            <source>Mark &amp;attendance</source>
            <translation>&amp;Aanwezigheid markeren</translation>
        </message>
        <message>
            <source>Week %1 · %2 – %3</source>
            <translation>Week %1 · %2 – %3</translation>
        </message>
        <message>
            <source>Meetings · %1 h</source>
            <translation>Bijeenkomsten · %1 u</translation>
        </message>
        <message>
            <source>Time log · %1 h</source>
            <translation>Urenregistratie · %1 u</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>Alle netwerken</translation>
        </message>
        <message>
            <source>Week %1</source>
            <translation>Week %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: %2 h of %3 h capacity</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: %2 u van %3 u capaciteit</translation>
        </message>
        <message>
            <source>&lt;b&gt;Week %1&lt;/b&gt;: %2 h of %3 h capacity</source>
            <translation type="vanished">&lt;b&gt;Week %1&lt;/b&gt;: %2 u van %3 u capaciteit</translation>
        </message>
        <message>
            <source>internal %1 h · external %2 h</source>
            <translation>intern %1 u · extern %2 u</translation>
        </message>
        <message>
            <source>over capacity</source>
            <translation>boven capaciteit</translation>
        </message>
        <message>
            <source>%1 overlapping meetings</source>
            <translation>%1 overlappende bijeenkomsten</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 u</translation>
        </message>
        <message>
            <source>No network time this month.</source>
            <translation>Geen netwerktijd deze maand.</translation>
        </message>
        <message>
            <source>No network time this week.</source>
            <translation>Deze week geen tijd voor netwerken.</translation>
        </message>
        <message>
            <source>W%1</source>
            <translation>W%1</translation>
        </message>
        <message>
            <source>Mark '%1' of %2 as %3</source>
            <translation>'%1' van %2 markeren als %3</translation>
        </message>
        <message>
            <source>Delete series?</source>
            <translation>Reeks verwijderen?</translation>
        </message>
        <message>
            <source>Delete '%1' with all its meetings and attendance?</source>
            <translation>'%1' verwijderen met alle bijeenkomsten en aanwezigheid?</translation>
        </message>
        <message>
            <source>Delete meeting series '%1'</source>
            <translation>Reeks bijeenkomsten '%1' verwijderen</translation>
        </message>
        <message>
            <source>Delete %1 h logged for '%2' on %3</source>
            <translation>%1 u geboekt op '%2' op %3 verwijderen</translation>
        </message>
        <message>
            <source>Export the agenda overview as PDF</source>
            <translation>Agenda-overzicht als PDF exporteren</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>PDF exporteren</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%n page(s))</source>
            <translation>
                <numerusform>%1 opgeslagen (%n pagina)</numerusform>
                <numerusform>%1 opgeslagen (%n pagina's)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1 (%2 pages)</source>
            <translation type="vanished">%1 opgeslagen (%2 pagina's)</translation>
        </message>
        <message>
            <source>Import calendar file</source>
            <translation>Agendabestand importeren</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
            <translation>iCalendar-bestanden (*.ics *.ical *.ifb);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Export calendar file</source>
            <translation>Agendabestand exporteren</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-bestanden (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Contract type</source>
            <translation>Soort contract</translation>
        </message>
        <message>
            <source>Short-term: one project or a fixed period, then it ends</source>
            <translation>Kortlopend: één project of een vaste periode, daarna stopt het</translation>
        </message>
        <message>
            <source>Open-ended: we expect to go on together</source>
            <translation>Doorlopend: we verwachten samen door te gaan</translation>
        </message>
        <message>
            <source>1. How long is the collaboration meant to last?</source>
            <translation>1. Hoe lang is de samenwerking bedoeld?</translation>
        </message>
        <message>
            <source>Specific: who gives what and what each gets is spelled out</source>
            <translation>Specifiek: wie wat geeft en wat ieder krijgt is uitgeschreven</translation>
        </message>
        <message>
            <source>Broad: much is unspoken and rests on trust</source>
            <translation>Breed: veel blijft onuitgesproken en rust op vertrouwen</translation>
        </message>
        <message>
            <source>2. How specific are the terms?</source>
            <translation>2. Hoe specifiek zijn de afspraken?</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Contract type: &lt;b&gt;%1&lt;/b&gt; — %2</source>
            <translation>Soort contract: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
        </message>
    </context>
    <context>
        <name>AtRiskSection</name>
        <message>
            <source>No important expectation scored low at its latest check-in.</source>
            <translation>Geen belangrijke verwachting scoorde laag bij het laatste toetsmoment.</translation>
        </message>
    </context>
    <context>
        <name>AtlasExport</name>
        <message>
            <source>Network atlas %1</source>
            <translation>Netwerkatlas %1</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Ik</translation>
        </message>
        <message>
            <source>Who brings me work</source>
            <translation>Wie brengt mij werk</translation>
        </message>
        <message>
            <source>Where my work goes</source>
            <translation>Waar mijn werk heen gaat</translation>
        </message>
    </context>
    <context>
        <name>AtlasScene</name>
        <message>
            <source>Hours invested: %1</source>
            <translation>Geïnvesteerde uren: %1</translation>
        </message>
        <message>
            <source>Work that came to me: %1</source>
            <translation>Werk dat naar mij kwam: %1</translation>
        </message>
        <message>
            <source>Referrals I gave: %1 (%2)</source>
            <translation>Doorverwijzingen die ik gaf: %1 (%2)</translation>
        </message>
        <message>
            <source>People in the year: %1</source>
            <translation>Mensen in het jaar: %1</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beëindigd</translation>
        </message>
        <message>
            <source>Work that came to me via them: %1</source>
            <translation>Werk dat via hen naar mij kwam: %1</translation>
        </message>
        <message>
            <source>Referrals I gave them: %1 (%2)</source>
            <translation>Doorverwijzingen die ik hen gaf: %1 (%2)</translation>
        </message>
        <message>
            <source>Referrals received via them: %1 (%2)</source>
            <translation>Doorverwijzingen via hen ontvangen: %1 (%2)</translation>
        </message>
        <message>
            <source>People outside the networks shown</source>
            <translation>Mensen buiten de getoonde netwerken</translation>
        </message>
        <message>
            <source>Outside these networks</source>
            <translation>Buiten deze netwerken</translation>
        </message>
        <message>
            <source>More people: %1</source>
            <translation>Meer mensen: %1</translation>
        </message>
        <message>
            <source>work that came to me (width: revenue in the year)</source>
            <translation>werk dat naar mij kwam (dikte: omzet in het jaar)</translation>
        </message>
        <message>
            <source>work I passed on (width: estimated value)</source>
            <translation>werk dat ik doorgaf (dikte: geschatte waarde)</translation>
        </message>
        <message>
            <source>also a member of this network</source>
            <translation>ook lid van dit netwerk</translation>
        </message>
        <message>
            <source>! exclusivity conflict; faded: ended</source>
            <translation>! exclusiviteitsconflict; vervaagd: beëindigd</translation>
        </message>
    </context>
    <context>
        <name>AtlasView</name>
        <message>
            <source>Only people with work or referrals in the year</source>
            <translation>Alleen mensen met werk of doorverwijzingen in het jaar</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Passend</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Jaar:</translation>
        </message>
        <message>
            <source>Network:</source>
            <translation>Netwerk:</translation>
        </message>
        <message>
            <source>&lt;span style='color:#0072B2'&gt;━━ work that came to me&lt;/span&gt; · &lt;span style='color:#E69F00'&gt;╍╍ work I passed on&lt;/span&gt; · width: value · dotted: also a member there · faded: ended · ! exclusivity conflict · wheel or Ctrl+= / Ctrl+- zooms, drag or arrow keys move</source>
            <translation>&lt;span style='color:#0072B2'&gt;━━ werk dat naar mij kwam&lt;/span&gt; · &lt;span style='color:#E69F00'&gt;╍╍ werk dat ik doorgaf&lt;/span&gt; · dikte: waarde · gestippeld: daar ook lid · vervaagd: beëindigd · ! exclusiviteitsconflict · scrollwiel of Ctrl+= / Ctrl+- zoomt, slepen of pijltjestoetsen verschuiven</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Geselecteerd</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Netwerken</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Mensen</translation>
        </message>
        <message>
            <source>Work in</source>
            <translation>Werk in</translation>
        </message>
        <message>
            <source>Who brings me work</source>
            <translation>Wie brengt mij werk</translation>
        </message>
        <message>
            <source>Work out</source>
            <translation>Werk uit</translation>
        </message>
        <message>
            <source>Where my work goes</source>
            <translation>Waar mijn werk heen gaat</translation>
        </message>
        <message>
            <source>Reciprocity</source>
            <translation>Wederkerigheid</translation>
        </message>
        <message>
            <source>People in two or more of my current networks</source>
            <translation>Mensen in twee of meer van mijn huidige netwerken</translation>
        </message>
        <message>
            <source>Shared members (count · share of the row's members)</source>
            <translation>Gedeelde leden (aantal · deel van de leden van de rij)</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Overlap</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>Alle netwerken</translation>
        </message>
        <message numerus="yes">
            <source>Exclusivity conflicts: %n</source>
            <translation>
                <numerusform>Exclusiviteitsconflicten: %n</numerusform>
                <numerusform>Exclusiviteitsconflicten: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You meet %n people in two or more of your current networks.</source>
            <translation>
                <numerusform>Je ziet %n persoon in twee of meer van je huidige netwerken.</numerusform>
                <numerusform>Je ziet %n mensen in twee of meer van je huidige netwerken.</numerusform>
            </translation>
        </message>
        <message>
            <source>(no network)</source>
            <translation>(geen netwerk)</translation>
        </message>
        <message numerus="yes">
            <source>%n more people</source>
            <translation>
                <numerusform>nog %n persoon</numerusform>
                <numerusform>nog %n mensen</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the atlas</source>
            <translation>De atlas exporteren</translation>
        </message>
        <message>
            <source>atlas-%1.pdf</source>
            <translation>atlas-%1.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;SVG picture (*.svg);;PNG picture (*.png)</source>
            <translation>PDF (*.pdf);;SVG-afbeelding (*.svg);;PNG-afbeelding (*.png)</translation>
        </message>
    </context>
    <context>
        <name>BreachesSection</name>
        <message numerus="yes">
            <source>No breaches, but %n important expectation(s) at risk: see below.</source>
            <translation>
                <numerusform>Geen breuken, maar %n belangrijke verwachting loopt gevaar: zie hieronder.</numerusform>
                <numerusform>Geen breuken, maar %n belangrijke verwachtingen lopen gevaar: zie hieronder.</numerusform>
            </translation>
        </message>
        <message>
            <source>No breaches: every important expectation is on track.</source>
            <translation>Geen breuken: elke belangrijke verwachting ligt op koers.</translation>
        </message>
        <message>
            <source>The %1 most important of %2 breaches are shown. The Networks table's Breach column marks every network with one; its Contract tab lists them all.</source>
            <translation>De %1 belangrijkste van %2 breuken staan hier. In de tabel Netwerken markeert de kolom Contractbreuk elk netwerk met een breuk; het tabblad Contract toont ze allemaal.</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Check-in</source>
            <translation>Toetsmoment</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Measured %1 (%2): proposed score %3</source>
            <translation>Gemeten %1 (%2): voorgestelde score %3</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Earlier check-ins:</source>
            <translation>Eerdere toetsmomenten:</translation>
        </message>
    </context>
    <context>
        <name>CheckInPassDialog</name>
        <message>
            <source>Check-in pass — %1</source>
            <translation>Toetsronde — %1</translation>
        </message>
        <message>
            <source>Date of this check-in</source>
            <translation>Datum van dit toetsmoment</translation>
        </message>
        <message>
            <source>Score how well each expectation is fulfilled, 1 (not at all) to 5 (fully). Scores proposed from what zpdesk measured are filled in. Double-click a score or note to change it; leave a score empty (—) to skip it.</source>
            <translation>Geef per verwachting aan hoe goed die is waargemaakt, van 1 (helemaal niet) tot 5 (volledig). Scores die zpdesk zelf kon meten zijn al ingevuld. Dubbelklik op een score of notitie om die te wijzigen; laat een score leeg (—) om die over te slaan.</translation>
        </message>
        <message>
            <source>Score at least one expectation.</source>
            <translation>Geef ten minste één verwachting een score.</translation>
        </message>
    </context>
    <context>
        <name>ColourButton</name>
        <message>
            <source>Network colour</source>
            <translation>Kleur van het netwerk</translation>
        </message>
    </context>
    <context>
        <name>ComingUpSection</name>
        <message>
            <source>Nothing in the next 90 days.</source>
            <translation>Niets in de komende 90 dagen.</translation>
        </message>
    </context>
    <context>
        <name>CommitmentDialog</name>
        <message>
            <source>Edit meeting</source>
            <translation>Bijeenkomst bewerken</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nieuwe bijeenkomst</translation>
        </message>
        <message>
            <source>e.g. Breakfast session</source>
            <translation>bijv. Ontbijtsessie</translation>
        </message>
        <message>
            <source>Internal (within the network)</source>
            <translation>Intern (binnen het netwerk)</translation>
        </message>
        <message>
            <source>External (clients, outside parties)</source>
            <translation>Extern (opdrachtgevers, derden)</translation>
        </message>
        <message>
            <source>Attendance expected</source>
            <translation>Aanwezigheid verwacht</translation>
        </message>
        <message>
            <source>Apply the changes only from</source>
            <translation>Wijzigingen pas laten gelden vanaf</translation>
        </message>
        <message>
            <source>on (earlier dates keep the old schedule)</source>
            <translation>(eerdere data houden het oude schema)</translation>
        </message>
        <message>
            <source>from</source>
            <translation>van</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Time counts as</source>
            <translation>Tijd telt als</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Recurrence</source>
            <translation>Herhaling</translation>
        </message>
        <message>
            <source>The meeting needs an end after its start.</source>
            <translation>De bijeenkomst moet eindigen na het begin.</translation>
        </message>
        <message>
            <source>Add a network first.</source>
            <translation>Voeg eerst een netwerk toe.</translation>
        </message>
        <message>
            <source>Add meeting '%1'</source>
            <translation>Bijeenkomst '%1' toevoegen</translation>
        </message>
        <message>
            <source>The new schedule has no dates from that day on.</source>
            <translation>Het nieuwe schema heeft vanaf die dag geen data.</translation>
        </message>
        <message>
            <source>Change meeting '%1' from %2 on</source>
            <translation>Bijeenkomst '%1' wijzigen vanaf %2</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Change meeting '%1'</source>
            <translation>Bijeenkomst '%1' wijzigen</translation>
        </message>
        <message>
            <source>Change the whole series?</source>
            <translation>De hele reeks wijzigen?</translation>
        </message>
        <message>
            <source>%1 recorded changes of single meetings (moves, attendance) do not fit the new schedule and will be removed. Continue?</source>
            <translation>%1 vastgelegde wijzigingen van losse bijeenkomsten (verplaatsingen, aanwezigheid) passen niet in het nieuwe schema en worden verwijderd. Doorgaan?</translation>
        </message>
        <message>
            <source>(the next day)</source>
            <translation>(de volgende dag)</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsTab</name>
        <message>
            <source>New meeting…</source>
            <translation>Nieuwe bijeenkomst…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message numerus="yes">
            <source>Attendance in %1: %2 of %n meeting(s) (%3)</source>
            <translation>
                <numerusform>Aanwezigheid in %1: %2 van %n bijeenkomst (%3)</numerusform>
                <numerusform>Aanwezigheid in %1: %2 van %n bijeenkomsten (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>Attendance in %1: %2 of %3 meetings (%4)</source>
            <translation type="vanished">Aanwezigheid in %1: %2 van %3 bijeenkomsten (%4)</translation>
        </message>
        <message>
            <source>No past meetings in %1 yet.</source>
            <translation>Nog geen afgelopen bijeenkomsten in %1.</translation>
        </message>
    </context>
    <context>
        <name>ContractTab</name>
        <message>
            <source>Check-in pass…</source>
            <translation>Toetsronde…</translation>
        </message>
        <message>
            <source>Score all open expectations of this network at once</source>
            <translation>Alle open verwachtingen van dit netwerk in één keer scoren</translation>
        </message>
        <message>
            <source>Suggest expectations…</source>
            <translation>Verwachtingen voorstellen…</translation>
        </message>
        <message>
            <source>Show retired</source>
            <translation>Beëindigde tonen</translation>
        </message>
        <message>
            <source>Mutual match</source>
            <translation>Wederzijdse match</translation>
        </message>
        <message>
            <source>Choose a network.</source>
            <translation>Kies een netwerk.</translation>
        </message>
        <message>
            <source>How well I deliver what I give</source>
            <translation>Hoe goed ik waarmaak wat ik geef</translation>
        </message>
        <message>
            <source>How well the network delivers what I expect</source>
            <translation>Hoe goed het netwerk waarmaakt wat ik verwacht</translation>
        </message>
        <message>
            <source>No expectations yet. Add what you give and what you expect to get, or start from suggestions for this kind of network.</source>
            <translation>Nog geen verwachtingen. Voeg toe wat je geeft en wat je verwacht te krijgen, of begin met suggesties voor dit soort netwerk.</translation>
        </message>
        <message>
            <source>Fulfilment %1</source>
            <translation>Waargemaakt %1</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>nog niet getoetst</translation>
        </message>
        <message>
            <source>&lt;b&gt;check-in overdue since %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;toetsmoment te laat sinds %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>next check-in %1</source>
            <translation>volgend toetsmoment %1</translation>
        </message>
        <message numerus="yes">
            <source>rhythm every %n month(s)</source>
            <translation>
                <numerusform>ritme elke %n maand</numerusform>
                <numerusform>ritme: om de %n maanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Check-in pass for '%1' (%n expectation(s))</source>
            <translation>
                <numerusform>Toetsronde voor ‘%1’ (%n verwachting)</numerusform>
                <numerusform>Toetsronde voor ‘%1’ (%n verwachtingen)</numerusform>
            </translation>
        </message>
        <message>
            <source>rhythm every %1 months</source>
            <translation type="vanished">ritme elke %1 maanden</translation>
        </message>
        <message>
            <source>%1 in breach</source>
            <translation>%1 geschonden</translation>
        </message>
        <message>
            <source>Add expectation '%1' to '%2'</source>
            <translation>Verwachting ‘%1’ toevoegen aan ‘%2’</translation>
        </message>
        <message>
            <source>Add expectation</source>
            <translation>Verwachting toevoegen</translation>
        </message>
        <message>
            <source>Edit expectation '%1'</source>
            <translation>Verwachting ‘%1’ bewerken</translation>
        </message>
        <message>
            <source>Edit expectation</source>
            <translation>Verwachting bewerken</translation>
        </message>
        <message>
            <source>Check in on '%1': %2</source>
            <translation>Toetsmoment voor ‘%1’: %2</translation>
        </message>
        <message>
            <source>Reopen expectation '%1'</source>
            <translation>Verwachting ‘%1’ heropenen</translation>
        </message>
        <message>
            <source>Retire expectation '%1'</source>
            <translation>Verwachting ‘%1’ beëindigen</translation>
        </message>
        <message>
            <source>Delete '%1' with all its check-ins? Retire it instead to keep its history.</source>
            <translation>‘%1’ met al zijn toetsmomenten verwijderen? Beëindig de verwachting liever, dan blijft de geschiedenis bewaard.</translation>
        </message>
        <message>
            <source>Delete expectation</source>
            <translation>Verwachting verwijderen</translation>
        </message>
        <message>
            <source>Delete expectation '%1'</source>
            <translation>Verwachting ‘%1’ verwijderen</translation>
        </message>
        <message>
            <source>Check-in pass for '%1' (%2 expectations)</source>
            <translation type="vanished">Toetsronde voor ‘%1’ (%2 verwachtingen)</translation>
        </message>
        <message>
            <source>Add %1 suggested expectations to '%2'</source>
            <translation>%1 voorgestelde verwachtingen toevoegen aan ‘%2’</translation>
        </message>
    </context>
    <context>
        <name>ContractTypeTab</name>
        <message>
            <source>Assess a year…</source>
            <translation>Een jaar beoordelen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Type of psychological contract per year</source>
            <translation>Soort psychologisch contract per jaar</translation>
        </message>
        <message>
            <source>Not assessed yet. Answer two questions per year to see which kind of contract this network has become.</source>
            <translation>Nog niet beoordeeld. Beantwoord per jaar twee vragen om te zien wat voor contract dit netwerk is geworden.</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Unchanged: %1 since %2.</source>
            <translation>Ongewijzigd: %1 sinds %2.</translation>
        </message>
        <message>
            <source>Moved: %1.</source>
            <translation>Verschoven: %1.</translation>
        </message>
        <message>
            <source>Assess the contract with '%1' in %2</source>
            <translation>Het contract met ‘%1’ in %2 beoordelen</translation>
        </message>
        <message>
            <source>Edit the contract assessment of '%1' for %2</source>
            <translation>De contractbeoordeling van ‘%1’ voor %2 bewerken</translation>
        </message>
        <message>
            <source>Delete assessment</source>
            <translation>Beoordeling verwijderen</translation>
        </message>
        <message>
            <source>Delete the assessment of %1?</source>
            <translation>De beoordeling van %1 verwijderen?</translation>
        </message>
        <message>
            <source>Delete the contract assessment of '%1' for %2</source>
            <translation>De contractbeoordeling van ‘%1’ voor %2 verwijderen</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <source>Import revenue from %1</source>
            <translation>Omzet importeren uit %1</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>puntkomma</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>komma</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>%1 lines · %2 · separated by %3</source>
            <translation>%1 regels · %2 · gescheiden door %3</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Welke kolom bevat wat</translation>
        </message>
        <message>
            <source>— not in the file —</source>
            <translation>— niet in het bestand —</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>kolom %1</translation>
        </message>
        <message>
            <source>Lines are matched to an engagement by client and description; other lines become new engagements. Lines already in zpdesk are skipped.</source>
            <translation>Regels worden op opdrachtgever en omschrijving aan een opdracht gekoppeld; andere regels worden nieuwe opdrachten. Regels die al in zpdesk staan, worden overgeslagen.</translation>
        </message>
        <message>
            <source>Rejected lines (not imported)</source>
            <translation>Afgewezen regels (niet geïmporteerd)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>Choose the columns for the date, the amount, and the client or description.</source>
            <translation>Kies de kolommen voor de datum, het bedrag en de opdrachtgever of omschrijving.</translation>
        </message>
        <message>
            <source>Rejected lines (not imported): %1</source>
            <translation>Afgewezen regels (niet geïmporteerd): %1</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) will be imported, together %1.</source>
            <translation>
                <numerusform>%n regel wordt geïmporteerd, samen %1.</numerusform>
                <numerusform>%n regels worden geïmporteerd, samen %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new engagement(s).</source>
            <translation>
                <numerusform>%n nieuwe opdracht.</numerusform>
                <numerusform>%n nieuwe opdrachten.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 line(s) will be imported, together %2.</source>
            <translation type="vanished">%1 regel(s) worden geïmporteerd, samen %2.</translation>
        </message>
        <message>
            <source>%1 new engagement(s).</source>
            <translation type="vanished">%1 nieuwe opdracht(en).</translation>
        </message>
        <message>
            <source>%1 already imported, skipped.</source>
            <translation>%1 al geïmporteerd, overgeslagen.</translation>
        </message>
        <message>
            <source>%1 rejected: fix them in the file and import again.</source>
            <translation>%1 afgewezen: verbeter ze in het bestand en importeer opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>DeadlineTray</name>
        <message>
            <source>Deadline: %1</source>
            <translation>Uiterste datum: %1</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <source>— not decided —</source>
            <translation>— geen besluit —</translation>
        </message>
        <message>
            <source>Why, and what you will do differently</source>
            <translation>Waarom, en wat je anders gaat doen</translation>
        </message>
        <message>
            <source>&amp;Save decision</source>
            <translation>Besluit op&amp;slaan</translation>
        </message>
        <message>
            <source>Decision for next year</source>
            <translation>Besluit voor volgend jaar</translation>
        </message>
        <message>
            <source>Select a network in the table.</source>
            <translation>Selecteer een netwerk in de tabel.</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>Verdict: %1</source>
            <translation>Oordeel: %1</translation>
        </message>
    </context>
    <context>
        <name>DetailModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Work to me</source>
            <translation>Werk naar mij</translation>
        </message>
        <message>
            <source>Work I passed on</source>
            <translation>Werk dat ik doorgaf</translation>
        </message>
    </context>
    <context>
        <name>DueSection</name>
        <message>
            <source>Nothing overdue.</source>
            <translation>Niets te laat.</translation>
        </message>
    </context>
    <context>
        <name>EffectiveRateChart</name>
        <message>
            <source>effective rate (€ per hour)</source>
            <translation>effectief uurtarief (€ per uur)</translation>
        </message>
        <message>
            <source>no hours</source>
            <translation>geen uren</translation>
        </message>
        <message>
            <source>target %1 per hour</source>
            <translation>streeftarief %1 per uur</translation>
        </message>
    </context>
    <context>
        <name>EndMembershipDialog</name>
        <message>
            <source>End membership of '%1'</source>
            <translation>Lidmaatschap van ‘%1’ beëindigen</translation>
        </message>
        <message>
            <source>Your membership of '%1' ends on this date. The network stays in zpdesk with its meetings, work, expectations and figures, shown as ended; its past years still count in the review.</source>
            <translation>Je lidmaatschap van ‘%1’ eindigt op deze datum. Het netwerk blijft in zpdesk met zijn bijeenkomsten, werk, verwachtingen en cijfers, getoond als beëindigd; de afgelopen jaren tellen nog mee in de jaarevaluatie.</translation>
        </message>
        <message>
            <source>Choose 'Leaving' when you have given notice and the end lies ahead.</source>
            <translation>Kies ‘Vertrekkend’ als je hebt opgezegd en het einde nog moet komen.</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>&amp;Laatste dag:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
    </context>
    <context>
        <name>EngagementDialog</name>
        <message>
            <source>New engagement</source>
            <translation>Nieuwe opdracht</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Opdracht</translation>
        </message>
        <message>
            <source>e.g. Interim HR adviser</source>
            <translation>bijv. Interim-HR-adviseur</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Beëindigd op</translation>
        </message>
        <message>
            <source>— none (own acquisition) —</source>
            <translation>— geen (eigen acquisitie) —</translation>
        </message>
        <message>
            <source>— nobody in particular —</source>
            <translation>— niemand in het bijzonder —</translation>
        </message>
        <message>
            <source>not estimated</source>
            <translation>niet geschat</translation>
        </message>
        <message>
            <source>What this referral was worth when it reached you. The review counts it for reciprocity; left empty, it counts the revenue dated up to the end of the year the work started.</source>
            <translation>Wat deze doorverwijzing waard was toen ze bij je binnenkwam. De jaarevaluatie telt deze waarde voor de wederkerigheid; leeg gelaten telt de omzet tot het eind van het jaar waarin de opdracht begon.</translation>
        </message>
        <message>
            <source>&amp;Title *</source>
            <translation>&amp;Titel *</translation>
        </message>
        <message>
            <source>&amp;Client</source>
            <translation>&amp;Opdrachtgever</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>S&amp;tart</source>
            <translation>B&amp;egin</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Einde</translation>
        </message>
        <message>
            <source>&amp;Network</source>
            <translation>&amp;Netwerk</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>&amp;Route</translation>
        </message>
        <message>
            <source>Came &amp;via</source>
            <translation>Kwam &amp;via</translation>
        </message>
        <message>
            <source>Co&amp;mmission %</source>
            <translation>Af&amp;dracht %</translation>
        </message>
        <message>
            <source>&amp;Hours spent</source>
            <translation>Bestede &amp;uren</translation>
        </message>
        <message>
            <source>Estimated val&amp;ue (€)</source>
            <translation>Geschatte &amp;waarde (€)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>Not&amp;itie</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>Toevoe&amp;gen…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bewerken…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ver&amp;wijderen</translation>
        </message>
        <message>
            <source>Revenue (excluding VAT)</source>
            <translation>Omzet (excl. btw)</translation>
        </message>
        <message>
            <source>The commission %1 is not a percentage.</source>
            <translation>De afdracht %1 is geen percentage.</translation>
        </message>
        <message>
            <source>The hours %1 are not a number.</source>
            <translation>%1 is geen aantal uren.</translation>
        </message>
        <message>
            <source>The estimated value %1 is not a number of euros.</source>
            <translation>De geschatte waarde %1 is geen bedrag in euro.</translation>
        </message>
        <message>
            <source>Give the engagement a title.</source>
            <translation type="vanished">Geef de opdracht een titel.</translation>
        </message>
        <message>
            <source>The end date lies before the start date.</source>
            <translation type="vanished">De einddatum ligt voor de begindatum.</translation>
        </message>
        <message>
            <source>Work from own acquisition did not come through a network: choose another route or no network.</source>
            <translation type="vanished">Werk uit eigen acquisitie kwam niet via een netwerk: kies een andere route of geen netwerk.</translation>
        </message>
        <message>
            <source>Choose the network this work came through.</source>
            <translation type="vanished">Kies via welk netwerk dit werk binnenkwam.</translation>
        </message>
        <message>
            <source>A commission is between 0 and 100 % with at most two decimals.</source>
            <translation type="vanished">Een afdracht ligt tussen 0 en 100 % met hoogstens twee decimalen.</translation>
        </message>
        <message>
            <source>Hours spent cannot be negative.</source>
            <translation type="vanished">Bestede uren kunnen niet negatief zijn.</translation>
        </message>
        <message>
            <source>An estimated value is between 0 and ten billion euros.</source>
            <translation type="vanished">Een geschatte waarde ligt tussen 0 en tien miljard euro.</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Totaal %1</translation>
        </message>
        <message>
            <source>empty: no commission</source>
            <translation>leeg: geen afdracht</translation>
        </message>
        <message>
            <source>empty: the network's %1 %</source>
            <translation>leeg: de %1 % van het netwerk</translation>
        </message>
    </context>
    <context>
        <name>EngagementsTab</name>
        <message>
            <source>Filter by client, title, network, person, status…</source>
            <translation>Filter op opdrachtgever, titel, netwerk, persoon, status…</translation>
        </message>
        <message>
            <source>&amp;New engagement…</source>
            <translation>&amp;Nieuwe opdracht…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="vanished">&amp;Bewerken…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="vanished">&amp;Verwijderen</translation>
        </message>
        <message>
            <source>&amp;Import revenue…</source>
            <translation>Omzet &amp;importeren…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xporteren</translation>
        </message>
        <message>
            <source>Engagements as CSV…</source>
            <translation>Opdrachten als CSV…</translation>
        </message>
        <message>
            <source>Revenue entries as CSV…</source>
            <translation>Omzetregels als CSV…</translation>
        </message>
        <message>
            <source>%1 engagements · revenue %2 · commission %3</source>
            <translation type="vanished">%1 opdrachten · omzet %2 · afdracht %3</translation>
        </message>
        <message numerus="yes">
            <source>%n engagement(s) · revenue %1 · commission %2</source>
            <translation>
                <numerusform>%n opdracht · omzet %1 · afdracht %2</numerusform>
                <numerusform>%n opdrachten · omzet %1 · afdracht %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Add engagement '%1'</source>
            <translation>Opdracht ‘%1’ toevoegen</translation>
        </message>
        <message>
            <source>Edit engagement '%1'</source>
            <translation>Opdracht ‘%1’ bewerken</translation>
        </message>
        <message>
            <source>Delete the engagement '%1' and its %2 of revenue?</source>
            <translation>De opdracht ‘%1’ en de bijbehorende omzet van %2 verwijderen?</translation>
        </message>
        <message>
            <source>Delete engagement</source>
            <translation>Opdracht verwijderen</translation>
        </message>
        <message>
            <source>Delete engagement '%1'</source>
            <translation>Opdracht ‘%1’ verwijderen</translation>
        </message>
        <message>
            <source>Import revenue from a CSV file</source>
            <translation>Omzet importeren uit een CSV-bestand</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Import revenue</source>
            <translation>Omzet importeren</translation>
        </message>
        <message>
            <source>%1 holds no lines to import.</source>
            <translation>%1 bevat geen regels om te importeren.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n revenue line(s) from %1</source>
            <translation>
                <numerusform>%n omzetregel importeren uit %1</numerusform>
                <numerusform>%n omzetregels importeren uit %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n revenue line(s).</source>
            <translation>
                <numerusform>%n omzetregel geïmporteerd.</numerusform>
                <numerusform>%n omzetregels geïmporteerd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new engagement(s).</source>
            <translation>
                <numerusform>%n nieuwe opdracht.</numerusform>
                <numerusform>%n nieuwe opdrachten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) written to %1</source>
            <translation>
                <numerusform>%n regel weggeschreven naar %1</numerusform>
                <numerusform>%n regels weggeschreven naar %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Import %1 revenue line(s) from %2</source>
            <translation type="vanished">%1 omzetregel(s) importeren uit %2</translation>
        </message>
        <message>
            <source>Imported %1 revenue line(s); %2 new engagement(s).</source>
            <translation type="vanished">%1 omzetregel(s) geïmporteerd; %2 nieuwe opdracht(en).</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <source>%1 line(s) written to %2</source>
            <translation type="vanished">%1 regel(s) weggeschreven naar %2</translation>
        </message>
        <message>
            <source>Export engagements</source>
            <translation>Opdrachten exporteren</translation>
        </message>
        <message>
            <source>Export revenue</source>
            <translation>Omzet exporteren</translation>
        </message>
    </context>
    <context>
        <name>ExpectationDialog</name>
        <message>
            <source>Expectation</source>
            <translation>Verwachting</translation>
        </message>
        <message>
            <source>e.g. Two referrals a year for work I can do</source>
            <translation>bijv. Twee doorverwijzingen per jaar voor werk dat ik kan doen</translation>
        </message>
        <message>
            <source>1 = nice to have, 5 = essential</source>
            <translation>1 = mooi meegenomen, 5 = onmisbaar</translation>
        </message>
        <message>
            <source>Measurable target</source>
            <translation>Meetbaar doel</translation>
        </message>
        <message>
            <source>per</source>
            <translation>per</translation>
        </message>
        <message>
            <source>Made explicit with the others (not an unspoken assumption)</source>
            <translation>Uitgesproken met de anderen (geen onuitgesproken aanname)</translation>
        </message>
        <message>
            <source>Retired on</source>
            <translation>Beëindigd op</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Kant</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Belang</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Geopend op</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Write down what is expected.</source>
            <translation>Schrijf op wat er verwacht wordt.</translation>
        </message>
        <message>
            <source>The target needs a number, e.g. 20 or %1.</source>
            <translation>Het doel heeft een getal nodig, bijv. 20 of %1.</translation>
        </message>
        <message>
            <source>The target needs a number, e.g. 20 or 4,5.</source>
            <translation type="vanished">Het doel heeft een getal nodig, bijv. 20 of 4,5.</translation>
        </message>
        <message>
            <source>A target cannot be negative.</source>
            <translation>Een doel kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>A target has at most two decimals.</source>
            <translation>Een doel heeft hoogstens twee decimalen.</translation>
        </message>
        <message>
            <source>It cannot be retired before it was opened.</source>
            <translation>Een verwachting kan niet eindigen voordat ze geopend is.</translation>
        </message>
    </context>
    <context>
        <name>ExpenseDialog</name>
        <message>
            <source>Expense</source>
            <translation>Uitgave</translation>
        </message>
        <message>
            <source>&amp;Network</source>
            <translation>&amp;Netwerk</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Categorie</translation>
        </message>
        <message>
            <source>&amp;Amount (€)</source>
            <translation>&amp;Bedrag (€)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;otitie</translation>
        </message>
        <message>
            <source>Add a network first: every expense belongs to one.</source>
            <translation>Voeg eerst een netwerk toe: elke uitgave hoort bij een netwerk.</translation>
        </message>
        <message>
            <source>The amount %1 is not a number of euros.</source>
            <translation>%1 is geen bedrag in euro’s.</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation>Een bedrag kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>Enter an amount above zero.</source>
            <translation type="vanished">Vul een bedrag groter dan nul in.</translation>
        </message>
        <message>
            <source>%1 already has a membership fee for %2.</source>
            <translation type="vanished">%1 heeft al een contributie voor %2.</translation>
        </message>
    </context>
    <context>
        <name>ExpensesTab</name>
        <message>
            <source>Filter by category, note…</source>
            <translation>Filter op categorie, notitie…</translation>
        </message>
        <message>
            <source>&amp;New expense…</source>
            <translation>&amp;Nieuwe uitgave…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="vanished">&amp;Bewerken…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="vanished">&amp;Verwijderen</translation>
        </message>
        <message>
            <source>&amp;Repeat the yearly fee</source>
            <translation type="vanished">Jaarcontributie &amp;herhalen</translation>
        </message>
        <message>
            <source>Book the network's annual membership fee once for every membership year that does not have one yet, from the year you joined to this year (or the year you left).</source>
            <translation type="vanished">Boek de jaarlijkse contributie van het netwerk één keer voor elk lidmaatschapsjaar dat er nog geen heeft, vanaf het jaar waarin je lid werd tot en met dit jaar (of het jaar waarin je vertrok).</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>Alle netwerken</translation>
        </message>
        <message>
            <source>%1 expenses · together %2</source>
            <translation type="vanished">%1 uitgaven · samen %2</translation>
        </message>
        <message>
            <source>&amp;Book…</source>
            <translation>&amp;Boeken…</translation>
        </message>
        <message>
            <source>Book the selected expected membership fee: enter the date and amount paid. Until then it counts in the review as expected.</source>
            <translation>Boek de gekozen verwachte contributie: vul de datum en het betaalde bedrag in. Tot dan telt ze in de jaarevaluatie als verwacht.</translation>
        </message>
        <message numerus="yes">
            <source>%n expense(s) · together %1</source>
            <translation>
                <numerusform>%n uitgave · samen %1</numerusform>
                <numerusform>%n uitgaven · samen %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expected fee(s), together %1</source>
            <translation>
                <numerusform>%n verwachte contributie, samen %1</numerusform>
                <numerusform>%n verwachte contributies, samen %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Book the membership fee %1 of '%2'</source>
            <translation>Contributie %1 van '%2' boeken</translation>
        </message>
        <message>
            <source>Book the membership fee %1 of '%2' (%3)</source>
            <translation>Contributie %1 van '%2' boeken (%3)</translation>
        </message>
        <message>
            <source>Add expense of %1 for '%2'</source>
            <translation>Uitgave van %1 voor ‘%2’ toevoegen</translation>
        </message>
        <message>
            <source>Edit expense of %1 for '%2'</source>
            <translation>Uitgave van %1 voor ‘%2’ bewerken</translation>
        </message>
        <message>
            <source>Delete expense</source>
            <translation>Uitgave verwijderen</translation>
        </message>
        <message>
            <source>Delete the expense of %1 for '%2' of %3?</source>
            <translation>De uitgave van %1 voor ‘%2’ op %3 verwijderen?</translation>
        </message>
        <message>
            <source>Delete expense of %1 for '%2'</source>
            <translation>Uitgave van %1 voor ‘%2’ verwijderen</translation>
        </message>
        <message>
            <source>Repeat the yearly fee</source>
            <translation type="vanished">Jaarcontributie herhalen</translation>
        </message>
        <message>
            <source>Set the annual fee and the date you joined on the network first (Networks view).</source>
            <translation type="vanished">Stel eerst bij het netwerk de contributie per jaar en de datum waarop je lid werd in (weergave Netwerken).</translation>
        </message>
        <message>
            <source>Every membership year already has its fee.</source>
            <translation type="vanished">Elk lidmaatschapsjaar heeft al zijn contributie.</translation>
        </message>
        <message numerus="yes">
            <source>Repeat the yearly fee of '%1' (%n year(s))</source>
            <translation type="vanished">
                <numerusform>Jaarcontributie van ‘%1’ herhalen (%n jaar)</numerusform>
                <numerusform>Jaarcontributie van ‘%1’ herhalen (%n jaar)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repeat the yearly fees of %1 networks (%n year(s))</source>
            <translation type="vanished">
                <numerusform>Jaarcontributies van %1 netwerken herhalen (%n jaar)</numerusform>
                <numerusform>Jaarcontributies van %1 netwerken herhalen (%n jaar)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n membership fee(s) booked.</source>
            <translation type="vanished">
                <numerusform>%n contributie geboekt.</numerusform>
                <numerusform>%n contributies geboekt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Repeat the yearly fee of '%1' (%2 year(s))</source>
            <translation type="vanished">Jaarcontributie van ‘%1’ herhalen (%2 jaar)</translation>
        </message>
        <message>
            <source>Repeat the yearly fees of %3 networks (%2 year(s))</source>
            <translation type="vanished">Jaarcontributies van %3 netwerken herhalen (%2 jaar)</translation>
        </message>
        <message>
            <source>%1 membership fee(s) booked.</source>
            <translation type="vanished">%1 contributie(s) geboekt.</translation>
        </message>
    </context>
    <context>
        <name>FulfilmentBars</name>
        <message>
            <source>not checked yet</source>
            <translation>nog niet getoetst</translation>
        </message>
    </context>
    <context>
        <name>HealthCheckDialog</name>
        <message>
            <source>Health check</source>
            <translation>Gezondheidscheck</translation>
        </message>
        <message>
            <source>&lt;b&gt;Success factor&lt;/b&gt;</source>
            <translation>&lt;b&gt;Succesfactor&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Score&lt;/b&gt;</source>
            <translation>&lt;b&gt;Score&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Note&lt;/b&gt;</source>
            <translation>&lt;b&gt;Notitie&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Overall note</source>
            <translation>Algemene notitie</translation>
        </message>
        <message>
            <source>Score at least one success factor.</source>
            <translation>Geef ten minste één succesfactor een score.</translation>
        </message>
    </context>
    <context>
        <name>HealthTab</name>
        <message>
            <source>Select a check's column to edit or delete it.</source>
            <translation>Selecteer de kolom van een check om die te bewerken of te verwijderen.</translation>
        </message>
        <message>
            <source>New health check…</source>
            <translation>Nieuwe gezondheidscheck…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Health of the collaboration</source>
            <translation>Gezondheid van de samenwerking</translation>
        </message>
        <message>
            <source>No health check yet.</source>
            <translation>Nog geen gezondheidscheck.</translation>
        </message>
        <message>
            <source>Last check %1.</source>
            <translation>Laatste check %1.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Overdue since %1.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Te laat sinds %1.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Next one due %1.</source>
            <translation>Volgende check uiterlijk %1.</translation>
        </message>
        <message>
            <source>Health check of '%1' on %2</source>
            <translation>Gezondheidscheck van ‘%1’ op %2</translation>
        </message>
        <message>
            <source>Edit health check of '%1' on %2</source>
            <translation>Gezondheidscheck van ‘%1’ op %2 bewerken</translation>
        </message>
        <message>
            <source>Delete health check</source>
            <translation>Gezondheidscheck verwijderen</translation>
        </message>
        <message>
            <source>Delete the health check of %1?</source>
            <translation>De gezondheidscheck van %1 verwijderen?</translation>
        </message>
        <message>
            <source>Delete health check of '%1' on %2</source>
            <translation>Gezondheidscheck van ‘%1’ op %2 verwijderen</translation>
        </message>
    </context>
    <context>
        <name>IcsImportDialog</name>
        <message>
            <source>Import calendar file</source>
            <translation>Agendabestand importeren</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Into network</source>
            <translation>In netwerk</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Het bestand kan niet worden gelezen: %1</translation>
        </message>
        <message>
            <source>Add a network first.</source>
            <translation>Voeg eerst een netwerk toe.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wordt gelezen…</translation>
        </message>
        <message>
            <source>Reading the file was cancelled.</source>
            <translation>Het lezen van het bestand is afgebroken.</translation>
        </message>
        <message>
            <source>This file cannot be imported, nothing will be changed: %1</source>
            <translation>Dit bestand kan niet worden geïmporteerd, er wordt niets gewijzigd: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new series</source>
            <translation>
                <numerusform>%n nieuwe reeks</numerusform>
                <numerusform>%n nieuwe reeksen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>with %n meeting(s).</source>
            <translation>
                <numerusform>met %n bijeenkomst.</numerusform>
                <numerusform>met %n bijeenkomsten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n series already there will be skipped.</source>
            <translation>
                <numerusform>%n reeks die er al is wordt overgeslagen.</numerusform>
                <numerusform>%n reeksen die er al zijn worden overgeslagen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Events that cannot be imported are left out (listed in red with the reason): %1.</source>
            <translation>Afspraken die niet kunnen worden geïmporteerd, worden weggelaten (in rood vermeld met de reden): %1.</translation>
        </message>
        <message>
            <source>Importing %1 series…</source>
            <translation>%1 reeksen worden geïmporteerd…</translation>
        </message>
        <message numerus="yes">
            <source>Import %n series from '%1' into '%2'</source>
            <translation>
                <numerusform>%n reeks uit '%1' importeren in '%2'</numerusform>
                <numerusform>%n reeksen uit '%1' importeren in '%2'</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Het importeren is afgebroken; er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>%1 new series with %2 meetings; %3 series already there are skipped.</source>
            <translation type="vanished">%1 nieuwe reeksen met %2 bijeenkomsten; %3 reeksen die er al zijn worden overgeslagen.</translation>
        </message>
        <message>
            <source>Series without an end are counted up to %1.</source>
            <translation>Reeksen zonder einde zijn geteld tot %1.</translation>
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation>Niets te importeren.</translation>
        </message>
        <message>
            <source>Import %1 series from '%2' into '%3'</source>
            <translation type="vanished">%1 reeksen uit '%2' importeren in '%3'</translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <source>Importing revenue lines…</source>
            <translation>Omzetregels importeren…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Import revenue</source>
            <translation>Omzet importeren</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Systeemtaal volgen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>zpdesk will use the new language the next time you start it.</source>
            <translation>zpdesk gebruikt de nieuwe taal vanaf de volgende keer dat je het start.</translation>
        </message>
    </context>
    <context>
        <name>LoadBar</name>
        <message>
            <source>%1 of %2 minutes</source>
            <translation>%1 van %2 minuten</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>zpdesk — %1</source>
            <translation>zpdesk — %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>Add &amp;deadlines to my calendar…</source>
            <translation>&amp;Opzegdata in mijn agenda zetten…</translation>
        </message>
        <message>
            <source>Export the &amp;atlas…</source>
            <translation>De &amp;atlas exporteren…</translation>
        </message>
        <message>
            <source>zpdesk %1

Your networks, what they cost and what they bring.

Data: %2
Crash reports: %3</source>
            <translation>zpdesk %1

Je netwerken, wat ze kosten en wat ze opleveren.

Gegevens: %2
Foutrapporten: %3</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Voorkeuren…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <source>&amp;About zpdesk</source>
            <translation>&amp;Over zpdesk</translation>
        </message>
        <message>
            <source>zpdesk %1

Your networks, what they cost and what they bring.

Data: %2</source>
            <translation type="vanished">zpdesk %1

Je netwerken, wat ze kosten en wat ze opleveren.

Gegevens: %2</translation>
        </message>
        <message>
            <source>Add deadlines to my calendar</source>
            <translation>Opzegdata in mijn agenda zetten</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-bestanden (*.ics)</translation>
        </message>
        <message numerus="yes">
            <source>%n deadline(s) written to %1. Open the file with your calendar (Thunderbird, Apple Calendar, Outlook); importing a newer file updates the events, with reminders two weeks and two days before.</source>
            <translation>
                <numerusform>%n uiterste datum geschreven naar %1. Open het bestand met uw agenda (Thunderbird, Apple Agenda, Outlook); een nieuwer bestand importeren werkt de afspraken bij, met herinneringen twee weken en twee dagen vooraf.</numerusform>
                <numerusform>%n uiterste data geschreven naar %1. Open het bestand met uw agenda (Thunderbird, Apple Agenda, Outlook); een nieuwer bestand importeren werkt de afspraken bij, met herinneringen twee weken en twee dagen vooraf.</numerusform>
            </translation>
        </message>
        <message>
            <source>About zpdesk</source>
            <translation>Over zpdesk</translation>
        </message>
    </context>
    <context>
        <name>MembershipEditor</name>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Netwerk:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>&amp;Since:</source>
            <translation>&amp;Vanaf:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Tot:</translation>
        </message>
        <message>
            <source>Membership of %1 in '%2'</source>
            <translation>Lidmaatschap van %1 in ‘%2’</translation>
        </message>
        <message>
            <source>New membership of %1</source>
            <translation>Nieuw lidmaatschap van %1</translation>
        </message>
        <message>
            <source>Add %1 to '%2'</source>
            <translation>%1 toevoegen aan ‘%2’</translation>
        </message>
        <message>
            <source>Edit membership of %1 in '%2'</source>
            <translation>Lidmaatschap van %1 in ‘%2’ bewerken</translation>
        </message>
    </context>
    <context>
        <name>MembershipTableModel</name>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Vanaf</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot</translation>
        </message>
    </context>
    <context>
        <name>NetPerHourChart</name>
        <message>
            <source>net per hour (€)</source>
            <translation type="vanished">netto per uur (€)</translation>
        </message>
        <message>
            <source>no hours</source>
            <translation type="vanished">geen uren</translation>
        </message>
        <message>
            <source>target %1 per hour</source>
            <translation type="vanished">streeftarief %1 per uur</translation>
        </message>
    </context>
    <context>
        <name>NetworkDetailsCounts</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n maand</numerusform>
                <numerusform>%n maanden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkDetailsTab</name>
        <message>
            <source>%1 months</source>
            <translation type="vanished">%1 maanden</translation>
        </message>
        <message>
            <source>not automatically</source>
            <translation>niet automatisch</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Verlenging</translation>
        </message>
        <message>
            <source>Notice period</source>
            <translation>Opzegtermijn</translation>
        </message>
        <message>
            <source>Last day to give notice</source>
            <translation>Uiterste opzegdatum</translation>
        </message>
        <message>
            <source>%1 (for the renewal of %2)</source>
            <translation>%1 (voor de verlenging van %2)</translation>
        </message>
        <message>
            <source>Announced fee</source>
            <translation>Aangekondigde contributie</translation>
        </message>
        <message>
            <source>%1 from %2</source>
            <translation>%1 vanaf %2</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Rechtsvorm</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Onderdeel van</translation>
        </message>
        <message>
            <source>Contains</source>
            <translation>Omvat</translation>
        </message>
        <message>
            <source>My role</source>
            <translation>Mijn rol</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Lid sinds</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Vertrokken op</translation>
        </message>
        <message>
            <source>Annual fee</source>
            <translation>Contributie per jaar</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Afdracht</translation>
        </message>
        <message>
            <source>Check-ins every</source>
            <translation>Toetsmoment om de</translation>
        </message>
        <message>
            <source>%1 (my default)</source>
            <translation>%1 (mijn standaard)</translation>
        </message>
        <message>
            <source>Exclusivity</source>
            <translation>Exclusiviteit</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Motives</source>
            <translation>Motieven</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Obligations and arrangements</source>
            <translation>Verplichtingen en afspraken</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Niets vastgelegd.</translation>
        </message>
        <message>
            <source>People in this network</source>
            <translation>Mensen in dit netwerk</translation>
        </message>
        <message>
            <source>Nobody recorded.</source>
            <translation>Niemand vastgelegd.</translation>
        </message>
        <message>
            <source>Select a network to see its details.</source>
            <translation>Selecteer een netwerk om de details te zien.</translation>
        </message>
    </context>
    <context>
        <name>NetworkEditor</name>
        <message>
            <source>New network</source>
            <translation>Nieuw netwerk</translation>
        </message>
        <message>
            <source>Edit network '%1'</source>
            <translation>Netwerk ‘%1’ bewerken</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— geen —</translation>
        </message>
        <message>
            <source> months</source>
            <translation> maanden</translation>
        </message>
        <message>
            <source>my default (%1 months)</source>
            <translation type="vanished">mijn standaard (%1 maanden)</translation>
        </message>
        <message numerus="yes">
            <source>my default (%n month(s))</source>
            <translation>
                <numerusform>mijn standaard (%n maand)</numerusform>
                <numerusform>mijn standaard (%n maanden)</numerusform>
            </translation>
        </message>
        <message>
            <source>Annual &amp;fee (€):</source>
            <translation>&amp;Contributie per jaar (€):</translation>
        </message>
        <message>
            <source>Co&amp;mmission (%):</source>
            <translation>Af&amp;dracht (%):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Soort:</translation>
        </message>
        <message>
            <source>&amp;Legal form:</source>
            <translation>&amp;Rechtsvorm:</translation>
        </message>
        <message>
            <source>&amp;Part of:</source>
            <translation>&amp;Onderdeel van:</translation>
        </message>
        <message>
            <source>My &amp;role:</source>
            <translation>Mijn ro&amp;l:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>E&amp;xclusivity:</source>
            <translation>E&amp;xclusiviteit:</translation>
        </message>
        <message>
            <source>&amp;Joined on:</source>
            <translation>Lid &amp;geworden op:</translation>
        </message>
        <message>
            <source>Left o&amp;n:</source>
            <translation>&amp;Vertrokken op:</translation>
        </message>
        <message>
            <source>Co&amp;lour:</source>
            <translation>&amp;Kleur:</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <source>&amp;Check-in every:</source>
            <translation>Toets&amp;moment om de:</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>What the network is, who is in it, how it works…</source>
            <translation>Wat het netwerk is, wie erin zitten, hoe het werkt…</translation>
        </message>
        <message>
            <source>Why I take part</source>
            <translation>Waarom ik meedoe</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Omschr&amp;ijving:</translation>
        </message>
        <message>
            <source>&amp;Add obligation</source>
            <translation>Ver&amp;plichting toevoegen</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>Verwijder&amp;en</translation>
        </message>
        <message>
            <source>Obligations and arrangements (collective or individual)</source>
            <translation>Verplichtingen en afspraken (collectief of individueel)</translation>
        </message>
        <message>
            <source>Renews &amp;automatically</source>
            <translation>Wordt &amp;automatisch verlengd</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>ongewijzigd</translation>
        </message>
        <message>
            <source>Re&amp;news:</source>
            <translation>&amp;Verlenging:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Term:</source>
            <translation>&amp;Termijn:</translation>
        </message>
        <message>
            <source>N&amp;otice period:</source>
            <translation>&amp;Opzegtermijn:</translation>
        </message>
        <message>
            <source>Announced new fee (€):</source>
            <translation>Aangekondigde nieuwe contributie (€):</translation>
        </message>
        <message>
            <source>from:</source>
            <translation>vanaf:</translation>
        </message>
        <message>
            <source>Renewal and notice</source>
            <translation>Verlenging en opzegging</translation>
        </message>
        <message>
            <source>'%1' is not an amount in euros; type it like %2.</source>
            <translation>‘%1’ is geen bedrag in euro’s; typ het als %2.</translation>
        </message>
        <message>
            <source>'%1' is not a percentage; type a number from 0 to 100.</source>
            <translation>‘%1’ is geen percentage; typ een getal van 0 tot 100.</translation>
        </message>
        <message>
            <source>Add network '%1'</source>
            <translation>Netwerk ‘%1’ toevoegen</translation>
        </message>
    </context>
    <context>
        <name>NetworkTableModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>My role</source>
            <translation>Mijn rol</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <source>Annual fee</source>
            <translation>Contributie per jaar</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Afdracht</translation>
        </message>
        <message>
            <source>Fulfilment</source>
            <translation>Waargemaakt</translation>
        </message>
        <message>
            <source>Breach</source>
            <translation>Contractbreuk</translation>
        </message>
        <message>
            <source>Part of %1</source>
            <translation>Onderdeel van %1</translation>
        </message>
        <message>
            <source>What I give: %1 · What I expect to get: %2</source>
            <translation>Wat ik geef: %1 · Wat ik verwacht te krijgen: %2</translation>
        </message>
        <message>
            <source>Left on %1</source>
            <translation>Vertrokken op %1</translation>
        </message>
    </context>
    <context>
        <name>NetworksSection</name>
        <message>
            <source>No active networks yet.</source>
            <translation>Nog geen actieve netwerken.</translation>
        </message>
    </context>
    <context>
        <name>NetworksView</name>
        <message>
            <source>Filter by name, kind, role… (Ctrl+F)</source>
            <translation>Filter op naam, soort, rol… (Ctrl+F)</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>Alle netwerken</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Huidige</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beëindigd</translation>
        </message>
        <message>
            <source>&amp;New network…</source>
            <translation>&amp;Nieuw netwerk…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bewerken…</translation>
        </message>
        <message>
            <source>End &amp;membership…</source>
            <translation>&amp;Lidmaatschap beëindigen…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>What if I &amp;leave…</source>
            <translation>Wat als ik op&amp;zeg…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>No networks yet. Add the first one with New network… (Ctrl+N).</source>
            <translation>Nog geen netwerken. Voeg het eerste toe met Nieuw netwerk… (Ctrl+N).</translation>
        </message>
        <message>
            <source>Select a network to see its details.</source>
            <translation>Selecteer een netwerk om de details te zien.</translation>
        </message>
        <message>
            <source>Edit network</source>
            <translation>Netwerk bewerken</translation>
        </message>
        <message>
            <source>Delete network</source>
            <translation>Netwerk verwijderen</translation>
        </message>
        <message>
            <source>Delete the network '%1' and everything recorded for it: its meetings and attendance, time, expenses, expectations and check-ins, and other people's memberships?

To keep its history, end the membership instead.</source>
            <translation>Het netwerk ‘%1’ verwijderen met alles wat ervoor is vastgelegd: bijeenkomsten en aanwezigheid, tijd, uitgaven, verwachtingen en toetsmomenten, en de lidmaatschappen van anderen?

Beëindig liever het lidmaatschap als je de geschiedenis wilt bewaren.</translation>
        </message>
        <message>
            <source>Delete network '%1'</source>
            <translation>Netwerk ‘%1’ verwijderen</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Give notice to '%1'</source>
            <translation>Opzeggen bij '%1'</translation>
        </message>
        <message>
            <source>You decided to leave. Record the notice: the membership then ends on the last day, and its history stays.</source>
            <translation>U hebt besloten te stoppen. Leg de opzegging vast: het lidmaatschap eindigt dan op de laatste dag, en de geschiedenis blijft bewaard.</translation>
        </message>
        <message>
            <source>Notice &amp;given on:</source>
            <translation>Opgezegd &amp;op:</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>&amp;Laatste dag:</translation>
        </message>
        <message>
            <source>Stop the meetings</source>
            <translation>Bijeenkomsten stoppen</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting series of '%1' continue after %2. Stop them after that day? Meetings up to then, and what you recorded of them, stay.</source>
            <translation>
                <numerusform>%n reeks bijeenkomsten van '%1' gaat door na %2. Na die dag stoppen? Bijeenkomsten tot dan, en wat u ervan vastlegde, blijven bewaard.</numerusform>
                <numerusform>%n reeksen bijeenkomsten van '%1' gaan door na %2. Na die dag stoppen? Bijeenkomsten tot dan, en wat u ervan vastlegde, blijven bewaard.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop them</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Stop the meetings of '%1'</source>
            <translation>Bijeenkomsten van '%1' stoppen</translation>
        </message>
    </context>
    <context>
        <name>ObligationTableModel</name>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Arranged</source>
            <translation>Geregeld</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
    </context>
    <context>
        <name>OccurrenceDialog</name>
        <message>
            <source>Meeting on %1</source>
            <translation>Bijeenkomst op %1</translation>
        </message>
        <message>
            <source>from</source>
            <translation>van</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>This meeting only</source>
            <translation>Alleen deze bijeenkomst</translation>
        </message>
        <message>
            <source>This and the following meetings</source>
            <translation>Deze en de volgende bijeenkomsten</translation>
        </message>
        <message>
            <source>The whole series</source>
            <translation>De hele reeks</translation>
        </message>
        <message>
            <source>as scheduled (%1 h)</source>
            <translation>zoals gepland (%1 u)</translation>
        </message>
        <message>
            <source>Remove from the series…</source>
            <translation>Uit de reeks verwijderen…</translation>
        </message>
        <message>
            <source>Edit series…</source>
            <translation>Reeks bewerken…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Time change applies to</source>
            <translation>Tijdwijziging geldt voor</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Actual hours</source>
            <translation>Werkelijke uren</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Moved; originally %1 %2 at %3</source>
            <translation>Verplaatst; oorspronkelijk %1 %2 om %3</translation>
        </message>
        <message>
            <source>The meeting needs an end after its start.</source>
            <translation>De bijeenkomst moet eindigen na het begin.</translation>
        </message>
        <message>
            <source>Actual hours: %1 is not a number.</source>
            <translation>Werkelijke uren: %1 is geen getal.</translation>
        </message>
        <message>
            <source>Change meeting '%1' of %2</source>
            <translation>Bijeenkomst '%1' van %2 wijzigen</translation>
        </message>
        <message>
            <source>Moving to another day applies to this meeting only; change the series' recurrence in the series editor.</source>
            <translation>Verplaatsen naar een andere dag kan alleen voor deze bijeenkomst; wijzig de herhaling van de reeks in de reekseditor.</translation>
        </message>
        <message>
            <source>Change meeting '%1' from %2 on</source>
            <translation>Bijeenkomst '%1' wijzigen vanaf %2</translation>
        </message>
        <message>
            <source>Change every meeting '%1'</source>
            <translation>Alle bijeenkomsten '%1' wijzigen</translation>
        </message>
        <message>
            <source>Remove this meeting?</source>
            <translation>Deze bijeenkomst verwijderen?</translation>
        </message>
        <message>
            <source>Remove '%1' of %2 from the series? (To keep it visible as cancelled, choose 'Cancelled by the network' instead.)</source>
            <translation>'%1' van %2 uit de reeks verwijderen? (Kies 'Afgezegd door het netwerk' om hem zichtbaar te houden als afgezegd.)</translation>
        </message>
        <message>
            <source>Remove meeting '%1' of %2 from its series</source>
            <translation>Bijeenkomst '%1' van %2 uit de reeks verwijderen</translation>
        </message>
    </context>
    <context>
        <name>OccurrenceTableModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Telt als</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Overlap</translation>
        </message>
        <message>
            <source>Overlaps with %1</source>
            <translation>Overlapt met %1</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optioneel</translation>
        </message>
        <message>
            <source>Moved from %1</source>
            <translation>Verplaatst van %1</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Extern</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>%1 h actual</source>
            <translation>%1 u werkelijk</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Tick to enter a date; leave empty when unknown</source>
            <translation>Vink aan om een datum in te vullen; laat leeg als die onbekend is</translation>
        </message>
    </context>
    <context>
        <name>OverlapMatrixModel</name>
        <message>
            <source>%n of the members of %1 are also in %2</source>
            <translation type="vanished">['%n van de leden van %1 zit ook in %2', '%n van de leden van %1 zitten ook in %2']</translation>
        </message>
        <message>
            <source>Members of %1 also in %2: %3</source>
            <translation>Leden van %1 die ook in %2 zitten: %3</translation>
        </message>
    </context>
    <context>
        <name>OverlapPeopleModel</name>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Netwerken</translation>
        </message>
        <message>
            <source>Which</source>
            <translation>Welke</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <source>Who is good at what? Search name, expertise, region, organisation (Ctrl+F)</source>
            <translation>Wie is goed waarin? Zoek op naam, expertise, regio, organisatie (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>&amp;Nieuwe persoon…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bewerken…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>&amp;Add membership…</source>
            <translation>Lidmaatschap &amp;toevoegen…</translation>
        </message>
        <message>
            <source>Edit membership…</source>
            <translation>Lidmaatschap bewerken…</translation>
        </message>
        <message>
            <source>Remove membership</source>
            <translation>Lidmaatschap verwijderen</translation>
        </message>
        <message>
            <source>&amp;Open network</source>
            <translation>Netwerk &amp;openen</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Lidmaatschappen</translation>
        </message>
        <message>
            <source>No people yet. Add someone with New person… (Ctrl+N).</source>
            <translation>Nog geen mensen. Voeg iemand toe met Nieuwe persoon… (Ctrl+N).</translation>
        </message>
        <message>
            <source>Nobody selected.</source>
            <translation>Niemand geselecteerd.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>Expertise</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Achtergrond</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Persoon bewerken</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Persoon verwijderen</translation>
        </message>
        <message>
            <source>Delete '%1' and their memberships? Engagements and referrals that name them stay, without their name.</source>
            <translation>‘%1’ en diens lidmaatschappen verwijderen? Opdrachten en doorverwijzingen waarin deze persoon voorkomt blijven bestaan, zonder naam.</translation>
        </message>
        <message>
            <source>Delete person '%1'</source>
            <translation>Persoon ‘%1’ verwijderen</translation>
        </message>
        <message>
            <source>Remove the membership of %1 in '%2'?</source>
            <translation>Het lidmaatschap van %1 in ‘%2’ verwijderen?</translation>
        </message>
        <message>
            <source>Remove %1 from '%2'</source>
            <translation>%1 verwijderen uit ‘%2’</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <source>e.g. Breda, West-Brabant</source>
            <translation>bijv. Breda, West-Brabant</translation>
        </message>
        <message>
            <source>e.g. interim HR, labour lawyer</source>
            <translation>bijv. interim HR, arbeidsjurist</translation>
        </message>
        <message>
            <source>What they are good at, e.g. interim HR, labour law, change management</source>
            <translation>Waar iemand goed in is, bijv. interim-HR, arbeidsrecht, verandermanagement</translation>
        </message>
        <message>
            <source>Education, earlier work, sectors</source>
            <translation>Opleiding, eerder werk, sectoren</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisatie:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefoon:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Regio:</translation>
        </message>
        <message>
            <source>Pro&amp;fession:</source>
            <translation>&amp;Vakgebied:</translation>
        </message>
        <message>
            <source>E&amp;xpertise:</source>
            <translation>E&amp;xpertise:</translation>
        </message>
        <message>
            <source>&amp;Background:</source>
            <translation>&amp;Achtergrond:</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>Not&amp;ities:</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nieuwe persoon</translation>
        </message>
        <message>
            <source>Edit '%1'</source>
            <translation>‘%1’ bewerken</translation>
        </message>
        <message>
            <source>Add person '%1'</source>
            <translation>Persoon ‘%1’ toevoegen</translation>
        </message>
        <message>
            <source>Edit person '%1'</source>
            <translation>Persoon ‘%1’ bewerken</translation>
        </message>
    </context>
    <context>
        <name>PersonTableModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>Expertise</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Netwerken</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Eerste</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Herhaling</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>already there: skipped</source>
            <translation>bestaat al: overgeslagen</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nieuw</translation>
        </message>
        <message>
            <source>left out: %1</source>
            <translation>weggelaten: %1</translation>
        </message>
    </context>
    <context>
        <name>PrintPeriodDialog</name>
        <message>
            <source>Agenda overview</source>
            <translation>Agenda-overzicht</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kwartaal</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>De periode eindigt voordat hij begint.</translation>
        </message>
        <message>
            <source>Print at most a year at a time.</source>
            <translation>Druk maximaal een jaar tegelijk af.</translation>
        </message>
    </context>
    <context>
        <name>ReciprocityModel</name>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Value given</source>
            <translation>Waarde gegeven</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>Value received</source>
            <translation>Waarde ontvangen</translation>
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bewerken…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>&amp;Open network</source>
            <translation>Netwerk &amp;openen</translation>
        </message>
        <message>
            <source>Show this record's network in Networks</source>
            <translation>Het netwerk hiervan tonen in Netwerken</translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>1st</source>
            <translation>1e</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>2e</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>3e</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>4e</translation>
        </message>
        <message>
            <source>last</source>
            <translation>laatste</translation>
        </message>
        <message>
            <source>Custom rule: %1</source>
            <translation>Eigen regel: %1</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>Eenmalig</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Elke dag</translation>
        </message>
        <message>
            <source>Every %1 days</source>
            <translation>Elke %1 dagen</translation>
        </message>
        <message>
            <source>Every week on %1</source>
            <translation>Elke week op %1</translation>
        </message>
        <message>
            <source>Every %1 weeks on %2</source>
            <translation>Elke %1 weken op %2</translation>
        </message>
        <message>
            <source>Every month on the %1</source>
            <translation>Elke maand op de %1</translation>
        </message>
        <message>
            <source>Every %1 months on the %2</source>
            <translation>Elke %1 maanden op de %2</translation>
        </message>
        <message>
            <source>Every month on day %1</source>
            <translation>Elke maand op dag %1</translation>
        </message>
        <message>
            <source>Every %1 months on day %2</source>
            <translation>Elke %1 maanden op dag %2</translation>
        </message>
        <message>
            <source>Every year on %1</source>
            <translation>Elk jaar op %1</translation>
        </message>
        <message>
            <source>Every %1 years on %2</source>
            <translation>Elke %1 jaar op %2</translation>
        </message>
        <message>
            <source>, until %1</source>
            <translation>, tot en met %1</translation>
        </message>
        <message>
            <source>, %1 times</source>
            <translation type="vanished">, %1 keer</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceBuilder</name>
        <message>
            <source>Does not repeat</source>
            <translation>Eenmalig</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Dagelijks</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Wekelijks</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Maandelijks</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Jaarlijks</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Elke</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nooit</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Op</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>times</source>
            <translation>keer</translation>
        </message>
        <message>
            <source>Skip this date</source>
            <translation>Deze datum overslaan</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Herhaling</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Eindigt</translation>
        </message>
        <message>
            <source>Skipped dates</source>
            <translation>Overgeslagen data</translation>
        </message>
        <message>
            <source>On day %1</source>
            <translation>Op dag %1</translation>
        </message>
        <message>
            <source>On the</source>
            <translation>Op de</translation>
        </message>
        <message>
            <source>Custom rule (kept as it is)</source>
            <translation>Eigen regel (blijft ongewijzigd)</translation>
        </message>
        <message numerus="yes">
            <source>day(s)</source>
            <translation>
                <numerusform>dag</numerusform>
                <numerusform>dagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>week(s)</source>
            <translation>
                <numerusform>week</numerusform>
                <numerusform>weken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>month(s)</source>
            <translation>
                <numerusform>maand</numerusform>
                <numerusform>maanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>year(s)</source>
            <translation>
                <numerusform>jaar</numerusform>
                <numerusform>jaar</numerusform>
            </translation>
        </message>
        <message>
            <source>Once, on %1</source>
            <translation>Eenmalig, op %1</translation>
        </message>
        <message>
            <source>The start date is not one of the dates this gives: %1</source>
            <translation>De begindatum is niet een van de data die dit oplevert: %1</translation>
        </message>
        <message>
            <source>First dates: %1</source>
            <translation>Eerste data: %1</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceCounts</name>
        <message numerus="yes">
            <source>, %n time(s)</source>
            <translation>
                <numerusform>, %n keer</numerusform>
                <numerusform>, %n keer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Referral given</source>
            <translation>Gegeven doorverwijzing</translation>
        </message>
        <message>
            <source>— someone not in zpdesk —</source>
            <translation>— iemand die niet in zpdesk staat —</translation>
        </message>
        <message>
            <source>— outside my networks —</source>
            <translation>— buiten mijn netwerken —</translation>
        </message>
        <message>
            <source>It became work for them</source>
            <translation>Het leverde de ander werk op</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Aan</translation>
        </message>
        <message>
            <source>In &amp;network</source>
            <translation>In &amp;netwerk</translation>
        </message>
        <message>
            <source>&amp;Client</source>
            <translation>&amp;Opdrachtgever</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Wat</translation>
        </message>
        <message>
            <source>&amp;Estimated value (€)</source>
            <translation>&amp;Geschatte waarde (€)</translation>
        </message>
        <message>
            <source>The value %1 is not a number of euros.</source>
            <translation>%1 is geen bedrag in euro’s.</translation>
        </message>
        <message>
            <source>Say to whom you referred, or for which client or what work.</source>
            <translation type="vanished">Vul in naar wie je hebt doorverwezen, of voor welke opdrachtgever of welk werk.</translation>
        </message>
        <message>
            <source>An estimated value cannot be negative.</source>
            <translation type="vanished">Een geschatte waarde kan niet negatief zijn.</translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <source>Filter by person, network, client…</source>
            <translation>Filter op persoon, netwerk, opdrachtgever…</translation>
        </message>
        <message>
            <source>&amp;New referral…</source>
            <translation>&amp;Nieuwe doorverwijzing…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="vanished">&amp;Bewerken…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="vanished">&amp;Verwijderen</translation>
        </message>
        <message>
            <source>%1 referrals · estimated value %2 · %3 became work</source>
            <translation type="vanished">%1 doorverwijzingen · geschatte waarde %2 · %3 leverden werk op</translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s) · estimated value %1 · %2 became work</source>
            <translation>
                <numerusform>%n doorverwijzing · geschatte waarde %1 · %2 leverde(n) werk op</numerusform>
                <numerusform>%n doorverwijzingen · geschatte waarde %1 · %2 leverden werk op</numerusform>
            </translation>
        </message>
        <message>
            <source>Add referral to '%1'</source>
            <translation>Doorverwijzing naar ‘%1’ toevoegen</translation>
        </message>
        <message>
            <source>Edit referral to '%1'</source>
            <translation>Doorverwijzing naar ‘%1’ bewerken</translation>
        </message>
        <message>
            <source>Delete referral</source>
            <translation>Doorverwijzing verwijderen</translation>
        </message>
        <message>
            <source>Delete the referral to '%1' of %2?</source>
            <translation>De doorverwijzing naar ‘%1’ van %2 verwijderen?</translation>
        </message>
        <message>
            <source>Delete referral to '%1'</source>
            <translation>Doorverwijzing naar ‘%1’ verwijderen</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Terugzetten uit een reservekopie</translation>
        </message>
        <message>
            <source>Choose the backup to put in place of %1. The current file is not deleted: it is kept aside under a name with today's date and time.</source>
            <translation>Kies de reservekopie die in de plaats komt van %1. Het huidige bestand wordt niet verwijderd: het wordt apart bewaard onder een naam met de datum en tijd van vandaag.</translation>
        </message>
        <message>
            <source>There are no backups of this database yet. Choose a backup file instead.</source>
            <translation>Er zijn nog geen reservekopieën van deze database. Kies in plaats daarvan een reservekopiebestand.</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Ander bestand…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Kies een reservekopie</translation>
        </message>
        <message>
            <source>zpdesk databases (*.sqlite *.db);;All files (*)</source>
            <translation>zpdesk-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Choose a backup first.</source>
            <translation>Kies eerst een reservekopie.</translation>
        </message>
        <message>
            <source>This backup cannot be used: %1</source>
            <translation>Deze reservekopie is niet bruikbaar: %1</translation>
        </message>
    </context>
    <context>
        <name>RevenueDialog</name>
        <message>
            <source>Revenue entry</source>
            <translation>Omzetregel</translation>
        </message>
        <message>
            <source>Edit revenue</source>
            <translation>Omzet bewerken</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Amount excl. VAT (€)</source>
            <translation>&amp;Bedrag excl. btw (€)</translation>
        </message>
        <message>
            <source>&amp;Invoice number</source>
            <translation>&amp;Factuurnummer</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <source>The amount %1 is not a number of euros.</source>
            <translation>%1 is geen bedrag in euro’s.</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation>Een bedrag kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>Enter an amount above zero.</source>
            <translation type="vanished">Vul een bedrag groter dan nul in.</translation>
        </message>
    </context>
    <context>
        <name>RevenueHoursChart</name>
        <message>
            <source>revenue sourced (€)</source>
            <translation>opgeleverde omzet (€)</translation>
        </message>
        <message>
            <source>hours invested</source>
            <translation>geïnvesteerde uren</translation>
        </message>
        <message>
            <source>revenue at %1 per hour</source>
            <translation type="vanished">omzet bij %1 per uur</translation>
        </message>
    </context>
    <context>
        <name>ReviewCharts</name>
        <message>
            <source>No networks in this year.</source>
            <translation>Geen netwerken in dit jaar.</translation>
        </message>
        <message>
            <source>net per hour</source>
            <translation type="vanished">netto per uur</translation>
        </message>
        <message>
            <source>effective rate</source>
            <translation>effectief uurtarief</translation>
        </message>
        <message>
            <source>no hours</source>
            <translation>geen uren</translation>
        </message>
        <message>
            <source>target rate %1 per hour</source>
            <translation>streeftarief %1 per uur</translation>
        </message>
        <message>
            <source>revenue sourced</source>
            <translation>opgeleverde omzet</translation>
        </message>
        <message>
            <source>hours invested</source>
            <translation>geïnvesteerde uren</translation>
        </message>
        <message>
            <source>revenue at %1 per hour</source>
            <translation type="vanished">omzet bij %1 per uur</translation>
        </message>
        <message>
            <source>No hours invested in these years.</source>
            <translation>Geen uren geïnvesteerd in deze jaren.</translation>
        </message>
        <message>
            <source>target rate</source>
            <translation>streeftarief</translation>
        </message>
        <message>
            <source>Revenue: %1</source>
            <translation>Omzet: %1</translation>
        </message>
        <message>
            <source>Costs: %1</source>
            <translation>Kosten: %1</translation>
        </message>
        <message>
            <source>Net: %1</source>
            <translation>Netto: %1</translation>
        </message>
        <message>
            <source>Hours invested: %1</source>
            <translation>Geïnvesteerde uren: %1</translation>
        </message>
        <message>
            <source>Work hours: %1</source>
            <translation>Uren aan de opdracht: %1</translation>
        </message>
        <message>
            <source>Net per networking hour: %1</source>
            <translation>Netto per netwerkuur: %1</translation>
        </message>
        <message>
            <source>Effective rate: no hours</source>
            <translation>Effectief uurtarief: geen uren</translation>
        </message>
        <message>
            <source>Effective rate: %1 (target %2)</source>
            <translation>Effectief uurtarief: %1 (streef %2)</translation>
        </message>
        <message>
            <source>Hours: %1</source>
            <translation type="vanished">Uren: %1</translation>
        </message>
        <message>
            <source>Net per hour: no hours invested</source>
            <translation type="vanished">Netto per uur: geen uren geïnvesteerd</translation>
        </message>
        <message>
            <source>Net per hour: %1 (target %2)</source>
            <translation type="vanished">Netto per uur: %1 (streeftarief %2)</translation>
        </message>
        <message>
            <source>Fulfilment: %1</source>
            <translation>Waargemaakt: %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewCounts</name>
        <message numerus="yes">
            <source>In %1 you were part of %n network(s).</source>
            <translation>
                <numerusform>In %1 was je lid van %n netwerk.</numerusform>
                <numerusform>In %1 was je lid van %n netwerken.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n membership fee(s) counted as expected, not booked: %1.</source>
            <translation>
                <numerusform>%n contributie telt als verwacht, niet geboekt: %1.</numerusform>
                <numerusform>%n contributies tellen als verwacht, niet geboekt: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s)</source>
            <translation>
                <numerusform>%n doorverwijzing</numerusform>
                <numerusform>%n doorverwijzingen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewReport</name>
        <message>
            <source>Own acquisition</source>
            <translation>Eigen acquisitie</translation>
        </message>
        <message>
            <source>Total</source>
            <translation type="vanished">Totaal</translation>
        </message>
        <message>
            <source>Nothing was recorded for %1: no networks, revenue or costs.</source>
            <translation>Niets vastgelegd voor %1: geen netwerken, omzet of kosten.</translation>
        </message>
        <message>
            <source>In %1 you were part of one network.</source>
            <translation type="vanished">In %1 hoorde je bij één netwerk.</translation>
        </message>
        <message>
            <source>In %1 you were part of %2 networks.</source>
            <translation type="vanished">In %1 hoorde je bij %2 netwerken.</translation>
        </message>
        <message>
            <source>Together with your own acquisition they brought %1 in revenue; costs (fees, other expenses and commission) came to %2, leaving %3 net.</source>
            <translation>Samen met je eigen acquisitie leverden ze %1 omzet op; de kosten (contributies, andere uitgaven en afdracht) waren %2, netto blijft %3 over.</translation>
        </message>
        <message>
            <source>The networks themselves took %1 hours and yielded %2 net: %3 per hour against your target of %4.</source>
            <translation type="vanished">De netwerken zelf kostten %1 uur en leverden netto %2 op: %3 per uur tegenover je streeftarief van %4.</translation>
        </message>
        <message>
            <source>%1 net, no hours</source>
            <translation>%1 netto, geen uren</translation>
        </message>
        <message>
            <source>%1 per hour</source>
            <translation>%1 per uur</translation>
        </message>
        <message>
            <source>fulfilment %1</source>
            <translation type="vanished">waargemaakt %1</translation>
        </message>
        <message>
            <source>referrals: %1 received, %2 given</source>
            <translation type="vanished">doorverwijzingen: %1 ontvangen, %2 gegeven</translation>
        </message>
        <message>
            <source>%1 net</source>
            <translation type="vanished">%1 netto</translation>
        </message>
        <message>
            <source>Pays off in money, at or above your target rate:</source>
            <translation type="vanished">Levert geld op, op of boven je streeftarief:</translation>
        </message>
        <message>
            <source>Earns money, but below your target rate:</source>
            <translation>Verdient geld, maar onder je streeftarief:</translation>
        </message>
        <message>
            <source>Pays off in other ways than money (expectations met, referrals):</source>
            <translation type="vanished">Levert op een andere manier dan geld op (verwachtingen waargemaakt, doorverwijzingen):</translation>
        </message>
        <message>
            <source>Costs more than it brings so far:</source>
            <translation type="vanished">Kost tot nu toe meer dan het oplevert:</translation>
        </message>
        <message>
            <source>Nothing recorded:</source>
            <translation type="vanished">Niets vastgelegd:</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Doorgaan</translation>
        </message>
        <message>
            <source>Renegotiate</source>
            <translation>Heronderhandelen</translation>
        </message>
        <message>
            <source>Reduce</source>
            <translation>Afbouwen</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Opzeggen</translation>
        </message>
        <message>
            <source>At or above target</source>
            <translation>Op of boven streeftarief</translation>
        </message>
        <message>
            <source>Below target</source>
            <translation>Onder streeftarief</translation>
        </message>
        <message>
            <source>Pays in other ways</source>
            <translation>Levert anders op</translation>
        </message>
        <message>
            <source>Costs more than it brings</source>
            <translation>Kost meer dan het oplevert</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 u</translation>
        </message>
        <message>
            <source>Total (networks and own acquisition)</source>
            <translation>Totaal (netwerken en eigen acquisitie)</translation>
        </message>
        <message>
            <source>effective rate %1</source>
            <translation>effectief uurtarief %1</translation>
        </message>
        <message>
            <source>net %1, expectations not checked</source>
            <translation>netto %1, verwachtingen niet getoetst</translation>
        </message>
        <message>
            <source>net %1, fulfilment %2</source>
            <translation>netto %1, waargemaakt %2</translation>
        </message>
        <message>
            <source>%1: %2 networking and %3 on the work; %4 per networking hour, an effective rate of %5 against your target of %6.</source>
            <translation>%1: %2 netwerken en %3 aan de opdrachten; %4 per netwerkuur, een effectief uurtarief van %5 tegenover je streeftarief van %6.</translation>
        </message>
        <message>
            <source>Pays at or above your target rate:</source>
            <translation>Levert op of boven je streeftarief op:</translation>
        </message>
        <message>
            <source>Pays in other ways than money (expectations met):</source>
            <translation>Levert anders op dan in geld (verwachtingen vervuld):</translation>
        </message>
        <message>
            <source>Costs more than it brings:</source>
            <translation>Kost meer dan het oplevert:</translation>
        </message>
        <message>
            <source>Referrals you gave (shown, never counted as pay): %1.</source>
            <translation>Doorverwijzingen die je gaf (getoond, nooit als opbrengst geteld): %1.</translation>
        </message>
        <message>
            <source>Your own acquisition brought %1 (%2 of all revenue).</source>
            <translation>Je eigen acquisitie leverde %1 op (%2 van alle omzet).</translation>
        </message>
        <message>
            <source>Membership ended: %1.</source>
            <translation>Lidmaatschap beëindigd: %1.</translation>
        </message>
        <message>
            <source>No decision recorded yet for: %1.</source>
            <translation>Nog geen besluit vastgelegd voor: %1.</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <source>Hours invested</source>
            <translation>Geïnves­teerde uren</translation>
        </message>
        <message>
            <source>Work hours</source>
            <translation>Uren aan de opdracht</translation>
        </message>
        <message>
            <source>Net per networking hour</source>
            <translation>Netto per netwerk­uur</translation>
        </message>
        <message>
            <source>Effective rate</source>
            <translation>Effectief uur­tarief</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Oordeel</translation>
        </message>
        <message>
            <source>Effective hourly rate, %1–%2</source>
            <translation>Effectief uurtarief, %1–%2</translation>
        </message>
        <message>
            <source>Effective hourly rate over the years</source>
            <translation>Effectief uurtarief door de jaren</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>Figures per network</source>
            <translation>Cijfers per netwerk</translation>
        </message>
        <message>
            <source>Decisions for %1</source>
            <translation>Besluiten voor %1</translation>
        </message>
        <message>
            <source>Effective hourly rate per network</source>
            <translation>Effectief uurtarief per netwerk</translation>
        </message>
        <message>
            <source>Revenue against hours invested</source>
            <translation>Omzet tegenover geïnvesteerde uren</translation>
        </message>
        <message>
            <source>Amounts in whole euros, each rounded from its exact value.</source>
            <translation>Bedragen in hele euro’s, elk afgerond vanuit het exacte bedrag.</translation>
        </message>
        <message>
            <source>Amounts in euros and cents: in whole euros the totals would not equal the sum of their rows.</source>
            <translation>Bedragen in euro’s en centen: in hele euro’s zouden de totalen niet gelijk zijn aan de som van hun regels.</translation>
        </message>
        <message>
            <source>Revenue: revenue entries dated in the year of work that came through the network. Costs: expenses for the network dated in the year, plus commission on that revenue, plus the annual membership fee of every membership year, booked or, where none is booked, expected. Hours invested: attended meetings (past meetings count unless marked absent, cancelled or sent a substitute) plus time entries. Work hours: the hours of the engagements the network brought, shared over the years by their revenue. Net per networking hour: net / hours invested. Effective rate: net / (hours invested + work hours), the only rate set against the target. Verdict: at or above target when net &gt; 0 and the effective rate reaches the target (or there are no hours); below target when net &gt; 0 otherwise; pays in other ways when net ≤ 0 and fulfilment is at least 60 %; else costs more than it brings. Referrals received: engagements referred through the network that started in the year, at their estimated value, else their revenue up to the end of the year. Referrals given: with their estimated value; shown, never counted as pay. Fulfilment: the importance-weighted latest check-ins of the expectations open at the end of the year. Attendance: attended of past meetings not cancelled by the network.</source>
            <translation>Omzet: omzetregels in het jaar van opdrachten die via het netwerk kwamen. Kosten: uitgaven voor het netwerk in het jaar, plus afdracht over die omzet, plus de contributie van elk lidmaatschapsjaar, geboekt of, waar niets geboekt is, verwacht. Geïnvesteerde uren: bijgewoonde bijeenkomsten (voorbije bijeenkomsten tellen tenzij afwezig, geannuleerd of vervanger gestuurd) plus tijdregistratie. Uren aan de opdracht: de uren van de opdrachten die het netwerk bracht, over de jaren verdeeld naar hun omzet. Netto per netwerkuur: netto / geïnvesteerde uren. Effectief uurtarief: netto / (geïnvesteerde uren + uren aan de opdracht), het enige tarief dat tegen het streeftarief wordt gezet. Oordeel: op of boven streeftarief als netto &gt; 0 en het effectief uurtarief het streeftarief haalt (of er geen uren zijn); onder streeftarief als netto &gt; 0 en anders; levert anders op als netto ≤ 0 en waargemaakt minstens 60 % is; anders kost het meer dan het oplevert. Ontvangen doorverwijzingen: opdrachten via het netwerk die in het jaar begonnen, tegen hun geschatte waarde, anders hun omzet tot het eind van het jaar. Gegeven doorverwijzingen: met hun geschatte waarde; getoond, nooit als opbrengst geteld. Waargemaakt: de naar belang gewogen laatste toetsmomenten van de verwachtingen die aan het eind van het jaar openstonden. Aanwezigheid: bijgewoond van de voorbije bijeenkomsten die het netwerk niet annuleerde.</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation type="vanished">Uren</translation>
        </message>
        <message>
            <source>Net per hour</source>
            <translation type="vanished">Netto per uur</translation>
        </message>
        <message>
            <source>Referrals received</source>
            <translation>Ontvangen doorver­wijzingen</translation>
        </message>
        <message>
            <source>Referrals given</source>
            <translation>Gegeven doorver­wijzingen</translation>
        </message>
        <message>
            <source>Fulfilment</source>
            <translation>Waar­gemaakt</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezig­heid</translation>
        </message>
        <message>
            <source>incl. %1 expected fee</source>
            <translation>incl. %1 verwachte contributie</translation>
        </message>
        <message>
            <source>membership ended</source>
            <translation>lidmaatschap beëindigd</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>not decided yet</source>
            <translation>nog niet besloten</translation>
        </message>
        <message>
            <source>Yearly review %1</source>
            <translation>Jaarevaluatie %1</translation>
        </message>
        <message>
            <source>Which networks pay off? Made on %1 · target rate %2 per hour</source>
            <translation>Welke netwerken leveren iets op? Gemaakt op %1 · streeftarief %2 per uur</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>tot %1</translation>
        </message>
        <message>
            <source>Net per hour, %1–%2</source>
            <translation type="vanished">Netto per uur, %1–%2</translation>
        </message>
        <message>
            <source>Net per hour over the years</source>
            <translation type="vanished">Netto per uur door de jaren heen</translation>
        </message>
        <message>
            <source>Amounts in whole euros (the CSV export has cents). Revenue: revenue entries dated in the year of work that came through the network. Costs: expenses for the network dated in the year (the membership fee included) plus commission on that revenue. Hours: attended meetings (past meetings count unless marked absent, cancelled or sent a substitute) plus time entries. Referrals received: engagements referred through the network that started in the year, with their whole revenue. Referrals given: with their estimated value. Fulfilment: the importance-weighted latest check-ins of the expectations open at the end of the year. Attendance: attended of past meetings not cancelled by the network.</source>
            <translation type="vanished">Bedragen in hele euro’s (de CSV-export heeft centen). Omzet: omzetregels gedateerd in het jaar, van werk dat via het netwerk kwam. Kosten: uitgaven voor het netwerk gedateerd in het jaar (inclusief de contributie) plus afdracht over die omzet. Uren: bijgewoonde bijeenkomsten (eerdere bijeenkomsten tellen mee tenzij gemarkeerd als afwezig, afgelast of vervanger gestuurd) plus urenregistratie. Ontvangen doorverwijzingen: opdrachten die via het netwerk zijn doorverwezen en in het jaar begonnen, met hun hele omzet. Gegeven doorverwijzingen: met hun geschatte waarde. Waargemaakt: de naar belang gewogen laatste toetsmomenten van de verwachtingen die aan het eind van het jaar openstonden. Aanwezigheid: bijgewoond van de eerdere bijeenkomsten die het netwerk niet heeft afgelast.</translation>
        </message>
        <message>
            <source>Left out here (see the CSV export): %1</source>
            <translation>Hier weggelaten (zie de CSV-export): %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Afdruk&amp;voorbeeld…</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;CSV…</source>
            <translation>&amp;CSV…</translation>
        </message>
        <message>
            <source>What if I &amp;leave…</source>
            <translation>Wat als ik op&amp;zeg…</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Jaar</translation>
        </message>
        <message>
            <source>Net per hour</source>
            <translation type="vanished">Netto per uur</translation>
        </message>
        <message>
            <source>Revenue and hours</source>
            <translation>Omzet en uren</translation>
        </message>
        <message>
            <source>Over the years</source>
            <translation>Door de jaren heen</translation>
        </message>
        <message>
            <source>Own acquisition</source>
            <translation type="vanished">Eigen acquisitie</translation>
        </message>
        <message>
            <source>Total</source>
            <translation type="vanished">Totaal</translation>
        </message>
        <message>
            <source>Effective rate</source>
            <translation>Effectief uurtarief</translation>
        </message>
        <message>
            <source>Target rate: %1 per hour</source>
            <translation>Streeftarief: %1 per uur</translation>
        </message>
        <message>
            <source>Choose a decision to keep a note with it.</source>
            <translation>Kies een besluit om er een notitie bij te bewaren.</translation>
        </message>
        <message>
            <source>Clear the decision on '%1' after %2</source>
            <translation>Besluit over ‘%1’ na %2 wissen</translation>
        </message>
        <message>
            <source>Decide '%3' on '%1' after %2</source>
            <translation>Besluit ‘%3’ voor ‘%1’ na %2 vastleggen</translation>
        </message>
        <message>
            <source>Decision saved.</source>
            <translation>Besluit opgeslagen.</translation>
        </message>
        <message>
            <source>Yearly review %1</source>
            <translation>Jaarevaluatie %1</translation>
        </message>
        <message>
            <source>Save the review as PDF</source>
            <translation>Jaarevaluatie opslaan als PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 opgeslagen</translation>
        </message>
        <message>
            <source>Save the review as CSV</source>
            <translation>Jaarevaluatie opslaan als CSV</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>SafetyMenu</name>
        <message>
            <source>&amp;Back Up Now</source>
            <translation>Nu een &amp;reservekopie maken</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>&amp;Terugzetten uit reservekopie…</translation>
        </message>
        <message>
            <source>&amp;Export to JSON…</source>
            <translation>&amp;Exporteren naar JSON…</translation>
        </message>
        <message>
            <source>&amp;Import from JSON…</source>
            <translation>&amp;Importeren uit JSON…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Reservekopie maken</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Reservekopie geschreven: %1</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Terugzetten uit reservekopie</translation>
        </message>
        <message>
            <source>Restored the backup %1.</source>
            <translation>Reservekopie %1 teruggezet.</translation>
        </message>
        <message>
            <source>The previous database is kept as %1.</source>
            <translation>De vorige database is bewaard als %1.</translation>
        </message>
        <message>
            <source>Export to JSON</source>
            <translation>Exporteren naar JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-bestanden (*.json)</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Geëxporteerd naar %1</translation>
        </message>
        <message>
            <source>Import from JSON</source>
            <translation>Importeren uit JSON</translation>
        </message>
        <message>
            <source>An export can only be imported into an empty database, so that nothing is mixed or overwritten. Start zpdesk on a new database (zpdesk --db NEW.sqlite) and import there.</source>
            <translation>Een export kan alleen in een lege database worden geïmporteerd, zodat niets wordt vermengd of overschreven. Start zpdesk met een nieuwe database (zpdesk --db NIEUW.sqlite) en importeer daar.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Er is niets geïmporteerd: %1</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s) from %1</source>
            <translation>
                <numerusform>%n rij geïmporteerd uit %1</numerusform>
                <numerusform>%n rijen geïmporteerd uit %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported %1 rows from %2</source>
            <translation type="vanished">%1 rijen geïmporteerd uit %2</translation>
        </message>
    </context>
    <context>
        <name>SampleData</name>
        <message>
            <source>Open &amp;my own data</source>
            <translation>Mijn &amp;eigen gegevens openen</translation>
        </message>
        <message>
            <source>Leave the sample data and continue in your own, empty database.</source>
            <translation>Verlaat de voorbeeldgegevens en ga verder in je eigen, lege database.</translation>
        </message>
        <message>
            <source>zpdesk — Sample data (%1)</source>
            <translation>zpdesk — Voorbeeldgegevens (%1)</translation>
        </message>
        <message>
            <source>Back in your own data: %1</source>
            <translation>Terug in je eigen gegevens: %1</translation>
        </message>
    </context>
    <context>
        <name>SeriesTableModel</name>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Herhaling</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Eerste</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Laatste</translation>
        </message>
        <message>
            <source>no end</source>
            <translation>geen einde</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <source>from ~/.pgpass or PGPASSWORD if empty</source>
            <translation>uit ~/.pgpass of PGPASSWORD als dit leeg is</translation>
        </message>
        <message>
            <source>Server database</source>
            <translation>Serverdatabase</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>The password is used for this connection only and never stored. Add ?sslmode=require to the address for an encrypted connection.</source>
            <translation>Het wachtwoord wordt alleen voor deze verbinding gebruikt en nooit bewaard. Zet ?sslmode=require achter het adres voor een versleutelde verbinding.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Voorkeuren</translation>
        </message>
        <message>
            <source>shown on printed overviews</source>
            <translation>getoond op afgedrukte overzichten</translation>
        </message>
        <message>
            <source>e.g. interim HR; for networks with one member per profession</source>
            <translation>bijv. interim HR; voor netwerken met één lid per vakgebied</translation>
        </message>
        <message>
            <source> months</source>
            <translation> maanden</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Je &amp;naam:</translation>
        </message>
        <message>
            <source>Your &amp;profession:</source>
            <translation>Je &amp;vakgebied:</translation>
        </message>
        <message>
            <source>&amp;Target hourly rate (€):</source>
            <translation>&amp;Streeftarief per uur (€):</translation>
        </message>
        <message>
            <source>&amp;Weekly time for networks (hours):</source>
            <translation>&amp;Tijd per week voor netwerken (uren):</translation>
        </message>
        <message>
            <source>&amp;Check-in on expectations every:</source>
            <translation>T&amp;oetsmoment voor verwachtingen om de:</translation>
        </message>
        <message>
            <source>The review sets each network's net result per invested hour against your target rate; the agenda sets your weekly load against the time you want to give your networks. A network can have its own check-in rhythm.</source>
            <translation>De jaarevaluatie zet het nettoresultaat van elk netwerk per geïnvesteerd uur af tegen je streeftarief; de agenda zet je belasting per week af tegen de tijd die je aan je netwerken wilt geven. Een netwerk kan een eigen ritme voor toetsmomenten hebben.</translation>
        </message>
        <message>
            <source>'%1' is not an amount in euros.</source>
            <translation>‘%1’ is geen bedrag in euro’s.</translation>
        </message>
        <message>
            <source>'%1' is not a number of hours.</source>
            <translation>‘%1’ is geen aantal uren.</translation>
        </message>
        <message>
            <source>Change preferences</source>
            <translation>Voorkeuren wijzigen</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsDialog</name>
        <message>
            <source>Suggested expectations — %1</source>
            <translation>Voorgestelde verwachtingen — %1</translation>
        </message>
        <message>
            <source>A starting point from the network's kind and motives. Untick what does not apply; double-click a statement or importance to change it. You can edit, add and retire expectations later.</source>
            <translation>Een startpunt op basis van het soort netwerk en de motieven. Vink uit wat niet van toepassing is; dubbelklik op een omschrijving of belang om die te wijzigen. Je kunt verwachtingen later bewerken, toevoegen en beëindigen.</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Alles selecteren</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Niets selecteren</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Geopend op</translation>
        </message>
        <message>
            <source>Tick at least one suggestion, or cancel.</source>
            <translation>Vink ten minste één voorstel aan, of annuleer.</translation>
        </message>
        <message>
            <source>A ticked suggestion has an empty statement.</source>
            <translation>Een aangevinkt voorstel heeft een lege omschrijving.</translation>
        </message>
    </context>
    <context>
        <name>TimeEntryDialog</name>
        <message>
            <source>Edit time</source>
            <translation>Uren bewerken</translation>
        </message>
        <message>
            <source>Log time</source>
            <translation>Uren boeken</translation>
        </message>
        <message>
            <source>e.g. 1,5 or 1:30</source>
            <translation type="vanished">bijv. 1,5 of 1:30</translation>
        </message>
        <message>
            <source>e.g. %1 or 1:30</source>
            <translation>bijv. %1 of 1:30</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Extern</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Time counts as</source>
            <translation>Tijd telt als</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Add a network first.</source>
            <translation>Voeg eerst een netwerk toe.</translation>
        </message>
        <message>
            <source>Fill in the hours.</source>
            <translation>Vul de uren in.</translation>
        </message>
        <message>
            <source>%1 is not a number of hours.</source>
            <translation>%1 is geen aantal uren.</translation>
        </message>
        <message>
            <source>Log %1 h for '%2'</source>
            <translation>%1 u boeken op '%2'</translation>
        </message>
        <message>
            <source>Change logged time for '%1'</source>
            <translation>Geboekte uren voor '%1' wijzigen</translation>
        </message>
    </context>
    <context>
        <name>TimeEntryTableModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Telt als</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Extern</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Net per hour</source>
            <translation type="vanished">Netto per uur</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <source>Revenue sourced</source>
            <translation>Opgeleverde omzet</translation>
        </message>
        <message>
            <source>Hours invested</source>
            <translation>Geïnvesteerde uren</translation>
        </message>
        <message>
            <source>net per hour (€)</source>
            <translation type="vanished">netto per uur (€)</translation>
        </message>
        <message>
            <source>Effective rate</source>
            <translation>Effectief uurtarief</translation>
        </message>
        <message>
            <source>Net per networking hour</source>
            <translation>Netto per netwerkuur</translation>
        </message>
        <message>
            <source>effective rate (€ per hour)</source>
            <translation>effectief uurtarief (€ per uur)</translation>
        </message>
        <message>
            <source>net per networking hour (€)</source>
            <translation>netto per netwerkuur (€)</translation>
        </message>
        <message>
            <source>net (€)</source>
            <translation>netto (€)</translation>
        </message>
        <message>
            <source>revenue (€)</source>
            <translation>omzet (€)</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>uren</translation>
        </message>
        <message>
            <source>Revenue: %1</source>
            <translation>Omzet: %1</translation>
        </message>
        <message>
            <source>Net: %1</source>
            <translation>Netto: %1</translation>
        </message>
        <message>
            <source>Hours: %1</source>
            <translation>Uren: %1</translation>
        </message>
        <message>
            <source>Net per networking hour: %1</source>
            <translation>Netto per netwerkuur: %1</translation>
        </message>
        <message>
            <source>Effective rate: %1</source>
            <translation>Effectief uurtarief: %1</translation>
        </message>
        <message>
            <source>Net per hour: %1</source>
            <translation type="vanished">Netto per uur: %1</translation>
        </message>
    </context>
    <context>
        <name>TwoDevices</name>
        <message>
            <source>Open &amp;Server Database…</source>
            <translation>&amp;Serverdatabase openen…</translation>
        </message>
        <message>
            <source>&amp;Move to a Server Database…</source>
            <translation>&amp;Verhuizen naar een serverdatabase…</translation>
        </message>
        <message>
            <source>The connection to the server was lost; zpdesk keeps trying to reconnect.</source>
            <translation>De verbinding met de server is verbroken; zpdesk blijft proberen opnieuw te verbinden.</translation>
        </message>
        <message>
            <source>Connected to the server again.</source>
            <translation>Weer verbonden met de server.</translation>
        </message>
        <message>
            <source>Open Server Database</source>
            <translation>Serverdatabase openen</translation>
        </message>
        <message>
            <source>Give an address that starts with postgresql://</source>
            <translation>Geef een adres dat begint met postgresql://</translation>
        </message>
        <message>
            <source>Move to a Server Database</source>
            <translation>Verhuizen naar een serverdatabase</translation>
        </message>
        <message>
            <source>Copying your data to the server…</source>
            <translation>Je gegevens worden naar de server gekopieerd…</translation>
        </message>
        <message numerus="yes">
            <source>%n rows copied to %1 and checked; the file is left as it was.</source>
            <translation>
                <numerusform>%n rij gekopieerd naar %1 en gecontroleerd; het bestand is ongewijzigd gelaten.</numerusform>
                <numerusform>%n rijen gekopieerd naar %1 en gecontroleerd; het bestand is ongewijzigd gelaten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Synchronised folder</source>
            <translation>Gesynchroniseerde map</translation>
        </message>
        <message>
            <source>Your database lies in a %1 folder. When two devices write to it, the file can be damaged. To use zpdesk on two devices, move your data to a server database.</source>
            <translation>Je database staat in een %1-map. Als twee apparaten erin schrijven, kan het bestand beschadigd raken. Wil je zpdesk op twee apparaten gebruiken, verhuis je gegevens dan naar een serverdatabase.</translation>
        </message>
        <message>
            <source>Move to a Server Database…</source>
            <translation>Verhuizen naar een serverdatabase…</translation>
        </message>
        <message>
            <source>Keep It Here</source>
            <translation>Hier laten staan</translation>
        </message>
    </context>
    <context>
        <name>WeekSheetDialog</name>
        <message>
            <source>Week sheet</source>
            <translation>Weekstaat</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Vorige week</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Volgende week</translation>
        </message>
        <message>
            <source>as last time for that network</source>
            <translation>zoals de vorige keer voor dat netwerk</translation>
        </message>
        <message>
            <source>as last time</source>
            <translation>zoals de vorige keer</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Extern</translation>
        </message>
        <message>
            <source>New hours are logged as</source>
            <translation>Nieuwe uren worden geboekt als</translation>
        </message>
        <message>
            <source>Type hours as 1,5 or 1:30. Every changed cell is saved together.</source>
            <translation>Typ uren als 1,5 of 1:30. Alle gewijzigde cellen worden samen opgeslagen.</translation>
        </message>
        <message>
            <source>Week %1 of %2: %3 – %4</source>
            <translation>Week %1 van %2: %3 – %4</translation>
        </message>
        <message>
            <source>Save or cancel this week's changes first.</source>
            <translation>Sla de wijzigingen van deze week eerst op of annuleer ze.</translation>
        </message>
        <message>
            <source>%1 is not a number of hours.</source>
            <translation>%1 is geen aantal uren.</translation>
        </message>
        <message>
            <source>Fill in the week sheet of week %1</source>
            <translation>Weekstaat van week %1 invullen</translation>
        </message>
    </context>
    <context>
        <name>WeekSheetModel</name>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
    </context>
    <context>
        <name>WhatIfDialog</name>
        <message>
            <source>Hours freed (reference year)</source>
            <translation>Vrijgekomen uren (peiljaar)</translation>
        </message>
        <message>
            <source>Planned hours freed (next 12 months)</source>
            <translation>Vrijgekomen geplande uren (komende 12 maanden)</translation>
        </message>
        <message>
            <source>Costs saved</source>
            <translation>Bespaarde kosten</translation>
        </message>
        <message>
            <source>Revenue at risk</source>
            <translation>Omzet in gevaar</translation>
        </message>
        <message>
            <source>Referrals at risk</source>
            <translation>Doorverwijzingen in gevaar</translation>
        </message>
        <message>
            <source>Value of the referrals at risk</source>
            <translation>Waarde van de doorverwijzingen in gevaar</translation>
        </message>
        <message>
            <source>Net effect per year</source>
            <translation>Netto-effect per jaar</translation>
        </message>
        <message>
            <source>Work hours freed</source>
            <translation>Vrijgekomen uren aan de opdracht</translation>
        </message>
        <message>
            <source>Earliest leave date</source>
            <translation>Vroegste einddatum</translation>
        </message>
        <message>
            <source>Collaborations that go with it</source>
            <translation>Samenwerkingsverbanden die meegaan</translation>
        </message>
        <message>
            <source>People known only through it</source>
            <translation>Mensen die ik alleen hierdoor ken</translation>
        </message>
        <message>
            <source>Expectations left unmet</source>
            <translation>Onvervulde verwachtingen</translation>
        </message>
        <message>
            <source>What if I leave…</source>
            <translation>Wat als ik opzeg…</translation>
        </message>
        <message>
            <source>Reference &amp;year:</source>
            <translation>&amp;Peiljaar:</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Figures of the reference year, as in its review; the collaborations inside a network leave with it.</source>
            <translation>Cijfers van het peiljaar, zoals in de jaarevaluatie; de samenwerkingsverbanden binnen een netwerk gaan mee.</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>Scenario %1</translation>
        </message>
    </context>
    <context>
        <name>WorkInModel</name>
        <message>
            <source>Through</source>
            <translation>Via</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>Engagements</source>
            <translation>Opdrachten</translation>
        </message>
    </context>
    <context>
        <name>WorkOutModel</name>
        <message>
            <source>To</source>
            <translation>Aan</translation>
        </message>
        <message>
            <source>Estimated value</source>
            <translation>Geschatte waarde</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Doorverwijzingen</translation>
        </message>
    </context>
    <context>
        <name>WorkView</name>
        <message>
            <source>Engagements</source>
            <translation>Opdrachten</translation>
        </message>
        <message>
            <source>Referrals given</source>
            <translation>Gegeven doorverwijzingen</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Uitgaven</translation>
        </message>
    </context>
    <context>
        <name>YearToDateWidget</name>
        <message>
            <source>Own acquisition</source>
            <translation>Eigen acquisitie</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>%1 so far (up to %2)</source>
            <translation>%1 tot nu toe (tot en met %2)</translation>
        </message>
    </context>
    <context>
        <name>_ContractPage</name>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>_DirectionPanel</name>
        <message>
            <source>Add…</source>
            <translation>Toevoegen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Check-in…</source>
            <translation>Toetsmoment…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Beëindigen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Heropenen</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Daily backup written: %1</source>
            <translation>Dagelijkse reservekopie geschreven: %1</translation>
        </message>
        <message>
            <source>The daily backup failed</source>
            <translation>De dagelijkse reservekopie is mislukt</translation>
        </message>
        <message>
            <source>zpdesk could not back up your database. Your data is unchanged.</source>
            <translation>zpdesk kon geen reservekopie van je database maken. Je gegevens zijn ongewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>contract</name>
        <message>
            <source>Expectation</source>
            <translation>Verwachting</translation>
        </message>
        <message>
            <source>Imp.</source>
            <translation>Bel.</translation>
        </message>
        <message>
            <source>Target · measured</source>
            <translation>Doel · gemeten</translation>
        </message>
        <message>
            <source>Prop.</source>
            <translation>Voorst.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Importance, 1 to 5</source>
            <translation>Belang, 1 tot 5</translation>
        </message>
        <message>
            <source>The target, and below it what zpdesk measured of it</source>
            <translation>Het doel, en daaronder wat zpdesk ervan heeft gemeten</translation>
        </message>
        <message>
            <source>The score the measured value proposes</source>
            <translation>De score die de gemeten waarde voorstelt</translation>
        </message>
        <message>
            <source>The latest check-in score (1 to 5) and its trend</source>
            <translation>De laatste score bij een toetsmoment (1 tot 5) en de trend</translation>
        </message>
        <message>
            <source>made explicit</source>
            <translation>uitgesproken</translation>
        </message>
        <message>
            <source>unspoken</source>
            <translation>onuitgesproken</translation>
        </message>
        <message>
            <source>Opened on %1</source>
            <translation>Geopend op %1</translation>
        </message>
        <message>
            <source>Retired on %1</source>
            <translation>Beëindigd op %1</translation>
        </message>
        <message>
            <source>Measured %1 to %2 (%3)</source>
            <translation>Gemeten %1 tot %2 (%3)</translation>
        </message>
        <message>
            <source>Checked on %1. %2</source>
            <translation>Getoetst op %1. %2</translation>
        </message>
        <message>
            <source>Importance %1 of 5</source>
            <translation>Belang %1 van 5</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Kant</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemeten</translation>
        </message>
        <message>
            <source>Last score</source>
            <translation>Laatste score</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>I give</source>
            <translation>Ik geef</translation>
        </message>
        <message>
            <source>I get</source>
            <translation>Ik krijg</translation>
        </message>
        <message>
            <source>Proposed from the measured value: %1</source>
            <translation>Voorgesteld op basis van de gemeten waarde: %1</translation>
        </message>
        <message>
            <source>Double-click to score 1 to 5; leave empty to skip</source>
            <translation>Dubbelklik om 1 tot 5 te scoren; laat leeg om over te slaan</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Gebruiken</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Success factor</source>
            <translation>Succesfactor</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Mean score %1</source>
            <translation>Gemiddelde score %1</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Time frame</source>
            <translation>Looptijd</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <source>Contract type</source>
            <translation>Soort contract</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>%1 (was %2)</source>
            <translation>%1 (was %2)</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <source>scored %1 on %2; one more low score makes it a breach</source>
            <translation>scoorde %1 op %2; nog één lage score maakt het een breuk</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Due since</source>
            <translation>Te doen sinds</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Health check</source>
            <translation>Gezondheidscheck</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Toetsmoment</translation>
        </message>
        <message>
            <source>never done</source>
            <translation>nooit gedaan</translation>
        </message>
        <message>
            <source>never checked</source>
            <translation>nog nooit gedaan</translation>
        </message>
        <message>
            <source>%1 day</source>
            <translation>%1 dag</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 dagen</translation>
        </message>
        <message>
            <source>Check-in overdue</source>
            <translation>Toetsmoment te laat</translation>
        </message>
        <message>
            <source>Health check was due %1</source>
            <translation>Gezondheidscheck was gepland op %1</translation>
        </message>
        <message>
            <source>Next health check due %1</source>
            <translation>Volgende gezondheidscheck op %1</translation>
        </message>
        <message>
            <source>No health check yet</source>
            <translation>Nog geen gezondheidscheck</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Fulfilment</source>
            <translation>Waargemaakt</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Breuken</translation>
        </message>
        <message>
            <source>Next check-in</source>
            <translation>Volgend
toetsmoment</translation>
        </message>
        <message>
            <source>Last health check</source>
            <translation>Laatste
gezondheidscheck</translation>
        </message>
        <message>
            <source>no expectations yet</source>
            <translation>nog geen verwachtingen</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>Transactioneel</translation>
        </message>
        <message>
            <source>Transitional</source>
            <translation>Overgangsfase</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Gebalanceerd</translation>
        </message>
        <message>
            <source>Relational</source>
            <translation>Relationeel</translation>
        </message>
        <message>
            <source>Short-term and specific: a deal for this job, little loyalty asked.</source>
            <translation>Kortlopend en specifiek: een deal voor deze klus, er wordt weinig loyaliteit gevraagd.</translation>
        </message>
        <message>
            <source>Short-term and vague: no real agreement, often a phase of doubt or change.</source>
            <translation>Kortlopend en vaag: geen echte afspraak, vaak een fase van twijfel of verandering.</translation>
        </message>
        <message>
            <source>Open-ended and specific: a lasting tie with clear mutual terms.</source>
            <translation>Doorlopend en specifiek: een blijvende band met duidelijke wederzijdse afspraken.</translation>
        </message>
        <message>
            <source>Open-ended and broad: trust and loyalty carry it, terms are unspoken.</source>
            <translation>Doorlopend en breed: vertrouwen en loyaliteit dragen het, de afspraken blijven onuitgesproken.</translation>
        </message>
        <message>
            <source>%1 meeting</source>
            <translation>%1 bijeenkomst</translation>
        </message>
        <message>
            <source>%1 hour</source>
            <translation>%1 uur</translation>
        </message>
        <message>
            <source>%1 referral received</source>
            <translation>%1 doorverwijzing ontvangen</translation>
        </message>
        <message>
            <source>%1 referral given</source>
            <translation>%1 doorverwijzing gegeven</translation>
        </message>
        <message>
            <source>%1 revenue</source>
            <translation>%1 omzet</translation>
        </message>
        <message>
            <source>%1</source>
            <translation>%1</translation>
        </message>
        <message>
            <source>%1 meetings</source>
            <translation>%1 bijeenkomsten</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation>%1 uur</translation>
        </message>
        <message>
            <source>%1 referrals received</source>
            <translation>%1 doorverwijzingen ontvangen</translation>
        </message>
        <message>
            <source>%1 referrals given</source>
            <translation>%1 doorverwijzingen gegeven</translation>
        </message>
        <message>
            <source>%1 a week</source>
            <translation>%1 per week</translation>
        </message>
        <message>
            <source>%1 a month</source>
            <translation>%1 per maand</translation>
        </message>
        <message>
            <source>%1 a quarter</source>
            <translation>%1 per kwartaal</translation>
        </message>
        <message>
            <source>%1 a year</source>
            <translation>%1 per jaar</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>K%1 %2</translation>
        </message>
        <message>
            <source>%1 so far</source>
            <translation>%1 tot nu toe</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 van %2</translation>
        </message>
        <message>
            <source>Important, and the last two check-ins scored %1 and %2</source>
            <translation>Belangrijk, en de laatste twee toetsmomenten scoorden %1 en %2</translation>
        </message>
        <message>
            <source>Behind pace: %1 of the %2 expected in %3</source>
            <translation>Achter op schema: %1 van de %2 verwacht in %3</translation>
        </message>
        <message>
            <source>Better than the check-in before</source>
            <translation>Beter dan het vorige toetsmoment</translation>
        </message>
        <message>
            <source>Worse than the check-in before</source>
            <translation>Slechter dan het vorige toetsmoment</translation>
        </message>
        <message>
            <source>Same as the check-in before</source>
            <translation>Gelijk aan het vorige toetsmoment</translation>
        </message>
        <message>
            <source>Fewer than two check-ins</source>
            <translation>Minder dan twee toetsmomenten</translation>
        </message>
        <message>
            <source>Check in on both sides to see how they match.</source>
            <translation>Toets beide kanten om te zien hoe ze op elkaar aansluiten.</translation>
        </message>
        <message>
            <source>Balanced: the two sides are less than one score step apart (%1 points).</source>
            <translation>In balans: de twee kanten liggen minder dan één scorestap uit elkaar (%1 punten).</translation>
        </message>
        <message>
            <source>You keep your side better than the network keeps its side (%1 points apart).</source>
            <translation>Jij houdt je aan jouw kant beter dan het netwerk aan de zijne (%1 punten verschil).</translation>
        </message>
        <message>
            <source>The network delivers more than you put in (%1 points apart).</source>
            <translation>Het netwerk levert meer dan jij erin stopt (%1 punten verschil).</translation>
        </message>
        <message>
            <source>1 – not at all</source>
            <translation>1 – helemaal niet</translation>
        </message>
        <message>
            <source>2 – poorly</source>
            <translation>2 – slecht</translation>
        </message>
        <message>
            <source>3 – partly</source>
            <translation>3 – deels</translation>
        </message>
        <message>
            <source>4 – largely</source>
            <translation>4 – grotendeels</translation>
        </message>
        <message>
            <source>5 – fully</source>
            <translation>5 – volledig</translation>
        </message>
    </context>
    <context>
        <name>csv_import</name>
        <message>
            <source>Date *</source>
            <translation>Datum *</translation>
        </message>
        <message>
            <source>Amount excl. VAT *</source>
            <translation>Bedrag excl. btw *</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Opdrachtgever</translation>
        </message>
        <message>
            <source>Engagement / description</source>
            <translation>Opdracht / omschrijving</translation>
        </message>
        <message>
            <source>Invoice number</source>
            <translation>Factuurnummer</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>geen datum</translation>
        </message>
        <message>
            <source>“%1” is not a date (use dd-mm-yyyy)</source>
            <translation>‘%1’ is geen datum (gebruik dd-mm-jjjj)</translation>
        </message>
        <message>
            <source>“%1” lies outside the years 1900–2200</source>
            <translation>“%1” ligt buiten de jaren 1900–2200</translation>
        </message>
        <message>
            <source>no amount</source>
            <translation>geen bedrag</translation>
        </message>
        <message>
            <source>“%1” is not an amount</source>
            <translation>‘%1’ is geen bedrag</translation>
        </message>
        <message>
            <source>“%1” has more than two decimals</source>
            <translation>‘%1’ heeft meer dan twee decimalen</translation>
        </message>
        <message>
            <source>“%1” is negative (credit notes are not imported)</source>
            <translation>‘%1’ is negatief (creditnota’s worden niet geïmporteerd)</translation>
        </message>
        <message>
            <source>“%1” is too large</source>
            <translation>‘%1’ is te groot</translation>
        </message>
        <message>
            <source>no client or description</source>
            <translation>geen opdrachtgever of omschrijving</translation>
        </message>
        <message>
            <source>there is no network called “%1”</source>
            <translation>er is geen netwerk met de naam ‘%1’</translation>
        </message>
        <message>
            <source>“%1” is too long</source>
            <translation>‘%1’ is te lang</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Opdracht</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Factuur</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Wat er gebeurt</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>This row was deleted elsewhere; nothing was changed. (%1)</source>
            <translation>Deze regel is elders verwijderd; er is niets veranderd. (%1)</translation>
        </message>
        <message>
            <source>The disk is full: %1 could not be written.</source>
            <translation>De schijf is vol: %1 kon niet worden geschreven.</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Niet uitgevoerd</translation>
        </message>
        <message>
            <source>zpdesk ran into an unexpected error. Everything saved before it is safe.

A report without your data was written to:
%1

Please send it with a line about what you were doing.</source>
            <translation>zpdesk liep tegen een onverwachte fout aan. Alles wat daarvoor is opgeslagen, is veilig.

Een rapport zonder je gegevens is geschreven naar:
%1

Stuur het ons graag, met een regel over wat je aan het doen was.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Onverwachte fout</translation>
        </message>
    </context>
    <context>
        <name>exclusivity</name>
        <message>
            <source>%1 allows no membership of another network of its kind, and you are also in %2.</source>
            <translation>%1 staat geen lidmaatschap van een ander netwerk van dezelfde soort toe, en je zit ook in %2.</translation>
        </message>
        <message>
            <source>%1 allows one member per profession, and %2 there has your profession.</source>
            <translation>%1 laat één lid per vakgebied toe, en %2 heeft daar jouw vakgebied.</translation>
        </message>
    </context>
    <context>
        <name>first_start</name>
        <message>
            <source>Welcome to zpdesk</source>
            <translation>Welkom bij zpdesk</translation>
        </message>
        <message>
            <source>Your database is empty. Look around in sample data first?

The sample data opens in a file of its own; your database stays empty. File → Open my own data brings you back to it.</source>
            <translation>Je database is leeg. Eerst rondkijken in voorbeeldgegevens?

De voorbeeldgegevens openen in een eigen bestand; je eigen database blijft leeg. Bestand → Mijn eigen gegevens openen brengt je er weer naar terug.</translation>
        </message>
        <message>
            <source>Your database is empty. Load sample data to see what zpdesk can do?

You can start over with your own data at any time.</source>
            <translation type="vanished">Je database is leeg. Voorbeeldgegevens laden om te zien wat zpdesk kan?

Je kunt op elk moment opnieuw beginnen met je eigen gegevens.</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>week %1, %2</source>
            <translation>week %1, %2</translation>
        </message>
        <message>
            <source>Enter a number.</source>
            <translation>Vul een getal in.</translation>
        </message>
        <message>
            <source>“%1” is not a number.</source>
            <translation>‘%1’ is geen getal.</translation>
        </message>
        <message>
            <source>“%1” has more than two decimals; amounts are in whole cents.</source>
            <translation>‘%1’ heeft meer dan twee decimalen; bedragen zijn in hele centen.</translation>
        </message>
        <message>
            <source>A duration cannot be negative.</source>
            <translation>Een tijdsduur kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>“%1” is not a date; type it like %2.</source>
            <translation>‘%1’ is geen datum; typ hem als %2.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Collective</source>
            <translation>Collectief</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individueel</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Afwezig</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Sent a substitute</source>
            <translation>Vervanger gestuurd</translation>
        </message>
        <message>
            <source>Cancelled by the network</source>
            <translation>Afgelast door het netwerk</translation>
        </message>
        <message>
            <source>Breakfast session</source>
            <translation>Ontbijtsessie</translation>
        </message>
        <message>
            <source>Monthly meeting</source>
            <translation>Maandelijkse bijeenkomst</translation>
        </message>
        <message>
            <source>Knowledge group</source>
            <translation>Kennisgroep</translation>
        </message>
        <message>
            <source>Theme day</source>
            <translation>Themadag</translation>
        </message>
        <message>
            <source>Social event</source>
            <translation>Sociale activiteit</translation>
        </message>
        <message>
            <source>Intervision</source>
            <translation>Intervisie</translation>
        </message>
        <message>
            <source>Project meeting</source>
            <translation>Projectoverleg</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Bestuur</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Forming</source>
            <translation>Opbouw</translation>
        </message>
        <message>
            <source>Maintaining</source>
            <translation>Onderhoud</translation>
        </message>
        <message>
            <source>Renegotiating</source>
            <translation>Heronderhandeling</translation>
        </message>
        <message>
            <source>Repairing</source>
            <translation>Herstel</translation>
        </message>
        <message>
            <source>Specific</source>
            <translation>Specifiek</translation>
        </message>
        <message>
            <source>Not specific</source>
            <translation>Niet specifiek</translation>
        </message>
        <message>
            <source>Short-term</source>
            <translation>Korte termijn</translation>
        </message>
        <message>
            <source>Open-ended</source>
            <translation>Onbepaalde tijd</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Doorgaan</translation>
        </message>
        <message>
            <source>Renegotiate</source>
            <translation>Heronderhandelen</translation>
        </message>
        <message>
            <source>Reduce</source>
            <translation>Afbouwen</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Opzeggen</translation>
        </message>
        <message>
            <source>Not entered</source>
            <translation>Niet ingevuld</translation>
        </message>
        <message>
            <source>Yearly on a date</source>
            <translation>Jaarlijks op een datum</translation>
        </message>
        <message>
            <source>Per term of months</source>
            <translation>Per termijn van maanden</translation>
        </message>
        <message>
            <source>Ends on a contract date</source>
            <translation>Eindigt op een contractdatum</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dagen</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>weken</translation>
        </message>
        <message>
            <source>months</source>
            <translation>maanden</translation>
        </message>
        <message>
            <source>What I give</source>
            <translation>Wat ik geef</translation>
        </message>
        <message>
            <source>What I expect to get</source>
            <translation>Wat ik verwacht te krijgen</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Kans</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Offerte</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gegund</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Niet gegund</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Work &amp; referrals</source>
            <translation>Werk en doorverwijzingen</translation>
        </message>
        <message>
            <source>Knowledge &amp; learning</source>
            <translation>Kennis en leren</translation>
        </message>
        <message>
            <source>Visibility &amp; brand</source>
            <translation>Zichtbaarheid en merk</translation>
        </message>
        <message>
            <source>Social &amp; fun</source>
            <translation>Gezelligheid en plezier</translation>
        </message>
        <message>
            <source>Backup &amp; continuity</source>
            <translation>Achtervang en continuïteit</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Geld</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Invloed</translation>
        </message>
        <message>
            <source>Membership fee</source>
            <translation>Contributie</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Evenementen</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Reizen</translation>
        </message>
        <message>
            <source>Shared purpose and values</source>
            <translation>Gedeeld doel en gedeelde waarden</translation>
        </message>
        <message>
            <source>Concrete common goals</source>
            <translation>Concrete gezamenlijke doelen</translation>
        </message>
        <message>
            <source>Known strengths per partner</source>
            <translation>Bekende sterke punten per partner</translation>
        </message>
        <message>
            <source>A coordinator</source>
            <translation>Een coördinator</translation>
        </message>
        <message>
            <source>External orientation</source>
            <translation>Externe gerichtheid</translation>
        </message>
        <message>
            <source>Team spirit</source>
            <translation>Teamgeest</translation>
        </message>
        <message>
            <source>Willingness to learn</source>
            <translation>Leerbereidheid</translation>
        </message>
        <message>
            <source>Trust and loyalty</source>
            <translation>Vertrouwen en loyaliteit</translation>
        </message>
        <message>
            <source>Fun and the social side</source>
            <translation>Plezier en de sociale kant</translation>
        </message>
        <message>
            <source>Supporting platform</source>
            <translation>Ondersteunend platform</translation>
        </message>
        <message>
            <source>Informal</source>
            <translation>Informeel</translation>
        </message>
        <message>
            <source>Association (vereniging)</source>
            <translation>Vereniging</translation>
        </message>
        <message>
            <source>Foundation (stichting)</source>
            <translation>Stichting</translation>
        </message>
        <message>
            <source>Maatschap</source>
            <translation>Maatschap</translation>
        </message>
        <message>
            <source>VOF</source>
            <translation>VOF</translation>
        </message>
        <message>
            <source>BV</source>
            <translation>BV</translation>
        </message>
        <message>
            <source>NV</source>
            <translation>NV</translation>
        </message>
        <message>
            <source>Cooperative (coöperatie)</source>
            <translation>Coöperatie</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Lid</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coördinator</translation>
        </message>
        <message>
            <source>Client lead</source>
            <translation>Accounthouder</translation>
        </message>
        <message>
            <source>Founder</source>
            <translation>Oprichter</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Gast</translation>
        </message>
        <message>
            <source>Knowledge sharing</source>
            <translation>Kennisdeling</translation>
        </message>
        <message>
            <source>Innovation</source>
            <translation>Innovatie</translation>
        </message>
        <message>
            <source>Joint acquisition</source>
            <translation>Gezamenlijke acquisitie</translation>
        </message>
        <message>
            <source>Joint delivery</source>
            <translation>Gezamenlijke uitvoering</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Doorverwijzingen</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Zichtbaarheid</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Gezelligheid</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Achtervang</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <source>One member per profession</source>
            <translation>Eén lid per vakgebied</translation>
        </message>
        <message>
            <source>No other network of the same kind</source>
            <translation>Geen ander netwerk van dezelfde soort</translation>
        </message>
        <message>
            <source>Network organisation</source>
            <translation>Netwerkorganisatie</translation>
        </message>
        <message>
            <source>Knowledge network</source>
            <translation>Kennisnetwerk</translation>
        </message>
        <message>
            <source>Project collaboration</source>
            <translation>Projectsamenwerking</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Coöperatie</translation>
        </message>
        <message>
            <source>Referral group</source>
            <translation>Doorverwijsgroep</translation>
        </message>
        <message>
            <source>Professional association</source>
            <translation>Beroepsvereniging</translation>
        </message>
        <message>
            <source>Exploring</source>
            <translation>Verkennend</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Slapend</translation>
        </message>
        <message>
            <source>Leaving</source>
            <translation>Vertrekkend</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beëindigd</translation>
        </message>
        <message>
            <source>Professional liability insurance</source>
            <translation>Beroepsaansprakelijkheidsverzekering</translation>
        </message>
        <message>
            <source>Complaints procedure</source>
            <translation>Klachtenregeling</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message>
            <source>File keeping</source>
            <translation>Dossiervorming</translation>
        </message>
        <message>
            <source>Code of conduct</source>
            <translation>Gedragscode</translation>
        </message>
        <message>
            <source>Quality mark</source>
            <translation>Keurmerk</translation>
        </message>
        <message>
            <source>Referral received</source>
            <translation>Doorverwijzing ontvangen</translation>
        </message>
        <message>
            <source>Joint assignment through the network</source>
            <translation>Gezamenlijke opdracht via het netwerk</translation>
        </message>
        <message>
            <source>The network's own client</source>
            <translation>Opdrachtgever van het netwerk</translation>
        </message>
        <message>
            <source>Own acquisition</source>
            <translation>Eigen acquisitie</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kwartaal</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Referrals received</source>
            <translation>Ontvangen doorverwijzingen</translation>
        </message>
        <message>
            <source>Referrals given</source>
            <translation>Gegeven doorverwijzingen</translation>
        </message>
        <message>
            <source>Revenue (€)</source>
            <translation>Omzet (€)</translation>
        </message>
        <message>
            <source>Acquisition</source>
            <translation>Acquisitie</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Coördinatie</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Voorbereiding</translation>
        </message>
        <message>
            <source>Knowledge-group work</source>
            <translation>Werk voor de kennisgroep</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administratie</translation>
        </message>
    </context>
    <context>
        <name>network_tabs</name>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Gezondheidscheck</translation>
        </message>
        <message>
            <source>Contract type</source>
            <translation>Soort contract</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Bijeenkomsten</translation>
        </message>
    </context>
    <context>
        <name>open_error</name>
        <message>
            <source>This database is already open in another zpdesk window.</source>
            <translation>Deze database is al geopend in een ander zpdesk-venster.</translation>
        </message>
        <message>
            <source>This database was saved by a newer version of zpdesk. Update zpdesk to open it.</source>
            <translation>Deze database is opgeslagen door een nieuwere versie van zpdesk. Werk zpdesk bij om hem te openen.</translation>
        </message>
        <message>
            <source>This database is damaged.</source>
            <translation>Deze database is beschadigd.</translation>
        </message>
        <message>
            <source>This file belongs to another program, not to zpdesk.</source>
            <translation>Dit bestand hoort bij een ander programma, niet bij zpdesk.</translation>
        </message>
        <message>
            <source>This file is not a zpdesk database.</source>
            <translation>Dit bestand is geen zpdesk-database.</translation>
        </message>
        <message>
            <source>zpdesk cannot write to this database or to its folder.</source>
            <translation>zpdesk kan niet schrijven naar deze database of naar de map ervan.</translation>
        </message>
        <message>
            <source>zpdesk could not update this database to the current version. A backup was made first.</source>
            <translation>zpdesk kon deze database niet bijwerken naar de huidige versie. Er is eerst een reservekopie gemaakt.</translation>
        </message>
        <message>
            <source>zpdesk cannot open this database.</source>
            <translation>zpdesk kan deze database niet openen.</translation>
        </message>
        <message>
            <source>zpdesk cannot open the database</source>
            <translation>zpdesk kan de database niet openen</translation>
        </message>
        <message>
            <source>The file was not changed.</source>
            <translation>Het bestand is niet gewijzigd.</translation>
        </message>
        <message>
            <source>The newest good backup is from %1 (%2). Restore it? The current file is kept aside, not deleted.</source>
            <translation>De nieuwste goede reservekopie is van %1 (%2). Terugzetten? Het huidige bestand wordt apart bewaard, niet verwijderd.</translation>
        </message>
        <message>
            <source>Restore Backup</source>
            <translation>Reservekopie terugzetten</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Terugzetten mislukt</translation>
        </message>
        <message>
            <source>Your earlier data</source>
            <translation>Je eerdere gegevens</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>De database kan niet worden geopend</translation>
        </message>
    </context>
    <context>
        <name>overview</name>
        <message>
            <source>Coming up</source>
            <translation>Binnenkort</translation>
        </message>
        <message>
            <source>Exclusivity conflicts</source>
            <translation>Exclusiviteitsconflicten</translation>
        </message>
        <message>
            <source>Breaches in the psychological contract</source>
            <translation>Breuken in het psychologisch contract</translation>
        </message>
        <message>
            <source>Expectations at risk</source>
            <translation>Verwachtingen in gevaar</translation>
        </message>
        <message>
            <source>Check-ins and health checks overdue</source>
            <translation>Toetsmomenten en gezondheidschecks te laat</translation>
        </message>
        <message>
            <source>Your active networks</source>
            <translation>Je actieve netwerken</translation>
        </message>
        <message>
            <source>Money and time this year</source>
            <translation>Geld en tijd dit jaar</translation>
        </message>
        <message>
            <source>Last day to give notice</source>
            <translation>Uiterste opzegdatum</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Verlenging</translation>
        </message>
        <message>
            <source>Contract ends</source>
            <translation>Contract eindigt</translation>
        </message>
        <message>
            <source>Check-in due</source>
            <translation>Toetsmoment gepland</translation>
        </message>
        <message>
            <source>Health check due</source>
            <translation>Gezondheidscheck gepland</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Decision after the last review</source>
            <translation>Besluit na de laatste jaarevaluatie</translation>
        </message>
        <message>
            <source>You decided to leave or reduce, and this deadline is near.</source>
            <translation>U besloot op te zeggen of af te bouwen, en deze datum komt dichtbij.</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <source>Daily</source>
            <translation>Dagelijks</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Voor een update</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Door jou gemaakt</translation>
        </message>
        <message>
            <source>Chosen file</source>
            <translation>Gekozen bestand</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
    </context>
    <context>
        <name>review_columns</name>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation type="vanished">Uren</translation>
        </message>
        <message>
            <source>Net per
hour</source>
            <translation type="vanished">Netto per
uur</translation>
        </message>
        <message>
            <source>Referrals
received</source>
            <translation type="vanished">Doorverwijzingen
ontvangen</translation>
        </message>
        <message>
            <source>Referrals
given</source>
            <translation type="vanished">Doorverwijzingen
gegeven</translation>
        </message>
        <message>
            <source>Fulfilment</source>
            <translation>Waar-
gemaakt</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="vanished">Besluit</translation>
        </message>
        <message>
            <source>Revenue entries dated in the year of work that came through it</source>
            <translation>Omzetregels gedateerd in het jaar, van werk dat via dit netwerk kwam</translation>
        </message>
        <message>
            <source>Expenses dated in the year (the membership fee included) + commission</source>
            <translation type="vanished">Uitgaven gedateerd in het jaar (inclusief de contributie) + afdracht</translation>
        </message>
        <message>
            <source>Attended meetings (past, not marked absent) + time entries</source>
            <translation>Bijgewoonde bijeenkomsten (afgelopen, niet als afwezig gemarkeerd) + urenregistratie</translation>
        </message>
        <message>
            <source>Net / hours invested, against your target hourly rate</source>
            <translation type="vanished">Netto / geïnvesteerde uren, tegenover je streeftarief per uur</translation>
        </message>
        <message>
            <source>Engagements referred to you through it that started in the year, and their revenue</source>
            <translation type="vanished">Opdrachten die via dit netwerk naar je zijn doorverwezen en in het jaar begonnen, met hun omzet</translation>
        </message>
        <message>
            <source>Hours
invested</source>
            <translation>Netwerk-
uren</translation>
        </message>
        <message>
            <source>Work
hours</source>
            <translation>Uren aan
opdracht</translation>
        </message>
        <message>
            <source>Net per
networking
hour</source>
            <translation>Netto per
netwerkuur</translation>
        </message>
        <message>
            <source>Effective
rate</source>
            <translation>Effectief
uurtarief</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation type="vanished">Oordeel</translation>
        </message>
        <message>
            <source>Expenses dated in the year + commission + the membership fee, booked or expected</source>
            <translation>Uitgaven in het jaar + afdracht + de contributie, geboekt of verwacht</translation>
        </message>
        <message>
            <source>Hours on the engagements it brought, shared over the years by their revenue</source>
            <translation>Uren aan de opdrachten die het bracht, over de jaren verdeeld naar hun omzet</translation>
        </message>
        <message>
            <source>Net / hours invested: the return on networking time</source>
            <translation>Netto / geïnvesteerde uren: wat netwerktijd oplevert</translation>
        </message>
        <message>
            <source>Net / (hours invested + work hours), against your target hourly rate</source>
            <translation>Netto / (geïnvesteerde uren + uren aan de opdracht), tegenover je streeftarief</translation>
        </message>
        <message>
            <source>Whether it pays, by what you received (not by referrals you gave)</source>
            <translation type="vanished">Of het loont, naar wat je ontving (niet naar doorverwijzingen die je gaf)</translation>
        </message>
        <message>
            <source>Engagements referred to you through it that started in the year, at their estimated value (else their revenue up to the end of the year)</source>
            <translation type="vanished">Opdrachten die via het netwerk naar je doorverwezen werden en in het jaar begonnen, tegen hun geschatte waarde (anders hun omzet tot het eind van het jaar)</translation>
        </message>
        <message>
            <source>Referrals you gave in it in the year, and their estimated value</source>
            <translation type="vanished">Doorverwijzingen die je in het jaar via dit netwerk gaf, met hun geschatte waarde</translation>
        </message>
        <message>
            <source>Referrals
received / given</source>
            <translation>Doorverwijzingen
ontvangen / gegeven</translation>
        </message>
        <message>
            <source>Received: engagements referred to you through it that started in the year, at their estimated value (else their revenue up to the end of the year). Given: referrals you gave in it in the year, and their estimated value</source>
            <translation>Ontvangen: opdrachten die via dit netwerk naar je zijn doorverwezen en in het jaar begonnen, tegen hun geschatte waarde (anders hun omzet tot het einde van het jaar). Gegeven: doorverwijzingen die je in het jaar in dit netwerk gaf, met hun geschatte waarde</translation>
        </message>
        <message>
            <source>How well your expectations were met at the end of the year</source>
            <translation>Hoe goed je verwachtingen aan het eind van het jaar waren waargemaakt</translation>
        </message>
        <message>
            <source>Attended / past meetings not cancelled by the network</source>
            <translation>Bijgewoonde / afgelopen bijeenkomsten die het netwerk niet heeft afgelast</translation>
        </message>
        <message>
            <source>%1 (ended)</source>
            <translation>%1 (beëindigd)</translation>
        </message>
        <message>
            <source>Membership fee %1 + other expenses %2 + commission %3</source>
            <translation>Contributie %1 + andere uitgaven %2 + afdracht %3</translation>
        </message>
        <message>
            <source>The fee %1 is expected: not booked yet (Work → Expenses).</source>
            <translation>De contributie %1 is verwacht: nog niet geboekt (Werk → Uitgaven).</translation>
        </message>
        <message>
            <source>Meetings %1 h + time entries %2 h</source>
            <translation>Bijeenkomsten %1 u + urenregistratie %2 u</translation>
        </message>
        <message>
            <source>%1 of %2 meetings</source>
            <translation>%1 van %2 bijeenkomsten</translation>
        </message>
    </context>
    <context>
        <name>services</name>
        <message>
            <source>This network no longer exists.</source>
            <translation>Dit netwerk bestaat niet meer.</translation>
        </message>
        <message>
            <source>Give the network a name.</source>
            <translation>Geef het netwerk een naam.</translation>
        </message>
        <message>
            <source>The name is too long (at most %1 characters).</source>
            <translation>De naam is te lang (hoogstens %1 tekens).</translation>
        </message>
        <message>
            <source>There is already a network called '%1'.</source>
            <translation>Er is al een netwerk met de naam ‘%1’.</translation>
        </message>
        <message>
            <source>The membership cannot end before it began: left on is before joined on.</source>
            <translation>Het lidmaatschap kan niet eindigen voordat het begon: de vertrekdatum ligt voor de datum van lid worden.</translation>
        </message>
        <message>
            <source>The annual fee cannot be negative.</source>
            <translation>De contributie kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>The commission must be between 0 and 100 %.</source>
            <translation>De afdracht moet tussen 0 en 100 % liggen.</translation>
        </message>
        <message>
            <source>The commission can have at most two decimals.</source>
            <translation>De afdracht kan hoogstens twee decimalen hebben.</translation>
        </message>
        <message>
            <source>The colour must look like #rrggbb, for example #4e79a7.</source>
            <translation>De kleur moet eruitzien als #rrggbb, bijvoorbeeld #4e79a7.</translation>
        </message>
        <message>
            <source>The check-in interval must be between 1 and 24 months.</source>
            <translation>De termijn tussen toetsmomenten moet tussen 1 en 24 maanden liggen.</translation>
        </message>
        <message>
            <source>The website address is too long.</source>
            <translation>Het webadres is te lang.</translation>
        </message>
        <message>
            <source>Obligation %1 needs a title.</source>
            <translation>Verplichting %1 heeft een titel nodig.</translation>
        </message>
        <message>
            <source>The title of obligation %1 is too long.</source>
            <translation>De titel van verplichting %1 is te lang.</translation>
        </message>
        <message>
            <source>Give the date of the renewal or the end.</source>
            <translation>Vul de datum van de verlenging of het einde in.</translation>
        </message>
        <message>
            <source>A term lasts from 1 to %1 months.</source>
            <translation>Een termijn duurt 1 tot %1 maanden.</translation>
        </message>
        <message>
            <source>The notice period must be between 0 and %1.</source>
            <translation>De opzegtermijn moet tussen 0 en %1 liggen.</translation>
        </message>
        <message>
            <source>An announced fee change needs both the new fee and the date.</source>
            <translation>Een aangekondigde contributiewijziging heeft zowel de nieuwe contributie als de datum nodig.</translation>
        </message>
        <message>
            <source>The new fee cannot be negative.</source>
            <translation>De nieuwe contributie kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>A network cannot be part of itself.</source>
            <translation>Een netwerk kan geen onderdeel van zichzelf zijn.</translation>
        </message>
        <message>
            <source>The chosen parent network no longer exists.</source>
            <translation>Het gekozen bovenliggende netwerk bestaat niet meer.</translation>
        </message>
        <message>
            <source>A network cannot be part of a network that is part of it.</source>
            <translation>Een netwerk kan geen onderdeel zijn van een netwerk dat onderdeel ervan is.</translation>
        </message>
        <message>
            <source>A membership ends as 'ended' or 'leaving'.</source>
            <translation>Een lidmaatschap eindigt als ‘beëindigd’ of ‘vertrekkend’.</translation>
        </message>
        <message>
            <source>The membership cannot end before it began (joined on %1).</source>
            <translation>Het lidmaatschap kan niet eindigen voordat het begon (lid geworden op %1).</translation>
        </message>
        <message>
            <source>'%1' cannot be deleted: it brought engagements/referrals (%2 engagements, %3 referrals given). End the membership instead; that keeps its history.</source>
            <translation>‘%1’ kan niet worden verwijderd: het leverde opdrachten/doorverwijzingen op (%2 opdrachten, %3 doorverwijzingen gegeven). Beëindig liever het lidmaatschap; dan blijft de geschiedenis bewaard.</translation>
        </message>
        <message>
            <source>This person no longer exists.</source>
            <translation>Deze persoon bestaat niet meer.</translation>
        </message>
        <message>
            <source>Give the person a name.</source>
            <translation>Geef de persoon een naam.</translation>
        </message>
        <message>
            <source>'%1' does not look like an e-mail address.</source>
            <translation>‘%1’ lijkt geen e-mailadres.</translation>
        </message>
        <message>
            <source>This field is too long (at most %1 characters).</source>
            <translation>Dit veld is te lang (hoogstens %1 tekens).</translation>
        </message>
        <message>
            <source>Choose the network.</source>
            <translation>Kies het netwerk.</translation>
        </message>
        <message>
            <source>The chosen network no longer exists.</source>
            <translation>Het gekozen netwerk bestaat niet meer.</translation>
        </message>
        <message>
            <source>The membership cannot end before it began: until is before since.</source>
            <translation>Het lidmaatschap kan niet eindigen voordat het begon: ‘tot’ ligt voor ‘vanaf’.</translation>
        </message>
        <message>
            <source>This membership no longer exists.</source>
            <translation>Dit lidmaatschap bestaat niet meer.</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>De naam is te lang.</translation>
        </message>
        <message>
            <source>The profession is too long.</source>
            <translation>Het vakgebied is te lang.</translation>
        </message>
        <message>
            <source>The target hourly rate cannot be negative.</source>
            <translation>Het streeftarief per uur kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>The weekly capacity must be between 0 and 168 hours.</source>
            <translation>De capaciteit per week moet tussen 0 en 168 uur liggen.</translation>
        </message>
        <message>
            <source>Give the engagement a title.</source>
            <translation>Geef de opdracht een titel.</translation>
        </message>
        <message>
            <source>The end date lies before the start date.</source>
            <translation>De einddatum ligt vóór de begindatum.</translation>
        </message>
        <message>
            <source>Work from own acquisition did not come through a network: choose another route or no network.</source>
            <translation>Werk uit eigen acquisitie kwam niet via een netwerk: kies een andere route of geen netwerk.</translation>
        </message>
        <message>
            <source>Choose the network this work came through.</source>
            <translation>Kies het netwerk waarlangs dit werk kwam.</translation>
        </message>
        <message>
            <source>A commission is between 0 and 100 %.</source>
            <translation>Een afdracht ligt tussen 0 en 100 %.</translation>
        </message>
        <message>
            <source>A commission has at most two decimals.</source>
            <translation>Een afdracht heeft hoogstens twee decimalen.</translation>
        </message>
        <message>
            <source>Hours spent cannot be negative.</source>
            <translation>Bestede uren kunnen niet negatief zijn.</translation>
        </message>
        <message>
            <source>An estimated value is between 0 and ten billion.</source>
            <translation>Een geschatte waarde ligt tussen 0 en tien miljard.</translation>
        </message>
        <message>
            <source>A revenue amount cannot be negative (enter credit notes as a lower amount).</source>
            <translation>Een omzetbedrag kan niet negatief zijn (verwerk creditnota’s als een lager bedrag).</translation>
        </message>
        <message>
            <source>That amount is too large.</source>
            <translation>Dat bedrag is te groot.</translation>
        </message>
        <message>
            <source>the chosen network no longer exists</source>
            <translation>het gekozen netwerk bestaat niet meer</translation>
        </message>
        <message>
            <source>the chosen person no longer exists</source>
            <translation>de gekozen persoon bestaat niet meer</translation>
        </message>
        <message>
            <source>engagement %1 no longer exists</source>
            <translation>opdracht %1 bestaat niet meer</translation>
        </message>
        <message>
            <source>Say to whom you referred, or for which client or what work.</source>
            <translation>Zeg naar wie je doorverwees, of voor welke opdrachtgever of welk werk.</translation>
        </message>
        <message>
            <source>An estimated value cannot be negative.</source>
            <translation>Een geschatte waarde kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>referral %1 no longer exists</source>
            <translation>doorverwijzing %1 bestaat niet meer</translation>
        </message>
        <message>
            <source>An expense cannot be negative.</source>
            <translation>Een uitgave kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>'%1' already has a membership fee for %2.</source>
            <translation>‘%1’ heeft al een contributie voor %2.</translation>
        </message>
        <message>
            <source>expense %1 no longer exists</source>
            <translation>uitgave %1 bestaat niet meer</translation>
        </message>
        <message>
            <source>The fee for %1 must be dated in %1.</source>
            <translation>De contributie voor %1 moet in %1 gedateerd zijn.</translation>
        </message>
        <message>
            <source>The disk is full: the change could not be saved in %1. Free some space and try again; nothing you typed is lost.</source>
            <translation>De schijf is vol: de wijziging kon niet worden opgeslagen in %1. Maak ruimte vrij en probeer het opnieuw; niets van wat je hebt ingevuld is verloren.</translation>
        </message>
        <message>
            <source>The database file %1 is read-only: the change could not be saved.</source>
            <translation>Het databasebestand %1 is alleen-lezen: de wijziging kon niet worden opgeslagen.</translation>
        </message>
        <message>
            <source>This row was changed or deleted elsewhere: the change was not saved in %1.</source>
            <translation>Deze regel is elders gewijzigd of verwijderd: de wijziging is niet opgeslagen in %1.</translation>
        </message>
        <message>
            <source>Another program is writing to %1: the change could not be saved. Try again.</source>
            <translation>Een ander programma schrijft naar %1: de wijziging kon niet worden opgeslagen. Probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Another device changed this since you opened it, so your change was not saved. The current values are shown now; make your change again.</source>
            <translation>Een ander apparaat heeft dit gewijzigd nadat je het opende, dus je wijziging is niet opgeslagen. De huidige gegevens staan nu in beeld; breng je wijziging opnieuw aan.</translation>
        </message>
        <message>
            <source>The connection to the server database was lost, so this was not saved. What you typed is still here: zpdesk reconnects by itself, try again in a moment.</source>
            <translation>De verbinding met de serverdatabase is verbroken, dus dit is niet opgeslagen. Wat je typte staat er nog: zpdesk verbindt vanzelf opnieuw, probeer het zo nog eens.</translation>
        </message>
        <message>
            <source>Last day to give notice: %1</source>
            <translation>Uiterste opzegdatum: %1</translation>
        </message>
        <message>
            <source>Renew, or the membership ends: %1</source>
            <translation>Verlengen, of het lidmaatschap eindigt: %1</translation>
        </message>
        <message>
            <source>Contract ends: %1</source>
            <translation>Contract eindigt: %1</translation>
        </message>
        <message>
            <source>zpdesk deadlines</source>
            <translation>zpdesk opzegdata</translation>
        </message>
        <message>
            <source>Renewal or end: %1</source>
            <translation>Verlenging of einde: %1</translation>
        </message>
        <message>
            <source>New annual fee from then: € %1</source>
            <translation>Nieuwe contributie vanaf dan: € %1</translation>
        </message>
        <message>
            <source>My decision after %1: %2</source>
            <translation>Mijn besluit na %1: %2</translation>
        </message>
        <message>
            <source>The last day cannot lie before the day notice was given.</source>
            <translation>De laatste dag kan niet vóór de dag van opzeggen liggen.</translation>
        </message>
        <message>
            <source>This text is too long: at most %1 characters fit.</source>
            <translation>Deze tekst is te lang: er passen hoogstens %1 tekens in.</translation>
        </message>
        <message>
            <source>This amount is more than zpdesk accepts (at most %1 euros).</source>
            <translation>Dit bedrag is hoger dan zpdesk aanneemt (hoogstens %1 euro).</translation>
        </message>
        <message>
            <source>This date lies outside the years %1 that zpdesk works with.</source>
            <translation>Deze datum ligt buiten de jaren %1 waarmee zpdesk werkt.</translation>
        </message>
        <message>
            <source>This number is larger than zpdesk accepts.</source>
            <translation>Dit getal is groter dan zpdesk aanneemt.</translation>
        </message>
        <message>
            <source>Give the meeting a title.</source>
            <translation>Geef de bijeenkomst een titel.</translation>
        </message>
        <message>
            <source>The title is longer than 200 characters.</source>
            <translation>De titel is langer dan 200 tekens.</translation>
        </message>
        <message>
            <source>Choose the network this meeting belongs to.</source>
            <translation>Kies het netwerk waar deze bijeenkomst bij hoort.</translation>
        </message>
        <message>
            <source>The duration must be between 1 minute and 7 days.</source>
            <translation>De duur moet tussen 1 minuut en 7 dagen liggen.</translation>
        </message>
        <message>
            <source>The start %1 lies outside the years %2.</source>
            <translation>Het begin %1 ligt buiten de jaren %2.</translation>
        </message>
        <message>
            <source>The recurrence rule is too long.</source>
            <translation>De herhaalregel is te lang.</translation>
        </message>
        <message>
            <source>The recurrence gives no dates at all (check its end).</source>
            <translation>De herhaling geeft helemaal geen data (controleer het einde).</translation>
        </message>
        <message>
            <source>The start (%1) is not one of the dates the recurrence gives; the first would be %2.</source>
            <translation>Het begin (%1) is niet een van de data die de herhaling geeft; de eerste zou %2 zijn.</translation>
        </message>
        <message>
            <source>A single meeting has no exception dates.</source>
            <translation>Een losse bijeenkomst heeft geen uitzonderingsdata.</translation>
        </message>
        <message>
            <source>%1 is not a date of this series, so it cannot be an exception.</source>
            <translation>%1 is geen datum van deze reeks en kan dus geen uitzondering zijn.</translation>
        </message>
        <message>
            <source>Every date of the series is an exception.</source>
            <translation>Elke datum van de reeks is een uitzondering.</translation>
        </message>
        <message>
            <source>The location is longer than 300 characters.</source>
            <translation>De locatie is langer dan 300 tekens.</translation>
        </message>
        <message>
            <source>A series with UID %1 already exists.</source>
            <translation>Er bestaat al een reeks met UID %1.</translation>
        </message>
        <message>
            <source>meeting series %1 no longer exists</source>
            <translation>reeks bijeenkomsten %1 bestaat niet meer</translation>
        </message>
        <message>
            <source>The series has no dates left after that day.</source>
            <translation>De reeks heeft na die dag geen data meer.</translation>
        </message>
        <message>
            <source>The new part of the series must start on or after that day.</source>
            <translation>Het nieuwe deel van de reeks moet op of na die dag beginnen.</translation>
        </message>
        <message>
            <source>The series has no dates before that day; delete the series instead.</source>
            <translation>De reeks heeft geen data vóór die dag; verwijder de reeks in plaats daarvan.</translation>
        </message>
        <message>
            <source>An occurrence can be moved at most 8 weeks; change the series instead.</source>
            <translation>Een bijeenkomst kan hoogstens 8 weken verschoven worden; wijzig in plaats daarvan de reeks.</translation>
        </message>
        <message>
            <source>The actual time must be between 0 and 7 days.</source>
            <translation>De werkelijke tijd moet tussen 0 en 7 dagen liggen.</translation>
        </message>
        <message>
            <source>Use update_occurrence for a single occurrence.</source>
            <translation>Gebruik update_occurrence voor één bijeenkomst.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>De periode eindigt voordat hij begint.</translation>
        </message>
        <message>
            <source>%1 has no date on or after %2</source>
            <translation>%1 heeft geen datum op of na %2</translation>
        </message>
        <message>
            <source>An expectation needs a statement.</source>
            <translation>Een verwachting heeft een omschrijving nodig.</translation>
        </message>
        <message>
            <source>Importance is 1 to 5.</source>
            <translation>Het belang is 1 tot en met 5.</translation>
        </message>
        <message>
            <source>A target needs a quantity, a unit and a period together.</source>
            <translation>Een doel heeft een aantal, een eenheid en een periode samen nodig.</translation>
        </message>
        <message>
            <source>A target cannot be negative.</source>
            <translation>Een doel kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>A target has at most two decimals.</source>
            <translation>Een doel heeft hoogstens twee decimalen.</translation>
        </message>
        <message>
            <source>An expectation cannot be retired before it was opened.</source>
            <translation>Een verwachting kan niet beëindigd worden vóórdat ze geopend is.</translation>
        </message>
        <message>
            <source>Network %1 no longer exists.</source>
            <translation>Netwerk %1 bestaat niet meer.</translation>
        </message>
        <message>
            <source>Expectation %1 no longer exists.</source>
            <translation>Verwachting %1 bestaat niet meer.</translation>
        </message>
        <message>
            <source>It was checked on %1, so it cannot open later than that.</source>
            <translation>Er is op %1 een toetsmoment geweest, dus ze kan niet later geopend worden.</translation>
        </message>
        <message>
            <source>This expectation is already retired.</source>
            <translation>Deze verwachting is al beëindigd.</translation>
        </message>
        <message>
            <source>A check-in scores 1 to 5.</source>
            <translation>Een toetsmoment scoort 1 tot en met 5.</translation>
        </message>
        <message>
            <source>'%1' was opened on %2; a check-in cannot be earlier.</source>
            <translation>‘%1’ is geopend op %2; een toetsmoment kan niet eerder zijn.</translation>
        </message>
        <message>
            <source>'%1' was retired on %2; a check-in cannot be later.</source>
            <translation>‘%1’ is beëindigd op %2; een toetsmoment kan niet later zijn.</translation>
        </message>
        <message>
            <source>Check-in %1 no longer exists.</source>
            <translation>Toetsmoment %1 bestaat niet meer.</translation>
        </message>
        <message>
            <source>Score at least one expectation.</source>
            <translation>Geef ten minste één verwachting een score.</translation>
        </message>
        <message>
            <source>Expectation %1 is not one of this network's.</source>
            <translation>Verwachting %1 hoort niet bij dit netwerk.</translation>
        </message>
        <message>
            <source>'%1' is not open on %2.</source>
            <translation>‘%1’ is op %2 niet geopend.</translation>
        </message>
        <message>
            <source>Score at least one success factor.</source>
            <translation>Geef ten minste één succesfactor een score.</translation>
        </message>
        <message>
            <source>The score of %1 is 1 to 5.</source>
            <translation>De score van %1 is 1 tot en met 5.</translation>
        </message>
        <message>
            <source>Health check %1 no longer exists.</source>
            <translation>Gezondheidscheck %1 bestaat niet meer.</translation>
        </message>
        <message>
            <source>Give a year such as 2026.</source>
            <translation>Geef een jaar zoals 2026.</translation>
        </message>
        <message>
            <source>%1 has already been assessed; edit that year.</source>
            <translation>%1 is al beoordeeld; wijzig dat jaar.</translation>
        </message>
        <message>
            <source>Assessment %1 no longer exists.</source>
            <translation>Beoordeling %1 bestaat niet meer.</translation>
        </message>
        <message>
            <source>the period %1–%2 is empty</source>
            <translation>de periode %1–%2 is leeg</translation>
        </message>
        <message>
            <source>network %1 no longer exists</source>
            <translation>netwerk %1 bestaat niet meer</translation>
        </message>
        <message>
            <source>Choose a decision to keep a note with it.</source>
            <translation>Kies een besluit om er een notitie bij te bewaren.</translation>
        </message>
        <message>
            <source>Choose the network the time was for.</source>
            <translation>Kies het netwerk waarvoor de tijd was.</translation>
        </message>
        <message>
            <source>The time must be more than zero.</source>
            <translation>De tijd moet meer dan nul zijn.</translation>
        </message>
        <message>
            <source>One entry can hold at most 24 hours.</source>
            <translation>Eén registratie kan hoogstens 24 uur bevatten.</translation>
        </message>
        <message>
            <source>time entry %1 no longer exists</source>
            <translation>tijdregistratie %1 bestaat niet meer</translation>
        </message>
        <message>
            <source>network %1 does not exist</source>
            <translation>netwerk %1 bestaat niet</translation>
        </message>
        <message>
            <source>%1 is not in the week of %2</source>
            <translation>%1 valt niet in de week van %2</translation>
        </message>
        <message>
            <source>Time cannot be negative.</source>
            <translation>Tijd kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>%1: a day has at most 24 hours.</source>
            <translation>%1: een dag heeft hoogstens 24 uur.</translation>
        </message>
    </context>
    <context>
        <name>suggestions</name>
        <message>
            <source>Keep the agreements I make with the others and with shared clients</source>
            <translation>Me houden aan de afspraken die ik maak met de anderen en met gezamenlijke opdrachtgevers</translation>
        </message>
        <message>
            <source>Attend the breakfast sessions and theme days</source>
            <translation>De ontbijtsessies en themadagen bijwonen</translation>
        </message>
        <message>
            <source>Attend the members' meetings</source>
            <translation>De ledenvergaderingen bijwonen</translation>
        </message>
        <message>
            <source>Deliver my part of the project on time and within the agreed hours</source>
            <translation>Mijn deel van het project op tijd en binnen de afgesproken uren leveren</translation>
        </message>
        <message>
            <source>Put time into a knowledge group</source>
            <translation>Tijd steken in een kennisgroep</translation>
        </message>
        <message>
            <source>Share my expertise: host a session or write a piece once a year</source>
            <translation>Mijn expertise delen: eens per jaar een sessie verzorgen of een stuk schrijven</translation>
        </message>
        <message>
            <source>Pass on work I cannot take on myself to members</source>
            <translation>Werk dat ik zelf niet kan aannemen doorgeven aan leden</translation>
        </message>
        <message>
            <source>Keep doing my own acquisition: the network adds to it, it does not replace it</source>
            <translation>Mijn eigen acquisitie blijven doen: het netwerk vult die aan, het vervangt hem niet</translation>
        </message>
        <message>
            <source>Work to the shared quality standard and code of conduct</source>
            <translation>Werken volgens de gezamenlijke kwaliteitsnorm en gedragscode</translation>
        </message>
        <message>
            <source>Pay the agreed commission (afdracht) on work through the network</source>
            <translation>De afgesproken afdracht betalen over werk via het netwerk</translation>
        </message>
        <message>
            <source>Keep my profile and expertise up to date on the network's website</source>
            <translation>Mijn profiel en expertise op de website van het netwerk actueel houden</translation>
        </message>
        <message>
            <source>Stand in for a colleague who is ill or on holiday</source>
            <translation>Invallen voor een collega die ziek of op vakantie is</translation>
        </message>
        <message>
            <source>Join the informal moments: drinks, Christmas dinner, the yearly event</source>
            <translation>Meedoen aan de informele momenten: borrels, het kerstdiner, het jaarlijkse evenement</translation>
        </message>
        <message>
            <source>Colleagues who keep their agreements and are loyal to shared clients</source>
            <translation>Collega’s die zich aan hun afspraken houden en loyaal zijn aan gezamenlijke opdrachtgevers</translation>
        </message>
        <message>
            <source>Referrals for work that fits my expertise</source>
            <translation>Doorverwijzingen voor werk dat bij mijn expertise past</translation>
        </message>
        <message>
            <source>Revenue from assignments that come through the network</source>
            <translation>Omzet uit opdrachten die via het netwerk komen</translation>
        </message>
        <message>
            <source>Access to assignments too big to take on alone</source>
            <translation>Toegang tot opdrachten die te groot zijn om alleen aan te nemen</translation>
        </message>
        <message>
            <source>Learn something I can use with clients at most sessions</source>
            <translation>Bij de meeste sessies iets leren wat ik bij opdrachtgevers kan gebruiken</translation>
        </message>
        <message>
            <source>Colleagues to spar with about cases and dilemmas (intervision)</source>
            <translation>Collega’s om mee te sparren over casussen en dilemma’s (intervisie)</translation>
        </message>
        <message>
            <source>Develop new services together with other members</source>
            <translation>Samen met andere leden nieuwe diensten ontwikkelen</translation>
        </message>
        <message>
            <source>Visibility with clients through the shared brand and website</source>
            <translation>Zichtbaarheid bij opdrachtgevers via het gezamenlijke merk en de website</translation>
        </message>
        <message>
            <source>Clear agreements on roles, hours and how the fee is split</source>
            <translation>Duidelijke afspraken over rollen, uren en de verdeling van het honorarium</translation>
        </message>
        <message>
            <source>Collective arrangements that save me time or money (insurance, complaints procedure)</source>
            <translation>Collectieve regelingen die me tijd of geld besparen (verzekering, klachtenregeling)</translation>
        </message>
        <message>
            <source>A say in the direction and the choices of the network</source>
            <translation>Inspraak in de koers en de keuzes van het netwerk</translation>
        </message>
        <message>
            <source>A trusted colleague who takes over when I am ill or on holiday</source>
            <translation>Een vertrouwde collega die het overneemt als ik ziek of op vakantie ben</translation>
        </message>
        <message>
            <source>Colleagues I enjoy meeting</source>
            <translation>Collega’s die ik graag ontmoet</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>“%1” could not be undone or redone: %2 The undo history was cleared.</source>
            <translation>‘%1’ kon niet ongedaan gemaakt of opnieuw uitgevoerd worden: %2 De geschiedenis voor ongedaan maken is gewist.</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Netwerken</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Mensen</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Werk</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Jaarevaluatie</translation>
        </message>
        <message>
            <source>Atlas</source>
            <translation>Atlas</translation>
        </message>
    </context>
    <context>
        <name>work_columns</name>
        <message>
            <source>Client</source>
            <translation>Opdrachtgever</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Begin</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Einde</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Via</source>
            <translation>Via</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Afdracht</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Aan</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Estimated value</source>
            <translation>Geschatte waarde</translation>
        </message>
        <message>
            <source>Became work</source>
            <translation>Leverde werk op</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>%1 %2 (expected)</source>
            <translation>%1 %2 (verwacht)</translation>
        </message>
        <message>
            <source>Counts in the review; not booked yet (Book to enter it)</source>
            <translation>Telt mee in de jaarevaluatie; nog niet geboekt (Boeken om haar in te voeren)</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Bedrag excl. btw</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Factuur</translation>
        </message>
    </context>
    <context>
        <name>year_to_date</name>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Effective rate</source>
            <translation>Effectief uurtarief</translation>
        </message>
        <message>
            <source>Net %1 over %2 hours networking and %4 on the work; target %3</source>
            <translation>Netto %1 over %2 uur netwerken en %4 aan de opdrachten; streeftarief %3</translation>
        </message>
        <message>
            <source>Net per hour</source>
            <translation type="vanished">Netto per uur</translation>
        </message>
        <message>
            <source>Net %1 over %2 hours; target %3</source>
            <translation type="vanished">Netto %1 over %2 uur; streeftarief %3</translation>
        </message>
    </context>
</TS>
