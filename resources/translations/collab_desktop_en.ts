<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CollaborativesTab</name>
        <message numerus="yes">
            <source>%n collaboratives</source>
            <translation>
                <numerusform>%n collaborative</numerusform>
                <numerusform>%n collaboratives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n members. Ctrl+Z undoes this.</source>
            <translation>
                <numerusform>Added %n member. Ctrl+Z undoes this.</numerusform>
                <numerusform>Added %n members. Ctrl+Z undoes this.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message numerus="yes">
            <source>{scope}: %n active members. Computing attendance…</source>
            <translation>
                <numerusform>{scope}: %n active member. Computing attendance…</numerusform>
                <numerusform>{scope}: %n active members. Computing attendance…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active members</source>
            <translation>
                <numerusform>%n active member</numerusform>
                <numerusform>%n active members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsTab</name>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
    </context>
</TS>
