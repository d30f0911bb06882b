#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace cw {

/// A first-in first-out hand-over between threads that holds at most capacity() items, so a fast
/// producer waits for a slow consumer instead of filling memory.
///
/// Thread safety: every member may be called from any thread. push() blocks while the queue is
/// full, pop() while it is empty; close() wakes both: afterwards push() refuses items and pop()
/// drains what is left, then returns nothing.
template<typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity > 0 ? capacity : 1)
    { }

    std::size_t capacity() const { return m_capacity; }

    /// Appends @p item, waiting for room. False, with @p item dropped, when the queue is closed.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        append(item);
        return true;
    }

    /// Appends @p item without waiting. False, with @p item left as it was, when the queue is full
    /// or closed.
    bool tryPush(T &item)
    {
        const std::lock_guard lock(m_mutex);
        if (m_closed || m_items.size() >= m_capacity)
            return false;
        append(item);
        return true;
    }

    /// The oldest item without waiting; nothing when the queue is empty.
    std::optional<T> tryPop()
    {
        const std::lock_guard lock(m_mutex);
        return takeFront();
    }

    /// The oldest item, waiting for one; nothing once the queue is closed and empty.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || !m_items.empty(); });
        return takeFront();
    }

    /// Ends the hand-over: waiting and later push() calls return false, pop() drains and then ends.
    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    // Both with m_mutex held.
    void append(T &item)
    {
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
    }

    std::optional<T> takeFront()
    {
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace cw
