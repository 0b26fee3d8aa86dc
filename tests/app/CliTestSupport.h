#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Running headroom-cli as a script would, for the CLI's tests.
namespace headroom::test {

inline const QString kCli = QStringLiteral(HEADROOM_CLI);
inline const QString kSample = QStringLiteral(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");

struct CliRun
{
    int exitCode = -1; // -1 when it crashed
    QByteArray out;
    QByteArray err;
};

// Runs headroom-cli with no display, as in a pipeline, and waits up to a minute.
inline CliRun runCli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(kCli, args);
    if (!p.waitForFinished(60'000))
        qFatal("headroom-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace headroom::test
