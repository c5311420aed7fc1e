#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace nianbao {

/// A streaming reader of one XML part on top of expat, for the large main part of a .docx:
/// Qt's QXmlStreamReader tokenizes it at about 60 MB/s (3 ms for a typical report, two thirds
/// of `check`), expat at several times that. It keeps what the DOCX importer relies on:
/// namespace prefixes resolved (to the few namespaces the importer needs), nesting bounded,
/// DTDs refused (Office never writes one; they are how entity bombs come), and an error with
/// line and column. Events go to a Handler; the reader never recurses.
class ExpatReader
{
public:
    enum class Namespace : quint8 { Other, Word, MarkupCompatibility };

    class Handler
    {
    public:
        virtual ~Handler() = default;
        /// `local` is the element's name without its prefix; `attributes` alternate names (as
        /// written) and values, null-terminated, as expat gives them.
        virtual void start(Namespace ns, const char *local, const char **attributes) = 0;
        virtual void end(Namespace ns, const char *local) = 0;
        /// Character data in UTF-8, in pieces of any size.
        virtual void text(const char *utf8, int length) = 0;
    };

    struct Failure
    {
        QString reason; ///< expat's words, or the reader's ("contains a DTD")
        bool malformed = false; ///< not well-formed XML (as against a limit or refusal)
        qint64 line = 0;
        qint64 column = 0;
    };

    explicit ExpatReader(int maxDepth)
        : m_maxDepth(maxDepth)
    {
    }

    bool read(const QByteArray &xml, Handler &handler, Failure &failure);
    /// Ends reading from inside a handler, e.g. the root is not what was expected.
    void stop(const QString &reason);
    /// The element nesting of the event being handled (the root is 1).
    int depth() const { return m_depth; }

    /// The value of the attribute whose name, without its prefix, is `local`; null if none.
    static const char *attribute(const char **attributes, const char *local);

private:
    struct Binding
    {
        int depth;
        QByteArray prefix;
        Namespace ns;
    };

    bool parse(const QByteArray &xml, const char *encoding, Handler &handler, Failure &failure);
    static void onStart(void *self, const char *name, const char **attributes);
    static void onEnd(void *self, const char *name);
    static void onText(void *self, const char *text, int length);
    static void onDoctype(void *self, const char *, const char *, const char *, int);
    Namespace resolve(const char *name, const char *&local) const;

    int m_maxDepth;
    int m_depth = 0;
    QVector<Binding> m_bindings;
    Handler *m_handler = nullptr;
    void *m_parser = nullptr;
    QString m_stopReason;
};

} // namespace nianbao
