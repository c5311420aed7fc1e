<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::DocxCommentsReader</name>
    <message>
        <source>contains a DTD, which Office files never do; refused</source>
        <translation>含有 DTD（Office 文件从不如此），已拒绝</translation>
    </message>
    <message>
        <source>elements nested more than %1 deep; refused</source>
        <translation>元素嵌套超过 %1 层，已拒绝</translation>
    </message>
    <message>
        <source>more than %L1 comments; refused</source>
        <translation>批注超过 %L1 条，已拒绝</translation>
    </message>
    <message>
        <source>not valid XML (%1)</source>
        <translation>不是有效的 XML（%1）</translation>
    </message>
</context>
<context>
    <name>nianbao::DocxDocumentParser</name>
    <message>
        <source>contains a DTD, which Office files never do; refused</source>
        <translation>含有 DTD 声明（Office 文件不会包含），已拒绝</translation>
    </message>
    <message>
        <source>%1 line %2, column %3</source>
        <translation>%1 第%2行第%3列</translation>
    </message>
    <message>
        <source>not valid XML (%1)</source>
        <translation>XML 格式错误（%1）</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>elements nested more than %1 deep (line %2); refused</source>
        <translation>元素嵌套超过 %1 层（第%2行），已拒绝</translation>
    </message>
    <message>
        <source>not a Word document body (the root element is not WordprocessingML)</source>
        <translation>不是 Word 文档正文（根元素不是 WordprocessingML）</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>文字不是有效的 %1 编码</translation>
    </message>
</context>
<context>
    <name>nianbao::DocxFormat</name>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
</context>
<context>
    <name>nianbao::DocxWriter</name>
    <message>
        <source>cannot write %1 (zip error %2)</source>
        <translation>无法写入 %1（zip 错误 %2）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the package (zip error %1)</source>
        <translation>无法创建文档包（zip 错误 %1）</translation>
    </message>
    <message>
        <source>cannot finish the package (zip error %1)</source>
        <translation>无法完成文档包（zip 错误 %1）</translation>
    </message>
</context>
<context>
    <name>nianbao::FormatRegistry</name>
    <message>
        <source>cannot read this kind of file (known: %1)</source>
        <translation>无法读取此类文件（支持：%1）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>too large for a report (%1 MB)</source>
        <translation>文件过大，不像是年度报告（%1 MB）</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot write this kind of file (known: %1)</source>
        <translation>无法写入此类文件（支持：%1）</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>所有报告</translation>
    </message>
    <message>
        <source>a loop of symbolic links (%1)</source>
        <translation>符号链接形成了循环（%1）</translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist</source>
        <translation>指向 %1 的符号链接，而该文件不存在</translation>
    </message>
</context>
<context>
    <name>nianbao::GraphicWriter</name>
    <message>
        <source>a .%1 图解 needs the graphical libraries</source>
        <translation>.%1 格式的图解需要图形库</translation>
    </message>
    <message>
        <source>a 图解 is written as .svg, .png or .pdf, not .%1</source>
        <translation>图解只能存为 .svg、.png 或 .pdf，不能存为 .%1</translation>
    </message>
    <message>
        <source>the SVG names its fonts but embeds none (%1): a reader without them sees other fonts</source>
        <translation>SVG 只写明字体名称，未嵌入字体（%1）：没有这些字体的读者将看到其他字体</translation>
    </message>
    <message>
        <source>%1 has no glyph for %2, which a reader&apos;s own fonts show</source>
        <translation>%1 没有“%2”的字形，读者将以自己的字体显示</translation>
    </message>
</context>
<context>
    <name>nianbao::HtmlBlockReader</name>
    <message>
        <source>line %1</source>
        <translation>第%1行</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>nianbao::HtmlFormat</name>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>binary data, not a web page</source>
        <translation>是二进制数据，不是网页</translation>
    </message>
