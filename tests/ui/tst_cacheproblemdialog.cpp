#include "cache/database.h"
#include "dialogs/cachefiledialogs.h"
#include "dialogs/cacheproblemdialog.h"
#include "tempcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using cw::test::TempCache;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList buttonTexts(const QDialog &dialog)
{
    QStringList texts;
    for (const QPushButton *button : dialog.findChildren<QPushButton *>())
        texts << button->text();
    return texts;
}

QPushButton *button(const QDialog &dialog, const QString &text)
{
    for (QPushButton *candidate : dialog.findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString folder =
        qEnvironmentVariable("CW_TEST_OUTPUT", QDir::tempPath() + QStringLiteral("/cw-test-output"))
        + QStringLiteral("/cacheproblemdialog");
    QDir().mkpath(folder);
    QVERIFY(widget.grab().save(folder + u'/' + name + QStringLiteral(".png")));
}

} // namespace

class TestCacheProblemDialog : public QObject
{
    Q_OBJECT

private slots:
    void corruptFileIsExplainedAndLeftAlone_data();
    void corruptFileIsExplainedAndLeftAlone();
    void newerSchemaIsExplainedAndLeftAlone();
    void lockedCacheOffersTryAgain();
    void everyCodeHasItsOwnWords_data();
    void everyCodeHasItsOwnWords();
    void buttonsSetTheChoice_data();
    void buttonsSetTheChoice();
    void switchingKeepsTheCurrentCacheInsteadOfQuitting();
    void newCacheNamesGetASuffix_data();
    void newCacheNamesGetASuffix();
};

void TestCacheProblemDialog::corruptFileIsExplainedAndLeftAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("These are my notes, not a database.\n");
    QTest::newRow("damaged header") << QByteArray("SQLite format 2\0garbage garbage garbage", 40);
    QByteArray page(4096, '\xAB');
    page.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    QTest::newRow("sqlite header, garbage pages") << page;
}

void TestCacheProblemDialog::corruptFileIsExplainedAndLeftAlone()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), Database::kOpenCorrupt);

    CacheProblemDialog dialog(opened.error(), path, CacheProblemDialog::Situation::Startup);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.heading(), QStringLiteral("The cache file is damaged"));
    QVERIFY(dialog.explanation().contains(QStringLiteral("left exactly as it was")));
    const QStringList buttons = buttonTexts(dialog);
    QVERIFY(buttons.contains(QStringLiteral("Open Another Cache…")));
    QVERIFY(buttons.contains(QStringLiteral("Start a Fresh Cache…")));
    QVERIFY(buttons.contains(QStringLiteral("Quit")));
    QVERIFY(!buttons.contains(QStringLiteral("Try Again")));
    saveScreenshot(dialog, QStringLiteral("corrupt"));
    QTest::mouseClick(button(dialog, QStringLiteral("Quit")), Qt::LeftButton);
    QCOMPARE(dialog.choice(), CacheProblemDialog::Choice::Quit);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).size(), content.size());
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestCacheProblemDialog::newerSchemaIsExplainedAndLeftAlone()
{
    TempCache cache;
    QVERIFY(cache.database());
    QVERIFY(cache.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 3)));
    const QString path = cache.path();
    cache.close();
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), Database::kOpenNewerSchema);
    CacheProblemDialog dialog(opened.error(), path, CacheProblemDialog::Situation::Startup);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.heading(), QStringLiteral("This cache was made by a newer version of Crosswalk"));
    QVERIFY(dialog.explanation().contains(QStringLiteral("Update Crosswalk")));
    QVERIFY(dialog.explanation().contains(QStringLiteral("has not been changed")));
    saveScreenshot(dialog, QStringLiteral("newer-schema"));
    dialog.reject();
    QCOMPARE(fileHash(path), before);
}

