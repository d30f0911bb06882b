#pragma once

#include <QDir>
#include <QSignalSpy>
#include <QString>

namespace cw::test {

/// Waits until @p model (a CacheTableModel) has no query outstanding and knows its row count;
/// false after 20 s without progress. Header-only so that tests below ui/ need not link models.
template<typename Model> bool waitIdle(Model &model)
{
    QSignalSpy spy(&model, &Model::loadingChanged);
    while (model.isLoading() || !model.isCountKnown()) {
        if (!spy.wait(20000))
            return false;
    }
    return true;
}

/// The folder screenshots of @p group go to: CW_TEST_OUTPUT (set by ctest) or the temporary
/// folder, then @p group; created when missing.
inline QString screenshotFolder(const QString &group)
{
    const QString folder =
        qEnvironmentVariable("CW_TEST_OUTPUT", QDir::tempPath() + QStringLiteral("/cw-test-output")) + u'/'
        + group;
    QDir().mkpath(folder);
    return folder;
}

} // namespace cw::test
