// The architecture, checked from the sources: every include of a project header names its
// layer ("core/Report.h"), and no layer includes a layer above it or beside it. The build
// enforces the same through the staged include folders (nianbao_layer in CMakeLists.txt);
// this test also catches what the compiler would let through: a bare include that resolves
// next to the including file, a "../" path, a widget header in the model.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// Which layers each layer may use directly; what those use, it may use too. Keep in step
// with the LINKS of nianbao_layer() in model/, app/ and widgets/ (docs/architecture.md).
const QHash<QString, QStringList> &directUses()
{
    static const QHash<QString, QStringList> uses {
        { QStringLiteral("base"), {} },
        { QStringLiteral("core"), { QStringLiteral("base") } },
        { QStringLiteral("content"), { QStringLiteral("core") } },
        { QStringLiteral("rules"), { QStringLiteral("content") } },
        { QStringLiteral("render"), { QStringLiteral("core") } },
        { QStringLiteral("pdf"), { QStringLiteral("render") } },
        { QStringLiteral("io"), { QStringLiteral("content"), QStringLiteral("pdf") } },
        { QStringLiteral("document"), { QStringLiteral("io"), QStringLiteral("rules") } },
        { QStringLiteral("cli"),
          { QStringLiteral("io"), QStringLiteral("rules"), QStringLiteral("document") } },
        // The editor's feature folders, in the order of widgets/CMakeLists.txt: each uses
        // the one before it (and so all before it); the shell shows them all.
        { QStringLiteral("widgets/findings"), { QStringLiteral("document") } },
        { QStringLiteral("widgets/grid"), { QStringLiteral("widgets/findings") } },
        { QStringLiteral("widgets/pages"), { QStringLiteral("widgets/grid") } },
        { QStringLiteral("widgets/review"), { QStringLiteral("widgets/pages") } },
        { QStringLiteral("widgets/desk"), { QStringLiteral("widgets/review") } },
        { QStringLiteral("widgets/shell"), { QStringLiteral("widgets/desk") } },
        // The programs (app/): the command line uses the model only; the editor's main the
        // shell; the PDF reader's child the formats, and no more of them than it links.
        { QStringLiteral("app"), { QStringLiteral("cli") } },
        { QStringLiteral("app/editor"), { QStringLiteral("widgets/shell") } },
        { QStringLiteral("app/pdfreader"), { QStringLiteral("io") } },
    };
    return uses;
}

QSet<QString> reachable(const QString &layer)
{
    QSet<QString> out { layer };
    QStringList todo { layer };
    while (!todo.isEmpty()) {
        for (const QString &next : directUses().value(todo.takeLast())) {
            if (!out.contains(next)) {
                out.insert(next);
                todo << next;
            }
        }
    }
    return out;
}

struct SourceFile
{
    QString path; ///< relative to the repository
    QString layer; ///< "core", …, "widgets/grid", …, "cli", "app", "app/editor", …
};

