<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveDialog</name>
    <message numerus="yes">
        <location filename="../../editor_app/gui/archive_dialog.py" line="109"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <location filename="../../editor_app/gui/models.py" line="115"/>
        <source>%n doubtful decision(s) left</source>
        <translation>
            <numerusform>%n doubtful decision left</numerusform>
            <numerusform>%n doubtful decisions left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../editor_app/gui/main_window.py" line="936"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/gui/main_window.py" line="939"/>
        <source>%n doubtful decision(s) left</source>
        <translation>
            <numerusform>%n doubtful decision left</numerusform>
            <numerusform>%n doubtful decisions left</numerusform>
        </translation>
    </message>
</context>
</TS>
