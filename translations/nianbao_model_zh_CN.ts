<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::CheckCommand</name>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>错误 %1 项，警告 %2 项，提示 %3 项</translation>
    </message>
</context>
<context>
    <name>nianbao::CommandLine</name>
    <message>
        <source> (output only)</source>
        <translation>（仅输出）</translation>
    </message>
    <message>
        <source>Usage:
  nianbao [FILE...]                 open the editor (with the given reports)
  nianbao convert IN OUT            convert a report; formats by extension
  nianbao check [--json] [--previous LAST_YEAR] FILE...
                                    run every consistency rule and print the findings
  nianbao --version | --help

Formats:
%1

Exit status: 0 success and no error finding, 1 at least one error finding,
2 a file could not be read or written (the message names the file and the reason).
</source>
        <translation>用法：
  nianbao [文件...]                 打开编辑器（并打开所给报告）
  nianbao convert IN OUT            转换报告，按扩展名确定格式
  nianbao check [--json] [--previous 上年报告] 文件...
                                    运行全部一致性检查规则并输出结果
  nianbao --version | --help

格式：
%1

退出状态：0 成功且无错误；1 至少有一项错误；
2 文件无法读取或写入（提示信息说明文件和原因）。
</translation>
    </message>
    <message>
        <source>Nianbao: editor for government information disclosure annual reports (政府信息公开工作年度报告)</source>
        <translation>年报：政府信息公开工作年度报告编辑器</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>以 JSON 格式输出检查结果。</translation>
    </message>
    <message>
        <source>Last year&apos;s report, for the cross-year rules.</source>
        <translation>上年报告，用于跨年度检查。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>显示帮助。</translation>
    </message>
    <message>
        <source>nianbao convert: expected an input and an output file, e.g. nianbao convert report.docx report.pdf</source>
        <translation>nianbao convert：需要输入文件和输出文件，例如 nianbao convert report.docx report.pdf</translation>
    </message>
    <message>
        <source>nianbao check: name at least one report file</source>
        <translation>nianbao check：请至少指定一个报告文件</translation>
    </message>
</context>
<context>
    <name>nianbao::ConvertCommand</name>
    <message>
        <source>%1: refusing to overwrite the input with the output</source>
        <translation>%1：输出文件与输入文件相同，拒绝覆盖</translation>
    </message>
</context>
<context>
    <name>nianbao::DocxDocumentParser</name>
    <message>
        <source>contains a DTD, which Office files never do; refused</source>
        <translation>含有 DTD 声明（Office 文件不会包含），已拒绝</translation>
    </message>
    <message>
        <source>not a Word document body (namespace %1)</source>
        <translation>不是 Word 文档正文（命名空间 %1）</translation>
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
</context>
<context>
    <name>nianbao::FontSubset</name>
    <message>
        <source>the font has no glyphs HarfBuzz can read</source>
        <translation>字体中没有 HarfBuzz 能读取的字形</translation>
    </message>
    <message>
        <source>HarfBuzz could not subset the font</source>
        <translation>HarfBuzz 无法提取字体子集</translation>
    </message>
