#include "ReportFile.h"

#include "Report.h"

#include <QApplication>

#include <memory>

namespace headroom::report {

std::string writeReportFile(const ReportRequest& request)
{
    std::unique_ptr<QApplication> app;
    if (!QCoreApplication::instance()) {
        // Charts are widgets, and widgets need an application; the report never shows one.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "headroom-cli";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QApplication>(argc, argv);
    }
    ResultsContext context;
    context.model = request.model;
    context.results = request.results;
    for (const ReportRun& run : request.scenarios)
        context.scenarios.push_back(
            {QString::fromStdString(run.id), QString::fromStdString(run.name), run.results});
    ReportInfo info;
    info.projectName = QString::fromStdString(request.projectName);
    info.sourceFile = QString::fromStdString(request.sourceFile);
    const Report report(context, info);
    QString error;
    if (!report.write(QString::fromStdString(request.outputPath), &error))
        return error.toStdString();
    return {};
}

} // namespace headroom::report
