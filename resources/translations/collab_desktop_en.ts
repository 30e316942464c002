<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Ages</name>
        <message numerus="yes">
            <source>%n minutes old</source>
            <translation>
                <numerusform>%n minute old</numerusform>
                <numerusform>%n minutes old</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours old</source>
            <translation>
                <numerusform>%n hour old</numerusform>
                <numerusform>%n hours old</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days old</source>
            <translation>
                <numerusform>%n day old</numerusform>
                <numerusform>%n days old</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AtRiskPage</name>
        <message numerus="yes">
            <source>Nobody has missed their last %n sessions.</source>
            <translation>
                <numerusform>Nobody has missed their last session.</numerusform>
                <numerusform>Nobody has missed their last %n sessions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>1 member has missed their last %n sessions in a row.</source>
            <translation>
                <numerusform>1 member has missed their last session.</numerusform>
                <numerusform>1 member has missed their last %n sessions in a row.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n members have missed their last session in a row.</source>
            <translation>
                <numerusform>%n member has missed their last session.</numerusform>
                <numerusform>%n members have missed their last session.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{members} members have missed their last %n sessions in a row.</source>
            <translation>
                <numerusform>{members} members have missed their last session.</numerusform>
                <numerusform>{members} members have missed their last %n sessions in a row.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendanceChart</name>
        <message numerus="yes">
            <source>{month}: {attended} attended of {registered} registered, {absent} absent, {excused} excused (attendance rate {rate}), %n sessions</source>
            <translation>
                <numerusform>{month}: {attended} attended of {registered} registered, {absent} absent, {excused} excused (attendance rate {rate}), %n session</numerusform>
                <numerusform>{month}: {attended} attended of {registered} registered, {absent} absent, {excused} excused (attendance rate {rate}), %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendancePreviewDialog</name>
        <message numerus="yes">
            <source>%n walk-ins to add</source>
            <translation>
                <numerusform>%n walk-in to add</numerusform>
                <numerusform>%n walk-ins to add</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new contacts</source>
            <translation>
                <numerusform>%n new contact</numerusform>
                <numerusform>%n new contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificatePdf</name>
        <message numerus="yes">
            <source>{attended} of %n sessions</source>
            <translation>
                <numerusform>{attended} of %n session</numerusform>
                <numerusform>{attended} of %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Certificates</name>
        <message numerus="yes">
            <source>Nobody attended all of the %n sessions held in this scope; no certificate was written.</source>
            <translation>
                <numerusform>Nobody attended the %n session held in this scope; no certificate was written.</numerusform>
                <numerusform>Nobody attended all of the %n sessions held in this scope; no certificate was written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nobody attended at least {needed} of the %n sessions held in this scope; no certificate was written.</source>
            <translation>
                <numerusform>Nobody attended at least {needed} of the %n session held in this scope; no certificate was written.</numerusform>
                <numerusform>Nobody attended at least {needed} of the %n sessions held in this scope; no certificate was written.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message numerus="yes">
            <source>{here} of %n checked in</source>
            <translation>
                <numerusform>{here} of %n checked in</numerusform>
                <numerusform>{here} of %n checked in</numerusform>
            </translation>
        </message>
    </context>
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
        <name>DocumentActions</name>
        <message numerus="yes">
            <source>Transcript of %n session(s) written to {path}</source>
            <translation>
                <numerusform>Transcript of %n session written to {path}</numerusform>
                <numerusform>Transcript of %n sessions written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Draft to %n people written to {path}</source>
            <translation>
                <numerusform>Draft to %n person written to {path}</numerusform>
                <numerusform>Draft to %n people written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) written; all of them in {file}</source>
            <translation>
                <numerusform>%n certificate written; all of them in {file}</numerusform>
                <numerusform>%n certificates written; all of them in {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) written to {path}</source>
            <translation>
                <numerusform>%n badge written to {path}</numerusform>
                <numerusform>%n badges written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Opened %n message(s) in the mail app</source>
            <translation>
                <numerusform>Opened %n message in the mail app</numerusform>
                <numerusform>Opened %n messages in the mail app</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentsCommand</name>
        <message numerus="yes">
            <source>Wrote %n certificates; all of them in {combined}</source>
            <translation>
                <numerusform>Wrote %n certificate; all of them in {combined}</numerusform>
                <numerusform>Wrote %n certificates; all of them in {combined}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote {out}: %n sessions, {hours} hours</source>
            <translation>
                <numerusform>Wrote {out}: %n session, {hours} hours</numerusform>
                <numerusform>Wrote {out}: %n sessions, {hours} hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n badges to {out}</source>
            <translation>
                <numerusform>Wrote %n badge to {out}</numerusform>
                <numerusform>Wrote %n badges to {out}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote {out}: %n recipients in Bcc</source>
            <translation>
                <numerusform>Wrote {out}: %n recipient in Bcc</numerusform>
                <numerusform>Wrote {out}: %n recipients in Bcc</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message numerus="yes">
            <source>%n changes; times in {zone}.</source>
            <translation>
                <numerusform>%n change; times in {zone}.</numerusform>
                <numerusform>%n changes; times in {zone}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizardPreview</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; rows with errors</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; row with errors</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; rows with errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;p&gt;… and %n more.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;… and %n more.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;… and %n more.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n rows to {path}. Fix them and import that file again.</source>
            <translation>
                <numerusform>Saved %n row to {path}. Fix it and import that file again.</numerusform>
                <numerusform>Saved %n rows to {path}. Fix them and import that file again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Integrity</name>
        <message numerus="yes">
            <source>{email} is held by %n contacts.</source>
            <translation>
                <numerusform>{email} is held by %n contact.</numerusform>
                <numerusform>{email} is held by %n contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n broken links</source>
            <translation>
                <numerusform>%n broken link</numerusform>
                <numerusform>%n broken links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate e-mail addresses</source>
            <translation>
                <numerusform>%n duplicate e-mail address</numerusform>
                <numerusform>%n duplicate e-mail addresses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database file is damaged: SQLite found %n problems in its structure. {advice}</source>
            <translation>
                <numerusform>The database file is damaged: SQLite found %n problem in its structure. {advice}</numerusform>
                <numerusform>The database file is damaged: SQLite found %n problems in its structure. {advice}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file itself is sound, but %n records point to records that no longer exist. {advice}</source>
            <translation>
                <numerusform>The file itself is sound, but %n record points to records that no longer exist. {advice}</numerusform>
                <numerusform>The file itself is sound, but %n records point to records that no longer exist. {advice}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file itself is sound, but %n e-mail addresses belong to more than one contact, which the database should have refused (a damaged index). {advice}</source>
            <translation>
                <numerusform>The file itself is sound, but %n e-mail address belongs to more than one contact, which the database should have refused (a damaged index). {advice}</numerusform>
                <numerusform>The file itself is sound, but %n e-mail addresses belong to more than one contact, which the database should have refused (a damaged index). {advice}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeptForms</name>
        <message numerus="yes">
            <source>Restored %n forms: check them, then save.</source>
            <translation>
                <numerusform>Restored %n form: check it, then save.</numerusform>
                <numerusform>Restored %n forms: check them, then save.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingPreviewDialog</name>
        <message numerus="yes">
            <source>%n walk-ins</source>
            <translation>
                <numerusform>%n walk-in</numerusform>
                <numerusform>%n walk-ins</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MixChart</name>
        <message numerus="yes">
            <source>{period}: %n sessions</source>
            <translation>
                <numerusform>{period}: %n session</numerusform>
                <numerusform>{period}: %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecentAttendance</name>
        <message numerus="yes">
            <source>missed the last %n sessions (excused ones not counted)</source>
            <translation>
                <numerusform>missed the last session (excused ones not counted)</numerusform>
                <numerusform>missed the last %n sessions (excused ones not counted)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>missed the last %n sessions</source>
            <translation>
                <numerusform>missed the last session</numerusform>
                <numerusform>missed the last %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordWords</name>
        <message numerus="yes">
            <source>%n collaboratives</source>
            <translation>
                <numerusform>%n collaborative</numerusform>
                <numerusform>%n collaboratives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
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
            <source>%n memberships</source>
            <translation>
                <numerusform>%n membership</numerusform>
                <numerusform>%n memberships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registrations</source>
            <translation>
                <numerusform>%n registration</numerusform>
                <numerusform>%n registrations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repeating series</source>
            <translation>
                <numerusform>%n repeating series</numerusform>
                <numerusform>%n repeating series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n series sign-ups</source>
            <translation>
                <numerusform>%n series sign-up</numerusform>
                <numerusform>%n series sign-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n import records</source>
            <translation>
                <numerusform>%n import record</numerusform>
                <numerusform>%n import records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n import changes</source>
            <translation>
                <numerusform>%n import change</numerusform>
                <numerusform>%n import changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows of {table}</source>
            <translation>
                <numerusform>%n row of {table}</numerusform>
                <numerusform>%n rows of {table}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message numerus="yes">
            <source>Every %n days</source>
            <translation>
                <numerusform>Every %n day</numerusform>
                <numerusform>Every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n weeks</source>
            <translation>
                <numerusform>Every %n week</numerusform>
                <numerusform>Every %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n months</source>
            <translation>
                <numerusform>Every %n month</numerusform>
                <numerusform>Every %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n years</source>
            <translation>
                <numerusform>Every %n year</numerusform>
                <numerusform>Every %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n times</source>
            <translation>
                <numerusform>, %n time</numerusform>
                <numerusform>, %n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegistrationsPanel</name>
        <message numerus="yes">
            <source>{title} · %n waiting</source>
            <translation>
                <numerusform>{title} · %n waiting</numerusform>
                <numerusform>{title} · %n waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel the registration of %n people?</source>
            <translation>
                <numerusform>Cancel the registration of %n person?</numerusform>
                <numerusform>Cancel the registration of %n people?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message numerus="yes">
            <source>{title} (%n sessions)</source>
            <translation>
                <numerusform>{title} (%n session)</numerusform>
                <numerusform>{title} (%n sessions)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message numerus="yes">
            <source>Attended at least %n sessions of a series ({count})</source>
            <translation>
                <numerusform>Attended at least %n session of a series ({count})</numerusform>
                <numerusform>Attended at least %n sessions of a series ({count})</numerusform>
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
        <name>RosterActions</name>
        <message numerus="yes">
            <source>Exported %n rows to {path}</source>
            <translation>
                <numerusform>Exported %n row to {path}</numerusform>
                <numerusform>Exported %n rows to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %n email addresses</source>
            <translation>
                <numerusform>Copied %n email address</numerusform>
                <numerusform>Copied %n email addresses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterImport</name>
        <message numerus="yes">
            <source>%n contacts had been added by someone else meanwhile and were matched</source>
            <translation>
                <numerusform>%n contact had been added by someone else meanwhile and was matched</numerusform>
                <numerusform>%n contacts had been added by someone else meanwhile and were matched</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServerWatch</name>
        <message numerus="yes">
            <source>Back online: saved %n changes</source>
            <translation>
                <numerusform>Back online: saved %n change</numerusform>
                <numerusform>Back online: saved %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n forms were not saved: see the message in the form.</source>
            <translation>
                <numerusform>%n form was not saved: see the message in the form.</numerusform>
                <numerusform>%n forms were not saved: see the message in the form.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionCalendar</name>
        <message numerus="yes">
            <source>{day}: %n sessions. {sessions}</source>
            <translation>
                <numerusform>{day}: %n session. {sessions}</numerusform>
                <numerusform>{day}: %n sessions. {sessions}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionCalendarView</name>
        <message numerus="yes">
            <source>{span} — %n sessions</source>
            <translation>
                <numerusform>{span} — %n session</numerusform>
                <numerusform>{span} — %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionFileActions</name>
        <message numerus="yes">
            <source>%n calendar event(s) written to {path}</source>
            <translation>
                <numerusform>%n calendar event written to {path}</numerusform>
                <numerusform>%n calendar events written to {path}</numerusform>
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
    <context>
        <name>SignupSheetCommand</name>
        <message numerus="yes">
            <source>Wrote %n events to {out}</source>
            <translation>
                <numerusform>Wrote %n event to {out}</numerusform>
                <numerusform>Wrote %n events to {out}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TranscriptExport</name>
        <message numerus="yes">
            <source>Total: %n sessions</source>
            <translation>
                <numerusform>Total: %n session</numerusform>
                <numerusform>Total: %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <source>{label} is back. %n links to records that were deleted separately could not be put back; restore those records too.</source>
            <translation>
                <numerusform>{label} is back. %n link to a record that was deleted separately could not be put back; restore that record too.</numerusform>
                <numerusform>{label} is back. %n links to records that were deleted separately could not be put back; restore those records too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n items in the trash for good? They cannot be put back.</source>
            <translation>
                <numerusform>Delete %n item in the trash for good? It cannot be put back.</numerusform>
                <numerusform>Delete %n items in the trash for good? They cannot be put back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %n items in the trash for good? They cannot be put back.</source>
            <translation>
                <numerusform>Delete the %n item in the trash for good? It cannot be put back.</numerusform>
                <numerusform>Delete all %n items in the trash for good? They cannot be put back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message numerus="yes">
            <source>put back %n items</source>
            <translation>
                <numerusform>put back %n item</numerusform>
                <numerusform>put back %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WaitlistList</name>
        <message numerus="yes">
            <source>Waitlist (%n waiting)</source>
            <translation>
                <numerusform>Waitlist (%n waiting)</numerusform>
                <numerusform>Waitlist (%n waiting)</numerusform>
            </translation>
        </message>
    </context>
</TS>
