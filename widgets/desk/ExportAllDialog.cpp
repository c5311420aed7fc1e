#include "widgets/desk/ExportAllDialog.h"

#include "io/FormatRegistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace nianbao {

ExportAllDialog::ExportAllDialog(const QString &reportsFolder, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("exportAllDialog"));
    setWindowTitle(tr("Export all"));
    m_format->setObjectName(QStringLiteral("exportAllFormat"));
    m_folder->setObjectName(QStringLiteral("exportAllFolder"));
    // The publication formats, from the format list (the program's own file is no export).
    const QSettings settings;
    const QString last
        = settings.value(QStringLiteral("desk/exportFormat"), QStringLiteral("pdf")).toString();
    for (const auto &f : FormatRegistry::instance().formats()) {
        if (f->canWrite() && f->isPublication())
            m_format->addItem(f->displayName(), f->id());
    }
    m_format->setCurrentIndex(qMax(0, m_format->findData(last)));
    m_folder->setText(settings
                          .value(QStringLiteral("desk/exportFolder"),
                                 QDir(reportsFolder).filePath(tr("published", "folder name")))
                          .toString());
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen
            = QFileDialog::getExistingDirectory(this, tr("Export every report into"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!folder().isEmpty()); });
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("F&older:"), folderRow);
    form->addRow(buttons);
}

QString ExportAllDialog::formatId() const
{
    return m_format->currentData().toString();
}

QString ExportAllDialog::folder() const
{
    return m_folder->text().trimmed();
}

void ExportAllDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ExportAllDialog::remember() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("desk/exportFormat"), formatId());
    settings.setValue(QStringLiteral("desk/exportFolder"), folder());
}

} // namespace nianbao
