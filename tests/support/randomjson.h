#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace cw::test {

/// Random JSON in the shapes servers send: keys in any order, blanks anywhere, numbers in
/// every form JSON allows, escapes, non-ASCII text, now and then a key given twice. The same seed
/// gives the same text.
class RandomJson
{
public:
    explicit RandomJson(quint32 seed);

    QByteArray object(int depth);
    QByteArray value(int depth);
    QByteArray number();
    QByteArray string();
    /// A quoted key, now and then one with an escape or a non-ASCII letter.
    QByteArray key();
    /// Nothing, or a blank JSON allows between tokens.
    QByteArray blank();
    /// A number in [0, bound).
    quint32 bounded(quint32 bound) { return m_random.bounded(bound); }

private:
    QRandomGenerator m_random;
};

} // namespace cw::test
