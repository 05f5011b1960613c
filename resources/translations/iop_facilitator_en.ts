<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <name>SearchDialog</name>
        <message numerus="yes">
            <source>%n note(s) found</source>
            <translation>
                <numerusform>%n note found</numerusform>
                <numerusform>%n notes found</numerusform>
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
