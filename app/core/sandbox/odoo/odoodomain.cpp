#include "odoodomain.h"

#include "odoomodeldef.h"
#include "odoorecordsource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace cw {

struct OdooDomain::Leaf
{
    QString path;
    QString op;
    QJsonValue value;
    const OdooFieldDef *field = nullptr;
    /// Model whose records the value refers to: the comodel of a relational field, the model
    /// itself for `id`.
    QString targetModel;
    std::shared_ptr<OdooDomain> sub;
    bool isId = false;
    mutable std::optional<QSet<qint64>> targetIds;
    mutable std::optional<QRegularExpression> pattern;
    mutable QHash<qint64, bool> anyCache;
};

struct OdooDomain::Node
{
    enum Kind { And, Or, Not, Term, True, False };
    Kind kind = True;
    int left = -1;
    int right = -1;
    std::unique_ptr<Leaf> leaf;
};

namespace {

const QSet<QString> &knownOperators()
{
    static const QSet<QString> operators {
        QStringLiteral("="),         QStringLiteral("!="),        QStringLiteral(">"),
        QStringLiteral(">="),        QStringLiteral("<"),         QStringLiteral("<="),
        QStringLiteral("=?"),        QStringLiteral("like"),      QStringLiteral("not like"),
        QStringLiteral("ilike"),     QStringLiteral("not ilike"), QStringLiteral("=like"),
        QStringLiteral("=ilike"),    QStringLiteral("not =like"), QStringLiteral("not =ilike"),
        QStringLiteral("in"),        QStringLiteral("not in"),    QStringLiteral("child_of"),
        QStringLiteral("parent_of"), QStringLiteral("any"),       QStringLiteral("not any"),
    };
    return operators;
}

bool isNegative(const QString &op)
{
    return op == QLatin1String("!=") || op == QLatin1String("not like") || op == QLatin1String("not ilike")
        || op == QLatin1String("not =like") || op == QLatin1String("not =ilike")
        || op == QLatin1String("not in") || op == QLatin1String("not any");
}

QString positiveOf(const QString &op)
{
    if (op == QLatin1String("!="))
        return QStringLiteral("=");
    if (op.startsWith(QLatin1String("not ")))
        return op.mid(4);
    return op;
}

QString normalizedOperator(const QString &raw)
{
    const QString op = raw.toLower();
    if (op == QLatin1String("<>"))
        return QStringLiteral("!=");
    if (op == QLatin1String("any!"))
        return QStringLiteral("any");
    if (op == QLatin1String("not any!"))
        return QStringLiteral("not any");
    return op;
}

// Python's repr of a JSON value, because Odoo's messages quote terms as Python tuples.
QString pyRepr(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number))
            ? QString::number(static_cast<qint64>(number))
            : QString::number(number);
    }
    case QJsonValue::String:
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(pyRepr(item));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object:
        return QStringLiteral("{...}");
    default:
        return QStringLiteral("None");
    }
}

QString termRepr(const QJsonArray &term)
{
    QStringList items;
    for (const QJsonValue &item : term)
        items.append(pyRepr(item));
    return QLatin1Char('(') + items.join(QStringLiteral(", ")) + QLatin1Char(')');
}

Error valueError(const QString &message)
{
    return Error(Error::Category::Validation, message).setCode(QStringLiteral("builtins.ValueError"));
}

bool isUnset(const QJsonValue &value, const OdooFieldDef &field)
{
    if (field.type == OdooFieldDef::Boolean || field.isNumeric())
        return value.isNull() || value.isUndefined();
    return value.isNull() || value.isUndefined() || (value.isBool() && !value.toBool());
}

bool truthy(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return !value.toString().isEmpty();
    return !(value.isNull() || value.isUndefined());
}

int compareScalars(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() || b.isDouble()) {
        const double x = a.isString() ? a.toString().toDouble() : a.toDouble();
        const double y = b.isString() ? b.toString().toDouble() : b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isBool() || b.isBool())
        return int(truthy(a)) - int(truthy(b));
    return QString::compare(a.toString(), b.toString());
}

bool scalarEquals(const QJsonValue &stored, const QJsonValue &wanted, const OdooFieldDef &field)
{
    if (field.type == OdooFieldDef::Boolean)
        return truthy(stored) == truthy(wanted);
    if (wanted.isBool() && !wanted.toBool())
        return isUnset(stored, field);
    if (isUnset(stored, field))
        return false;
    return compareScalars(stored, wanted) == 0;
}

