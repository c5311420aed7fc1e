<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <message>
        <source>the font&apos;s CFF outlines are damaged</source>
        <translation>字体的 CFF 轮廓已损坏</translation>
    </message>
    <message>
        <source>the font has CFF2 (variable) outlines, which PDF cannot embed</source>
        <translation>字体为 CFF2（可变）轮廓，PDF 无法嵌入</translation>
    </message>
</context>
<context>
    <name>nianbao::TrueTypeSubsetter</name>
    <message>
        <source>the font&apos;s %1 table is damaged</source>
        <translation>字体的 %1 表已损坏</translation>
    </message>
    <message>
        <source>too many characters for one font&apos;s character map</source>
        <translation>字符过多，一个字体的字符映射表容纳不下</translation>
    </message>
</context>
<context>
    <name>nianbao::WebFont</name>
    <message>
        <source>none of the fonts %1 is installed</source>
        <translation>字体 %1 均未安装</translation>
    </message>
    <message>
        <source>HarfBuzz could not subset the font</source>
        <translation>HarfBuzz 无法提取字体子集</translation>
    </message>
    <message>
        <source>the font %1 (%2) cannot be cut down: %3</source>
        <translation>无法对字体 %1（%2）取子集：%3</translation>
    </message>
</context>
</TS>
