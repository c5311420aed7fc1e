<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::ReportSum</name>
    <message>
        <source>The reports are of different years: %1</source>
        <translation>各报告年度不一致：%1</translation>
    </message>
    <message>
        <source>%1 appears twice: %2 and %3</source>
        <translation>%1 出现两次：%2 和 %3</translation>
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
    <message>
        <source>The content was changed after it was submitted for review by %1 on %2.</source>
        <translation>报告在 %1 于 %2 提交审阅后内容又有改动。</translation>
    </message>
    <message>
        <source>it is the report of %1, not of %2</source>
        <translation>这是%1的报告，不是%2的</translation>
    </message>
    <message>
        <source>it is the report for %1, not for %2</source>
        <translation>这是%1年度的报告，不是%2年度的</translation>
    </message>
    <message>
        <source>The report attached as last year&apos;s is not last year&apos;s: %1. The cross-year checks are not run.</source>
        <translation>作为上年报告附加的并非上年报告：%1。未进行跨年度检查。</translation>
    </message>
    <message>
        <source>Table 2 (proactive disclosure)</source>
        <translation>表二（主动公开）</translation>
    </message>
    <message>
        <source>Table 3 (applications)</source>
        <translation>表三（收到和处理申请）</translation>
    </message>
    <message>
        <source>Table 4 (reconsideration and litigation)</source>
        <translation>表四（行政复议、行政诉讼）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a picture in the page: its numbers cannot be read and were left blank; type them in from the picture.</source>
        <translation>%1在网页中是图片：其中的数字无法读取，已留空；请对照图片填写。</translation>
    </message>
    <message>
        <source>%1: its numbers are in the file, but not where each belongs (row and column): they were not placed and its cells were left blank.</source>
        <translation>%1：文件中有数字，但看不出各属哪一行哪一列，未予填入，单元格已留空。</translation>
    </message>
    <message>
        <source>%1 was not found in the imported file, or none of its rows could be read: its cells were left blank.</source>
        <translation>导入的文件中未找到%1，或其各行均无法读取：单元格已留空。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows read; not found: %4.</source>
        <translation>%1：%3 行中 %2 行已读入；未找到：%4。</translation>
    </message>
    <message>
        <source>%1: the row printed as “%2” was read as “%3” by its place between the rows around it; check its numbers.</source>
        <translation>%1：印作“%2”的一行按其在前后行之间的位置读作“%3”；请核对其数字。</translation>
    </message>
    <message>
        <source>Numbers with no place in the 2021 layout were not read: %1.</source>
        <translation>在2021年格式中没有位置的数字未读入：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n review comment(s) or reply(s) could not be placed: the file links them to a comment that is not there, or to each other in a loop, or gives two of them one id. They are kept as comments on the whole report; check the comments list.</source>
        <translation>
            <numerusform>%n 条批注或回复无法定位：文件把它们链接到不存在的批注、彼此循环链接，或两条共用一个编号。它们已作为对整份报告的批注保留；请查看批注列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 repeats %2% of its text from last year&apos;s report; the problems and their improvement should be this year&apos;s.</source>
        <translation>%1有 %2% 的文字与上年度报告相同；存在的问题及改进情况应写本年度的。</translation>
    </message>
    <message>
        <source>%1 repeats %2% of its text from last year&apos;s report.</source>
        <translation>%1有 %2% 的文字与上年度报告相同。</translation>
    </message>
</context>
<context>
    <name>nianbao::YearComparison</name>
    <message>
        <source>the agency of a report is not known, so they cannot be told to be one agency&apos;s</source>
        <translation>有一份报告的单位不明，无法确认是同一单位的报告</translation>
    </message>
    <message>
        <source>they are the reports of two agencies: %1 and %2</source>
        <translation>这是两个单位的报告：%1 和 %2</translation>
    </message>
    <message>
        <source>the year of a report is not known</source>
        <translation>有一份报告的年度不明</translation>
    </message>
    <message>
        <source>they are the reports for %1 and %2, not for two consecutive years (last year&apos;s first)</source>
        <translation>这是 %1 年和 %2 年的报告，不是相邻两年（上年度在前）</translation>
    </message>
</context>
</TS>
