#include "invoicekey.h"

#include <QRegularExpression>

namespace cw {

namespace {
const QString kPrefix = QStringLiteral("odoo:invoice:");
}

QString InvoiceKey::toString() const
{
    QString key = kPrefix + placementExternalId + QLatin1Char(':') + period;
    if (sequence > 1)
        key += QLatin1Char(':') + QString::number(sequence);
    return key;
}

std::optional<InvoiceKey> InvoiceKey::parse(const QString &key)
{
    // The placement's external id may itself hold colons; the period and sequence end the key.
    static const QRegularExpression tail(QStringLiteral(":(\\d{4}-\\d{2})(?::(\\d+))?$"));
    if (!key.startsWith(kPrefix))
        return std::nullopt;
    const QRegularExpressionMatch match = tail.match(key);
    if (!match.hasMatch() || match.capturedStart() <= kPrefix.size())
        return std::nullopt;
    InvoiceKey parsed;
    parsed.placementExternalId = key.mid(kPrefix.size(), match.capturedStart() - kPrefix.size());
    parsed.period = match.captured(1);
    parsed.sequence = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
    if (parsed.sequence < 1)
        return std::nullopt;
    return parsed;
}

QString InvoiceKey::xmlName(const QString &text)
{
    QString name;
    name.reserve(text.size() + 8);
    for (const char byte : text.toUtf8()) {
        const auto c = static_cast<unsigned char>(byte);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')
            name += QLatin1Char(static_cast<char>(c));
        else
            name += QStringLiteral("_%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    return name;
}

QString InvoiceKey::xmlId(const QString &key)
{
    return kModule + QLatin1Char('.') + xmlName(key);
}

QString InvoiceKey::lineXmlId(const QString &key, const QString &lineExternalId)
{
    // "__" never occurs inside xmlName() output (an underscore is always followed by two hex digits).
    return xmlId(key) + QStringLiteral("__") + xmlName(lineExternalId);
}

} // namespace cw
