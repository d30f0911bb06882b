#include "cachefiledialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace cw {

namespace {

QString filters()
{
    return CacheFileDialogs::tr("Crosswalk caches (*.sqlite *.db);;All files (*)");
}

} // namespace

QString CacheFileDialogs::chooseExisting(QWidget *parent, const QString &startFolder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Cache"), startFolder, filters());
}

QString CacheFileDialogs::chooseNew(QWidget *parent, const QString &startFolder)
{
    QString folder = startFolder;
    while (true) {
        // The dialog's own overwrite question is off: an existing file is refused below instead.
        const QString chosen = QFileDialog::getSaveFileName(
            parent, tr("Start a Fresh Cache"), folder, filters(), nullptr, QFileDialog::DontConfirmOverwrite);
        if (chosen.isEmpty())
            return {};
        const QString path = withCacheSuffix(chosen);
        if (!QFileInfo::exists(path))
            return path;
        QMessageBox::information(parent, tr("Choose a New Name"),
                                 tr("%1 already exists. A fresh cache never replaces a file: choose a name "
                                    "that is not used yet.")
                                     .arg(QDir::toNativeSeparators(path)));
        folder = QFileInfo(path).absolutePath();
    }
}

QString CacheFileDialogs::withCacheSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".sqlite") : path;
}

} // namespace cw