QList<SourceFile> sources()
{
    const QDir root(QStringLiteral(NIANBAO_SOURCE_DIR));
    QList<SourceFile> out;
    for (const QString &top : { QStringLiteral("model"), QStringLiteral("widgets"), QStringLiteral("app") }) {
        QDirIterator it(root.filePath(top), { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = root.relativeFilePath(it.next());
            const QStringList parts = relative.split(QLatin1Char('/'));
            QString layer = parts[0];
            if (layer == u"model" || (layer == u"app" && parts.size() > 2 && parts[1] == u"cli"))
                layer = parts[1];
            else if (layer == u"app" && parts.size() > 2)
                layer = QStringLiteral("app/") + parts[1];
            else if (layer == u"widgets")
                layer = parts.size() > 2 ? QStringLiteral("widgets/") + parts[1] : QStringLiteral("widgets");
            out.append({ relative, layer });
        }
    }
    return out;
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT
private slots:
    void everyLayerHasSources()
    {
        QSet<QString> seen;
        for (const SourceFile &f : sources())
            seen.insert(f.layer);
        for (auto it = directUses().begin(); it != directUses().end(); ++it)
            QVERIFY2(seen.contains(it.key()), qPrintable(QStringLiteral("no sources for layer ") + it.key()));
        for (const QString &layer : seen)
            QVERIFY2(directUses().contains(layer),
                     qPrintable(QStringLiteral("a folder that is no layer: ") + layer));
    }

    void includesNameTheirLayerAndGoDown()
    {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""),
                                                QRegularExpression::MultilineOption);
        const QDir root(QStringLiteral(NIANBAO_SOURCE_DIR));
        QStringList problems;
        for (const SourceFile &f : sources()) {
            QFile file(root.filePath(f.path));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const QSet<QString> allowed = reachable(f.layer);
            auto it = include.globalMatch(text);
            while (it.hasNext()) {
                const QString target = it.next().captured(1);
                if (target.endsWith(QLatin1String(".moc")))
                    continue;
                QString layer = target.section(QLatin1Char('/'), 0, 0);
                if (layer == u"widgets")
                    layer = target.section(QLatin1Char('/'), 0, 1);
                if (!target.contains(QLatin1Char('/')) || target.startsWith(QLatin1String("..")))
                    problems << QStringLiteral(
                                    "%1: bare include \"%2\" (write it from its layer: \"layer/%2\")")
                                    .arg(f.path, target);
                else if (!directUses().contains(layer))
                    problems << QStringLiteral("%1: \"%2\" is in no layer").arg(f.path, target);
                else if (!allowed.contains(layer))
                    problems << QStringLiteral("%1: %2 may not use %3 (\"%4\")")
                                    .arg(f.path, f.layer, layer, target);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The model and the command line run without a display: no Qt Widgets header there.
    void noWidgetsBelowTheEditor()
    {
        const QDir widgetsHeaders(QStringLiteral(NIANBAO_QT_WIDGETS_INCLUDE_DIR));
        QVERIFY2(widgetsHeaders.exists(), NIANBAO_QT_WIDGETS_INCLUDE_DIR);
        const QStringList names = widgetsHeaders.entryList(QDir::Files);
        QVERIFY(names.contains(QStringLiteral("QWidget")));
        QSet<QString> widgetHeaders(names.begin(), names.end());
        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*<(?:QtWidgets/)?([^>]+)>"),
            QRegularExpression::MultilineOption);
        const QDir root(QStringLiteral(NIANBAO_SOURCE_DIR));
        QStringList problems;
        for (const SourceFile &f : sources()) {
            if (f.layer.startsWith(QLatin1String("widgets")) || f.layer == u"app/editor")
                continue;
            QFile file(root.filePath(f.path));
            QVERIFY(file.open(QIODevice::ReadOnly));
            auto it = include.globalMatch(QString::fromUtf8(file.readAll()));
            while (it.hasNext()) {
                const QString header = it.next().captured(1);
                if (widgetHeaders.contains(header))
                    problems << QStringLiteral("%1 (layer %2) includes the widget header <%3>")
                                    .arg(f.path, f.layer, header);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Small enough to read: a folder of the model or the editor holds at most 15 .cpp files,
    // a file ~600 lines.
    void foldersAndFilesStaySmall()
    {
        const QDir root(QStringLiteral(NIANBAO_SOURCE_DIR));
        QHash<QString, int> perFolder;
        QStringList problems;
        for (const SourceFile &f : sources()) {
            if ((f.path.startsWith(QLatin1String("model/")) || f.path.startsWith(QLatin1String("widgets/")))
                && f.path.endsWith(QLatin1String(".cpp")))
                ++perFolder[f.path.section(QLatin1Char('/'), 0, -2)];
            QFile file(root.filePath(f.path));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const int lines = file.readAll().count('\n');
            if (lines > 650)
                problems << QStringLiteral("%1 has %2 lines").arg(f.path).arg(lines);
        }
        for (auto it = perFolder.begin(); it != perFolder.end(); ++it) {
            if (it.value() > 15)
                problems << QStringLiteral("%1 holds %2 .cpp files").arg(it.key()).arg(it.value());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every source of the editor lives in a feature folder, none at the top of widgets/.
    void widgetsAreInFeatureFolders()
    {
        for (const SourceFile &f : sources())
            QVERIFY2(f.layer != u"widgets", qPrintable(f.path + QStringLiteral(" is in no feature folder")));
    }

    // The window shows a document's session; nothing below it reaches back into it. Only
    // its own source, the application object that creates windows, and app/ include it.
    void onlyTheShellIncludesTheWindow()
    {
        const QDir root(QStringLiteral(NIANBAO_SOURCE_DIR));
        const QSet<QString> allowed { QStringLiteral("widgets/shell/MainWindow.cpp"),
                                      QStringLiteral("widgets/shell/EditorApplication.cpp") };
        QStringList problems;
        for (const SourceFile &f : sources()) {
            if (allowed.contains(f.path) || f.layer.startsWith(QLatin1String("app")) || f.layer == u"cli")
                continue;
            QFile file(root.filePath(f.path));
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (file.readAll().contains("\"widgets/shell/MainWindow.h\""))
                problems << f.path;
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("include MainWindow.h: ") + problems.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
