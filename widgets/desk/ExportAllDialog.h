#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace nianbao {

/// 全部导出: the format (PDF, Word, …, the last one used first), the folder (the last one
/// used, else beside the reports) and Cancel, which Esc means, as in any dialog.
class ExportAllDialog : public QDialog
{
    Q_OBJECT
public:
    ExportAllDialog(const QString &reportsFolder, QWidget *parent = nullptr);

    QString formatId() const; ///< "pdf", "docx", …
    QString folder() const;
    void setFolder(const QString &folder);
    /// Remembers the choice for the next time.
    void remember() const;

private:
    QComboBox *m_format;
    QLineEdit *m_folder;
};

} // namespace nianbao
