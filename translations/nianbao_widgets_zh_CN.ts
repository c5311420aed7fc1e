<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::AnnotationsDock</name>
    <message>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>解决(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>全部批注</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Comment text; Ctrl+Enter adds it</source>
        <translation>批注内容；Ctrl+Enter 添加</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Si&amp;gned:</source>
        <translation>署名(&amp;G)：</translation>
    </message>
    <message>
        <source>New comment on: %1</source>
        <translation>新批注位置：%1</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <translation>回复 %1：%2</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>nianbao::ComparisonDock</name>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>停止比较</translation>
    </message>
    <message>
        <source>%1 · %2: %3 → %4</source>
        <translation>%1 · %2：%3 → %4</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>paragraph changed: %1</source>
        <translation>段落改动：%1</translation>
    </message>
    <message>
        <source>paragraph added: %1</source>
        <translation>新增段落：%1</translation>
    </message>
    <message>
        <source>paragraph removed: %1</source>
        <translation>删除段落：%1</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>原值：%1</translation>
    </message>
    <message numerus="yes">
        <source>Compared with %1: %n change(s).</source>
        <translation>
            <numerusform>与 %1 比较：%n 处改动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::DeskChartsDialog</name>
    <message numerus="yes">
        <source>%n report(s) of the folder</source>
        <translation>
            <numerusform>文件夹中的 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts of the folder</source>
        <translation>文件夹图表</translation>
    </message>
    <message>
        <source>Export 图解…</source>
        <translation>导出图解…</translation>
    </message>
    <message>
        <source>Export 图解</source>
        <translation>导出图解</translation>
    </message>
    <message>
        <source>PNG picture for a web page (*.png);;SVG picture, text kept as text (*.svg);;PDF, one A4 page (*.pdf)</source>
        <translation>网页用 PNG 图片 (*.png);;SVG 图片，文字保留为文字 (*.svg);;PDF，一页 A4 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 was written; %2.</source>
        <translation>已写入 %1；%2。</translation>
    </message>
</context>
<context>
    <name>nianbao::EditorApplication</name>
    <message>
        <source>Nianbao</source>
        <translation>年报</translation>
    </message>
</context>
<context>
    <name>nianbao::ErrorsQuestion</name>
    <message numerus="yes">
        <source>The report has %n error(s):</source>
        <translation>
            <numerusform>报告有 %n 个错误：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  ……另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) are still open:</source>
        <translation>
            <numerusform>%n 条批注尚未解决：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Anyway</source>
        <translation>仍然%1</translation>
    </message>
    <message>
        <source>Go to the First</source>
        <translation>转到第一个</translation>
    </message>
