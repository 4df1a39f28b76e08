<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Alerts</name>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="19" />
            <location filename="../../editor_app/gui/alerts.py" line="25" />
            <source>Issue Editor</source>
            <translation>版面编辑器</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="32" />
            <source>Save your corrections to “%1” in the archive?</source>
            <translation>要把对“%1”的修改保存到档案库吗？</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="33" />
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="35" />
            <source>If you discard them, the corrections since the last save are lost.</source>
            <translation>如果放弃，上次保存以来的修改将会丢失。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="50" />
            <source>Recover unsaved work</source>
            <translation>恢复未保存的工作</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="51" />
            <source>Issue Editor found corrections that were never saved:</source>
            <translation>版面编辑器发现了尚未保存的修改：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="54" />
            <source>Recover</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="55" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="56" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="69" />
            <source>Already in the archive</source>
            <translation>档案库中已有此期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="70" />
            <source>“%1” is already in the archive.</source>
            <translation>“%1”已经在档案库中。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="72" />
            <source>Open the archived version with its saved corrections, or start again from a fresh detection (saving it then replaces the archived corrections)?</source>
            <translation>要打开档案库中保存了修改的版本，还是重新自动识别？（重新识别后再保存，会替换档案库中的修改。）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="75" />
            <source>Open Archived Version</source>
            <translation>打开存档版本</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="77" />
            <source>Fresh Detection</source>
            <translation>重新识别</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="85" />
            <source>Open a raw issue</source>
            <translation>打开原始版面文本</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/alerts.py" line="86" />
            <source>Raw issue text (*.txt *.text);;All files (*)</source>
            <translation>原始版面文本 (*.txt *.text);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>ArchiveDialog</name>
        <message>
            <location filename="../../editor_app/gui/archive_dialog.py" line="35" />
            <source>Open from the archive</source>
            <translation>从档案库打开</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/archive_dialog.py" line="38" />
            <source>Words in headlines and text</source>
            <translation>标题和正文中的词语</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/archive_dialog.py" line="45" />
            <source>Text:</source>
            <translation>文字：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/archive_dialog.py" line="51" />
            <source>Dates:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/archive_dialog.py" line="52" />
            <source>Reporter:</source>
            <translation>记者：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/archive_dialog.py" line="53" />
            <source>Campaign:</source>
            <translation>活动：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/archive_dialog.py" line="90" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/archive_dialog.py" line="109" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n 条结果</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArchiveResultsModel</name>
        <message>
            <location filename="../../editor_app/gui/models.py" line="174" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/models.py" line="174" />
            <source>Paper</source>
            <translation>报纸</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/models.py" line="174" />
            <source>Issue or article</source>
            <translation>期次或文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/models.py" line="174" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>ArticleInspector</name>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="308" />
            <source>Review:</source>
            <translation>审核：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="316" />
            <source>Revert article</source>
            <translation>整篇还原</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="318" />
            <source>Every field and block of this article back to what detection found</source>
            <translation>把本文的每个字段和每个文本块还原为自动识别的结果</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="341" />
            <source>Choose or type a section</source>
            <translation>选择或输入版面名称</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="384" />
            <source>Preview of the cleaned article</source>
            <translation>整理后的文章预览</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="407" />
            <source>Use it</source>
            <translation>采用</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="424" />
            <source>Suggested: %1 (confidence %2%)</source>
            <translation>建议：%1（置信度 %2%）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="426" />
            <source>No page header gives this article a section; the archive's reviewed articles suggest this one.</source>
            <translation>版头没有给出这篇文章的版面；根据档案库中已审核的文章，建议用这个版面。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="428" />
            <source>Set the section to %1</source>
            <translation>把版面设为 %1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="467" />
            <source>No article selected</source>
            <translation>未选择文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="473" />
            <source>Select an article to see it.</source>
            <translation>选择一篇文章即可在此查看。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="480" />
            <source>Article %1 of %2</source>
            <translation>第 %1 篇，共 %2 篇</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="511" />
            <source>Edited. Detected: %1</source>
            <translation>已修改。识别结果：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="511" />
            <location filename="../../editor_app/gui/inspector.py" line="515" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="515" />
            <source>Revert to the detected value: %1</source>
            <translation>还原为识别结果：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="516" />
            <source>Not edited</source>
            <translation>未修改</translation>
        </message>
    </context>
    <context>
        <name>ArticleListModel</name>
        <message>
            <location filename="../../editor_app/gui/models.py" line="78" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/models.py" line="78" />
            <source>Headline</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/models.py" line="78" />
            <source>Section</source>
            <translation>版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/models.py" line="78" />
            <source>Bylines</source>
            <translation>署名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/models.py" line="79" />
            <source>Campaigns</source>
            <translation>活动标签</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/models.py" line="79" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/models.py" line="81" />
            <source>Article number in reading order; ⚠ marks doubtful decisions left</source>
            <translation>按阅读顺序的文章序号；⚠ 表示还有存疑的判断</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/models.py" line="99" />
            <source>(no headline)</source>
            <translation>（无标题）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/models.py" line="115" />
            <source>%n doubtful decision(s) left</source>
            <translation>
                <numerusform>还有 %n 处存疑</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BylinesEditor</name>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="115" />
            <source>Add byline</source>
            <translation>添加署名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="152" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="156" />
            <source>Remove this byline</source>
            <translation>删除此署名</translation>
        </message>
    </context>
    <context>
        <name>CampaignEditDialog</name>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="275" />
            <source>Other names and slogans, separated by 、</source>
            <translation>其他名称和口号，用“、”分隔</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="283" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="284" />
            <source>Aliases:</source>
            <translation>别名：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="290" />
            <source>Active:</source>
            <translation>有效期：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="294" />
            <source>Colour:</source>
            <translation>颜色：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="295" />
            <source>Articles are tagged when they name the campaign or an alias, within the active dates. Stored articles are tagged again when you save.</source>
            <translation>在有效期内提到活动名称或别名的文章会被标上此活动。保存后，档案库中的文章会重新标注。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="320" />
            <source>open</source>
            <translation>不限</translation>
        </message>
    </context>
    <context>
        <name>CampaignEditor</name>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="214" />
            <source>Add a campaign tag (a new name creates a campaign)…</source>
            <translation>添加活动标签（输入新名称即新建活动）…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="222" />
            <source>Tag</source>
            <translation>加标签</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="252" />
            <source>Click to remove the tag</source>
            <translation>点击删除此标签</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="254" />
            <source>Found by: %1</source>
            <translation>识别依据：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="256" />
            <source>A campaign the registry does not know yet</source>
            <translation>活动登记表中尚无此活动</translation>
        </message>
    </context>
    <context>
        <name>CampaignsModel</name>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="144" />
            <source>Campaign</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="144" />
            <source>Aliases</source>
            <translation>别名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="144" />
            <source>Active</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="144" />
            <source>Articles</source>
            <translation>文章数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="145" />
            <source>Latest</source>
            <translation>最近</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="155" />
            <source>always</source>
            <translation>长期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="159" />
            <source>from %1</source>
            <translation>自 %1 起</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="160" />
            <source>until %1</source>
            <translation>至 %1 止</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="186" />
            <source>Stored articles tagged with it, %1 to %2</source>
            <translation>档案库中标有此活动的文章，%1 至 %2</translation>
        </message>
    </context>
    <context>
        <name>CampaignsView</name>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="95" />
            <source>Delete campaign</source>
            <translation>删除活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="96" />
            <source>Delete the campaign “%1”?</source>
            <translation>删除活动“%1”？</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="97" />
            <source>Its tag goes from %1 stored articles, editors' tags included.</source>
            <translation>档案库中 %1 篇文章的此活动标签将被去掉，包括编辑手动加的标签。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="369" />
            <location filename="../../editor_app/gui/campaigns_view.py" line="372" />
            <source>Campaigns</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="373" />
            <source>Suggestions</source>
            <translation>建议</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="423" />
            <source>Why each article carries the tag; double-click to open it</source>
            <translation>每篇文章为什么带有此标签；双击打开文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="435" />
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="436" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="437" />
            <source>Merge…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="438" />
            <source>Two selected campaigns become one; the other's names become aliases</source>
            <translation>把选中的两个活动合并为一个；另一个的名称成为别名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="439" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="455" />
            <source>Banner lines and phrases in quotes that recur across issues and name no campaign yet. Accept one to make it a campaign (or an alias of one); dismiss it to never see it again.</source>
            <translation>在多期报纸中反复出现、但还不属于任何活动的通栏标语和引号中的短语。采用后即成为新活动（或某个活动的别名）；忽略后不再提示。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="470" />
            <source>Accept as Campaign</source>
            <translation>采用为活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="472" />
            <source>Add as Alias of…</source>
            <translation>作为别名加入…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="473" />
            <source>Dismiss</source>
            <translation>忽略</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="474" />
            <source>Look Again</source>
            <translation>重新查找</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/campaigns_view.py" line="502" />
            <source>%n campaign(s)</source>
            <translation>
                <numerusform>共 %n 个活动</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="503" />
            <source>Campaigns are kept in the archive: save an issue first.</source>
            <translation>活动保存在档案库中：请先保存一期报纸。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="538" />
            <source>Select two campaigns to merge them.</source>
            <translation>选中两个活动即可合并。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="544" />
            <source>Also: %1</source>
            <translation>别名：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="545" />
            <source>Active: %1</source>
            <translation>有效期：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/campaigns_view.py" line="546" />
            <source>%n tagged article(s)</source>
            <translation>
                <numerusform>%n 篇文章带有此标签</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="551" />
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="561" />
            <source>tagged by an editor</source>
            <translation>编辑手动标注</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="562" />
            <source>names “%1”</source>
            <translation>提到“%1”</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="585" />
            <source>“%1” already names the campaign %2.</source>
            <translation>“%1”已经是活动 %2 的名称或别名。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="588" />
            <source>The campaign would end before it starts.</source>
            <translation>活动的结束日期早于开始日期。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="589" />
            <source>This cannot be saved: %1</source>
            <translation>无法保存：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="592" />
            <source>That campaign is gone (it was changed elsewhere); the list is read again.</source>
            <translation>此活动已不存在（别处已修改）；已重新读取列表。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="603" />
            <source>New campaign</source>
            <translation>新建活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="610" />
            <source>Cannot add the campaign</source>
            <translation>无法添加活动</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/campaigns_view.py" line="613" />
            <source>Added %1; %n stored article(s) tagged.</source>
            <translation>
                <numerusform>已添加 %1；档案库中 %n 篇文章已标注。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="627" />
            <source>Edit campaign</source>
            <translation>编辑活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="635" />
            <source>Cannot change the campaign</source>
            <translation>无法修改活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="647" />
            <source>Merge campaigns</source>
            <translation>合并活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="648" />
            <source>Which campaign stays? The other's name and aliases become its aliases.</source>
            <translation>保留哪个活动？另一个的名称和别名将成为它的别名。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="655" />
            <source>Cannot merge</source>
            <translation>无法合并</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="658" />
            <source>%1 merged into %2.</source>
            <translation>%1 已合并到 %2。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="673" />
            <source>Cannot delete</source>
            <translation>无法删除</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="676" />
            <source>Deleted %1.</source>
            <translation>已删除 %1。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="693" />
            <source>Looking for recurring phrases in the archive…</source>
            <translation>正在档案库中查找反复出现的短语…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/campaigns_view.py" line="705" />
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n 条建议</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="742" />
            <source>Add as alias</source>
            <translation>作为别名加入</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="743" />
            <source>“%1” is another name of:</source>
            <translation>“%1”是以下活动的另一个名称：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="749" />
            <source>Cannot accept the suggestion</source>
            <translation>无法采用此建议</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/campaigns_view.py" line="753" />
            <source>“%1” now tags %n stored article(s) as %2.</source>
            <translation>
                <numerusform>“%1”现已把档案库中 %n 篇文章标为 %2。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="765" />
            <source>Cannot dismiss the suggestion</source>
            <translation>无法忽略此建议</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../editor_app/gui/charts.py" line="115" />
            <source>no articles in this range</source>
            <translation>此时间范围内没有文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/charts.py" line="205" />
            <source>articles</source>
            <translation>文章篇数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/charts.py" line="220" />
            <source>week (ISO)</source>
            <translation>周（ISO）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/charts.py" line="221" />
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/charts.py" line="222" />
            <source>period</source>
            <translation>时段</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/charts.py" line="260" />
            <source>top %1 of %2</source>
            <translation>前 %1 项，共 %2 项</translation>
        </message>
    </context>
    <context>
        <name>CheatSheetDialog</name>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="47" />
            <source>Keyboard shortcuts</source>
            <translation>快捷键一览</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="88" />
            <source>Block roles (press the digit):</source>
            <translation>文本块类型（按对应数字键）：</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="201" />
            <source>Split article</source>
            <translation>拆分文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="202" />
            <source>Merge articles</source>
            <translation>合并文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="203" />
            <source>Move block to previous article</source>
            <translation>文本块移到上一篇</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="204" />
            <source>Move block to next article</source>
            <translation>文本块移到下一篇</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="205" />
            <source>Join paragraph</source>
            <translation>接续段落</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="206" />
            <source>Split paragraph</source>
            <translation>拆开段落</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="207" />
            <source>Revert article to detected</source>
            <translation>整篇还原为识别结果</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="208" />
            <source>Mark reviewed</source>
            <translation>标为已审核</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="211" />
            <source>Set role: %1</source>
            <translation>设为：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="212" />
            <source>Edit %1</source>
            <translation>修改%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="213" />
            <source>Revert %1</source>
            <translation>还原%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="214" />
            <source>Tag campaign: %1</source>
            <translation>加活动标签：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="215" />
            <source>Untag campaign: %1</source>
            <translation>删活动标签：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="216" />
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
    </context>
    <context>
        <name>CoreMessages</name>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="127" />
            <source>this block is page furniture and belongs to no article</source>
            <translation>这个文本块是版面元素，不属于任何文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="128" />
            <source>the article already starts at this block</source>
            <translation>文章本来就从这个文本块开始</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="129" />
            <source>there is no article on that side to merge with</source>
            <translation>那一侧没有可以合并的文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="130" />
            <source>only an article's first block can move to the previous article</source>
            <translation>只有文章的第一个文本块可以移到上一篇</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="131" />
            <source>only an article's last block can move to the next article</source>
            <translation>只有文章的最后一个文本块可以移到下一篇</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="132" />
            <source>there is no article on that side</source>
            <translation>那一侧没有文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="133" />
            <source>no block selected</source>
            <translation>没有选中文本块</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="134" />
            <source>only a body block right after a body block of the same article can be joined</source>
            <translation>只有紧跟在同一篇文章正文后面的正文块才能接续</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="139" />
            <source>there is no block %1</source>
            <translation>没有第 %1 个文本块</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="140" />
            <source>there is no article %1</source>
            <translation>没有文章 %1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="142" />
            <source>the article is already tagged %1</source>
            <translation>这篇文章已经有标签“%1”</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="144" />
            <source>the article is not tagged %1</source>
            <translation>这篇文章没有标签“%1”</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="145" />
            <source>%1 does not exist</source>
            <translation>%1 不存在</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="146" />
            <source>%1 is empty</source>
            <translation>%1 是空文件</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="148" />
            <source>%1 holds only blank space, no text</source>
            <translation>%1 只有空白，没有文字</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="150" />
            <source>%1 is a folder, not a file</source>
            <translation>%1 是文件夹，不是文件</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="151" />
            <source>%1 is not a regular file</source>
            <translation>%1 不是普通文件</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="152" />
            <source>No permission to read %1</source>
            <translation>没有读取 %1 的权限</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="154" />
            <source>%1 is a binary file (%2), not a raw issue text</source>
            <translation>%1 是二进制文件（%2），不是原始版面文本</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="156" />
            <source>%1 is not text in a supported encoding (UTF-8, GB18030/GBK, Big5, UTF-16)</source>
            <translation>%1 不是支持的编码（UTF-8、GB18030/GBK、Big5、UTF-16）的文本</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="158" />
            <source>%1 is too large (%2)</source>
            <translation>%1 太大（%2）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="160" />
            <source>%1 is encoded as UTF-32, which is not supported; save it as UTF-8</source>
            <translation>%1 是 UTF-32 编码，不受支持；请另存为 UTF-8</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="161" />
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="164" />
            <source>the archive %1 is in use by another program (still locked after %2 s); close it there and try again</source>
            <translation>档案库 %1 正被其他程序使用（等待 %2 秒后仍被锁定）；请在那里关闭后再试</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="167" />
            <source>the archive %1 is read-only</source>
            <translation>档案库 %1 是只读的</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="169" />
            <source>the archive %1 is damaged (%2); restore it from a backup</source>
            <translation>档案库 %1 已损坏（%2）；请从备份恢复</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="171" />
            <source>the disk holding the archive %1 is full</source>
            <translation>档案库 %1 所在的磁盘已满</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="173" />
            <source>there is no issue %1 in the archive</source>
            <translation>档案库中没有第 %1 期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="175" />
            <source>%1 is not an Issue Editor archive (it is not a SQLite database)</source>
            <translation>%1 不是版面编辑器的档案库（不是 SQLite 数据库）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="177" />
            <source>%1 is a SQLite database but not an Issue Editor archive</source>
            <translation>%1 是 SQLite 数据库，但不是版面编辑器的档案库</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="179" />
            <source>cannot use the archive %1: %2</source>
            <translation>无法使用档案库 %1：%2</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="180" />
            <source>unknown role %1</source>
            <translation>未知的类型 %1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="181" />
            <source>%1 cannot be edited</source>
            <translation>%1 不能修改</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../editor_app/gui/crash.py" line="34" />
            <source>Issue Editor hit a problem</source>
            <translation>版面编辑器出现问题</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/crash.py" line="36" />
            <source>Something went wrong inside Issue Editor. You can keep working, or quit.</source>
            <translation>版面编辑器内部出错。您可以继续工作，也可以退出。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/crash.py" line="41" />
            <source>Your unsaved corrections were saved to the recovery journal and will be offered at the next start.</source>
            <translation>未保存的修改已存入恢复日志，下次启动时会提示恢复。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/crash.py" line="45" />
            <source>There were no unsaved corrections to lose.</source>
            <translation>没有会丢失的未保存修改。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/crash.py" line="54" />
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/crash.py" line="57" />
            <source>Quit Issue Editor</source>
            <translation>退出版面编辑器</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/crash.py" line="60" />
            <source>Keep working</source>
            <translation>继续工作</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="164" />
            <source>Export to file</source>
            <translation>导出到文件</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="170" />
            <source>Export to folder</source>
            <translation>导出到文件夹</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="177" />
            <source>Replace file?</source>
            <translation>替换文件？</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="178" />
            <source>“%1” already exists. Replace it?</source>
            <translation>“%1”已经存在。要替换它吗？</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="204" />
            <location filename="../../editor_app/gui/export_dialog.py" line="366" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="245" />
            <source>What to export</source>
            <translation>导出内容</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="247" />
            <source>Every archived issue dated</source>
            <translation>档案库中日期在此范围的各期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="253" />
            <source>The issue on screen (%1), with every correction</source>
            <translation>当前打开的这一期（%1），含全部修改</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="256" />
            <source>The issue on screen (none is open)</source>
            <translation>当前打开的这一期（尚未打开）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="270" />
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="272" />
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="279" />
            <source>Issues saved to the archive can be exported by date once there are some.</source>
            <translation>档案库中保存了报纸之后，就可以按日期批量导出。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="284" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="301" />
            <source>Start with a UTF-8 byte order mark (for Excel)</source>
            <translation>文件开头加 UTF-8 BOM（便于 Excel 打开）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="308" />
            <source>Destination</source>
            <translation>保存位置</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="311" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="315" />
            <location filename="../../editor_app/gui/export_dialog.py" line="526" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="420" />
            <source>JSON (structured data)</source>
            <translation>JSON（结构化数据）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="421" />
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="422" />
            <source>Plain text</source>
            <translation>纯文本</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="423" />
            <source>CSV spreadsheet (one row per article)</source>
            <translation>CSV 表格（每篇文章一行）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="424" />
            <source>NITF XML (a folder, one file per article)</source>
            <translation>NITF XML（文件夹，每篇文章一个文件）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="425" />
            <source>Word document (DOCX)</source>
            <translation>Word 文档（DOCX）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="430" />
            <source>The documented, versioned shape: every article, block and correction.</source>
            <translation>有文档、带版本号的结构：每篇文章、每个文本块和每处修改。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="431" />
            <source>Cleaned articles one after another: headlines, bylines, paragraphs, subheads.</source>
            <translation>整理后的文章依次排列：标题、署名、段落、小标题。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="432" />
            <source>Cleaned articles one after another, without any markup.</source>
            <translation>整理后的文章依次排列，不带任何标记。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="433" />
            <source>Date, page, section, headline, bylines, campaigns, characters and review status.</source>
            <translation>日期、版次、版面、标题、署名、专题、字数和审核状态。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="434" />
            <source>NITF 3.6 for news systems; the folder receives one .xml per article.</source>
            <translation>供新闻系统使用的 NITF 3.6；文件夹中每篇文章一个 .xml 文件。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="435" />
            <source>For Word or WPS, with real heading, byline and caption styles. Several issues give one document each, in a folder.</source>
            <translation>供 Word 或 WPS 使用，带真正的标题、署名和图片说明样式。导出多期时每期一个文档，放在一个文件夹里。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="478" />
            <source>%n issue(s)</source>
            <translation>
                <numerusform>%n 期</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="526" />
            <source>Folder:</source>
            <translation>文件夹：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="552" />
            <location filename="../../editor_app/gui/export_dialog.py" line="795" />
            <source>No archived issue is dated in that range.</source>
            <translation>档案库中没有日期在此范围内的报纸。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="554" />
            <source>%n XML file(s), one per article, in this folder</source>
            <translation>
                <numerusform>此文件夹中写入 %n 个 XML 文件，每篇文章一个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="555" />
            <source>One XML file per article of %n issue(s), in this folder</source>
            <translation>
                <numerusform>此文件夹中为 %n 期的每篇文章各写一个 XML 文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="557" />
            <source>%n Word document(s), one per issue, in this folder</source>
            <translation>
                <numerusform>此文件夹中写入 %n 个 Word 文档，每期一个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="559" />
            <source>One file with %n article(s)</source>
            <translation>
                <numerusform>一个文件，含 %n 篇文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="561" />
            <source>One file with %n issue(s)</source>
            <translation>
                <numerusform>一个文件，含 %n 期</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="588" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="619" />
            <source>Nothing to preview.</source>
            <translation>没有可预览的内容。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="622" />
            <source>Preview of the first issue in the range (%1)</source>
            <translation>预览：范围内的第一期（%1）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="624" />
            <source>Preview of the issue on screen</source>
            <translation>预览：当前打开的这一期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="627" />
            <source>building…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="635" />
            <source>the first article's XML (every article gets a file like it)</source>
            <translation>第一篇文章的 XML（每篇文章各有一个这样的文件）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="636" />
            <source>shortened here; the file holds everything</source>
            <translation>此处只显示开头，文件中是全部内容</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="637" />
            <source>the issue has no articles</source>
            <translation>这一期没有文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="640" />
            <source>the document's paragraphs with their Word styles</source>
            <translation>文档的各段落及其 Word 样式</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="646" />
            <source>No preview: %1</source>
            <translation>无法预览：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="680" />
            <source>“%1” is a file; this export writes a folder. Choose a folder.</source>
            <translation>“%1”是一个文件，而这种导出要写入文件夹。请选择文件夹。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="681" />
            <location filename="../../editor_app/gui/export_dialog.py" line="686" />
            <location filename="../../editor_app/gui/export_dialog.py" line="690" />
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="685" />
            <source>“%1” is a folder; give a file name.</source>
            <translation>“%1”是一个文件夹，请给出文件名。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="689" />
            <source>The folder “%1” does not exist.</source>
            <translation>文件夹“%1”不存在。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="731" />
            <source>Exporting %n issue(s)…</source>
            <translation>
                <numerusform>正在导出 %n 期…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="740" />
            <source>Reading issue %1 of %2 from the archive…</source>
            <translation>正在从档案库读取第 %1 期（共 %2 期）…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="743" />
            <source>Writing…</source>
            <translation>正在写入…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="767" />
            <source>Exported %n issue(s) as %1 to:</source>
            <translation>
                <numerusform>已将 %n 期导出为%1：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="770" />
            <source>Exported %n issue(s) as %1:</source>
            <translation>
                <numerusform>已将 %n 期导出为%1：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/export_dialog.py" line="771" />
            <source>%n file(s) in %1</source>
            <translation>
                <numerusform>%n 个文件，位于 %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="774" />
            <source>Export finished</source>
            <translation>导出完成</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="781" />
            <source>Cancelled; nothing was written.</source>
            <translation>已取消，没有写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="786" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="793" />
            <location filename="../../editor_app/gui/export_dialog.py" line="799" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/export_dialog.py" line="805" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="64" />
            <location filename="../../editor_app/gui/i18n.py" line="92" />
            <source>Banner</source>
            <translation>栏题</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="65" />
            <location filename="../../editor_app/gui/i18n.py" line="90" />
            <source>Kicker</source>
            <translation>引题</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="66" />
            <location filename="../../editor_app/gui/i18n.py" line="89" />
            <source>Headline</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="67" />
            <location filename="../../editor_app/gui/i18n.py" line="91" />
            <source>Subtitle</source>
            <translation>副题</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="68" />
            <source>Byline</source>
            <translation>署名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="69" />
            <source>Body</source>
            <translation>正文</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="70" />
            <source>Subhead</source>
            <translation>小标题</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="71" />
            <source>Caption</source>
            <translation>图片说明</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="72" />
            <source>Credit</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="73" />
            <source>Page furniture</source>
            <translation>版面元素</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="76" />
            <source>Reporter</source>
            <translation>记者</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="77" />
            <source>Intern reporter</source>
            <translation>实习记者</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="78" />
            <source>Correspondent</source>
            <translation>通讯员</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="79" />
            <source>Photographer</source>
            <translation>摄影</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="80" />
            <source>Source</source>
            <translation>供稿</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="81" />
            <source>Editor</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="84" />
            <source>Detected</source>
            <translation>自动识别</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="85" />
            <source>Edited</source>
            <translation>已修改</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="86" />
            <source>Reviewed</source>
            <translation>已审核</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="93" />
            <source>Section</source>
            <translation>版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="94" />
            <source>Page</source>
            <translation>版次</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="95" />
            <source>Dateline</source>
            <translation>电头</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="96" />
            <source>Bylines</source>
            <translation>署名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/i18n.py" line="97" />
            <source>Campaigns</source>
            <translation>活动标签</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="135" />
            <source>Open a raw issue (Ctrl+O), paste its text (Ctrl+Shift+V), drop a file here, or open an issue from the archive (Ctrl+Shift+O).</source>
            <translation>打开原始版面文本（Ctrl+O）、粘贴文本（Ctrl+Shift+V）、把文件拖到这里，或从档案库打开一期报纸（Ctrl+Shift+O）。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="201" />
            <source>&amp;Open Raw Issue…</source>
            <translation>打开原始版面文本(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="202" />
            <source>Open a raw issue text file</source>
            <translation>打开原始版面文本文件</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="203" />
            <source>&amp;Paste Text as New Issue…</source>
            <translation>粘贴文本作为新一期(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="204" />
            <source>Open from &amp;Archive…</source>
            <translation>从档案库打开(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="205" />
            <source>&amp;Save to Archive</source>
            <translation>保存到档案库(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="206" />
            <source>Save the issue and every correction to the archive</source>
            <translation>把本期和所有修改保存到档案库</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="207" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="208" />
            <source>Export the issue on screen, or archived issues by date, as JSON, Markdown, text, CSV, NITF or DOCX</source>
            <translation>把当前这一期或档案库中按日期选出的各期导出为 JSON、Markdown、纯文本、CSV、NITF 或 DOCX</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="209" />
            <source>Pre&amp;ferences…</source>
            <translation>首选项(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="210" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="212" />
            <location filename="../../editor_app/gui/main_window.py" line="694" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="213" />
            <location filename="../../editor_app/gui/main_window.py" line="696" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="215" />
            <source>&amp;Split Article Here</source>
            <translation>从此处拆分文章(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="216" />
            <source>Start a new article at the selected block</source>
            <translation>从选中的文本块开始一篇新文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="217" />
            <source>&amp;Merge with Previous Article</source>
            <translation>与上一篇合并(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="219" />
            <source>Merge with &amp;Next Article</source>
            <translation>与下一篇合并(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="221" />
            <source>Move Block to Pre&amp;vious Article</source>
            <translation>文本块移到上一篇(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="222" />
            <source>Move the article's first block to the article before</source>
            <translation>把文章的第一个文本块移到上一篇</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="223" />
            <source>Move Block to Ne&amp;xt Article</source>
            <translation>文本块移到下一篇(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="224" />
            <source>Move the article's last block to the article after</source>
            <translation>把文章的最后一个文本块移到下一篇</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="225" />
            <source>&amp;Join to Previous Paragraph</source>
            <translation>接续上一段(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="226" />
            <source>The block continues the paragraph above (a column break)</source>
            <translation>此文本块接续上面的段落（分栏造成的断行）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="227" />
            <source>Split &amp;Paragraph Off</source>
            <translation>另起一段(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="228" />
            <source>The block starts a paragraph of its own</source>
            <translation>此文本块单独成段</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="232" />
            <source>Set the selected block(s) to: %1</source>
            <translation>把选中的文本块设为：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="234" />
            <source>Edit &amp;Headline</source>
            <translation>修改标题(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="235" />
            <source>Edit &amp;Bylines</source>
            <translation>修改署名(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="236" />
            <source>Assign &amp;Section</source>
            <translation>指定版面(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="237" />
            <source>&amp;Add Campaign Tag</source>
            <translation>添加活动标签(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="238" />
            <source>&amp;Remove Campaign Tag…</source>
            <translation>删除活动标签(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="239" />
            <source>Re&amp;vert Article to Detected</source>
            <translation>整篇还原为识别结果(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="241" />
            <source>Mark &amp;Reviewed and Go to Next</source>
            <translation>标为已审核并转到下一篇(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="243" />
            <source>Next &amp;Doubtful Decision</source>
            <translation>下一处存疑(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="244" />
            <source>Previous D&amp;oubtful Decision</source>
            <translation>上一处存疑(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="246" />
            <source>Ne&amp;xt Article</source>
            <translation>下一篇(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="247" />
            <source>Pre&amp;vious Article</source>
            <translation>上一篇(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="250" />
            <source>&amp;People…</source>
            <translation>人员(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="251" />
            <source>The roster of reporters and photographers: rename, merge spellings, mark staff</source>
            <translation>记者、摄影等署名人员名单：改名、合并不同写法、标记本报人员</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="252" />
            <source>&amp;Campaigns…</source>
            <translation>活动(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="253" />
            <source>The campaigns articles are tagged with, and suggestions of new ones</source>
            <translation>文章所标的活动，以及新活动建议</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="254" />
            <source>&amp;Sections…</source>
            <translation>版面(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="255" />
            <source>Each paper's sections (版面), learned from page headers</source>
            <translation>各报的版面列表，从版头学习得来</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="256" />
            <source>&amp;Reports…</source>
            <translation>统计报表(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="257" />
            <source>Articles per campaign, reporter or section, per week or month</source>
            <translation>按活动、记者或版面，逐周或逐月统计文章数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="259" />
            <source>&amp;Larger Source Text</source>
            <translation>放大原文字号(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="260" />
            <source>&amp;Smaller Source Text</source>
            <translation>缩小原文字号(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="261" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>快捷键一览(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="262" />
            <source>Open the &amp;Sample Issue</source>
            <translation>打开示例版面(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="263" />
            <source>&amp;About Issue Editor</source>
            <translation>关于版面编辑器(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="269" />
            <source>Articles</source>
            <translation>文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="271" />
            <source>Paragraphs</source>
            <translation>段落</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="272" />
            <source>Block role</source>
            <translation>文本块类型</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="273" />
            <source>Fields</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="275" />
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="277" />
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="279" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="280" />
            <source>View</source>
            <translation>视图</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="286" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="288" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="297" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="304" />
            <source>&amp;Article</source>
            <translation>文章(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="309" />
            <source>&amp;Block Role</source>
            <translation>文本块类型(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="311" />
            <source>&amp;Review</source>
            <translation>审核(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="314" />
            <source>Ar&amp;chive</source>
            <translation>档案库(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="321" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="323" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="327" />
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="352" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="547" />
            <source>Doubtful: %1 (confidence %2) — %3</source>
            <translation>存疑：%1（置信度 %2）— %3</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="563" />
            <source>This correction cannot be made</source>
            <translation>无法进行这项修改</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="619" />
            <source>The article has no campaign tags.</source>
            <translation>这篇文章没有活动标签。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="622" />
            <source>Remove campaign tag</source>
            <translation>删除活动标签</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="622" />
            <source>Tag to remove:</source>
            <translation>要删除的标签：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="657" />
            <source>That was the last article.</source>
            <translation>已经是最后一篇。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="658" />
            <source>This is the first article.</source>
            <translation>已经是第一篇。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="665" />
            <source>No doubtful decisions left.</source>
            <translation>已没有存疑之处。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="693" />
            <source>&amp;Undo %1</source>
            <translation>撤销“%1”(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="695" />
            <source>&amp;Redo %1</source>
            <translation>重做“%1”(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="737" />
            <location filename="../../editor_app/gui/main_window.py" line="766" />
            <source>Detecting articles in %1…</source>
            <translation>正在识别“%1”中的文章…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="755" />
            <source>Pasted text</source>
            <translation>粘贴的文本</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="762" />
            <source>The pasted text is empty.</source>
            <translation>粘贴的文本是空的。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="762" />
            <location filename="../../editor_app/gui/main_window.py" line="822" />
            <source>Cannot open the issue</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="813" />
            <source>Loading the word segmenter…</source>
            <translation>正在加载分词词典…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="829" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="846" />
            <source>Sample issue</source>
            <translation>示例版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="858" />
            <source>(no recent files)</source>
            <translation>（没有最近打开的文件）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="861" />
            <source>Clear List</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="870" />
            <source>The archive is not available in this build, so the issue cannot be saved. Your corrections are kept in the recovery journal.</source>
            <translation>此版本没有档案库，无法保存。您的修改已保留在恢复日志中。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="872" />
            <location filename="../../editor_app/gui/main_window.py" line="892" />
            <source>Cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="877" />
            <source>Saving to the archive…</source>
            <translation>正在保存到档案库…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="897" />
            <source>Saved to the archive.</source>
            <translation>已保存到档案库。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="926" />
            <location filename="../../editor_app/gui/main_window.py" line="968" />
            <source>The archive is not available in this build.</source>
            <translation>此版本没有档案库。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="927" />
            <location filename="../../editor_app/gui/main_window.py" line="941" />
            <source>Cannot open from the archive</source>
            <translation>无法从档案库打开</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="943" />
            <source>Archived issue</source>
            <translation>档案库中的一期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="951" />
            <source>Nothing to export yet: open an issue, or save issues to the archive first.</source>
            <translation>还没有可导出的内容：请先打开一期报纸，或先把报纸保存到档案库。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="952" />
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="968" />
            <location filename="../../editor_app/gui/main_window.py" line="1168" />
            <source>Issue Editor</source>
            <translation>版面编辑器</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1024" />
            <source>Rename section</source>
            <translation>重命名版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1045" />
            <source>Follow campaign changes</source>
            <translation>随活动修改更新</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1074" />
            <source>Respell names</source>
            <translation>更改人名写法</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1117" />
            <source>Exported to %1</source>
            <translation>已导出到 %1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1129" />
            <source>Could not write the recovery journal: %1</source>
            <translation>无法写入恢复日志：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1144" />
            <source>%1 — %2 correction(s), last written %3</source>
            <translation>%1 — %2 处修改，最后写入于 %3</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1155" />
            <source>Cannot recover</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1172" />
            <source>No issue open</source>
            <translation>未打开报纸</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/main_window.py" line="1177" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n 篇文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/main_window.py" line="1180" />
            <source>%n doubtful decision(s) left</source>
            <translation>
                <numerusform>还有 %n 处存疑</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1180" />
            <source>No doubtful decisions left</source>
            <translation>已无存疑</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1184" />
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1186" />
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1188" />
            <source>Not in the archive yet</source>
            <translation>尚未存入档案库</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1191" />
            <source>Archive: %1</source>
            <translation>档案库：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1194" />
            <source>Archive: not available</source>
            <translation>档案库：不可用</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1251" />
            <source>new article</source>
            <translation>新文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1254" />
            <source>doubtful</source>
            <translation>存疑</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1254" />
            <source>joined paragraph</source>
            <translation>接续的段落</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1255" />
            <source>edited</source>
            <translation>已修改</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1260" />
            <source>Block roles with their keys: select blocks in the text and press the digit.</source>
            <translation>文本块类型及其按键：在原文中选中文本块，再按对应的数字键。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1282" />
            <source>Issue Editor %1
Detects the articles of a day's issue and lets editors correct them fast.</source>
            <translation>版面编辑器 %1
自动识别一期报纸中的文章，让编辑快速校正。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1284" />
            <source>About Issue Editor</source>
            <translation>关于版面编辑器</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="875" />
            <source>Waiting for the archive: another program is writing to it (%1 s)…</source>
            <translation>正在等待档案库：另一个程序正在写入（已等 %1 秒）…</translation>
        </message>
    </context>
    <context>
        <name>PasteDialog</name>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="101" />
            <source>Paste raw text as a new issue</source>
            <translation>粘贴原始文本作为新一期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="103" />
            <source>Paste the text of a day's issue (as copied from the e-paper or the printer's PDF):</source>
            <translation>粘贴一期报纸的文本（从电子版或印厂 PDF 复制）：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="106" />
            <source>Ctrl+V to paste</source>
            <translation>按 Ctrl+V 粘贴</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="110" />
            <source>Detect articles</source>
            <translation>识别文章</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="217" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="217" />
            <source>Roles</source>
            <translation>身份</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="217" />
            <source>Articles</source>
            <translation>文章数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="217" />
            <source>First</source>
            <translation>最早</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="217" />
            <source>Last</source>
            <translation>最近</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="218" />
            <source>Staff</source>
            <translation>本报人员</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="220" />
            <source>As bylines spell it; sorted by pinyin</source>
            <translation>署名中的写法；按拼音排序</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="220" />
            <source>The roles bylines gave this person</source>
            <translation>署名中此人出现过的身份</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="221" />
            <source>Stored articles with this person in a byline</source>
            <translation>档案库中署有此人的文章数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="222" />
            <source>Date of the first such article</source>
            <translation>最早一篇的日期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="222" />
            <source>Date of the latest such article</source>
            <translation>最近一篇的日期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="223" />
            <source>One of the paper's own staff: kept in the roster even without bylines</source>
            <translation>本报人员：即使没有署名也保留在名单中</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="258" />
            <source>Also spelled: %1</source>
            <translation>其他写法：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="261" />
            <source>%1 articles, %2 of them edited or reviewed by an editor</source>
            <translation>%1 篇文章，其中 %2 篇经编辑修改或审核</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="332" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="339" />
            <source>Filter: name, other spelling or pinyin (chen, csj)…</source>
            <translation>筛选：姓名、其他写法或拼音（chen、csj）…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="342" />
            <source>By pinyin</source>
            <translation>按拼音</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="343" />
            <source>Most articles first</source>
            <translation>文章多的在前</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="344" />
            <source>Most recent first</source>
            <translation>最近的在前</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="347" />
            <source>Sort:</source>
            <translation>排序：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="376" />
            <source>Double-click to open the article</source>
            <translation>双击打开文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="388" />
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="389" />
            <source>Add a colleague before any byline names them</source>
            <translation>在署名出现之前先把新同事加入名单</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="390" />
            <source>Rename…</source>
            <translation>改名…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="391" />
            <source>Spell the selected person differently in every stored article</source>
            <translation>在档案库的所有文章中更改此人的写法</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="392" />
            <source>Merge Spellings…</source>
            <translation>合并写法…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="393" />
            <source>Two selected spellings of one person become one</source>
            <translation>把同一人的两种写法合并为一个</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="394" />
            <location filename="../../editor_app/gui/people_view.py" line="485" />
            <source>Mark as Staff</source>
            <translation>标为本报人员</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/people_view.py" line="435" />
            <source>%n person(s) in the roster</source>
            <translation>
                <numerusform>名单中共 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="436" />
            <source>The roster fills as issues are saved to the archive.</source>
            <translation>报纸保存到档案库后，名单会自动充实。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="485" />
            <source>Not Staff</source>
            <translation>取消本报人员</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/people_view.py" line="491" />
            <source>%n people selected</source>
            <translation>
                <numerusform>已选 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="492" />
            <source>Select two spellings of one person to merge them.</source>
            <translation>选中同一人的两种写法即可合并。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="498" />
            <source>Also spelled: %1</source>
            <translation>其他写法：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="500" />
            <source>Staff</source>
            <translation>本报人员</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="520" />
            <source>“%1” cannot be a name: use 1 to 40 printable characters.</source>
            <translation>“%1”不能作为姓名：请使用 1 到 40 个可打印字符。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="522" />
            <source>%1 is already in the roster.</source>
            <translation>%1 已经在名单中。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="525" />
            <source>That person is no longer in the roster (it was changed elsewhere); the list is read again.</source>
            <translation>此人已不在名单中（别处已修改）；已重新读取名单。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="532" />
            <source>Add a person</source>
            <translation>添加人员</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="532" />
            <source>Name of the new colleague (staff):</source>
            <translation>新同事（本报人员）的姓名：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="537" />
            <source>Cannot add the person</source>
            <translation>无法添加人员</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="550" />
            <location filename="../../editor_app/gui/people_view.py" line="557" />
            <source>Rename</source>
            <translation>改名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="551" />
            <source>New spelling of %1 (every stored byline changes):</source>
            <translation>%1 的新写法（档案库中所有署名都会更改）：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="558" />
            <source>%1 is already in the roster. Merge %2 into %1?</source>
            <translation>%1 已在名单中。要把 %2 合并到 %1 吗？</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="563" />
            <source>Cannot rename</source>
            <translation>无法改名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="566" />
            <source>%1 is now spelled %2 in every stored article.</source>
            <translation>档案库所有文章中的 %1 已改为 %2。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="577" />
            <source>Merge spellings</source>
            <translation>合并写法</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="578" />
            <source>Which spelling is right? The other one becomes an alias of it.</source>
            <translation>哪种写法正确？另一种将作为它的别名。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="587" />
            <source>Cannot merge</source>
            <translation>无法合并</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="590" />
            <source>%1 merged into %2.</source>
            <translation>%1 已合并到 %2。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/people_view.py" line="600" />
            <source>Cannot change the staff mark</source>
            <translation>无法更改本报人员标记</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="131" />
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="135" />
            <source>System language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="139" />
            <source>Language:</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="150" />
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="151" />
            <source> pt</source>
            <translation> 磅</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="155" />
            <source>Source text font:</source>
            <translation>原文字体：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="159" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="161" />
            <source>Save unsaved work to the recovery journal after:</source>
            <translation>未保存的工作写入恢复日志的间隔：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="166" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="170" />
            <source>Archive file:</source>
            <translation>档案库文件：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="173" />
            <source>Your name (recorded with each save):</source>
            <translation>您的姓名（每次保存时记录）：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="177" />
            <source>A new language applies at once; the window is rebuilt in that language.</source>
            <translation>更改语言立即生效，窗口会以新语言重新建立。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="187" />
            <source>Archive file</source>
            <translation>档案库文件</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/dialogs.py" line="189" />
            <source>Issue Editor archive (*.sqlite3 *.db);;All files (*)</source>
            <translation>版面编辑器档案库 (*.sqlite3 *.db);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>ReportTableModel</name>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="129" />
            <source>Campaign</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="129" />
            <source>Reporter</source>
            <translation>记者</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="130" />
            <source>Section</source>
            <translation>版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="142" />
            <location filename="../../editor_app/gui/reports_view.py" line="143" />
            <location filename="../../editor_app/gui/reports_view.py" line="161" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="260" />
            <source>Reports</source>
            <translation>统计报表</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="273" />
            <source>Campaign</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="273" />
            <source>Reporter</source>
            <translation>记者</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="274" />
            <source>Section</source>
            <translation>版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="280" />
            <source>Articles per:</source>
            <translation>统计对象：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="282" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="283" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="284" />
            <source>Whole range</source>
            <translation>整个时段</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="285" />
            <source>Counted by:</source>
            <translation>统计周期：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="292" />
            <source>Dates:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="294" />
            <source>Paper:</source>
            <translation>报纸：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="298" />
            <source>Filter the list…</source>
            <translation>筛选列表…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="301" />
            <source>Which rows the table and the chart show</source>
            <translation>表格和图表中显示哪些行</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="302" />
            <source>All</source>
            <translation>全选</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="303" />
            <source>None</source>
            <translation>全不选</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="312" />
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="313" />
            <source>Bars (totals)</source>
            <translation>柱状图（合计）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="314" />
            <source>Lines (over time)</source>
            <translation>折线图（随时间）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="315" />
            <source>Automatic: lines over the weeks or months, bars for a single period</source>
            <translation>自动：多个周或月用折线图，只有一个时段用柱状图</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="319" />
            <source> rows</source>
            <translation> 行</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="321" />
            <source>Chart:</source>
            <translation>图表：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="322" />
            <source>Chart shows at most:</source>
            <translation>图表最多显示：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="370" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="371" />
            <source>UTF-8 BOM (for Excel)</source>
            <translation>UTF-8 BOM（便于 Excel）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="372" />
            <source>Export PNG…</source>
            <translation>导出 PNG…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="432" />
            <location filename="../../editor_app/gui/reports_view.py" line="576" />
            <location filename="../../editor_app/gui/reports_view.py" line="598" />
            <source>(no section)</source>
            <translation>（无版面）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="485" />
            <source>All papers</source>
            <translation>所有报纸</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="510" />
            <source>The range ends before it starts.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="541" />
            <source>Campaigns to show</source>
            <translation>显示的活动</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="541" />
            <source>Reporters to show</source>
            <translation>显示的记者</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="542" />
            <source>Sections to show</source>
            <translation>显示的版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="566" />
            <source>Articles per campaign</source>
            <translation>各活动文章数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="566" />
            <source>Articles per reporter</source>
            <translation>各记者文章数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="567" />
            <source>Articles per section</source>
            <translation>各版面文章数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="568" />
            <source> per week</source>
            <translation>（按周）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="568" />
            <source> per month</source>
            <translation>（按月）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="570" />
            <source>%1%2, %3 to %4</source>
            <translation>%1%2，%3 至 %4</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/reports_view.py" line="583" />
            <source>%n article(s) counted</source>
            <translation>
                <numerusform>共统计 %n 篇文章</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="583" />
            <location filename="../../editor_app/gui/reports_view.py" line="613" />
            <source>No articles in this range.</source>
            <translation>此时段内没有文章。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="585" />
            <source>an article with two reporters counts for each</source>
            <translation>两位记者合写的文章各计一次</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="587" />
            <source>an article with two campaigns counts for each</source>
            <translation>属于两个活动的文章各计一次</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/reports_view.py" line="589" />
            <source>%n article(s) of issues without a date are not counted</source>
            <translation>
                <numerusform>未标日期的报纸中有 %n 篇文章未计入</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="610" />
            <source>top %1 of %2</source>
            <translation>前 %1 名，共 %2</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="611" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="614" />
            <source>Charts are not part of this build.</source>
            <translation>此版本不含图表功能。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="639" />
            <source>CSV spreadsheet (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="645" />
            <location filename="../../editor_app/gui/reports_view.py" line="665" />
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="648" />
            <location filename="../../editor_app/gui/reports_view.py" line="668" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="656" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/reports_view.py" line="676" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>SectionsModel</name>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="65" />
            <source>Section</source>
            <translation>版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="65" />
            <source>Pages</source>
            <translation>版次</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="65" />
            <source>Articles</source>
            <translation>文章数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="65" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="66" />
            <source>Latest</source>
            <translation>最近</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="68" />
            <source>Articles an editor edited or reviewed: what section suggestions learn from</source>
            <translation>经编辑修改或审核的文章：版面建议据此学习</translation>
        </message>
    </context>
    <context>
        <name>SectionsView</name>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="99" />
            <source>Sections</source>
            <translation>版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="102" />
            <source>Paper:</source>
            <translation>报纸：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="118" />
            <source>Sections are learned from page headers (“第01版 要闻”). Renaming one into another merges them; stored articles move along.</source>
            <translation>版面从版头（“第01版 要闻”）学习得来。把一个版面改成另一个已有版面的名称即合并两者；档案库中的文章随之调整。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="122" />
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="123" />
            <source>Rename…</source>
            <translation>改名…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="124" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="158" />
            <source>(no paper name)</source>
            <translation>（未标报名）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/sections_view.py" line="179" />
            <source>%n section(s)</source>
            <translation>
                <numerusform>共 %n 个版面</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="180" />
            <source>Sections are kept in the archive: save an issue first.</source>
            <translation>版面保存在档案库中：请先保存一期报纸。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="201" />
            <source>Only a section without stored articles can go; rename it into another one instead</source>
            <translation>只能删除没有文章的版面；有文章的版面请改名并入其他版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="207" />
            <source>“%1” cannot be a section name: use 1 to 30 printable characters.</source>
            <translation>“%1”不能作为版面名称：请使用 1 到 30 个可打印字符。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="209" />
            <source>The section %1 is already in the list.</source>
            <translation>版面 %1 已在列表中。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="211" />
            <source>Stored articles are in %1: rename it into another section instead.</source>
            <translation>%1 中有文章：请改名并入其他版面。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="217" />
            <source>Add a section</source>
            <translation>添加版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="217" />
            <source>Section name (版面):</source>
            <translation>版面名称：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="222" />
            <source>Cannot add the section</source>
            <translation>无法添加版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="234" />
            <location filename="../../editor_app/gui/sections_view.py" line="239" />
            <source>Rename section</source>
            <translation>重命名版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="235" />
            <source>New name of %1 (its stored articles move along):</source>
            <translation>%1 的新名称（档案库中的文章随之调整）：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="239" />
            <source>%1 is already a section. Merge %2 into it?</source>
            <translation>%1 已是一个版面。要把 %2 并入其中吗？</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="245" />
            <source>Cannot rename the section</source>
            <translation>无法重命名版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/sections_view.py" line="258" />
            <source>Cannot delete the section</source>
            <translation>无法删除版面</translation>
        </message>
    </context>
    <context>
        <name>SourceView</name>
        <message>
            <location filename="../../editor_app/gui/source_view.py" line="319" />
            <source>joined: the paragraph continues</source>
            <translation>接续：段落未完</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/source_view.py" line="423" />
            <source>Block %1: %2</source>
            <translation>第 %1 块：%2</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/source_view.py" line="425" />
            <source>Detected as: %1</source>
            <translation>识别为：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/source_view.py" line="426" />
            <source>Confidence: %1</source>
            <translation>置信度：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/source_view.py" line="428" />
            <source>Joined to the paragraph before</source>
            <translation>与上一段接续</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/source_view.py" line="430" />
            <source>Why: %1</source>
            <translation>依据：%1</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsModel</name>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="235" />
            <source>Phrase</source>
            <translation>短语</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="235" />
            <source>Found as</source>
            <translation>出现形式</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="235" />
            <source>Issues</source>
            <translation>期数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="235" />
            <source>Mentions</source>
            <translation>次数</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="236" />
            <source>Examples</source>
            <translation>示例</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="245" />
            <source>banner line</source>
            <translation>通栏标语</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/campaigns_view.py" line="245" />
            <source>in quotes</source>
            <translation>引号中</translation>
        </message>
    </context>
    <context>
        <name>Workbench</name>
        <message>
            <location filename="../../editor_app/gui/app.py" line="91" />
            <source>Recovered unsaved work; open %1 when you are done.</source>
            <translation>已恢复未保存的工作；处理完后再打开 %1。</translation>
        </message>
    </context>
</TS>
