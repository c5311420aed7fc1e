#pragma once

#include "rules/Finding.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace nianbao {

class ReportDocument;

/// The bar over an imported report that says what the importer could not read
/// (import.incomplete: "表三：25 行中 23 行已读入；未找到：…"), with a button that goes to the
/// first cell left blank. It shows while such findings stand, and goes when the cells are
/// typed in or the person closes it.
class ImportNoticeBar : public QFrame
{
    Q_OBJECT
public:
    ImportNoticeBar(ReportDocument *document, QWidget *parent = nullptr);

signals:
    void locationRequested(const ReportPlace &location);

private:
    void update();

    ReportDocument *m_document;
    QLabel *m_text;
    QPushButton *m_jump;
    ReportPlace m_first;
    bool m_dismissed = false;
};

} // namespace nianbao
