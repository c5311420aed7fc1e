#include "io/text/MarkdownFormat.h"

#include "io/text/TextFormat.h"

namespace nianbao {

QString MarkdownFormat::displayName() const
{
    return tr("Markdown");
}

bool MarkdownFormat::read(QIODevice &device, Report &report, FormatError &error) const
{
    return TextFormat().read(device, report, error);
}

} // namespace nianbao
