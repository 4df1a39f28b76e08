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
            <location filename="../../editor_app/gui/inspector.py" line="304" />
            <source>Review:</source>
            <translation>审核：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="312" />
            <source>Revert article</source>
            <translation>整篇还原</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="314" />
            <source>Every field and block of this article back to what detection found</source>
            <translation>把本文的每个字段和每个文本块还原为自动识别的结果</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="337" />
            <source>Choose or type a section</source>
            <translation>选择或输入版面名称</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="377" />
            <source>Preview of the cleaned article</source>
            <translation>整理后的文章预览</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="423" />
            <source>No article selected</source>
            <translation>未选择文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="429" />
            <source>Select an article to see it.</source>
            <translation>选择一篇文章即可在此查看。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="435" />
            <source>Article %1 of %2</source>
            <translation>第 %1 篇，共 %2 篇</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="465" />
            <source>Edited. Detected: %1</source>
            <translation>已修改。识别结果：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="465" />
            <location filename="../../editor_app/gui/inspector.py" line="469" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="469" />
            <source>Revert to the detected value: %1</source>
            <translation>还原为识别结果：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="470" />
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
            <location filename="../../editor_app/gui/inspector.py" line="148" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="152" />
            <source>Remove this byline</source>
            <translation>删除此署名</translation>
        </message>
    </context>
    <context>
        <name>CampaignEditor</name>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="210" />
            <source>Add a campaign tag (a new name creates a campaign)…</source>
            <translation>添加活动标签（输入新名称即新建活动）…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="218" />
            <source>Tag</source>
            <translation>加标签</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="248" />
            <source>Click to remove the tag</source>
            <translation>点击删除此标签</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="250" />
            <source>Found by: %1</source>
            <translation>识别依据：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/inspector.py" line="252" />
            <source>A campaign the registry does not know yet</source>
            <translation>活动登记表中尚无此活动</translation>
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
            <location filename="../../editor_app/gui/main_window.py" line="121" />
            <source>Open a raw issue (Ctrl+O), paste its text (Ctrl+Shift+V), drop a file here, or open an issue from the archive (Ctrl+Shift+O).</source>
            <translation>打开原始版面文本（Ctrl+O）、粘贴文本（Ctrl+Shift+V）、把文件拖到这里，或从档案库打开一期报纸（Ctrl+Shift+O）。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="187" />
            <source>&amp;Open Raw Issue…</source>
            <translation>打开原始版面文本(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="188" />
            <source>Open a raw issue text file</source>
            <translation>打开原始版面文本文件</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="189" />
            <source>&amp;Paste Text as New Issue…</source>
            <translation>粘贴文本作为新一期(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="190" />
            <source>Open from &amp;Archive…</source>
            <translation>从档案库打开(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="191" />
            <source>&amp;Save to Archive</source>
            <translation>保存到档案库(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="192" />
            <source>Save the issue and every correction to the archive</source>
            <translation>把本期和所有修改保存到档案库</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="193" />
            <source>Pre&amp;ferences…</source>
            <translation>首选项(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="194" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="196" />
            <location filename="../../editor_app/gui/main_window.py" line="660" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="197" />
            <location filename="../../editor_app/gui/main_window.py" line="662" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="199" />
            <source>&amp;Split Article Here</source>
            <translation>从此处拆分文章(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="200" />
            <source>Start a new article at the selected block</source>
            <translation>从选中的文本块开始一篇新文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="201" />
            <source>&amp;Merge with Previous Article</source>
            <translation>与上一篇合并(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="203" />
            <source>Merge with &amp;Next Article</source>
            <translation>与下一篇合并(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="205" />
            <source>Move Block to Pre&amp;vious Article</source>
            <translation>文本块移到上一篇(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="206" />
            <source>Move the article's first block to the article before</source>
            <translation>把文章的第一个文本块移到上一篇</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="207" />
            <source>Move Block to Ne&amp;xt Article</source>
            <translation>文本块移到下一篇(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="208" />
            <source>Move the article's last block to the article after</source>
            <translation>把文章的最后一个文本块移到下一篇</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="209" />
            <source>&amp;Join to Previous Paragraph</source>
            <translation>接续上一段(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="210" />
            <source>The block continues the paragraph above (a column break)</source>
            <translation>此文本块接续上面的段落（分栏造成的断行）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="211" />
            <source>Split &amp;Paragraph Off</source>
            <translation>另起一段(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="212" />
            <source>The block starts a paragraph of its own</source>
            <translation>此文本块单独成段</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="216" />
            <source>Set the selected block(s) to: %1</source>
            <translation>把选中的文本块设为：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="218" />
            <source>Edit &amp;Headline</source>
            <translation>修改标题(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="219" />
            <source>Edit &amp;Bylines</source>
            <translation>修改署名(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="220" />
            <source>Assign &amp;Section</source>
            <translation>指定版面(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="221" />
            <source>&amp;Add Campaign Tag</source>
            <translation>添加活动标签(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="222" />
            <source>&amp;Remove Campaign Tag…</source>
            <translation>删除活动标签(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="223" />
            <source>Re&amp;vert Article to Detected</source>
            <translation>整篇还原为识别结果(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="225" />
            <source>Mark &amp;Reviewed and Go to Next</source>
            <translation>标为已审核并转到下一篇(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="227" />
            <source>Next &amp;Doubtful Decision</source>
            <translation>下一处存疑(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="228" />
            <source>Previous D&amp;oubtful Decision</source>
            <translation>上一处存疑(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="230" />
            <source>Ne&amp;xt Article</source>
            <translation>下一篇(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="231" />
            <source>Pre&amp;vious Article</source>
            <translation>上一篇(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="234" />
            <source>&amp;Larger Source Text</source>
            <translation>放大原文字号(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="235" />
            <source>&amp;Smaller Source Text</source>
            <translation>缩小原文字号(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="236" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>快捷键一览(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="237" />
            <source>Open the &amp;Sample Issue</source>
            <translation>打开示例版面(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="238" />
            <source>&amp;About Issue Editor</source>
            <translation>关于版面编辑器(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="244" />
            <source>Articles</source>
            <translation>文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="246" />
            <source>Paragraphs</source>
            <translation>段落</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="247" />
            <source>Block role</source>
            <translation>文本块类型</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="248" />
            <source>Fields</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="250" />
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="252" />
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="253" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="254" />
            <source>View</source>
            <translation>视图</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="260" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="262" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="270" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="277" />
            <source>&amp;Article</source>
            <translation>文章(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="282" />
            <source>&amp;Block Role</source>
            <translation>文本块类型(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="284" />
            <source>&amp;Review</source>
            <translation>审核(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="287" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="289" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="293" />
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="318" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="513" />
            <source>Doubtful: %1 (confidence %2) — %3</source>
            <translation>存疑：%1（置信度 %2）— %3</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="529" />
            <source>This correction cannot be made</source>
            <translation>无法进行这项修改</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="585" />
            <source>The article has no campaign tags.</source>
            <translation>这篇文章没有活动标签。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="588" />
            <source>Remove campaign tag</source>
            <translation>删除活动标签</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="588" />
            <source>Tag to remove:</source>
            <translation>要删除的标签：</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="623" />
            <source>That was the last article.</source>
            <translation>已经是最后一篇。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="624" />
            <source>This is the first article.</source>
            <translation>已经是第一篇。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="631" />
            <source>No doubtful decisions left.</source>
            <translation>已没有存疑之处。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="659" />
            <source>&amp;Undo %1</source>
            <translation>撤销“%1”(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="661" />
            <source>&amp;Redo %1</source>
            <translation>重做“%1”(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="703" />
            <location filename="../../editor_app/gui/main_window.py" line="731" />
            <source>Detecting articles in %1…</source>
            <translation>正在识别“%1”中的文章…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="720" />
            <source>Pasted text</source>
            <translation>粘贴的文本</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="727" />
            <source>The pasted text is empty.</source>
            <translation>粘贴的文本是空的。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="727" />
            <location filename="../../editor_app/gui/main_window.py" line="787" />
            <source>Cannot open the issue</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="778" />
            <source>Loading the word segmenter…</source>
            <translation>正在加载分词词典…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="794" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="811" />
            <source>Sample issue</source>
            <translation>示例版面</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="823" />
            <source>(no recent files)</source>
            <translation>（没有最近打开的文件）</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="826" />
            <source>Clear List</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="835" />
            <source>The archive is not available in this build, so the issue cannot be saved. Your corrections are kept in the recovery journal.</source>
            <translation>此版本没有档案库，无法保存。您的修改已保留在恢复日志中。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="837" />
            <location filename="../../editor_app/gui/main_window.py" line="851" />
            <location filename="../../editor_app/gui/main_window.py" line="856" />
            <source>Cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="842" />
            <source>Saving to the archive…</source>
            <translation>正在保存到档案库…</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="864" />
            <source>Saved to the archive.</source>
            <translation>已保存到档案库。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="870" />
            <source>The archive is not available in this build.</source>
            <translation>此版本没有档案库。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="871" />
            <location filename="../../editor_app/gui/main_window.py" line="885" />
            <source>Cannot open from the archive</source>
            <translation>无法从档案库打开</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="887" />
            <source>Archived issue</source>
            <translation>档案库中的一期</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="901" />
            <source>Could not write the recovery journal: %1</source>
            <translation>无法写入恢复日志：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="916" />
            <source>%1 — %2 correction(s), last written %3</source>
            <translation>%1 — %2 处修改，最后写入于 %3</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="927" />
            <source>Cannot recover</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="940" />
            <source>Issue Editor</source>
            <translation>版面编辑器</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="944" />
            <source>No issue open</source>
            <translation>未打开报纸</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/main_window.py" line="949" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n 篇文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor_app/gui/main_window.py" line="952" />
            <source>%n doubtful decision(s) left</source>
            <translation>
                <numerusform>还有 %n 处存疑</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="952" />
            <source>No doubtful decisions left</source>
            <translation>已无存疑</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="956" />
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="958" />
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="960" />
            <source>Not in the archive yet</source>
            <translation>尚未存入档案库</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="963" />
            <source>Archive: %1</source>
            <translation>档案库：%1</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="966" />
            <source>Archive: not available</source>
            <translation>档案库：不可用</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1026" />
            <source>doubtful</source>
            <translation>存疑</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1026" />
            <source>joined paragraph</source>
            <translation>接续的段落</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1027" />
            <source>edited</source>
            <translation>已修改</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1023" />
            <source>new article</source>
            <translation>新文章</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1032" />
            <source>Block roles with their keys: select blocks in the text and press the digit.</source>
            <translation>文本块类型及其按键：在原文中选中文本块，再按对应的数字键。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1054" />
            <source>Issue Editor %1
Detects the articles of a day's issue and lets editors correct them fast.</source>
            <translation>版面编辑器 %1
自动识别一期报纸中的文章，让编辑快速校正。</translation>
        </message>
        <message>
            <location filename="../../editor_app/gui/main_window.py" line="1056" />
            <source>About Issue Editor</source>
            <translation>关于版面编辑器</translation>
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
        <name>Workbench</name>
        <message>
            <location filename="../../editor_app/gui/app.py" line="91" />
            <source>Recovered unsaved work; open %1 when you are done.</source>
            <translation>已恢复未保存的工作；处理完后再打开 %1。</translation>
        </message>
    </context>
</TS>
