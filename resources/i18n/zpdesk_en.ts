<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ExpensesTab</name>
        <message numerus="yes">
            <source>%n expected fee(s), together %1</source>
            <translation>
                <numerusform>%n expected fee, together %1</numerusform>
                <numerusform>%n expected fees, together %1</numerusform>
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
</TS>
