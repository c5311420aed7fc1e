#pragma once

#include "base/FormatError.h"
#include "io/import/SourceBlock.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace nianbao {

/// Reads the body of a WordprocessingML main part (transitional or strict namespaces) into
/// paragraphs and table rows. Text split across runs is joined; line breaks inside a cell
/// are kept as newlines; a cell merged horizontally (w:gridSpan) is one cell, a cell that
/// continues a vertical merge (w:vMerge) is an empty cell, w:gridBefore / w:gridAfter add
/// the empty cells they stand for — the same shape the text layout has. Deleted text
/// (tracked changes), field codes and fallback copies of text boxes are left out. Counts
/// read from the file are clamped to Word's 63 columns; the reading never recurses.
class DocxDocumentParser
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DocxDocumentParser)

public:
    /// Deeper nesting is refused: Word's own documents stay far below it (a table in a text
    /// box in a table is about 20 levels).
    static constexpr int MaxDepth = 256;

    /// `quotes`, if given, receives the text each review comment's range covers, by comment id;
    /// the blocks say where each range starts (SourceBlock::comments, cellComments).
    static bool parse(const QByteArray &xml, const QString &partName, QVector<SourceBlock> &blocks,
                      FormatError &error, QHash<QString, QString> *quotes = nullptr);
};

} // namespace nianbao
