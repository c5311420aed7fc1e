#pragma once

#include "io/import/SourceBlock.h"

#include <QStringList>
#include <QVector>

namespace nianbao {

/// A report as Markdown, the way converters write it (pandoc, online "PDF to Markdown"):
/// `#` headings, paragraphs over several lines, pipe tables, the tables a pipe table cannot
/// hold (merged cells) as raw HTML `<table>`s, and pandoc's own multiline tables (columns
/// under the groups of a dash line, a Chinese character two columns wide); emphasis
/// (`**…**`), escapes (`\*`), links and inline tags are taken off the text.
namespace MarkdownText {

/// Does the text read as Markdown: a pipe table with its `|---|` line, `#` headings or an
/// HTML table among its lines?
bool looksLike(const QStringList &lines);
QVector<SourceBlock> blocks(const QStringList &lines);

} // namespace MarkdownText
} // namespace nianbao
