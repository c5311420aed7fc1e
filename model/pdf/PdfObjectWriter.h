#pragma once

#include <QByteArray>
#include <QVector>

class QString;

namespace nianbao {

/// Writes the body of a PDF file object by object and closes it with the cross-reference
/// table and trailer. Numbers are handed out before the objects are written, so a page can
/// name its content stream and a font its descriptor before either exists.
class PdfObjectWriter
{
public:
    PdfObjectWriter();

    /// A new object number; every reserved number must be written before finish().
    int reserve();
    /// Writes `number 0 obj <body> endobj`.
    void object(int number, const QByteArray &body);
    /// Writes a stream object; `dictionary` holds the entries besides /Length and /Filter.
    /// Compressed streams use FlateDecode.
    void stream(int number, const QByteArray &dictionary, const QByteArray &data, bool compress = true);
    /// Writes a stream whose data deflate() has compressed already (on another thread).
    void deflatedStream(int number, const QByteArray &dictionary, const QByteArray &deflated);
    /// Compresses stream data for FlateDecode. Thread-safe.
    static QByteArray deflate(const QByteArray &data);
    /// Appends the cross-reference table and trailer and returns the whole file.
    QByteArray finish(int catalog, int info);

    /// A text string (metadata) in UTF-16BE with its byte order mark, written in hex.
    static QByteArray textString(const QString &text);
    /// A real number with at most three decimals and no trailing zeros ("12.5", "0", "-3").
    static QByteArray number(double value);
    static QByteArray reference(int number);
    /// A 16-bit value as four hex digits: glyph codes in content streams and maps.
    static QByteArray hex16(quint16 value);
    /// UTF-16BE code units in hex, without delimiters.
    static QByteArray utf16Hex(const QString &text);

private:
    QByteArray m_out;
    QVector<qint64> m_offsets; ///< by object number; 0 = not written yet
};

} // namespace nianbao
