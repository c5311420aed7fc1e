<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
