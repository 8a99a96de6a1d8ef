<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AgendaCliCounts</name>
        <message numerus="yes">
            <source>%n occurrence(s)</source>
            <translation>
                <numerusform>%n occurrence</numerusform>
                <numerusform>%n occurrences</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n series</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaCounts</name>
        <message numerus="yes">
            <source>meeting(s) that take your time</source>
            <translation>
                <numerusform>meeting that takes your time</numerusform>
                <numerusform>meetings that take your time</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>meeting(s) that overlap</source>
            <translation>
                <numerusform>meeting that overlaps</numerusform>
                <numerusform>meetings that overlap</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message numerus="yes">
            <source>Saved %1 (%n page(s))</source>
            <translation>
                <numerusform>Saved %1 (%n page)</numerusform>
                <numerusform>Saved %1 (%n pages)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AtlasView</name>
        <message numerus="yes">
            <source>Exclusivity conflicts: %n</source>
            <translation>
                <numerusform>Exclusivity conflicts: %n</numerusform>
                <numerusform>Exclusivity conflicts: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You meet %n people in two or more of your current networks.</source>
            <translation>
                <numerusform>You meet %n people in two or more of your current networks.</numerusform>
                <numerusform>You meet %n people in two or more of your current networks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more people</source>
            <translation>
                <numerusform>%n more people</numerusform>
                <numerusform>%n more people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreachesSection</name>
        <message numerus="yes">
            <source>No breaches, but %n important expectation(s) at risk: see below.</source>
            <translation>
                <numerusform>No breaches, but %n important expectation is at risk: see below.</numerusform>
                <numerusform>No breaches, but %n important expectations are at risk: see below.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommitmentsTab</name>
        <message numerus="yes">
            <source>Attendance in %1: %2 of %n meeting(s) (%3)</source>
            <translation>
                <numerusform>Attendance in %1: %2 of %n meeting (%3)</numerusform>
                <numerusform>Attendance in %1: %2 of %n meetings (%3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContractTab</name>
        <message numerus="yes">
            <source>rhythm every %n month(s)</source>
            <translation>
                <numerusform>rhythm every %n month</numerusform>
                <numerusform>rhythm every %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Check-in pass for '%1' (%n expectation(s))</source>
            <translation>
                <numerusform>Check-in pass for '%1' (%n expectation)</numerusform>
                <numerusform>Check-in pass for '%1' (%n expectations)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message numerus="yes">
            <source>%n line(s) will be imported, together %1.</source>
            <translation>
                <numerusform>%n line will be imported, together %1.</numerusform>
                <numerusform>%n lines will be imported, together %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new engagement(s).</source>
            <translation>
                <numerusform>%n new engagement.</numerusform>
                <numerusform>%n new engagements.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EngagementsTab</name>
        <message numerus="yes">
            <source>%n engagement(s) · revenue %1 · commission %2</source>
            <translation>
                <numerusform>%n engagement · revenue %1 · commission %2</numerusform>
                <numerusform>%n engagements · revenue %1 · commission %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n revenue line(s) from %1</source>
            <translation>
                <numerusform>Import %n revenue line from %1</numerusform>
                <numerusform>Import %n revenue lines from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n revenue line(s).</source>
            <translation>
                <numerusform>Imported %n revenue line.</numerusform>
                <numerusform>Imported %n revenue lines.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new engagement(s).</source>
            <translation>
                <numerusform>%n new engagement.</numerusform>
                <numerusform>%n new engagements.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) written to %1</source>
            <translation>
                <numerusform>%n line written to %1</numerusform>
                <numerusform>%n lines written to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpensesTab</name>
        <message numerus="yes">
            <source>%n expense(s) · together %1</source>
            <translation>
                <numerusform>%n expense · together %1</numerusform>
                <numerusform>%n expenses · together %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expected fee(s), together %1</source>
            <translation>
                <numerusform>%n expected fee, together %1</numerusform>
                <numerusform>%n expected fees, together %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repeat the yearly fee of '%1' (%n year(s))</source>
            <translation type="vanished">
                <numerusform>Repeat the yearly fee of '%1' (%n year)</numerusform>
                <numerusform>Repeat the yearly fee of '%1' (%n years)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repeat the yearly fees of %1 networks (%n year(s))</source>
            <translation type="vanished">
                <numerusform>Repeat the yearly fees of %1 networks (%n year)</numerusform>
                <numerusform>Repeat the yearly fees of %1 networks (%n years)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n membership fee(s) booked.</source>
            <translation type="vanished">
                <numerusform>%n membership fee booked.</numerusform>
                <numerusform>%n membership fees booked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IcsImportDialog</name>
        <message numerus="yes">
            <source>%n new series</source>
            <translation>
                <numerusform>%n new series</numerusform>
                <numerusform>%n new series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>with %n meeting(s).</source>
            <translation>
                <numerusform>with %n meeting.</numerusform>
                <numerusform>with %n meetings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n series already there will be skipped.</source>
            <translation>
                <numerusform>%n series already there will be skipped.</numerusform>
                <numerusform>%n series already there will be skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n series from '%1' into '%2'</source>
            <translation>
                <numerusform>Import %n series from '%1' into '%2'</numerusform>
                <numerusform>Import %n series from '%1' into '%2'</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n deadline(s) written to %1. Open the file with your calendar (Thunderbird, Apple Calendar, Outlook); importing a newer file updates the events, with reminders two weeks and two days before.</source>
            <translation>
                <numerusform>%n deadline written to %1. Open the file with your calendar (Thunderbird, Apple Calendar, Outlook); importing a newer file updates the events, with reminders two weeks and two days before.</numerusform>
                <numerusform>%n deadlines written to %1. Open the file with your calendar (Thunderbird, Apple Calendar, Outlook); importing a newer file updates the events, with reminders two weeks and two days before.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkDetailsCounts</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkEditor</name>
        <message numerus="yes">
            <source>my default (%n month(s))</source>
            <translation>
                <numerusform>my default (%n month)</numerusform>
                <numerusform>my default (%n months)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message numerus="yes">
            <source>%n meeting series of '%1' continue after %2. Stop them after that day? Meetings up to then, and what you recorded of them, stay.</source>
            <translation>
                <numerusform>%n meeting series of '%1' continue after %2. Stop them after that day? Meetings up to then, and what you recorded of them, stay.</numerusform>
                <numerusform>%n meeting series of '%1' continue after %2. Stop them after that day? Meetings up to then, and what you recorded of them, stay.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecurrenceBuilder</name>
        <message numerus="yes">
            <source>day(s)</source>
            <translation>
                <numerusform>day</numerusform>
                <numerusform>days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>week(s)</source>
            <translation>
                <numerusform>week</numerusform>
                <numerusform>weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>month(s)</source>
            <translation>
                <numerusform>month</numerusform>
                <numerusform>months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>year(s)</source>
            <translation>
                <numerusform>year</numerusform>
                <numerusform>years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecurrenceCounts</name>
        <message numerus="yes">
            <source>, %n time(s)</source>
            <translation>
                <numerusform>, %n time</numerusform>
                <numerusform>, %n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message numerus="yes">
            <source>%n referral(s) · estimated value %1 · %2 became work</source>
            <translation>
                <numerusform>%n referral · estimated value %1 · %2 became work</numerusform>
                <numerusform>%n referrals · estimated value %1 · %2 became work</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewCounts</name>
        <message numerus="yes">
            <source>In %1 you were part of %n network(s).</source>
            <translation>
                <numerusform>In %1 you were part of %n network.</numerusform>
                <numerusform>In %1 you were part of %n networks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n membership fee(s) counted as expected, not booked: %1.</source>
            <translation>
                <numerusform>%n membership fee counted as expected, not booked: %1.</numerusform>
                <numerusform>%n membership fees counted as expected, not booked: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s)</source>
            <translation>
                <numerusform>%n referral</numerusform>
                <numerusform>%n referrals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SafetyMenu</name>
        <message numerus="yes">
            <source>Imported %n row(s) from %1</source>
            <translation>
                <numerusform>Imported %n row from %1</numerusform>
                <numerusform>Imported %n rows from %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TwoDevices</name>
        <message numerus="yes">
            <source>%n rows copied to %1 and checked; the file is left as it was.</source>
            <translation>
                <numerusform>%n rows copied to %1 and checked; the file is left as it was.</numerusform>
                <numerusform>%n rows copied to %1 and checked; the file is left as it was.</numerusform>
            </translation>
        </message>
    </context>
</TS>