</context>
<context>
    <name>nianbao::IsolatedPdfReader</name>
    <message>
        <source>reading it took more than %1 seconds; the PDF reader was stopped</source>
        <translation>读取超过 %1 秒，已停止 PDF 读取进程</translation>
    </message>
    <message>
        <source>reading it needs more than %1 MB of memory (a damaged or hostile PDF); refused</source>
        <translation>读取需要超过 %1 MB 内存（PDF 已损坏或含恶意内容），已拒绝</translation>
    </message>
    <message>
        <source>the PDF reader (poppler) failed on this file (a damaged or hostile PDF); refused</source>
        <translation>PDF 读取程序（poppler）处理此文件失败（PDF 已损坏或含恶意内容），已拒绝</translation>
    </message>
    <message>
        <source>the PDF reader gave no answer (exit status %1)</source>
        <translation>PDF 读取进程没有返回结果（退出状态 %1）</translation>
    </message>
    <message>
        <source>the PDF reader nianbao-pdf-reader is not installed beside this program; reinstall Nianbao to read PDFs</source>
        <translation>本程序旁未安装 PDF 读取程序 nianbao-pdf-reader；请重新安装年报后再读取 PDF</translation>
    </message>
</context>
<context>
    <name>nianbao::JsonCodec</name>
    <message>
        <source>expected a list of paragraphs</source>
        <translation>应为段落列表</translation>
    </message>
    <message>
        <source>expected a paragraph (text)</source>
        <translation>应为段落（文本）</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>应为数字或 null</translation>
    </message>
    <message>
        <source>this is not a Nianbao report (format “%1”, expected “%2”)</source>
        <translation>不是年报文件（格式为“%1”，应为“%2”）</translation>
    </message>
    <message>
        <source>written by a newer Nianbao (format version %1; this version reads up to %2); please update Nianbao</source>
        <translation>由更新版本的年报编辑器保存（格式版本 %1，本版本最高支持 %2），请升级本软件</translation>
    </message>
    <message>
        <source>expected a year such as 2024</source>
        <translation>应为年份，如 2024</translation>
    </message>
    <message>
        <source>expected an object of sections</source>
        <translation>应为各部分组成的对象</translation>
    </message>
    <message>
        <source>expected an object with paragraphs</source>
        <translation>应为包含段落的对象</translation>
    </message>
    <message>
        <source>expected a list of subsections</source>
        <translation>应为小节列表</translation>
    </message>
    <message>
        <source>expected a subsection with a heading and paragraphs</source>
        <translation>应为包含标题和段落的小节</translation>
    </message>
    <message>
        <source>expected an object of tables</source>
        <translation>应为表格组成的对象</translation>
    </message>
    <message>
        <source>expected an object of rows</source>
        <translation>应为表格行组成的对象</translation>
    </message>
    <message>
        <source>expected an object of cells</source>
        <translation>应为单元格组成的对象</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form 2024-01-31</source>
        <translation>“%1”不是 2024-01-31 格式的日期</translation>
    </message>
    <message>
        <source>expected an object with organization and date</source>
        <translation>应为包含落款单位和日期的对象</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第%1行第%2列</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON 格式错误（%1）</translation>
    </message>
    <message>
        <source>not a report: the JSON file holds no object</source>
        <translation>不是报告：JSON 文件中没有对象</translation>
    </message>
    <message>
        <source>expected a whole number such as 1</source>
        <translation>应为整数，如 1</translation>
    </message>
    <message>
        <source>expected an object with state and history</source>
        <translation>应为包含 state 和 history 的对象</translation>
    </message>
    <message>
        <source>expected draft, submitted, returned or approved</source>
        <translation>应为 draft、submitted、returned 或 approved</translation>
    </message>
    <message>
        <source>expected a list of review steps</source>
        <translation>应为审阅记录列表</translation>
    </message>
    <message>
        <source>expected a review step with state, by and at</source>
        <translation>应为包含 state、by、at 的审阅记录</translation>
    </message>
    <message>
        <source>expected a time such as 2025-01-18T16:00:00+08:00</source>
        <translation>应为时间，如 2025-01-18T16:00:00+08:00</translation>
    </message>
    <message>
        <source>expected sha256: and 64 hexadecimal digits</source>
        <translation>应为 sha256: 加 64 位十六进制数字</translation>
    </message>
    <message>
        <source>expected a list of summed reports</source>
        <translation>应为被汇总报告的列表</translation>
    </message>
    <message>
        <source>expected a summed report with from and value</source>
        <translation>应为含 from 和 value 的被汇总报告</translation>
    </message>
