<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::CheckCommand</name>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>错误 %1 项，警告 %2 项，提示 %3 项</translation>
    </message>
    <message>
        <source>Run every consistency rule on each report and print the findings.</source>
        <translation>对每份报告运行全部一致性检查规则并输出检查结果。</translation>
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
        <source>nianbao check: name at least one report file</source>
        <translation>nianbao check：请至少指定一个报告文件</translation>
    </message>
    <message>
        <source>One line per report: agency, year, counts, review state.</source>
        <translation>每份报告一行：单位、年度、各类问题数、审阅状态。</translation>
    </message>
    <message>
        <source>With --summary: CSV that WPS and Excel open (UTF-8 with BOM).</source>
        <translation>与 --summary 同用：输出 WPS 和 Excel 能直接打开的 CSV（带 BOM 的 UTF-8）。</translation>
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
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>审阅状态</translation>
    </message>
</context>
<context>
    <name>nianbao::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Usage: nianbao %1 %2</source>
        <translation>用法：nianbao %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
</context>
<context>
    <name>nianbao::CommandLine</name>
    <message>
        <source> (output only)</source>
        <translation>（仅输出）</translation>
    </message>
    <message>
        <source>Nianbao: editor for government information disclosure annual reports (政府信息公开工作年度报告)</source>
        <translation>年报：政府信息公开工作年度报告编辑器</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>open the editor (with the given reports)</source>
        <translation>打开编辑器（并打开指定的报告）</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Exit status: 0 success and no error finding, 1 at least one error finding,
2 a file could not be read or written (the message names the file and the reason).
</source>
        <translation>退出状态：0 成功且无错误；1 至少有一项错误；
2 文件无法读取或写入（消息中注明文件和原因）。
</translation>
    </message>
    <message>
        <source>nianbao: &apos;%1&apos; is not a command, nor a file to open</source>
        <translation>nianbao：“%1”不是命令，也不是可以打开的文件</translation>
    </message>
    <message>
        <source>nianbao: cannot write the output: %1</source>
        <translation>nianbao：无法写出输出：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::CompareCommand</name>
    <message>
        <source>Compare a report with the same agency&apos;s report of last year: how every figure moved, and which sentences were copied.</source>
        <translation>把报告与本单位上年度报告对比：每个数字的变化，以及哪些句子照搬了上年。</translation>
    </message>
    <message>
        <source>Print the comparison as JSON.</source>
        <translation>以 JSON 输出对比结果。</translation>
    </message>
    <message>
        <source>nianbao compare: expected last year&apos;s report and this year&apos;s, e.g. nianbao compare 2023.docx 2024.docx</source>
        <translation>nianbao compare：需要上年度和本年度两份报告，例如 nianbao compare 2023.docx 2024.docx</translation>
    </message>
    <message>
        <source>nianbao compare: %1 and %2 cannot be compared: %3</source>
        <translation>nianbao compare：%1 与 %2 无法对比：%3</translation>
    </message>
    <message>
        <source>%1: %2 compared with %3</source>
        <translation>%1：%2 年与 %3 年对比</translation>
    </message>
    <message>
        <source>No figure changed.</source>
        <translation>没有数字变化。</translation>
    </message>
    <message>
        <source>The largest changes:</source>
        <translation>变化最大的项：</translation>
    </message>
    <message>
        <source>Text repeated from last year&apos;s report:</source>
        <translation>与上年度报告重复的文字：</translation>
    </message>
    <message>
        <source>the whole report</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Also write the comparison as a memo: FILE.pdf, FILE.docx or FILE.json.</source>
        <translation>同时把对比结果写成备忘：FILE.pdf、FILE.docx 或 FILE.json。</translation>
    </message>
    <message>
        <source>%1: refusing to write the memo over a report it compares</source>
        <translation>%1：拒绝用备忘覆盖被对比的报告</translation>
    </message>
</context>
<context>
    <name>nianbao::ConvertCommand</name>
    <message>
        <source>%1: refusing to overwrite the input with the output</source>
        <translation>%1：输出文件与输入文件相同，拒绝覆盖</translation>
    </message>
    <message>
        <source>Convert a report; the formats follow from the extensions.</source>
        <translation>转换报告；格式由扩展名决定。</translation>
    </message>
    <message>
        <source>nianbao convert: expected an input and an output file, e.g. nianbao convert report.docx report.pdf</source>
        <translation>nianbao convert：需要输入文件和输出文件，例如 nianbao convert report.docx report.pdf</translation>
    </message>
    <message>
        <source>Keep the review comments in a .docx (as Word comments) or .pdf (as notes); publication copies leave them out.</source>
        <translation>在 .docx（作为 Word 批注）或 .pdf（作为注释）中保留审阅批注；发布稿默认不含批注。</translation>
    </message>
    <message>
        <source>%1: plain text has no place for comments; they are left out</source>
        <translation>%1：纯文本无法容纳批注，已略去</translation>
    </message>
    <message>
        <source>Many files at once: the format to write (pdf, docx, txt, json, nianbao).</source>
        <translation>批量转换：要写出的格式（pdf、docx、txt、json、nianbao）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Many files at once: the folder to write them into.</source>
        <translation>批量转换：写入的文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>nianbao convert: expected --to FORMAT (one of %1), --output-dir DIR and at least one file</source>
        <translation>nianbao convert：需要 --to 格式（%1 之一）、--output-dir 文件夹和至少一个文件</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: refusing to write %2 over an input</source>
        <translation>%1：拒绝把 %2 写在输入文件上</translation>
    </message>
    <message>
        <source>%1: is a file, not a folder; name a folder for the outputs</source>
        <translation>%1：这是文件，不是文件夹；请为输出指定一个文件夹</translation>
    </message>