QRegularExpression likePattern(const QString &pattern, bool caseInsensitive)
{
    QString regex = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size())
            regex += QRegularExpression::escape(QString(pattern.at(++i)));
        else if (c == QLatin1Char('%'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('_'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    regex += QLatin1Char('$');
    QRegularExpression::PatternOptions options = QRegularExpression::DotMatchesEverythingOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(regex, options);
}

QJsonArray asList(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    return QJsonArray { value };
}

// Positive text operators only; the caller negates.
bool textMatches(const QString &op, const QJsonValue &stored, const QJsonValue &wanted,
                 std::optional<QRegularExpression> &pattern)
{
    if (!stored.isString())
        return false;
    if (op == QLatin1String("=") || op == QLatin1String("in")) {
        for (const QJsonValue &item : asList(wanted)) {
            if (item.isString() && item.toString() == stored.toString())
                return true;
        }
        return false;
    }
    if (!pattern) {
        const QString text = wanted.toString();
        const bool insensitive = op == QLatin1String("ilike") || op == QLatin1String("=ilike");
        const bool wrapped = op == QLatin1String("like") || op == QLatin1String("ilike");
        pattern = likePattern(wrapped ? QLatin1Char('%') + text + QLatin1Char('%') : text, insensitive);
    }
    return pattern->match(stored.toString()).hasMatch();
}

} // namespace

class OdooDomain::Parser
{
public:
    Parser(OdooDomain &domain, const OdooModelDef &model, const OdooRecordSource &source)
        : m_domain(domain)
        , m_model(model)
        , m_source(source)
    { }

    Result<void> run(const QJsonArray &terms)
    {
        std::vector<int> stack;
        for (qsizetype i = terms.size() - 1; i >= 0; --i) {
            const QJsonValue item = terms.at(i);
            if (item.isString()) {
                const QString op = item.toString();
                const int arity = op == QLatin1String("!")
                    ? 1
                    : (op == QLatin1String("&") || op == QLatin1String("|") ? 2 : 0);
                if (arity == 0)
                    return valueError(tr("Invalid domain term %1").arg(pyRepr(item)));
                if (static_cast<int>(stack.size()) < arity)
                    return valueError(tr("Domain %1 is syntactically not correct.").arg(pyRepr(terms)));
                Node node;
                node.kind = arity == 1 ? Node::Not : (op == QLatin1String("&") ? Node::And : Node::Or);
                node.left = stack.back();
                stack.pop_back();
                if (arity == 2) {
                    node.right = stack.back();
                    stack.pop_back();
                }
                stack.push_back(push(std::move(node)));
                continue;
            }
            if (!item.isArray() || item.toArray().size() != 3)
                return valueError(tr("Invalid domain term %1").arg(pyRepr(item)));
            Result<int> leaf = parseTerm(item.toArray());
            if (!leaf)
                return leaf.error();
            stack.push_back(leaf.value());
        }
        m_domain.m_root = combine(stack);
        return {};
    }

private:
    int push(Node node)
    {
        m_domain.m_nodes.push_back(std::move(node));
        return static_cast<int>(m_domain.m_nodes.size()) - 1;
    }

    // Implicit AND of what is left on the stack, first term first.
    int combine(std::vector<int> &stack)
    {
        if (stack.empty()) {
            Node node;
            node.kind = Node::True;
            return push(std::move(node));
        }
        int result = stack.front();
        for (std::size_t i = 1; i < stack.size(); ++i) {
            Node node;
            node.kind = Node::And;
            node.left = stack.at(i);
            node.right = result;
            result = push(std::move(node));
        }
        return result;
    }

    Result<int> parseTerm(const QJsonArray &term)
    {
        const QJsonValue left = term.at(0);
        if (left.isDouble() && term.at(1).toString() == QLatin1String("=") && term.at(2).isDouble()) {
            Node node;
            node.kind = left.toInt() == term.at(2).toInt() ? Node::True : Node::False;
            return push(std::move(node));
        }
        const QString op = normalizedOperator(term.at(1).toString());
        if (!left.isString() || !knownOperators().contains(op))
            return valueError(tr("Invalid leaf %1").arg(termRepr(term)));
        const QString path = left.toString();
        const qsizetype dot = path.indexOf(QLatin1Char('.'));
        const QString first = dot < 0 ? path : path.left(dot);
        if (!m_model.hasField(first))
            return valueError(tr("Invalid field %1 on model %2").arg(pyRepr(first), pyRepr(m_model.name())));
        const OdooFieldDef &field = m_model.field(first);
        auto leaf = std::make_unique<Leaf>();
        leaf->path = first;
        leaf->field = &field;
        leaf->isId = first == QLatin1String("id");
        leaf->targetModel = leaf->isId ? m_model.name() : field.comodel;
        leaf->op = op;
        leaf->value = term.at(2);
        if (dot >= 0) {
            if (!field.isRelational())
                return valueError(
                    tr("Invalid field %1 on model %2").arg(pyRepr(path), pyRepr(m_model.name())));
            const bool negate = field.isX2many() && isNegative(op);
            QJsonArray inner;
            inner.append(QJsonArray { path.mid(dot + 1), negate ? positiveOf(op) : op, term.at(2) });
            leaf->op = negate ? QStringLiteral("not any") : QStringLiteral("any");
            leaf->value = inner;
        }
        if (leaf->op == QLatin1String("any") || leaf->op == QLatin1String("not any")) {
            const OdooModelDef *comodel = m_source.modelDef(field.comodel);
            if (!field.isRelational() || !comodel || !leaf->value.isArray())
                return valueError(tr("Invalid leaf %1").arg(termRepr(term)));
            Result<OdooDomain> sub = OdooDomain::parse(leaf->value, *comodel, m_source);
            if (!sub)
                return sub.error();
            leaf->sub = std::make_shared<OdooDomain>(std::move(sub).value());
        }
        Node node;
        node.kind = Node::Term;
        node.leaf = std::move(leaf);
        return push(std::move(node));
    }

    OdooDomain &m_domain;
    const OdooModelDef &m_model;
    const OdooRecordSource &m_source;
};

OdooDomain::OdooDomain()
    : m_idBounds(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max())
{ }

OdooDomain::~OdooDomain() = default;
OdooDomain::OdooDomain(OdooDomain &&) noexcept = default;
OdooDomain &OdooDomain::operator=(OdooDomain &&) noexcept = default;

Result<OdooDomain> OdooDomain::parse(const QJsonValue &domain, const OdooModelDef &model,
                                     const OdooRecordSource &source)
{
    OdooDomain result;
    result.m_model = model.name();
    const bool none = domain.isNull() || domain.isUndefined() || (domain.isBool() && !domain.toBool());
    if (!none && !domain.isArray())
        return valueError(tr("Invalid domain %1").arg(pyRepr(domain)));
    const QJsonArray terms = domain.toArray();
    Result<void> parsed = Parser(result, model, source).run(terms);
    if (!parsed)
        return parsed.error();
    bool onlyAnd = true;
    for (const QJsonValue &term : terms) {
        if (term.isString()) {
            onlyAnd = onlyAnd && term.toString() == QLatin1String("&");
        } else if (term.isArray() && term.toArray().at(0).isString()) {
            result.m_topLevelFields.insert(term.toArray().at(0).toString());
        }
    }
    if (!onlyAnd)
        return result;
    // Why: keyset paging sends `id > last`; bounding the scan keeps a page O(page), not O(table).
    for (const QJsonValue &term : terms) {
        const QJsonArray leaf = term.toArray();
        if (leaf.size() != 3 || leaf.at(0).toString() != QLatin1String("id"))
            continue;
        const QString op = leaf.at(1).toString();
        auto &[low, high] = result.m_idBounds;
        if (leaf.at(2).isDouble()) {
            const qint64 v = static_cast<qint64>(leaf.at(2).toDouble());
            if (op == QLatin1String(">"))
                low = std::max(low, v + 1);
            else if (op == QLatin1String(">="))
                low = std::max(low, v);
            else if (op == QLatin1String("<"))
                high = std::min(high, v - 1);
            else if (op == QLatin1String("<="))
                high = std::min(high, v);
            else if (op == QLatin1String("=")) {
                low = std::max(low, v);
                high = std::min(high, v);
            }
        } else if (op == QLatin1String("in") && leaf.at(2).isArray()) {
            qint64 min = std::numeric_limits<qint64>::max();
            qint64 max = std::numeric_limits<qint64>::min();
            bool allIds = true;
            for (const QJsonValue &id : leaf.at(2).toArray()) {
                allIds = allIds && id.isDouble();
                min = std::min(min, static_cast<qint64>(id.toDouble()));
                max = std::max(max, static_cast<qint64>(id.toDouble()));
            }
            if (allIds) {
                low = std::max(low, min);
                high = std::min(high, max);
            }
        }
    }
    return result;
}

bool OdooDomain::mentions(const QString &field) const
{
    return m_topLevelFields.contains(field);
}

bool OdooDomain::isEmpty() const
{
    return m_root < 0 || m_nodes.at(static_cast<std::size_t>(m_root)).kind == Node::True;
}

std::pair<qint64, qint64> OdooDomain::idBounds() const
{
    return m_idBounds;
}

bool OdooDomain::matches(const OdooRecordSource &source, qint64 id, const QString &lang,
                         bool activeTest) const
{
    return m_root < 0 || evaluate(m_root, source, id, lang, activeTest);
}

bool OdooDomain::evaluate(int index, const OdooRecordSource &source, qint64 id, const QString &lang,
                          bool activeTest) const
{
    const Node &node = m_nodes.at(static_cast<std::size_t>(index));
    switch (node.kind) {
    case Node::True:
        return true;
    case Node::False:
        return false;
    case Node::Not:
        return !evaluate(node.left, source, id, lang, activeTest);
    case Node::And:
        return evaluate(node.left, source, id, lang, activeTest)
            && evaluate(node.right, source, id, lang, activeTest);
    case Node::Or:
        return evaluate(node.left, source, id, lang, activeTest)
            || evaluate(node.right, source, id, lang, activeTest);
    case Node::Term:
        return evaluateLeaf(*node.leaf, source, id, lang, activeTest);
    }
    return false;
}

bool OdooDomain::evaluateLeaf(const Leaf &leaf, const OdooRecordSource &source, qint64 id,
                              const QString &lang, bool activeTest) const
{
    const QString &op = leaf.op;
    if (op == QLatin1String("=?")) {
        if (!truthy(leaf.value) && !leaf.value.isDouble())
            return true;
        Leaf equal;
        equal.path = leaf.path;
        equal.op = QStringLiteral("=");
        equal.value = leaf.value;
        equal.field = leaf.field;
        equal.targetModel = leaf.targetModel;
        equal.isId = leaf.isId;
        return evaluateLeaf(equal, source, id, lang, activeTest);
    }
    if (leaf.field->isRelational() || leaf.isId)
        return evaluateRelational(leaf, source, id, lang, activeTest);
    const QJsonValue stored = source.value(m_model, id, leaf.path, lang);
    const OdooFieldDef &field = *leaf.field;
    if (op == QLatin1String("=") || op == QLatin1String("!=")) {
        const bool equal = scalarEquals(stored, leaf.value, field);
        return op == QLatin1String("=") ? equal : !equal;
    }
    if (op == QLatin1String("in") || op == QLatin1String("not in")) {
        bool found = false;
        for (const QJsonValue &item : asList(leaf.value))
            found = found || scalarEquals(stored, item, field);
        return op == QLatin1String("in") ? found : !found;
    }
    if (op == QLatin1String(">") || op == QLatin1String(">=") || op == QLatin1String("<")
        || op == QLatin1String("<=")) {
        if (isUnset(stored, field) || (leaf.value.isBool() && !leaf.value.toBool()))
            return false;
        const int c = compareScalars(stored, leaf.value);
        return op == QLatin1String(">") ? c > 0
            : op == QLatin1String(">=") ? c >= 0
            : op == QLatin1String("<")  ? c < 0
                                        : c <= 0;
    }
    if (op == QLatin1String("child_of") || op == QLatin1String("parent_of") || op == QLatin1String("any")
        || op == QLatin1String("not any"))
        return false;
    const bool positive = textMatches(positiveOf(op), stored, leaf.value, leaf.pattern);
    return isNegative(op) ? !positive : positive;
}

bool OdooDomain::evaluateRelational(const Leaf &leaf, const OdooRecordSource &source, qint64 id,
                                    const QString &lang, bool activeTest) const
{
    const OdooFieldDef &field = *leaf.field;
    const QJsonValue stored =
        leaf.isId ? QJsonValue(static_cast<double>(id)) : source.value(m_model, id, leaf.path, lang);
    QList<qint64> related;
    if (stored.isArray()) {
        const OdooModelDef *comodel = source.modelDef(field.comodel);
        const bool filterArchived = activeTest && comodel && comodel->hasActive();
        for (const QJsonValue &value : stored.toArray()) {
            const qint64 rid = static_cast<qint64>(value.toDouble());
            if (!filterArchived || truthy(source.value(field.comodel, rid, QStringLiteral("active"), lang)))
                related.append(rid);
        }
    } else if (stored.isDouble()) {
        related.append(static_cast<qint64>(stored.toDouble()));
    }
    const QString &op = leaf.op;
    if (op == QLatin1String("any"))
        return evaluateAny(leaf, related, source, lang, activeTest);
    if (op == QLatin1String("not any"))
        return !evaluateAny(leaf, related, source, lang, activeTest);
    if (op == QLatin1String(">") || op == QLatin1String(">=") || op == QLatin1String("<")
        || op == QLatin1String("<=")) {
        for (qint64 rid : std::as_const(related)) {
            const int c = compareScalars(QJsonValue(static_cast<double>(rid)), leaf.value);
            if (op == QLatin1String(">")        ? c > 0
                    : op == QLatin1String(">=") ? c >= 0
                    : op == QLatin1String("<")  ? c < 0
                                                : c <= 0)
                return true;
        }
        return false;
    }
    const QSet<qint64> &targets = hierarchy(leaf, source, lang);
    bool wantsUnset = false;
    if (op != QLatin1String("child_of") && op != QLatin1String("parent_of")) {
        for (const QJsonValue &item : asList(leaf.value))
            wantsUnset = wantsUnset || (item.isBool() && !item.toBool()) || item.isNull();
    }
    bool hit = wantsUnset && related.isEmpty();
    for (qint64 rid : std::as_const(related))
        hit = hit || targets.contains(rid);
    return isNegative(op) ? !hit : hit;
}

bool OdooDomain::evaluateAny(const Leaf &leaf, const QList<qint64> &related, const OdooRecordSource &source,
                             const QString &lang, bool activeTest) const
{
    for (qint64 rid : related) {
        auto cached = leaf.anyCache.constFind(rid);
        if (cached == leaf.anyCache.constEnd())
            cached = leaf.anyCache.insert(rid, leaf.sub->matches(source, rid, lang, activeTest));
        if (*cached)
            return true;
    }
    return false;
}

// The ids the leaf's value designates in the target model: the ids given, the records whose
// display name matches a text value, or the hierarchy below/above them for child_of/parent_of.
const QSet<qint64> &OdooDomain::hierarchy(const Leaf &leaf, const OdooRecordSource &source,
                                          const QString &lang) const
{
    if (leaf.targetIds)
        return *leaf.targetIds;
    QSet<qint64> ids;
    const QString positive = positiveOf(leaf.op);
    const QJsonArray values = asList(leaf.value);
    bool byName = false;
    for (const QJsonValue &value : values) {
        if (value.isDouble())
            ids.insert(static_cast<qint64>(value.toDouble()));
        byName = byName || value.isString();
    }
    if (byName) {
        const QString nameOp = positive == QLatin1String("child_of") || positive == QLatin1String("parent_of")
                || positive == QLatin1String("in")
            ? QStringLiteral("=")
            : positive;
        std::optional<QRegularExpression> pattern;
        for (qint64 candidate : source.ids(leaf.targetModel)) {
            const QJsonValue name =
                source.value(leaf.targetModel, candidate, QStringLiteral("display_name"), lang);
            for (const QJsonValue &value : values) {
                if (value.isString() && textMatches(nameOp, name, value, pattern)) {
                    ids.insert(candidate);
                    break;
                }
            }
        }
    }
    const OdooModelDef *target = source.modelDef(leaf.targetModel);
    const QString parent = target ? target->parentField() : QString();
    if (!parent.isEmpty()
        && (positive == QLatin1String("child_of") || positive == QLatin1String("parent_of"))) {
        QList<qint64> pending(ids.begin(), ids.end());
        const bool down = positive == QLatin1String("child_of");
        while (!pending.isEmpty()) {
            const qint64 current = pending.takeLast();
            const QList<qint64> next = down ? source.referencing(leaf.targetModel, parent, current) : [&] {
                const QJsonValue up = source.value(leaf.targetModel, current, parent, lang);
                return up.isDouble() ? QList<qint64> { static_cast<qint64>(up.toDouble()) } : QList<qint64>();
            }();
            for (qint64 id : next) {
                if (!ids.contains(id)) {
                    ids.insert(id);
                    pending.append(id);
                }
            }
        }
    }
    leaf.targetIds = std::move(ids);
    return *leaf.targetIds;
}

} // namespace cw
