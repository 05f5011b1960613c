<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>MemberImportDialog</name>
        <message numerus="yes">
            <source>%n discharged member(s) could be re-admitted: tick those who are coming back.</source>
            <translation>
                <numerusform>%n discharged member could be re-admitted: tick those who are coming back.</numerusform>
                <numerusform>%n discharged members could be re-admitted: tick those who are coming back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteBar</name>
        <message numerus="yes">
            <source>Wrote %n note(s) in {folder}.</source>
            <translation>
                <numerusform>Wrote %n note in {folder}.</numerusform>
                <numerusform>Wrote %n notes in {folder}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message numerus="yes">
            <source>Confidentiality check: %n other member name(s) found</source>
            <translation>
                <numerusform>Confidentiality check: %n other member name found</numerusform>
                <numerusform>Confidentiality check: %n other member names found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteFormatsDialog</name>
        <message numerus="yes">
            <source>Used by %n note(s): it stays as it is, so signed notes never change.</source>
            <translation>
                <numerusform>Used by %n note: it stays as it is, so signed notes never change.</numerusform>
                <numerusform>Used by %n notes: it stays as it is, so signed notes never change.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteSearchDialog</name>
        <message numerus="yes">
            <source>Showing the newest of %Ln matching notes first.</source>
            <translation>
                <numerusform>Showing the newest of %Ln matching notes first.</numerusform>
                <numerusform>Showing the newest of %Ln matching notes first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s) found, best matches first. Showing the first {shown}.</source>
            <translation>
                <numerusform>%Ln note found, best matches first. Showing the first {shown}.</numerusform>
                <numerusform>%Ln notes found, best matches first. Showing the first {shown}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s) found, best matches first.</source>
            <translation>
                <numerusform>%Ln note found, best matches first.</numerusform>
                <numerusform>%Ln notes found, best matches first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message numerus="yes">
            <source>Signed %n note(s).</source>
            <translation>
                <numerusform>Signed %n note.</numerusform>
                <numerusform>Signed %n notes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message numerus="yes">
            <source>%n member(s) have no attendance mark. End the session anyway?
You can still correct attendance before the notes are signed.</source>
            <translation>
                <numerusform>%n member has no attendance mark. End the session anyway?
You can still correct attendance before the notes are signed.</numerusform>
                <numerusform>%n members have no attendance mark. End the session anyway?
You can still correct attendance before the notes are signed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
    </context>
</TS>
