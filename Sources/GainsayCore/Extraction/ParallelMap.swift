import Foundation

/// Maps over an array on several threads; results come back in input order, so the output
/// never depends on the job count.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(jobs, items.count))
        if workers <= 1 { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.increment()
                if index >= items.count { break }
                results.set(index, transform(items[index]))
            }
        }
        return results.values()
    }
}

/// A shared work counter handed out under a lock.
final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    /// Returns the current value and advances it.
    func increment() -> Int {
        lock.lock(); defer { lock.unlock() }
        let current = value
        value += 1
        return current
    }
}

/// One slot per input; each slot is written by exactly one worker.
final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: R) {
        lock.lock(); slots[index] = value; lock.unlock()
    }
    func values() -> [R] { slots.compactMap { $0 } }
}