</context>
<context>
    <name>nianbao::JsonFormat</name>
    <message>
        <source>Nianbao report</source>
        <translation>年报文件</translation>
    </message>
    <message>
        <source>Interchange JSON</source>
        <translation>交换格式 JSON</translation>
    </message>
</context>
<context>
    <name>nianbao::MarkdownFormat</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>nianbao::OoxmlPackage</name>
    <message>
        <source>this is an old Word 97–2003 .doc file, not a .docx; save it as .docx first</source>
        <translation>这是旧版 Word 97–2003 .doc 文件，不是 .docx，请先另存为 .docx</translation>
    </message>
    <message>
        <source>not a .docx file (not a zip archive)</source>
        <translation>不是 .docx 文件（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>damaged .docx: the zip archive cannot be read (error %1)</source>
        <translation>.docx 文件已损坏：无法读取压缩包（错误 %1）</translation>
    </message>
    <message>
        <source>missing from the package</source>
        <translation>文档包中缺少该部分</translation>
    </message>
    <message>
        <source>too large (%1 MB unpacked); refusing to unpack it</source>
        <translation>解压后过大（%1 MB），拒绝解压</translation>
    </message>
    <message>
        <source>cannot be unpacked (error %1)</source>
        <translation>无法解压（错误 %1）</translation>
    </message>
    <message>
        <source>damaged data in the package</source>
        <translation>文档包数据已损坏</translation>
    </message>
    <message>
        <source>unpacks to more than %1 MB; refusing (zip bomb?)</source>
        <translation>解压后超过 %1 MB，已拒绝（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>damaged data in the package (checksum error)</source>
        <translation>文档包数据已损坏（校验错误）</translation>
    </message>
    <message>
        <source>not a Word document: %1</source>
        <translation>不是 Word 文档：%1</translation>
    </message>
    <message>
        <source>contains a DTD, which Office files never do; refused</source>
        <translation>含有 DTD 声明（Office 文件不会包含），已拒绝</translation>
    </message>
    <message>
        <source>the main document is an external reference (%1); not followed</source>
        <translation>主文档指向外部链接（%1），不予访问</translation>
    </message>
    <message>
        <source>not valid XML (%1)</source>
        <translation>XML 格式错误（%1）</translation>
    </message>
    <message>
        <source>names no main document: not a Word document</source>
        <translation>未指明主文档，不是 Word 文档</translation>
    </message>
</context>
<context>
    <name>nianbao::PastedReport</name>
    <message>
        <source>the clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>nothing to read: copy a report&apos;s page or text first</source>
        <translation>没有可读取的内容：请先复制报告的网页或文字</translation>
    </message>
