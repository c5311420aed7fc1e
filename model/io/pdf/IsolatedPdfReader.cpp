#include "io/pdf/IsolatedPdfReader.h"

#include "io/pdf/PdfContentReader.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>

#include <cstdio>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#elif defined(Q_OS_WIN)
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define NIANBAO_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NIANBAO_ASAN 1
#endif
#endif

namespace nianbao {

namespace {

struct Helper
{
    QString program;
    QStringList arguments;
    int timeoutSeconds = 45;
};

QMutex helperLock;
Helper helper;
IsolatedPdfReader::LocalReader localReader = nullptr;

Helper currentHelper()
{
    QMutexLocker lock(&helperLock);
    return helper;
}

IsolatedPdfReader::LocalReader currentLocalReader()
{
    QMutexLocker lock(&helperLock);
    return localReader;
}

constexpr quint32 Magic = 0x4E425050; // "NBPP"
constexpr quint16 Version = 2;
// The child is our own program, but what it says is still read with bounds.
constexpr quint32 MaxRulingsPerPage = 100000;
constexpr qint64 MaxCharsPerWord = 100000;

void limitAddressSpace()
{
#if defined(Q_OS_UNIX)
    if (!IsolatedPdfReader::limitsMemory())
        return;
    const rlim_t bytes = rlim_t(IsolatedPdfReader::MaxMegabytes) * 1024 * 1024;
    const rlimit limit { bytes, bytes };
    setrlimit(RLIMIT_AS, &limit);
#endif
}

/// A count of elements each at least `bytesEach` long: no more than the limit, nor than the
/// bytes left could hold.
template<typename T> bool readCount(QDataStream &in, quint32 most, qint64 bytesEach, T &count)
{
    quint32 n = 0;
    in >> n;
    if (in.status() != QDataStream::Ok || n > most || n * bytesEach > in.device()->bytesAvailable())
        return false;
    count = T(n);
    return true;
}

// Strings and box lists by hand, not by QDataStream's own operators: those allocate whatever
// length a damaged answer claims before finding the bytes are not there.
void writeString(QDataStream &out, const QString &text)
{
    out << quint32(text.size());
    out.writeRawData(reinterpret_cast<const char *>(text.utf16()), int(text.size() * 2));
}

bool readString(QDataStream &in, QString &text)
{
    quint32 length = 0;
    in >> length;
    if (in.status() != QDataStream::Ok || length > MaxCharsPerWord * 100
        || qint64(length) * 2 > in.device()->bytesAvailable())
        return false;
    text.resize(qsizetype(length));
    return in.readRawData(reinterpret_cast<char *>(text.data()), int(length * 2)) == int(length * 2);
}

// Boxes as raw doubles in this machine's order: parent and child are one build on one
// machine, and a word's character boxes are most of the answer (QDataStream's operator per
// double made decoding a third of the parent's work).
void writeBoxes(QDataStream &out, const QVector<QRectF> &boxes)
{
    out << quint32(boxes.size());
    for (const QRectF &b : boxes) {
        const double d[4] = { b.x(), b.y(), b.width(), b.height() };
        out.writeRawData(reinterpret_cast<const char *>(d), int(sizeof d));
    }
}

bool readBoxes(QDataStream &in, QVector<QRectF> &boxes)
{
    quint32 count = 0;
    in >> count;
    constexpr qint64 BoxBytes = 4 * sizeof(double);
    if (in.status() != QDataStream::Ok || count > MaxCharsPerWord
        || count * BoxBytes > in.device()->bytesAvailable())
        return false;
    std::vector<double> d(size_t(count) * 4);
    if (count > 0
        && in.readRawData(reinterpret_cast<char *>(d.data()), int(count * BoxBytes)) != int(count * BoxBytes))
        return false;
    boxes.resize(qsizetype(count));
    for (quint32 i = 0; i < count; ++i)
        boxes[i] = QRectF(d[i * 4], d[i * 4 + 1], d[i * 4 + 2], d[i * 4 + 3]);
    return true;
}

} // namespace

bool IsolatedPdfReader::limitsMemory()
{
    // ASan reserves terabytes of address space for its shadow: only unsanitized builds limit
    // it. On Windows a job object would do it; not done yet, so only the deadline bounds the
    // child there.
#if defined(Q_OS_UNIX) && !defined(NIANBAO_ASAN)
    return true;
#else
    return false;
#endif
}

void IsolatedPdfReader::setHelper(const QString &program, const QStringList &arguments, int timeoutSeconds)
{
    QMutexLocker lock(&helperLock);
    helper = { program, arguments, timeoutSeconds };
}

void IsolatedPdfReader::setLocalReader(LocalReader reader)
{
    QMutexLocker lock(&helperLock);
    localReader = reader;
}

bool IsolatedPdfReader::readHere(const QByteArray &pdf, QVector<PdfPageContent> &pages, FormatError &error)
{
    if (const LocalReader reader = currentLocalReader())
        return reader(pdf, pages, error);
    error.reason = tr("the PDF reader nianbao-pdf-reader is not installed beside this program; "
                      "reinstall Nianbao to read PDFs");
    return false;
}

QString IsolatedPdfReader::installedHelper()
{
#if defined(Q_OS_WIN)
    const QString name = QStringLiteral("nianbao-pdf-reader.exe");
#else
    const QString name = QStringLiteral("nianbao-pdf-reader");
#endif
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         { here.filePath(name), here.filePath(QStringLiteral("../libexec/nianbao/") + name) }) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QString();
}

