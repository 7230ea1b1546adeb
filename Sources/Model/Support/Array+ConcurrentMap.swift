import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, in the array's order, computed in one contiguous chunk per
    /// active core. The result is that of `map`: each element's value depends only on the element,
    /// never on the number of cores. For per-element work on a thread that would otherwise keep
    /// the other cores idle (the end of a run: reading back, measuring, encoding).
    public func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) -> [T] {
        let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount)
        guard chunks > 1 else { return map(transform) }
        let parts = ChunkResults<T>(count: chunks)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (elements.count * chunk / chunks)..<(elements.count * (chunk + 1) / chunks)
            parts.set(chunk, elements[range].map(transform))
        }
        return parts.joined()
    }

    /// ``concurrentMap(_:)`` of a throwing transform: the error of the first element (in order)
    /// that fails, as `map` would throw it.
    public func concurrentMap<T: Sendable, Failure: Error>(
        throwing transform: @escaping @Sendable (Element) throws(Failure) -> T
    ) throws(Failure) -> [T] {
        let results: [Result<T, Failure>] = concurrentMap { element in Result { () throws(Failure) -> T in try transform(element) } }
        return try results.map { result throws(Failure) -> T in try result.get() }
    }
}

/// The chunks' results, each set once by its worker.
private final class ChunkResults<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[T]]

    init(count: Int) {
        parts = Array<[T]>(repeating: [], count: count)
    }

    func set(_ chunk: Int, _ values: [T]) {
        lock.lock()
        parts[chunk] = values
        lock.unlock()
    }

    func joined() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return parts.flatMap { $0 }
    }
}