</context>
<context>
    <name>nianbao::ExportAllDialog</name>
    <message>
        <source>Export all</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>published</source>
        <comment>folder name</comment>
        <translation>已发布</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export every report into</source>
        <translation>全部报告导出到</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>nianbao::FileActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>New from &amp;Last Year&apos;s Report…</source>
        <translation>从上年报告新建(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Attach Last Year&apos;s Report…</source>
        <translation>关联上年报告…</translation>
    </message>
    <message>
        <source>Last year&apos;s report</source>
        <translation>上年报告</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>Export review copy (with comments)</source>
        <translation>导出审阅稿（含批注）</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Cannot open last year&apos;s report</source>
        <translation>无法打开上年报告</translation>
    </message>
    <message>
        <source>Open &amp;Folder (Review Desk)…</source>
        <translation>打开文件夹（审阅台）(&amp;F)…</translation>
    </message>
    <message>
        <source>A folder of reports</source>
        <translation>报告所在文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>nianbao::FindBar</name>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Find in the report (Enter: next, Shift+Enter: previous)</source>
        <translation>在报告中查找（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Use the computed value</source>
        <translation>使用计算值</translation>
    </message>
    <message>
        <source>Replace the stated total by the sum of its parts</source>
        <translation>用各项之和替换填报的合计数</translation>
    </message>
    <message>
        <source>Add as comment</source>
        <translation>加为批注</translation>
    </message>
    <message>
        <source>A review comment on the finding&apos;s place, with its message as the text</source>
        <translation>在该问题所在位置添加批注，以问题说明为批注内容</translation>
    </message>
</context>
<context>
    <name>nianbao::GraphicPage</name>
    <message>
        <source>The key figures as a 图解 for the website, as they will be published; with last year&apos;s report attached, each figure&apos;s change beside it.</source>
        <translation>报告主要数据的图解，与网站发布时一致；附上年度报告后，每个数字旁标出增减。</translation>
    </message>
    <message>
        <source>Export 图解…</source>
        <translation>导出图解…</translation>
    </message>
    <message>
        <source>Export 图解</source>
        <translation>导出图解</translation>
    </message>
    <message>
        <source>PNG picture for a web page (*.png);;SVG picture, text kept as text (*.svg);;PDF, one A4 page (*.pdf)</source>
        <translation>网页用 PNG 图片 (*.png);;SVG 图片，文字保留为文字 (*.svg);;PDF，一页 A4 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 was written; %2.</source>
        <translation>已写入 %1；%2。</translation>
    </message>
</context>
<context>
    <name>nianbao::GridActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>向下填充(&amp;D)</translation>
    </message>
    <message>
        <source>Fill Blanks with 0</source>
        <translation>空白填 0</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>向下填充</translation>
    </message>
</context>
<context>
    <name>nianbao::GridView</name>
    <message>
        <source>Nothing was pasted.</source>
        <translation>未粘贴任何内容。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清空单元格</translation>
    </message>
    <message>
        <source>Fill cells</source>
        <translation>填充单元格</translation>
    </message>
    <message>
        <source>The report is open in review mode: its content is read-only.</source>
        <translation>报告处于审阅模式，内容只读。</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit here: it goes past the table.</source>
        <translation>粘贴的区域（%1 × %2）放不下：超出了表格。</translation>
    </message>
    <message>
        <source>“%1” would go over the label “%2”.</source>
        <translation>“%1”会覆盖标签“%2”。</translation>
    </message>
    <message>
        <source>Fill blanks with 0</source>
        <translation>空白填 0</translation>
    </message>
    <message>
        <source>This total is computed from its parts. To state a different total (as a printed report has it), press F2.</source>
        <translation>此合计由各项自动计算。如需填写不同的合计（与印发的报告一致），请按 F2。</translation>
    </message>
    <message>
        <source>A total would be %1, more than a report can hold (at most %L2).</source>
        <translation>合计将为 %1，超出报告可容纳的范围（最大 %L2）。</translation>
    </message>
</context>
<context>
    <name>nianbao::HelpDialog</name>
    <message>
        <source>Manual</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>表格中</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>输入数字</translation>
    </message>
    <message>
        <source>overwrite the cell</source>
        <translation>覆盖单元格内容</translation>
    </message>
    <message>
        <source>next cell down, right, left</source>
        <translation>移到下方、右侧、左侧单元格</translation>
    </message>
    <message>
        <source>edit the cell&apos;s value</source>
        <translation>编辑单元格的值</translation>
    </message>
    <message>
        <source>give up the edit</source>
        <translation>放弃本次编辑</translation>
    </message>
    <message>
        <source>clear the selected cells</source>
        <translation>清空所选单元格</translation>
    </message>
    <message>
        <source>fill down</source>
        <translation>向下填充</translation>
    </message>
    <message>
        <source>fill blanks with 0</source>
        <translation>空白填 0</translation>
    </message>
    <message>
        <source>F3 / Shift+F3 (find bar)</source>
        <translation>F3 / Shift+F3（查找栏）</translation>
    </message>
    <message>
        <source>next and previous match</source>
        <translation>下一处、上一处匹配</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>nianbao::ImportNoticeBar</name>
    <message>
        <source>&amp;Go to the First Blank Cell</source>
        <translation>转到第一个空单元格(&amp;G)</translation>
    </message>
    <message>
        <source>Hide this notice (the findings keep it)</source>
        <translation>隐藏此提示（检查结果中仍保留）</translation>
    </message>
    <message>
        <source>Not everything in the imported file could be read; the cells left blank are yours to fill in:
%1</source>
        <translation>导入的文件未能全部读入，留空的单元格请补填：
%1</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes the next time Nianbao starts.</source>
        <translation>语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Example Report</source>
        <translation>打开示例报告(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;About Nianbao</source>
        <translation>关于年报(&amp;A)</translation>
    </message>
    <message>
        <source>About Nianbao</source>
        <translation>关于年报</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nianbao %1&lt;/h3&gt;&lt;p&gt;Editor for the annual government information disclosure reports (政府信息公开工作年度报告), format 国办公开办函〔2021〕30号.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;年报 %1&lt;/h3&gt;&lt;p&gt;政府信息公开工作年度报告编辑器，格式依据国办公开办函〔2021〕30号。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled report</source>
        <translation>未命名报告</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <translation>错误 %1 · 警告 %2 · 提示 %3</translation>
    </message>
    <message>
        <source>Paste &amp;Report</source>
        <translation>粘贴报告(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使用说明(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Export 图&amp;解…</source>
        <translation>导出图解(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>nianbao::NavigationPane</name>
    <message>
        <source>Report information</source>
        <translation>报告信息</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 项错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 项警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n 条未解决批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n comment(s)</source>
        <translation>
            <numerusform>%1 · %n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Charts (图解)</source>
        <translation>图表（图解）</translation>
    </message>
</context>
<context>
    <name>nianbao::NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>e.g. 北京市密云区科学技术委员会</source>
        <translation>例如：北京市密云区科学技术委员会</translation>
    </message>
    <message>
        <source>Department (due 31 January)</source>
        <translation>部门（1月31日前公布）</translation>
    </message>
    <message>
        <source>Government summary report (due 31 March)</source>
        <translation>人民政府汇总报告（3月31日前公布）</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>报告单位(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>报告年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Kind of body</source>
        <translation>机关类型(&amp;K)</translation>
    </message>
</context>
<context>
    <name>nianbao::ProseEditor</name>
    <message>
        <source>One paragraph per line.</source>
        <translation>每行一段。</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>This sentence is in last year&apos;s report too.</source>
        <translation>此句在上年度报告中也有。</translation>
    </message>
</context>
<context>
    <name>nianbao::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportInfoPage</name>
    <message>
        <source>e.g. 北京市密云区科学技术委员会</source>
        <translation>例如：北京市密云区科学技术委员会</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Department (due 31 January)</source>
        <translation>部门（1月31日前公布）</translation>
    </message>
    <message>
        <source>Government summary report (due 31 March)</source>
        <translation>人民政府汇总报告（3月31日前公布）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2026-01-20</source>
        <translation>YYYY-MM-DD，例如 2026-01-20</translation>
    </message>
    <message>
        <source>Use the standard title</source>
        <translation>使用标准标题</translation>
    </message>
    <message>
        <source>Report information</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>报告单位(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>报告年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Kind of body</source>
        <translation>机关类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preamble</source>
        <translation>前言(&amp;P)</translation>
    </message>
    <message>
        <source>Signature &amp;organisation</source>
        <translation>落款单位(&amp;O)</translation>
    </message>
    <message>
        <source>Signature &amp;date</source>
        <translation>成文日期(&amp;D)</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-01-20.</source>
        <translation>“%1”不是日期，请写作 2026-01-20。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportSession</name>
    <message>
        <source>Report already open</source>
        <translation>报告已打开</translation>
    </message>
    <message>
        <source>%1 is already open in another window (process %2 on %3). Close it there first.</source>
        <translation>%1 已在另一个窗口中打开（%3 上的进程 %2），请先在那里关闭。</translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>Imported %1; save it as a Nianbao report to keep your edits.</source>
        <translation>已导入 %1；请另存为年报文件以保留修改。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Nianbao report (*.nianbao)</source>
        <translation>年报文件 (*.nianbao)</translation>
    </message>
    <message>
        <source>Cannot save report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot export report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>已发送 %n 页到打印机</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>The printer cannot be painted on.</source>
        <translation>无法在打印机上绘制。</translation>
    </message>
    <message>
        <source>Cannot open last year&apos;s report</source>
        <translation>无法打开上年报告</translation>
    </message>
    <message>
        <source>Last year&apos;s report attached: the cross-year rules run as well.</source>
        <translation>已关联上年报告，将同时运行跨年度检查。</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>无法打开示例报告</translation>
    </message>
    <message>
        <source>Cannot paste a report</source>
        <translation>无法粘贴报告</translation>
    </message>
    <message>
        <source>Report read from the pasted content; save it to keep it.</source>
        <translation>已从粘贴的内容读入报告；请保存以留存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The report has changes that are not saved. Save them?</source>
        <translation>报告有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>an unsaved report</source>
        <translation>未保存的报告</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Nianbao was not closed properly. Restore the changes to %1 autosaved at %2?</source>
        <translation>年报上次未正常关闭。是否恢复 %2 自动保存的 %1 的修改？</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportTableModel</name>
    <message>
        <source>“%1” is not a number (%2). Type a whole number, or 0 when nothing happened.</source>
        <translation>“%1”不是数字（%2）。请填写整数，没有发生时填 0。</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 不能为负数（%2）。</translation>
    </message>
    <message>
        <source>%1 must be a whole number (%2); only 行政事业性收费 takes decimals.</source>
        <translation>%1 必须是整数（%2）；只有行政事业性收费可填小数。</translation>
    </message>
    <message>
        <source>Computed from its parts; not editable.</source>
        <translation>由各项自动计算，不可编辑。</translation>
    </message>
    <message>
        <source>Stated as imported; the computed value is %1.</source>
        <translation>为导入时填报的数值；计算值为 %1。</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>原值：%1</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Comment by %1: %2</source>
        <translation>%1 的批注：%2</translation>
    </message>
    <message>
        <source>blank (0)</source>
        <translation>空白（按 0 计）</translation>
    </message>
    <message>
        <source>Summed from: %1</source>
        <translation>汇总自：%1</translation>
    </message>
    <message>
        <source>%1 is more than a report can hold (%2): at most %L3, with at most %4 significant digits.</source>
        <translation>%1 超出了报告可容纳的范围（%2）：最大 %L3，有效数字最多 %4 位。</translation>
    </message>
    <message>
        <source>With %1 here (%2), a total would be %3, more than a report can hold (at most %L4).</source>
        <translation>此处填 %1（%2）后，合计将为 %3，超出报告可容纳的范围（最大 %L4）。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewActions</name>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Comment…</source>
        <translation>添加批注(&amp;A)…</translation>
    </message>
    <message>
        <source>Show &amp;Comments</source>
        <translation>显示批注(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>提交审阅(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Return for Changes</source>
        <translation>退回修改(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>审核通过(&amp;P)</translation>
    </message>
    <message>
        <source>Review &amp;Mode (Content Read-Only)</source>
        <translation>审阅模式（内容只读）(&amp;M)</translation>
    </message>
    <message>
        <source>Compare with &amp;Version…</source>
        <translation>与其他版本比较(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export Review Copy…</source>
        <translation>导出审阅稿(&amp;E)…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>已提交审阅</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Submitted report</source>
        <translation>已提交的报告</translation>
    </message>
    <message>
        <source>This report was submitted for review. Open it in review mode, with its content read-only? Comments can still be added.</source>
        <translation>此报告已提交审阅。是否以审阅模式打开（内容只读）？仍可添加批注。</translation>
    </message>
    <message>
        <source>Compare with another version</source>
        <translation>与其他版本比较</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n open comment(s)</source>
        <translation>
            <numerusform>%1 · %n 条未解决批注</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The content changed after it was submitted by %1 on %2: reviewers see a different report than the one submitted.</source>
        <translation>⚠ 内容在 %1 于 %2 提交后又有改动：审阅人看到的已不是提交时的报告。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewDesk</name>
    <message>
        <source>Review desk — %1</source>
        <translation>审阅台 — %1</translation>
    </message>
    <message>
        <source>Search agency or file</source>
        <translation>搜索单位或文件</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>审阅台</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>全部检查</translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>导出汇总表…</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <source>reports.csv</source>
        <translation>报告一览.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Sum into a New Report</source>
        <translation>汇总为新报告</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) exported</source>
        <translation>
            <numerusform>已导出 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank cell(s) counted as 0.</source>
        <translation>
            <numerusform>%n 个空白单元格按 0 计。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 份报告写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n report(s): </source>
        <translation>
            <numerusform>已检查 %n 份报告：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 份有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 项错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 项警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n 个文件无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The sum cannot be made: %1</source>
        <translation>无法合计：%1</translation>
    </message>
    <message>
        <source>Charts…</source>
        <translation>图表…</translation>
    </message>
    <message>
        <source>The folder has no report that could be read.</source>
        <translation>此文件夹中没有可读取的报告。</translation>
    </message>
</context>
<context>
    <name>nianbao::SectionPage</name>
    <message>
        <source>This section is in the report</source>
        <translation>报告包含此部分</translation>
    </message>
    <message>
        <source>Every report must have all six sections; untick only to see what the check says.</source>
        <translation>每份报告都必须包含全部六个部分；取消勾选仅用于查看检查结果。</translation>
    </message>
    <message>
        <source>Text of this section besides the table</source>
        <translation>本部分表格以外的文字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Subsections （一）（二）…</source>
        <translation>小节（一）（二）…</translation>
    </message>
</context>
<context>
    <name>nianbao::SubsectionPanel</name>
    <message>
        <source>Heading without its number, e.g. 主动公开情况</source>
        <translation>不含序号的标题，例如：主动公开情况</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a subsection at the end</source>
        <translation>在末尾添加小节</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the subsection up</source>
        <translation>小节上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the subsection down</source>
        <translation>小节下移</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>New subsection</source>
        <translation>新小节</translation>
    </message>
</context>
<context>
    <name>nianbao::SumDialog</name>
    <message>
        <source>Sum into a new report</source>
        <translation>汇总为新报告</translation>
    </message>
    <message>
        <source>&amp;Sum</source>
        <translation>汇总(&amp;S)</translation>
    </message>
    <message>
        <source>These reports will be added up; untick one to leave it out.</source>
        <translation>将汇总以下报告；取消勾选可不计入。</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>(no year)</source>
        <translation>（无年度）</translation>
    </message>
    <message>
        <source>No report is ticked.</source>
        <translation>未勾选任何报告。</translation>
    </message>
    <message>
        <source>Leave a report out first:</source>
        <translation>请先取消其中一份报告：</translation>
    </message>
</context>
<context>
    <name>nianbao::ViewActions</name>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Show the findings of every consistency rule</source>
        <translation>显示全部一致性检查结果</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom: %1 pt</source>
        <translation>缩放：%1 磅</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
</context>
<context>
    <name>nianbao::YearOverYearPage</name>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>增减 %</translation>
    </message>
    <message>
        <source>Sentences found again in last year&apos;s report:</source>
        <translation>上年度报告中已有的句子：</translation>
    </message>
    <message>
        <source>No report of last year is attached. Attach one (File ▸ Attach Last Year&apos;s Report…) to see how every figure moved and which sentences were copied.</source>
        <translation>尚未附上上年度报告。附上后（文件 ▸ 附加上年度报告…）可查看每个数字的增减以及哪些句子照搬了上年。</translation>
    </message>
    <message>
        <source>Compared with %1&apos;s report for %2.</source>
        <translation>对比：%1 %2 年度报告。</translation>
    </message>
    <message>
        <source>The attached report is not last year&apos;s report of this agency: %1.</source>
        <translation>所附报告不是本单位的上年度报告：%1。</translation>
    </message>
    <message>
        <source>whole report %1%</source>
        <translation>全文 %1%</translation>
    </message>
    <message>
        <source>Text repeated from last year: %1</source>
        <translation>与上年重复的文字：%1</translation>
    </message>
    <message>
        <source>Export Comparison…</source>
        <translation>导出对比…</translation>
    </message>
    <message>
        <source>No report of last year is attached.</source>
        <translation>尚未附上上年度报告。</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>Word memo (*.docx);;PDF memo (*.pdf);;JSON (*.json)</source>
        <translation>Word 备忘 (*.docx);;PDF 备忘 (*.pdf);;JSON (*.json)</translation>
    </message>
</context>
</TS>
