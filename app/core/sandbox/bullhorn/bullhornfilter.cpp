#include "bullhornfilter.h"

#include <QRegularExpression>

namespace cw {

struct BullhornFilter::Node
{
    enum class Kind { All, And, Or, Not, Compare, IsNull, In, Range, Pattern };
    Kind kind = Kind::All;
    QString op;
    QString path;
    QList<QJsonValue> values;
    std::vector<Node> children;
};

namespace {

using Node = BullhornFilter::Node;

struct Token
{
    enum class Type { Word, Number, String, Symbol, End };
    Type type = Type::End;
    QString text;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(cw::BullhornFilter)

public:
    Parser(const QString &text, bool lucene)
        : m_text(text)
        , m_lucene(lucene)
    {
        next();
    }

    Result<Node> parse()
    {
        Node node = orExpression();
        if (!m_error.isEmpty())
            return error();
        if (m_token.type != Token::Type::End) {
            m_error = tr("Unexpected \"%1\".").arg(m_token.text);
            return error();
        }
        return node;
    }

private:
    Error error() const
    {
        return Error(Error::Category::Validation, m_error, m_text.left(200))
            .setCode(QStringLiteral("bullhorn.bad_filter"));
    }

    bool isKeyword(const char *word) const
    {
        return m_token.type == Token::Type::Word
            && m_token.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }

    void next()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        m_token = {};
        if (m_pos >= m_text.size())
            return;
        const QChar c = m_text.at(m_pos);
        const QChar quote = m_lucene ? QLatin1Char('"') : QLatin1Char('\'');
        if (c == quote) {
            QString value;
            for (++m_pos; m_pos < m_text.size(); ++m_pos) {
                if (m_text.at(m_pos) == quote) {
                    if (!m_lucene && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == quote) {
                        value += quote;
                        ++m_pos;
                        continue;
                    }
                    ++m_pos;
                    m_token = { Token::Type::String, value };
                    return;
                }
                value += m_text.at(m_pos);
            }
            m_error = tr("A quoted value is never closed.");
            return;
        }
        static const QRegularExpression symbol(QStringLiteral("\\G(<>|!=|<=|>=|[=<>(),:\\[\\]])"));
        static const QRegularExpression number(QStringLiteral("\\G-?\\d+(\\.\\d+)?(?![\\w.*])"));
        static const QRegularExpression word(QStringLiteral("\\G[^\\s=<>!(),:\\[\\]\"']+"));
        for (const auto &[pattern, type] :
             { std::pair { &symbol, Token::Type::Symbol }, std::pair { &number, Token::Type::Number },
               std::pair { &word, Token::Type::Word } }) {
            const QRegularExpressionMatch match =
                pattern->match(m_text, m_pos, QRegularExpression::NormalMatch,
                               QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                m_token = { type, match.captured(0) };
                m_pos += match.capturedLength(0);
                return;
            }
        }
        m_error = tr("Unexpected character \"%1\".").arg(c);
        m_pos = m_text.size();
    }

    Node orExpression()
    {
        Node left = andExpression();
        while (m_error.isEmpty() && (isKeyword("OR") || (m_lucene && startsTerm()))) {
            if (isKeyword("OR"))
                next();
            Node node { Node::Kind::Or, {}, {}, {}, { left, andExpression() } };
            left = node;
        }
        return left;
    }

    bool startsTerm() const
    {
        return (m_token.type == Token::Type::Word && !isKeyword("AND") && !isKeyword("OR"))
            || (m_token.type == Token::Type::Symbol && m_token.text == QLatin1String("("));
    }

    Node andExpression()
    {
        Node left = unary();
        while (m_error.isEmpty() && isKeyword("AND")) {
            next();
            Node node { Node::Kind::And, {}, {}, {}, { left, unary() } };
            left = node;
        }
        return left;
    }

    Node unary()
    {
        if (isKeyword("NOT")) {
            next();
            return Node { Node::Kind::Not, {}, {}, {}, { unary() } };
        }
        if (m_token.type == Token::Type::Symbol && m_token.text == QLatin1String("(")) {
            next();
            Node inner = orExpression();
            expectSymbol(")");
            return inner;
        }
        return m_lucene ? luceneTerm() : comparison();
    }