</context>
<context>
    <name>nianbao::FormatRegistry</name>
    <message>
        <source>All reports (%1)</source>
        <translation>所有报告（%1）</translation>
    </message>
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
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::JsonCodec</name>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
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
        <source>expected a whole number</source>
        <translation>应为整数</translation>
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
</context>
<context>
    <name>nianbao::ReportAssembler</name>
    <message>
        <source>no section headings or statistics tables found: this does not look like an annual report (政府信息公开工作年度报告)</source>
        <translation>未找到各部分标题或统计表，不像是政府信息公开工作年度报告</translation>
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
        <source>Edit %1</source>
        <translation>编辑%1</translation>
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
</context>
<context>
    <name>nianbao::ReportFonts</name>
    <message>
        <source>no usable Chinese font is installed (tried %1); install the Debian packages %2</source>
        <translation>未安装可用的中文字体（已尝试 %1），请安装 Debian 软件包 %2</translation>
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
    <name>nianbao::RuleEngine</name>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>The report uses the 2019 trial table layout (%1); use the 2021 template (国办公开办函〔2021〕30号).</source>
        <translation>报告使用的是 2019 年试行表格格式（%1），请使用 2021 年模板（国办公开办函〔2021〕30号）。</translation>
    </message>
    <message>
        <source>%1 is blank; write 0 when nothing happened.</source>
        <translation>%1 为空；没有发生时请填 0。</translation>
    </message>
    <message>
        <source>%1 is “%2”; write 0 when nothing happened.</source>
        <translation>%1 为“%2”；没有发生时请填 0。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1: %2 is negative.</source>
        <translation>%1：%2 为负数。</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number.</source>
        <translation>%1：%2 不是整数。</translation>
    </message>
    <message>
        <source>%1: 总计 is %2, but the applicant columns add up to %3.</source>
        <translation>%1：总计为 %2，但各申请人列之和为 %3。</translation>
    </message>
    <message>
        <source>Column %1: （七）总计 is %2, but the results （一）–（六） add up to %3.</source>
        <translation>“%1”列：（七）总计为 %2，但（一）至（六）之和为 %3。</translation>
    </message>
    <message>
        <source>%1: 总计 is %2, but 维持 + 纠正 + 其他 + 尚未审结 = %3.</source>
        <translation>%1：总计为 %2，但维持 + 纠正 + 其他 + 尚未审结 = %3。</translation>
    </message>
    <message>
        <source>Column %1 does not balance: 新收 + 上年结转 = %2, but 办理结果总计 + 结转下年度 = %3.</source>
        <translation>“%1”列勾稽关系不平衡：新收 + 上年结转 = %2，但办理结果总计 + 结转下年度 = %3。</translation>
    </message>
    <message>
        <source>Column %1: 上年结转 is %2, but last year&apos;s report carried %3 over (结转下年度).</source>
        <translation>“%1”列：上年结转为 %2，但上年报告的结转下年度为 %3。</translation>
    </message>
    <message>
        <source>%1: 现行有效 is %2; last year&apos;s %3 + 本年制发 − 本年废止 gives %4. If documents were cleaned up, say so in the text.</source>
        <translation>%1：现行有效件数为 %2；按上年 %3 + 本年制发 − 本年废止计算应为 %4。如开展了文件清理，请在正文中说明。</translation>
    </message>
    <message>
        <source>Section %1 is missing.</source>
        <translation>缺少%1部分。</translation>
    </message>
    <message>
        <source>Section %1 says too little; reviewers expect at least a sentence.</source>
        <translation>%1内容过少，至少应有一句完整的说明。</translation>
    </message>
    <message>
        <source>The heading of %1 is missing; export writes the standard heading.</source>
        <translation>缺少“%1”标题，导出时将写入标准标题。</translation>
    </message>
    <message>
        <source>The heading “%1” deviates from the standard “%2”; export writes the standard form.</source>
        <translation>标题“%1”与标准写法“%2”不一致，导出时将写成标准形式。</translation>
    </message>
    <message>
        <source>The text says “%1”, but the table gives %2.</source>
        <translation>正文写“%1”，但表格中为%2。</translation>
    </message>
    <message>
        <source>Table 三 counts applications dropped for unpaid fees (（六）2), but section 六 says nothing of 收费通知 or 信息处理费.</source>
        <translation>表三（六）2 统计了逾期未缴纳费用的申请，但第六部分未说明收费通知或信息处理费情况。</translation>
    </message>
    <message>
        <source>The report year is not set.</source>
        <translation>未填写报告年度。</translation>
    </message>
    <message>
        <source>The title names the year %1, but the report is for %2.</source>
        <translation>标题中的年度为%1年，但报告年度为%2年。</translation>
    </message>
    <message>
        <source>The statistics period runs from %1 to %2, but the report is for %3.</source>
        <translation>统计期限为%1年至%2年，但报告年度为%3年。</translation>
    </message>
    <message>
        <source>The report is dated %1, before the year %2 has ended.</source>
        <translation>成文日期为%1，早于%2年度结束。</translation>
    </message>
    <message>
        <source>The report is dated %1, after the legal deadline %2.</source>
        <translation>成文日期为%1，晚于法定期限%2。</translation>
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
</context>
<context>
    <name>nianbao::TrueTypeSubsetter</name>
    <message>
        <source>the font&apos;s %1 table is damaged</source>
        <translation>字体的 %1 表已损坏</translation>
    </message>
</context>
</TS>
