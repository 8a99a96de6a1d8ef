<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AgendaView</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
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
            <translation>zpdesk %1

Je netwerken, wat ze kosten en wat ze opleveren.

Gegevens: %2</translation>
        </message>
        <message>
            <source>About zpdesk</source>
            <translation>Over zpdesk</translation>
        </message>
    </context>
    <context>
        <name>NetworksView</name>
        <message>
            <source>Networks</source>
            <translation>Netwerken</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <source>People</source>
            <translation>Mensen</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <source>Review</source>
            <translation>Jaarevaluatie</translation>
        </message>
    </context>
    <context>
        <name>WorkView</name>
        <message>
            <source>Work</source>
            <translation>Werk</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>zpdesk cannot open the database</source>
            <translation>zpdesk kan de database niet openen</translation>
        </message>
    </context>
    <context>
        <name>first_start</name>
        <message>
            <source>Welcome to zpdesk</source>
            <translation>Welkom bij zpdesk</translation>
        </message>
        <message>
            <source>Your database is empty. Load sample data to see what zpdesk can do?

You can start over with your own data at any time.</source>
            <translation>Je database is leeg. Voorbeeldgegevens laden om te zien wat zpdesk kan?

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
    </context>
</TS>