void TestCacheProblemDialog::lockedCacheOffersTryAgain()
{
    const Error locked =
        Error(Error::Category::Conflict, QStringLiteral("locked")).setCode(Database::kOpenLocked);
    CacheProblemDialog dialog(locked, QStringLiteral("/tmp/x.sqlite"),
                              CacheProblemDialog::Situation::Startup);
    QPushButton *retry = button(dialog, QStringLiteral("Try Again"));
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(dialog.choice(), CacheProblemDialog::Choice::TryAgain);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestCacheProblemDialog::everyCodeHasItsOwnWords_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("unreadable") << Database::kOpenUnreadable;
    QTest::newRow("corrupt") << Database::kOpenCorrupt;
    QTest::newRow("locked") << Database::kOpenLocked;
    QTest::newRow("newer schema") << Database::kOpenNewerSchema;
    QTest::newRow("migration failed") << Database::kOpenMigrationFailed;
}

void TestCacheProblemDialog::everyCodeHasItsOwnWords()
{
    QFETCH(QString, code);
    const QStringList codes { Database::kOpenUnreadable, Database::kOpenCorrupt, Database::kOpenLocked,
                              Database::kOpenNewerSchema, Database::kOpenMigrationFailed };
    QVERIFY(!CacheProblemDialog::headingFor(code).isEmpty());
    for (const QString &other : codes) {
        if (other == code)
            continue;
        QVERIFY(CacheProblemDialog::headingFor(other) != CacheProblemDialog::headingFor(code));
        QVERIFY(CacheProblemDialog::explanationFor(other) != CacheProblemDialog::explanationFor(code));
    }
}

void TestCacheProblemDialog::buttonsSetTheChoice_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("result");
    QTest::newRow("open another") << QStringLiteral("Open Another Cache…")
                                  << int(CacheProblemDialog::Choice::OpenAnother) << int(QDialog::Accepted);
    QTest::newRow("start fresh") << QStringLiteral("Start a Fresh Cache…")
                                 << int(CacheProblemDialog::Choice::StartFresh) << int(QDialog::Accepted);
    QTest::newRow("quit") << QStringLiteral("Quit") << int(CacheProblemDialog::Choice::Quit)
                          << int(QDialog::Rejected);
}

void TestCacheProblemDialog::buttonsSetTheChoice()
{
    QFETCH(QString, text);
    QFETCH(int, choice);
    QFETCH(int, result);
    const Error error =
        Error(Error::Category::Config, QStringLiteral("x")).setCode(Database::kOpenUnreadable);
    CacheProblemDialog dialog(error, QStringLiteral("/tmp/x.sqlite"), CacheProblemDialog::Situation::Startup);
    QPushButton *pressed = button(dialog, text);
    QVERIFY(pressed);
    QTest::mouseClick(pressed, Qt::LeftButton);
    QCOMPARE(int(dialog.choice()), choice);
    QCOMPARE(dialog.result(), result);
}

void TestCacheProblemDialog::switchingKeepsTheCurrentCacheInsteadOfQuitting()
{
    const Error error = Error(Error::Category::Config, QStringLiteral("x")).setCode(Database::kOpenCorrupt);
    CacheProblemDialog dialog(error, QStringLiteral("/tmp/x.sqlite"),
                              CacheProblemDialog::Situation::Switching);
    QVERIFY(!buttonTexts(dialog).contains(QStringLiteral("Quit")));
    QPushButton *keep = button(dialog, QStringLiteral("Keep the Current Cache"));
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(dialog.choice(), CacheProblemDialog::Choice::Quit);
}

void TestCacheProblemDialog::newCacheNamesGetASuffix_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no suffix") << QStringLiteral("/data/clients") << QStringLiteral("/data/clients.sqlite");
    QTest::newRow("sqlite") << QStringLiteral("/data/clients.sqlite")
                            << QStringLiteral("/data/clients.sqlite");
    QTest::newRow("other suffix kept")
        << QStringLiteral("/data/clients.db") << QStringLiteral("/data/clients.db");
}

void TestCacheProblemDialog::newCacheNamesGetASuffix()
{
    QFETCH(QString, chosen);
    QFETCH(QString, expected);
    QCOMPARE(CacheFileDialogs::withCacheSuffix(chosen), expected);
}

QTEST_MAIN(TestCacheProblemDialog)
#include "tst_cacheproblemdialog.moc"
