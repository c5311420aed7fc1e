<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::AnnotationsModel</name>
    <message>
        <source>Whole report</source>
        <translation>整篇报告</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表%1</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>落款单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>nianbao::ComparisonMemo</name>
    <message>
        <source>cannot create the package (zip error %1)</source>
        <translation>无法创建文件包（zip 错误 %1）</translation>
    </message>
    <message>
        <source>cannot write the package (zip error %1)</source>
        <translation>无法写入文件包（zip 错误 %1）</translation>
    </message>
    <message>
        <source>cannot finish the package (zip error %1)</source>
        <translation>无法完成文件包（zip 错误 %1）</translation>
    </message>
    <message>
        <source>a PDF memo needs the graphical libraries</source>
        <translation>PDF 备忘需要图形库</translation>
    </message>
    <message>
        <source>a comparison is written as .pdf, .docx or .json, not .%1</source>
        <translation>对比结果只能存为 .pdf、.docx 或 .json，不能存为 .%1</translation>
    </message>
</context>
<context>
    <name>nianbao::FindingsModel</name>
    <message>
        <source>Report information</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message numerus="yes">
        <source>%n blank cell(s): type 0 where nothing happened</source>
        <translation>
            <numerusform>%n 个空白单元格：没有发生的请填 0</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand to see each blank cell; “Fill blanks with 0” fills them at once.</source>
        <translation>展开可逐个查看空白单元格；“空白填 0”可一次填好。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportDocument</name>
    <message>
        <source>Edit cell</source>
        <translation>编辑单元格</translation>
    </message>
    <message>
        <source>Use the computed value</source>
        <translation>使用计算值</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <source>Add subsection</source>
        <translation>添加小节</translation>
    </message>
    <message>
        <source>Remove subsection</source>
        <translation>删除小节</translation>
    </message>
    <message>
        <source>Move subsection</source>
        <translation>移动小节</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>删除部分</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>修改批注</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>回复批注</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>解决批注</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>重新打开批注</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审阅</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>Edit year</source>
        <translation>编辑年度</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>编辑标题</translation>
    </message>
    <message>
        <source>Edit kind of body</source>
        <translation>编辑机关类型</translation>
    </message>
    <message>
        <source>Edit signature</source>
        <translation>编辑落款单位</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>编辑落款日期</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>替换“%1”</translation>
    </message>
    <message>
        <source>Replace all “%1”</source>
        <translation>全部替换“%1”</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportFolderModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>审阅状态</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>未解决批注</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
</TS>