</context>
<context>
    <name>nianbao::DiffCommand</name>
    <message>
        <source>Show what changed between two versions of a report: cells, fields and paragraphs.</source>
        <translation>比较报告的两个版本，列出改动的单元格、字段和段落。</translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation>以 JSON 格式输出改动。</translation>
    </message>
    <message>
        <source>nianbao diff: expected two reports, e.g. nianbao diff submitted.docx returned.docx</source>
        <translation>nianbao diff：需要两份报告，例如 nianbao diff submitted.docx returned.docx</translation>
    </message>
    <message>
        <source> (heading)</source>
        <translation>（标题）</translation>
    </message>
    <message>
        <source>The two reports have the same content.</source>
        <translation>两份报告内容相同。</translation>
    </message>
</context>
<context>
    <name>nianbao::GraphicCommand</name>
    <message>
        <source>Draw the report&apos;s key figures as a 图解 for the website (SVG, PNG 750 px wide, or an A4 PDF); with last year&apos;s report, the change beside each figure.</source>
        <translation>把报告的主要数据画成网站用的图解（SVG、750 像素宽的 PNG 或 A4 PDF）；附上年度报告时，每个数字旁标出增减。</translation>
    </message>
    <message>
        <source>Last year&apos;s report, to show each figure&apos;s change.</source>
        <translation>上年度报告，用于标出每个数字的增减。</translation>
    </message>
    <message>
        <source>Pixels per unit of a PNG: 1 (750 px wide, the default) or 2 (1,500).</source>
        <translation>PNG 的像素倍数：1（750 像素宽，默认）或 2（1500 像素）。</translation>
    </message>
    <message>
        <source>nianbao graphic: expected a report and the picture to write, e.g. nianbao graphic 2024.docx 2024.svg</source>
        <translation>nianbao graphic：需要一份报告和要写出的图片，例如 nianbao graphic 2024.docx 2024.svg</translation>
    </message>
    <message>
        <source>%1: a 图解 is written as .svg, .png or .pdf</source>
        <translation>%1：图解只能存为 .svg、.png 或 .pdf</translation>
    </message>
    <message>
        <source>nianbao graphic: --scale is 1, 2, 3 or 4</source>
        <translation>nianbao graphic：--scale 只能是 1、2、3 或 4</translation>
    </message>
    <message>
        <source>nianbao graphic: %1 is not last year&apos;s report of %2: %3</source>
        <translation>nianbao graphic：%1 不是 %2 的上年度报告：%3</translation>
    </message>
    <message>
        <source>%1: refusing to write the picture over a report it is drawn from</source>
        <translation>%1：拒绝用图片覆盖它所依据的报告</translation>
    </message>
    <message>
        <source>%1: the 图解 of %2</source>
        <translation>%1：%2 的图解</translation>
    </message>
    <message>
        <source>nianbao graphic: warning: %1: %2</source>
        <translation>nianbao graphic：警告：%1：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::SumCommand</name>
    <message>
        <source>Write the summary report whose tables add up the reports given.</source>
        <translation>生成汇总报告，其表格为所给各报告之和。</translation>
    </message>
    <message>
        <source>The summary report to write (any writable format).</source>
        <translation>要写出的汇总报告（任一可写格式）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The agency of the summary report, e.g. 某某区人民政府.</source>
        <translation>汇总报告的单位，例如 某某区人民政府。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>nianbao sum: name the output (--output OUT) and at least one report</source>
        <translation>nianbao sum：请指定输出（--output 输出）和至少一份报告</translation>
    </message>
    <message>
        <source>%1: %2 is blank, counted as 0</source>
        <translation>%1：%2 为空，按 0 计</translation>
    </message>
    <message numerus="yes">
        <source>%1: the sum of %n report(s)</source>
        <translation>
            <numerusform>%1：%n 份报告之和</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: refusing to write the summary over one of the reports it sums (%2)</source>
        <translation>%1：拒绝把汇总写在被汇总的报告上（%2）</translation>
    </message>
    <message>
        <source>%1: the sum cannot be written: %2</source>
        <translation>%1：无法写出合计：%2</translation>
    </message>
</context>
</TS>
