<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ArchiveDialog</name>
        <message numerus="yes">
            <location filename="../../editor_app/gui/archive_dialog.py" line="109" />
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
            <location filename="../../editor_app/gui/models.py" line="115" />
            <source>%n doubtful decision(s) left</source>
            <translation>
                <numerusform>%n doubtful decision left</numerusform>
                <numerusform>%n doubtful decisions left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CampaignsView</name>
        <message numerus="yes">
            <location filename="../../editor_app/gui/campaigns_view.py" line="502" />
            <source>%n campaign(s)</source>
            <translation>
                <numerusform>%n campaign</numerusform>
                <numerusform>%n campaigns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/campaigns_view.py" line="546" />
            <source>%n tagged article(s)</source>
            <translation>
                <numerusform>%n tagged article</numerusform>
                <numerusform>%n tagged articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/campaigns_view.py" line="613" />
            <source>Added %1; %n stored article(s) tagged.</source>
            <translation>
                <numerusform>Added %1; %n stored article tagged.</numerusform>
                <numerusform>Added %1; %n stored articles tagged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/campaigns_view.py" line="705" />
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n suggestion</numerusform>
                <numerusform>%n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/campaigns_view.py" line="753" />
            <source>“%1” now tags %n stored article(s) as %2.</source>
            <translation>
                <numerusform>“%1” now tags %n stored article as %2.</numerusform>
                <numerusform>“%1” now tags %n stored articles as %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="478" />
            <source>%n issue(s)</source>
            <translation>
                <numerusform>%n issue</numerusform>
                <numerusform>%n issues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="554" />
            <source>%n XML file(s), one per article, in this folder</source>
            <translation>
                <numerusform>%n XML file, one per article, in this folder</numerusform>
                <numerusform>%n XML files, one per article, in this folder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="555" />
            <source>One XML file per article of %n issue(s), in this folder</source>
            <translation>
                <numerusform>One XML file per article of %n issue, in this folder</numerusform>
                <numerusform>One XML file per article of %n issues, in this folder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="557" />
            <source>%n Word document(s), one per issue, in this folder</source>
            <translation>
                <numerusform>%n Word document, one per issue, in this folder</numerusform>
                <numerusform>%n Word documents, one per issue, in this folder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="559" />
            <source>One file with %n article(s)</source>
            <translation>
                <numerusform>One file with %n article</numerusform>
                <numerusform>One file with %n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="561" />
            <source>One file with %n issue(s)</source>
            <translation>
                <numerusform>One file with %n issue</numerusform>
                <numerusform>One file with %n issues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="731" />
            <source>Exporting %n issue(s)…</source>
            <translation>
                <numerusform>Exporting %n issue…</numerusform>
                <numerusform>Exporting %n issues…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="767" />
            <source>Exported %n issue(s) as %1 to:</source>
            <translation>
                <numerusform>Exported %n issue as %1 to:</numerusform>
                <numerusform>Exported %n issues as %1 to:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="770" />
            <source>Exported %n issue(s) as %1:</source>
            <translation>
                <numerusform>Exported %n issue as %1:</numerusform>
                <numerusform>Exported %n issues as %1:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="771" />
            <source>%n file(s) in %1</source>
            <translation>
                <numerusform>%n file in %1</numerusform>
                <numerusform>%n files in %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../editor_app/gui/main_window.py" line="1177" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/main_window.py" line="1180" />
            <source>%n doubtful decision(s) left</source>
            <translation>
                <numerusform>%n doubtful decision left</numerusform>
                <numerusform>%n doubtful decisions left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message numerus="yes">
            <location filename="../../editor_app/gui/people_view.py" line="435" />
            <source>%n person(s) in the roster</source>
            <translation>
                <numerusform>%n person in the roster</numerusform>
                <numerusform>%n people in the roster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/people_view.py" line="491" />
            <source>%n people selected</source>
            <translation>
                <numerusform>%n person selected</numerusform>
                <numerusform>%n people selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message numerus="yes">
            <location filename="../../editor_app/gui/reports_view.py" line="583" />
            <source>%n article(s) counted</source>
            <translation>
                <numerusform>%n article counted</numerusform>
                <numerusform>%n articles counted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/reports_view.py" line="589" />
            <source>%n article(s) of issues without a date are not counted</source>
            <translation>
                <numerusform>%n article of an issue without a date is not counted</numerusform>
                <numerusform>%n articles of issues without a date are not counted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SectionsView</name>
        <message numerus="yes">
            <location filename="../../editor_app/gui/sections_view.py" line="179" />
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n section</numerusform>
                <numerusform>%n sections</numerusform>
            </translation>
        </message>
    </context>
</TS>
