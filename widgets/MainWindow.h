#pragma once

#include <QMainWindow>

namespace nianbao {

class ReportDocument;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportDocument *document() const { return m_document; }
    bool openFile(const QString &path);
    bool saveScreenshots(const QString &directory);

private:
    ReportDocument *m_document;
};

} // namespace nianbao
