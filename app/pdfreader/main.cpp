// nianbao-pdf-reader: the child that reads one PDF for IsolatedPdfReader, the PDF on stdin and
// its pages on stdout. Not a command a person types. A program of its own, not a mode of
// `nianbao`, because its start is paid on every PDF read: it loads Qt Core and poppler, not
// Qt Gui, the widgets and the editor's libraries, and starts in a third of the time.
#include "base/Localization.h"
#include "io/pdf/IsolatedPdfReader.h"
#include "io/pdf/PdfContentReader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

int main(int argc, char **argv)
{
    using nianbao::IsolatedPdfReader;
    if ((argc != 2 && argc != 3) || std::strcmp(argv[1], IsolatedPdfReader::ServeArgument) != 0) {
        QTextStream(stderr) << "nianbao-pdf-reader: started by nianbao to read a PDF on its standard "
                               "input; not for use by hand\n";
        return 2;
    }
    // Its messages would only reach the parent's stderr capture; refusals go in the answer.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    QCoreApplication application(argc, argv);
    // Its refusals are shown by the parent: in the parent's language, passed along.
    nianbao::Localization::install(
        application,
        nianbao::Localization::chooseLanguage(argc == 3 ? QString::fromLatin1(argv[2]) : QString()));
    nianbao::PdfContentReader::registerAsLocalReader();
    return IsolatedPdfReader::serve();
}
