// headroom: the desktop application.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "engine/Version.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

namespace {

// Without a display Qt aborts with a cryptic plugin error; say what to do instead.
bool displayAvailable()
{
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform && std::string_view(platform).substr(0, 3) != "xcb")
        return true; // offscreen, wayland, vnc…: the platform knows what it is doing
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char** argv)
{
    if (!displayAvailable()) {
        std::fprintf(stderr,
                     "headroom: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                     "  To run the window on a virtual display:  xvfb-run -a headroom FILE\n"
                     "  To project a model without a window:     headroom-cli simulate FILE --format json\n");
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Headroom"));
    QApplication::setOrganizationName(QStringLiteral("Headroom"));
    QApplication::setApplicationVersion(QString::fromLatin1(headroom::engine::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Capacity, cost and team projections for a growing product."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A project to open (.headroom or .json)."));
    parser.process(app);

    headroom::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}