void IsolatedPdfReader::useInstalledHelper(const QString &language)
{
    // Without one, reading a PDF says so (IsolatedPdfReader::readHere), or reads here.
    const QString program = installedHelper();
    QStringList arguments { QString::fromLatin1(ServeArgument) };
    if (!language.isEmpty())
        arguments << language;
    setHelper(program, arguments);
}

bool IsolatedPdfReader::read(const QByteArray &pdf, QVector<PdfPageContent> &pages, FormatError &error)
{
    const Helper h = currentHelper();
    // What is not a PDF is refused before poppler sees it: no child needed for that.
    if (!PdfContentReader::looksLikePdf(pdf)) {
        error.reason = PdfContentReader::notPdfReason();
        return false;
    }
    if (h.program.isEmpty())
        return readHere(pdf, pages, error);

    QProcess child;
    child.setProgram(h.program);
    child.setArguments(h.arguments);
#if defined(Q_OS_LINUX)
    // The child ends with the thread that started it: an editor killed, or a command line
    // stopped with Ctrl+C, leaves no reader behind holding a CPU for up to its deadline.
    child.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    child.start();
#if defined(Q_OS_WIN)
    // Windows has no PR_SET_PDEATHSIG: the child joins a job object that kills its processes
    // when its last handle closes, and the program holds that handle for its whole life, so
    // the system closes it when the program ends, however it ends. (Written to the Win32
    // documentation; not built or run by this project's tests, which run on Linux.)
    static const HANDLE endsWithUs = [] {
        HANDLE job = CreateJobObjectW(nullptr, nullptr);
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits {};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        if (job && !SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits)) {
            CloseHandle(job);
            job = nullptr;
        }
        return job;
    }();
    if (endsWithUs && child.processId() != 0) {
        if (HANDLE process
            = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(child.processId()))) {
            AssignProcessToJobObject(endsWithUs, process);
            CloseHandle(process);
        }
    }
#endif
    if (!child.waitForStarted(10000)) {
        // A missing helper must not make PDFs unreadable: read here, unprotected.
        qWarning("nianbao: cannot start the PDF reader %s (%s)", qPrintable(h.program),
                 qPrintable(child.errorString()));
        return readHere(pdf, pages, error);
    }
    child.write(pdf);
    child.closeWriteChannel();
    if (!child.waitForFinished(h.timeoutSeconds * 1000)) {
        child.kill();
        child.waitForFinished(5000);
        error.reason
            = tr("reading it took more than %1 seconds; the PDF reader was stopped").arg(h.timeoutSeconds);
        return false;
    }
    const QByteArray said = child.readAllStandardError().right(4096);
    if (child.exitStatus() == QProcess::CrashExit) {
        if (said.contains("Out of memory") || said.contains("bad_alloc"))
            error.reason
                = tr("reading it needs more than %1 MB of memory (a damaged or hostile PDF); refused")
                      .arg(MaxMegabytes);
        else
            error.reason
                = tr("the PDF reader (poppler) failed on this file (a damaged or hostile PDF); refused");
        return false;
    }
    bool ok = false;
    if (!decode(child.readAllStandardOutput(), ok, pages, error)) {
        error.place.clear();
        error.reason = tr("the PDF reader gave no answer (exit status %1)").arg(child.exitCode());
        return false;
    }
    return ok;
}

