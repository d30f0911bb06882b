#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace cw {

/// The file choosers for caches, shared by the File menu and the cache problem dialog.
class CacheFileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(cw::CacheFileDialogs)

public:
    /// An existing cache file chosen by the user; empty when cancelled.
    static QString chooseExisting(QWidget *parent, const QString &startFolder);
    /// A name for a new cache that does not exist yet (".sqlite" added when no suffix is given);
    /// an existing file is refused with an explanation, never overwritten. Empty when cancelled.
    static QString chooseNew(QWidget *parent, const QString &startFolder);
    /// @p path with ".sqlite" appended when it has no suffix.
    static QString withCacheSuffix(const QString &path);
};

} // namespace cw
