<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::ReportFonts</name>
    <message>
        <source>no usable Chinese font is installed (tried %1); install the Debian packages %2</source>
        <translation>未安装可用的中文字体（已尝试 %1），请安装 Debian 软件包 %2</translation>
    </message>
</context>
</TS>