int IsolatedPdfReader::serve()
{
    limitAddressSpace();
#if defined(Q_OS_WIN)
    // The C runtime's stdin and stdout translate line ends and stop at ^Z: not for a PDF.
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return 2;
    const QByteArray pdf = in.readAll();
    QVector<PdfPageContent> pages;
    FormatError error;
    const bool ok = readHere(pdf, pages, error);
    const QByteArray answer = encode(ok, pages, error);
    return out.write(answer) == answer.size() && out.flush() ? 0 : 2;
}

QByteArray IsolatedPdfReader::encode(bool ok, const QVector<PdfPageContent> &pages, const FormatError &error)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << Magic << Version << ok;
    if (!ok) {
        writeString(s, error.place);
        writeString(s, error.reason);
        return bytes;
    }
    s << quint32(pages.size());
    for (const PdfPageContent &page : pages) {
        s << qint32(page.number) << page.size << quint32(page.words.size());
        for (const PdfWord &w : page.words) {
            writeString(s, w.text);
            s << w.box;
            writeBoxes(s, w.chars);
        }
        s << quint32(page.rulings.size());
        for (const QLineF &l : page.rulings)
            s << l;
        s << quint32(page.notes.size());
        for (const PdfNote &n : page.notes) {
            for (const QString *text : { &n.id, &n.inReplyTo, &n.author, &n.subject, &n.text })
                writeString(s, *text);
            s << n.at << n.created;
        }
    }
    return bytes;
}

bool IsolatedPdfReader::decode(const QByteArray &answer, bool &ok, QVector<PdfPageContent> &pages,
                               FormatError &error)
{
    QDataStream s(answer);
    s.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint16 version = 0;
    s >> magic >> version >> ok;
    if (s.status() != QDataStream::Ok || magic != Magic || version != Version)
        return false;
    if (!ok)
        return readString(s, error.place) && readString(s, error.reason) && !error.reason.isEmpty();
    int pageCount = 0;
    if (!readCount(s, PdfContentReader::MaxPages, 16, pageCount))
        return false;
    QVector<PdfPageContent> read(pageCount);
    qint64 words = 0;
    for (PdfPageContent &page : read) {
        qint32 number = 0;
        int wordCount = 0, rulingCount = 0, noteCount = 0;
        s >> number >> page.size;
        page.number = number;
        if (!readCount(s, PdfContentReader::MaxWords, 40, wordCount)
            || (words += wordCount) > PdfContentReader::MaxWords)
            return false;
        page.words.resize(wordCount);
        for (PdfWord &w : page.words) {
            if (!readString(s, w.text) || w.text.size() > MaxCharsPerWord)
                return false;
            s >> w.box;
            if (!readBoxes(s, w.chars))
                return false;
        }
        if (!readCount(s, MaxRulingsPerPage, 32, rulingCount))
            return false;
        page.rulings.resize(rulingCount);
        for (QLineF &l : page.rulings)
            s >> l;
        if (!readCount(s, PdfContentReader::MaxNotes, 36, noteCount))
            return false;
        page.notes.resize(noteCount);
        for (PdfNote &n : page.notes) {
            for (QString *text : { &n.id, &n.inReplyTo, &n.author, &n.subject, &n.text }) {
                if (!readString(s, *text))
                    return false;
            }
            s >> n.at >> n.created;
        }
        if (s.status() != QDataStream::Ok)
            return false;
    }
    if (!s.atEnd())
        return false;
    pages = std::move(read);
    return true;
}

} // namespace nianbao
