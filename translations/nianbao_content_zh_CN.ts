<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::AnnotationJson</name>
    <message>
        <source>expected a time such as 2025-01-20T10:15:00+08:00</source>
        <translation>应为时间，例如 2025-01-20T10:15:00+08:00</translation>
    </message>
    <message>
        <source>no section “%1” in the report</source>
        <translation>报告中没有“%1”部分</translation>
    </message>
    <message>
        <source>expected a number from 0</source>
        <translation>应为从 0 开始的数字</translation>
    </message>
    <message>
        <source>expected an object naming what is commented</source>
        <translation>应为指明批注对象的对象</translation>
    </message>
    <message>
        <source>no such row in table “%1”</source>
        <translation>表“%1”中没有这一行</translation>
    </message>
    <message>
        <source>no such cell in table “%1”</source>
        <translation>表“%1”中没有这一单元格</translation>
    </message>
    <message>
        <source>no table “%1” in the report</source>
        <translation>报告中没有表“%1”</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>expected a comment (an object with id, target, author, text)</source>
        <translation>应为一条批注（含 id、target、author、text 的对象）</translation>
    </message>
    <message>
        <source>expected &quot;open&quot; or &quot;resolved&quot;</source>
        <translation>应为 &quot;open&quot; 或 &quot;resolved&quot;</translation>
    </message>
    <message>
        <source>expected a list of replies</source>
        <translation>应为回复列表</translation>
    </message>
    <message>
        <source>expected a reply with author, created and text</source>
        <translation>应为含 author、created、text 的回复</translation>
    </message>
    <message>
        <source>expected a list of comments</source>
        <translation>应为批注列表</translation>
    </message>
    <message>
        <source>the id “%1” is used twice</source>
        <translation>编号“%1”重复使用</translation>
    </message>
</context>
<context>
    <name>nianbao::JsonReader</name>
    <message>
        <source>expected text</source>
        <translation>应为文字</translation>
    </message>
</context>
</TS>
