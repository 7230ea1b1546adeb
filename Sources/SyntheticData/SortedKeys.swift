import Model
import SQLite

/// Ascending key values of a parent table (date keys, time keys, item keys) with the look-ups the
/// profiles need: random keys in a range, the key at or below a value, a key some steps later.
struct SortedKeys: Sendable {
    let values: [Int]

    init(_ values: [Int]) {
        self.values = values
    }

    /// The distinct non-null values of `column` in the generated `table`.
    init(_ data: GeneratedData, _ table: String, _ column: String) {
        values = data.sortedIntegers(table, column)
    }

    var isEmpty: Bool { values.isEmpty }

    /// A uniformly chosen key.
    func random(using random: inout SeededRandom) -> Int? {
        values.isEmpty ? nil : values[random.int(in: 0...(values.count - 1))]
    }

    /// A uniformly chosen key within `range`, or any key when none lies in it.
    func random(in range: ClosedRange<Int>, using random: inout SeededRandom) -> Int? {
        let low = firstIndex(atLeast: range.lowerBound)
        let high = firstIndex(atLeast: range.upperBound + 1) - 1
        guard low <= high else { return self.random(using: &random) }
        return values[random.int(in: low...high)]
    }

    /// The largest key not above `value`, else the smallest key.
    func atOrBelow(_ value: Int) -> Int? {
        guard !values.isEmpty else { return nil }
        let index = firstIndex(atLeast: value + 1) - 1
        return values[max(index, 0)]
    }

    /// The key `steps` positions after `key` (clamped to the last key); `key` need not exist.
    func shifted(_ key: Int, by steps: Int) -> Int? {
        guard !values.isEmpty else { return nil }
        let start = max(firstIndex(atLeast: key + 1) - 1, 0)
        return values[min(max(start + steps, 0), values.count - 1)]
    }

    /// The first index whose value is at least `value` (`values.count` when none).
    private func firstIndex(atLeast value: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
