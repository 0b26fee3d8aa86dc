// headroom: the desktop application.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Theme.h"
#include "document/Document.h"
#include "report/Sections.h"
#include "tree/ProjectTree.h"
#include "engine/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string_view>

namespace {

// Long enough for the first projection and the queued replots to land.
constexpr int kScreenshotDelayMs = 800;

// Without a display Qt aborts with a cryptic plugin error; say what to do instead.
bool displayAvailable()
{
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform && std::string_view(platform).substr(0, 3) != "xcb")
        return true; // offscreen, wayland, vnc…: the platform knows what it is doing
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY");
}

// The UI in the user's language where there is a translation (resources/translations, embedded as
// :/i18n/headroom_LANG.qm), with Qt's own strings (standard buttons, dialogs) from Qt's catalogue
// when that is installed. English, the source language, needs neither.
void installTranslations(QCoreApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("headroom"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication::setApplicationName(QStringLiteral("Headroom"));
    QApplication::setOrganizationName(QStringLiteral("Headroom"));
    QApplication::setApplicationVersion(QString::fromLatin1(headroom::engine::kVersion));
    // The id of the installed .desktop file, icon, AppStream and MIME entries (packaging/desktop).
    QApplication::setDesktopFileName(QStringLiteral("io.github.headroom.Headroom"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Capacity, cost and team projections for a growing product."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A project to open (.headroom or .json)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window once drawn, then quit (for docs)."),
                                        QStringLiteral("png"));
    parser.addOption(screenshot);
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Select a part of the project in the tree: project, users, "
                                                   "request-classes[/ID], components[/ID], calls, catalog, team[/ROLE], "
                                                   "costs or scenarios[/ID] (for docs)."),
                                    QStringLiteral("part"));
    parser.addOption(select);
    const QCommandLineOption results(QStringLiteral("results"),
                                     QStringLiteral("Show a tab of the results: overview, capacity, latency, data, team, "
                                                    "cost, timeline (the bottlenecks), sensitivity or scenarios (for docs)."),
                                     QStringLiteral("tab"));
    parser.addOption(results);
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Colours for this run: system, light or dark (View > Theme keeps "
                                                  "a choice)."),
                                   QStringLiteral("name"));
    parser.addOption(theme);

    if (!displayAvailable()) {
        // --help and --version need no window (the man page is made from them): answer those first.
        QCoreApplication console(argc, argv);
        parser.process(console);
        std::fprintf(stderr,
                     "headroom: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                     "  To run the window on a virtual display:  xvfb-run -a headroom FILE\n"
                     "  To project a model without a window:     headroom-cli simulate FILE --format json\n");
        return 2;
    }
    QApplication app(argc, argv);
    installTranslations(app);
    parser.process(app);

    headroom::ui::Theme look = headroom::ui::savedTheme();
    if (parser.isSet(theme) && !headroom::ui::themeFromName(parser.value(theme), &look)) {
        std::fprintf(stderr, "headroom: --theme: expected system, light or dark\n");
        return 2;
    }
    if (look != headroom::ui::Theme::System)
        headroom::ui::applyTheme(look);
    headroom::ui::MainWindow window;
    window.show();
    // The unsaved work a crash left comes first; FILE opens unless that work was taken back.
    const bool recovered = !parser.isSet(screenshot) && window.offerRecovery();
    if (!recovered && !parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(select)) {
        const QString part = parser.value(select);
        const QStringList names = {QStringLiteral("project"), QStringLiteral("users"), QStringLiteral("request-classes"),
                                   QStringLiteral("components"), QStringLiteral("calls"), QStringLiteral("catalog"),
                                   QStringLiteral("team"), QStringLiteral("costs"), QStringLiteral("scenarios")};
        const int section = int(names.indexOf(part.section(QLatin1Char('/'), 0, 0)));
        if (section < 0) {
            std::fprintf(stderr, "headroom: --select: no part \"%s\"\n", qPrintable(part));
            return 2;
        }
        window.tree()->select({headroom::ui::Section(section), part.section(QLatin1Char('/'), 1)});
    }
    if (parser.isSet(results)) {
        int tab = -1;
        for (int i = 0; i < int(std::size(headroom::report::kAllSections)); ++i)
            if (headroom::report::sectionKey(headroom::report::kAllSections[i]) == parser.value(results))
                tab = i;
        auto* area = window.findChild<QTabWidget*>(QStringLiteral("resultsArea"));
        if (tab < 0 || !area) {
            std::fprintf(stderr, "headroom: --results: no tab \"%s\"\n", qPrintable(parser.value(results)));
            return 2;
        }
        area->setCurrentIndex(tab); // the tabs are in kAllSections' order
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // Once the projection has landed (however long the run), and the queued replots after it.
        window.document()->waitForResults();
        QTimer::singleShot(kScreenshotDelayMs, &window, [&window, path] {
            const bool saved = window.grab().save(path, "PNG");
            std::fprintf(stderr, saved ? "headroom: saved %s\n" : "headroom: could not save %s\n", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