</context>
<context>
    <name>nianbao::PdfContentReader</name>
    <message>
        <source>not a PDF file (it does not begin with %PDF-)</source>
        <translation>不是 PDF 文件（开头不是 %PDF-）</translation>
    </message>
    <message>
        <source>damaged PDF: it cannot be opened</source>
        <translation>PDF 文件已损坏，无法打开</translation>
    </message>
    <message>
        <source>damaged PDF: it cannot be opened (%1)</source>
        <translation>PDF 文件已损坏，无法打开（%1）</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; open it in a PDF reader and save an unprotected copy</source>
        <translation>PDF 文件有密码保护；请在 PDF 阅读器中打开并另存一份不加密的副本</translation>
    </message>
    <message>
        <source>the PDF&apos;s author forbids copying its text</source>
        <translation>PDF 文件的作者禁止复制其中的文字</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF 文件没有页面</translation>
    </message>
    <message>
        <source>%1 pages; an annual report has at most %2</source>
        <translation>共 %1 页；年度报告最多 %2 页</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>more than %1 words; no annual report is that long</source>
        <translation>超过 %1 个词；没有这么长的年度报告</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scan?); Nianbao reads text, not images of it</source>
        <translation>PDF 文件没有文字层（扫描件？）；年报编辑器只能读取文字，不能识别图片中的文字</translation>
    </message>
    <message>
        <source>reading its text took more than %1 seconds; refused</source>
        <translation>读取其中文字超过 %1 秒，已拒绝</translation>
    </message>
    <message>
        <source>poppler cannot read this page (its page dictionary is damaged); refused</source>
        <translation>poppler 无法读取此页（页面字典已损坏），拒绝读取</translation>
    </message>
    <message>
        <source>more than %1 characters on one page; no report&apos;s page has a tenth of that; refused</source>
        <translation>一页超过 %1 个字符；年报的一页连其十分之一都没有；拒绝读取</translation>
    </message>
    <message>
        <source>%1 of %2 characters cannot be decoded (their fonts have no map to Unicode); export the PDF again with its text, or send the Word file</source>
        <translation>%2 个字符中有 %1 个无法解码（其字体没有到 Unicode 的映射）；请重新导出带文字的 PDF，或发送 Word 文件</translation>
    </message>
    <message>
        <source>more than %L1 review notes; a report holds at most %L2 comments and as many replies; refused</source>
        <translation>批注超过 %L1 条；一份报告最多容纳 %L2 条批注和同样多的回复；拒绝读取</translation>
    </message>
    <message>
        <source>%L1 notes (annotations) on this page, more than poppler reads (%L2): it reads nothing of the page then; refused</source>
        <translation>此页有 %L1 条注释，超过 poppler 能读取的 %L2 条，整页都无法读取；拒绝读取</translation>
    </message>
    <message>
        <source>its list of notes (/Annots) is not a list, so poppler cannot read the page; refused</source>
        <translation>此页的注释列表（/Annots）不是列表，poppler 无法读取此页；拒绝读取</translation>
    </message>
</context>
<context>
    <name>nianbao::PdfFormat</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>PDF output needs the graphical libraries</source>
        <translation>输出 PDF 需要图形库</translation>
    </message>
    <message>
        <source>cannot embed a font: %1</source>
        <translation>无法嵌入字体：%1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Comment (resolved)</source>
        <translation>批注（已解决）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>%L1 review notes would stand on this page; PDF readers (poppler, and so Okular, Evince and Nianbao) read no page with more than %L2. Write the review copy as .docx, or resolve and delete comments first.</source>
        <translation>此页将有 %L1 条批注；PDF 阅读器（poppler，以及 Okular、Evince 和年报）无法读取批注超过 %L2 条的页面。请将审阅稿存为 .docx，或先处理并删除部分批注。</translation>
    </message>
</context>
<context>
    <name>nianbao::PdfLayoutReader</name>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportAssembler</name>
    <message>
        <source>no section headings or statistics tables found: this does not look like an annual report (政府信息公开工作年度报告)</source>
        <translation>未找到各部分标题或统计表，不像是政府信息公开工作年度报告</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportFormat</name>
    <message>
        <source>%1 files cannot be read</source>
        <translation>无法读取%1文件</translation>
    </message>
    <message>
        <source>%1 files cannot be written</source>
        <translation>无法写入%1文件</translation>
    </message>
</context>
<context>
    <name>nianbao::SafeWriter</name>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>符号链接层级过多</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is a device, pipe or socket, not a file; refusing to write to it</source>
        <translation>这是设备、管道或套接字，不是文件，拒绝写入</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::TextFormat</name>
    <message>
        <source>Plain text (published layout)</source>
        <translation>纯文本（公开发布格式）</translation>
    </message>
    <message>
        <source>binary data, not text (is it a .docx or .pdf with the wrong extension?)</source>
        <translation>是二进制数据而非文本（是否把 .docx 或 .pdf 改错了扩展名？）</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030</source>
        <translation>文本编码既不是 UTF-8 也不是 GB18030</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第%1行</translation>
    </message>
    <message>
        <source>damaged UTF-16 text</source>
        <translation>UTF-16 文本已损坏</translation>
    </message>
</context>
</TS>
