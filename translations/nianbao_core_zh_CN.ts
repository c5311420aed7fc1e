<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::ReportLimits</name>
    <message>
        <source>too long: %L1 characters (at most %L2)</source>
        <translation>过长：%L1 个字符（最多 %L2 个）</translation>
    </message>
    <message>
        <source>too many paragraphs: %L1 (at most %L2)</source>
        <translation>段落过多：%L1 段（最多 %L2 段）</translation>
    </message>
    <message>
        <source>too many comments: %L1 (at most %L2)</source>
        <translation>批注过多：%L1 条（最多 %L2 条）</translation>
    </message>
    <message>
        <source>too many summed values: %L1 (at most %L2)</source>
        <translation>汇总来源过多：%L1 项（至多 %L2 项）</translation>
    </message>
    <message>
        <source>too many replies to comments: %L1 (at most %L2)</source>
        <translation>批注回复过多：%L1 条（至多 %L2 条）</translation>
    </message>
    <message>
        <source>too much text for a report: %L1 characters (at most %L2)</source>
        <translation>文字过多，不像是年度报告：%L1 个字符（最多 %L2 个）</translation>
    </message>
    <message>
        <source>comment %1 by %2 (“%3…”)</source>
        <translation>第 %1 条批注（%2：“%3…”）</translation>
    </message>
    <message>
        <source>%1 is past what a report holds: numbers up to %L2, with at most %3 significant digits</source>
        <translation>%1 超出了报告可容纳的范围：数字最大为 %L2，有效数字最多 %3 位</translation>
    </message>
</context>
<context>
    <name>nianbao::Review</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
</context>
</TS>