    void expectSymbol(const char *symbol)
    {
        if (m_token.type != Token::Type::Symbol || m_token.text != QLatin1String(symbol)) {
            if (m_error.isEmpty())
                m_error = tr("Expected \"%1\" but found \"%2\".").arg(QLatin1String(symbol), m_token.text);
            return;
        }
        next();
    }

    QJsonValue literal()
    {
        const Token token = m_token;
        next();
        switch (token.type) {
        case Token::Type::Number:
            return token.text.toDouble();
        case Token::Type::String:
            return token.text;
        case Token::Type::Word:
            if (token.text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                return true;
            if (token.text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                return false;
            return token.text;
        default:
            if (m_error.isEmpty())
                m_error = tr("Expected a value but found \"%1\".").arg(token.text);
            return {};
        }
    }

    Node comparison()
    {
        if (m_token.type != Token::Type::Word) {
            m_error = tr("Expected a field name but found \"%1\".").arg(m_token.text);
            return {};
        }
        Node node;
        node.path = m_token.text;
        next();
        if (isKeyword("IS")) {
            next();
            const bool negate = isKeyword("NOT");
            if (negate)
                next();
            if (!isKeyword("NULL") && !isKeyword("EMPTY")) {
                m_error = tr("Expected NULL or EMPTY after IS.");
                return {};
            }
            next();
            node.kind = Node::Kind::IsNull;
            return negate ? Node { Node::Kind::Not, {}, {}, {}, { node } } : node;
        }
        const bool negate = isKeyword("NOT");
        if (negate)
            next();
        if (isKeyword("IN")) {
            next();
            expectSymbol("(");
            node.kind = Node::Kind::In;
            while (m_error.isEmpty()) {
                node.values.append(literal());
                if (m_token.type == Token::Type::Symbol && m_token.text == QLatin1String(",")) {
                    next();
                    continue;
                }
                break;
            }
            expectSymbol(")");
            return negate ? Node { Node::Kind::Not, {}, {}, {}, { node } } : node;
        }
        if (negate || m_token.type != Token::Type::Symbol) {
            m_error = tr("Expected a comparison after \"%1\".").arg(node.path);
            return {};
        }
        node.kind = Node::Kind::Compare;
        node.op = m_token.text == QLatin1String("!=") ? QStringLiteral("<>") : m_token.text;
        static const QStringList operators {
            QStringLiteral("="),  QStringLiteral("<>"), QStringLiteral("<"),
            QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")
        };
        if (!operators.contains(node.op)) {
            m_error = tr("Unknown operator \"%1\".").arg(node.op);
            return {};
        }
        next();
        node.values.append(literal());
        return node;
    }

    Node luceneTerm()
    {
        Node node;
        if (m_token.type != Token::Type::Word) {
            m_error = tr("Expected field:value but found \"%1\".").arg(m_token.text);
            return {};
        }
        node.path = m_token.text;
        next();
        expectSymbol(":");
        if (m_token.type == Token::Type::Symbol && m_token.text == QLatin1String("[")) {
            next();
            node.kind = Node::Kind::Range;
            node.values.append(literal());
            if (!isKeyword("TO"))
                m_error = tr("Expected TO in a range.");
            next();
            node.values.append(literal());
            expectSymbol("]");
            return node;
        }
        node.kind = Node::Kind::Pattern;
        node.values.append(literal());
        return node;
    }

    QString m_text;
    bool m_lucene;
    qsizetype m_pos = 0;
    Token m_token;
    QString m_error;
};

int compare(const QJsonValue &left, const QJsonValue &right)
{
    if (left.isDouble() || right.isDouble()) {
        bool ok = false;
        const double a = left.isDouble() ? left.toDouble() : left.toString().toDouble(&ok);
        const double b = right.isDouble() ? right.toDouble() : right.toString().toDouble(&ok);
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (left.isBool() || right.isBool())
        return left.toBool() == right.toBool() ? 0 : 1;
    return left.toString().compare(right.toString(), Qt::CaseInsensitive);
}

bool isNull(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

bool evaluate(const Node &node, const BullhornFilter::Resolver &resolve)
{
    switch (node.kind) {
    case Node::Kind::All:
        return true;
    case Node::Kind::And:
        return evaluate(node.children.at(0), resolve) && evaluate(node.children.at(1), resolve);
    case Node::Kind::Or:
        return evaluate(node.children.at(0), resolve) || evaluate(node.children.at(1), resolve);
    case Node::Kind::Not:
        return !evaluate(node.children.at(0), resolve);
    case Node::Kind::IsNull:
        return isNull(resolve(node.path));
    case Node::Kind::In: {
        const QJsonValue value = resolve(node.path);
        return !isNull(value)
            && std::any_of(node.values.begin(), node.values.end(),
                           [&](const QJsonValue &v) { return compare(value, v) == 0; });
    }
    case Node::Kind::Compare: {
        const QJsonValue value = resolve(node.path);
        if (isNull(value))
            return false;
        const int c = compare(value, node.values.first());
        if (node.op == QLatin1String("="))
            return c == 0;
        if (node.op == QLatin1String("<>"))
            return c != 0;
        if (node.op == QLatin1String("<"))
            return c < 0;
        if (node.op == QLatin1String("<="))
            return c <= 0;
        if (node.op == QLatin1String(">"))
            return c > 0;
        return c >= 0;
    }
    case Node::Kind::Range: {
        const QJsonValue value = resolve(node.path);
        if (isNull(value))
            return false;
        const QJsonValue low = node.values.at(0);
        const QJsonValue high = node.values.at(1);
        const bool lowOpen = low.toString() == QLatin1String("*");
        const bool highOpen = high.toString() == QLatin1String("*");
        return (lowOpen || compare(value, low) >= 0) && (highOpen || compare(value, high) <= 0);
    }
    case Node::Kind::Pattern: {
        const QJsonValue value = resolve(node.path);
        if (isNull(value))
            return false;
        const QJsonValue wanted = node.values.first();
        if (value.isDouble() || value.isBool())
            return compare(value, wanted) == 0;
        const QString pattern = wanted.isDouble() ? QString::number(wanted.toDouble()) : wanted.toString();
        if (!pattern.contains(QLatin1Char('*')))
            return value.toString().compare(pattern, Qt::CaseInsensitive) == 0
                || value.toString().split(QLatin1Char(' ')).contains(pattern, Qt::CaseInsensitive);
        const QRegularExpression regex(QRegularExpression::wildcardToRegularExpression(
                                           pattern, QRegularExpression::UnanchoredWildcardConversion),
                                       QRegularExpression::CaseInsensitiveOption);
        return regex.match(value.toString()).hasMatch();
    }
    }
    return false;
}

void collectPaths(const Node &node, QStringList *paths)
{
    if (!node.path.isEmpty() && !paths->contains(node.path))
        paths->append(node.path);
    for (const Node &child : node.children)
        collectPaths(child, paths);
}

Result<BullhornFilter> build(const QString &text, bool lucene, std::shared_ptr<const Node> *root)
{
    if (text.trimmed().isEmpty()) {
        *root = std::make_shared<Node>();
        return BullhornFilter();
    }
    Parser parser(text, lucene);
    Result<Node> node = parser.parse();
    if (!node)
        return node.error();
    *root = std::make_shared<Node>(node.value());
    return BullhornFilter();
}

} // namespace

Result<BullhornFilter> BullhornFilter::parseWhere(const QString &where)
{
    std::shared_ptr<const Node> root;
    Result<BullhornFilter> filter = build(where, false, &root);
    if (filter)
        filter.value().m_root = root;
    return filter;
}

Result<BullhornFilter> BullhornFilter::parseLucene(const QString &query)
{
    std::shared_ptr<const Node> root;
    Result<BullhornFilter> filter = build(query, true, &root);
    if (filter)
        filter.value().m_root = root;
    return filter;
}

bool BullhornFilter::matches(const Resolver &resolve) const
{
    return !m_root || evaluate(*m_root, resolve);
}

QStringList BullhornFilter::paths() const
{
    QStringList out;
    if (m_root)
        collectPaths(*m_root, &out);
    return out;
}

} // namespace cw
