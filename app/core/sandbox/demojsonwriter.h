#pragma once

#include <QByteArray>
#include <QString>

namespace cw {

/// Appends compact JSON to a QByteArray without building a QJsonDocument: the demo generator
/// writes a raw payload for each of a million rows and needs this to be cheap.
///
/// The caller is responsible for a well-formed sequence of calls (objects and arrays closed in
/// order; keys only inside objects). Strings are escaped; non-ASCII text is written as UTF-8.
/// Nesting deeper than 16 levels is not supported. Not thread-safe; one writer per buffer.
class DemoJsonWriter
{
public:
    /// Appends to @p out, which must outlive the writer.
    explicit DemoJsonWriter(QByteArray &out);

    DemoJsonWriter &beginObject(const char *key = nullptr);
    DemoJsonWriter &endObject();
    DemoJsonWriter &beginArray(const char *key = nullptr);
    DemoJsonWriter &endArray();

    DemoJsonWriter &field(const char *key, const QString &value);
    /// @p utf8 is escaped like any other string.
    DemoJsonWriter &field(const char *key, const QByteArray &utf8);
    DemoJsonWriter &field(const char *key, const char *ascii);
    DemoJsonWriter &field(const char *key, qint64 value);
    DemoJsonWriter &field(const char *key, int value) { return field(key, static_cast<qint64>(value)); }
    DemoJsonWriter &field(const char *key, bool value);
    DemoJsonWriter &fieldNull(const char *key);
    /// Odoo's convention: an empty value is sent as false rather than "".
    DemoJsonWriter &fieldOrFalse(const char *key, const QString &value);
    /// @p minor units as a JSON number with @p decimals places ("95.50").
    DemoJsonWriter &fieldDecimal(const char *key, qint64 minor, int decimals = 2);
    /// @p minor units as a string ("95.50"), as HubSpot sends every property.
    DemoJsonWriter &fieldDecimalString(const char *key, qint64 minor, int decimals = 2);

    /// Array elements.
    DemoJsonWriter &value(qint64 value);
    DemoJsonWriter &value(const QString &value);

    /// Appends @p minor with a decimal point @p decimals places from the right ("-0.05").
    static void appendDecimal(QByteArray &out, qint64 minor, int decimals);
    static void appendInteger(QByteArray &out, qint64 value);
    static void appendEscaped(QByteArray &out, const char *utf8, qsizetype size);

private:
    void separator();
    void key(const char *name);

    QByteArray &m_out;
    int m_depth = 0;
    bool m_hasItems[16] = {};
};

} // namespace cw
