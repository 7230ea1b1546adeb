/// Hands out unique table names and unique column prefixes (TPC-DS style: `store_sales` -> `ss`).
///
/// Prefixes contain only letters and digits, so `prefix + "_" + column` is unique over the whole schema
/// as long as column names are unique within each table.
struct NameRegistry {
    private var tables: Set<String> = []
    private var prefixes: Set<String> = []
    /// The next number to try per numbered base, so that numbering stays linear.
    private var counters: [String: Int] = [:]

    func isFree(_ name: String) -> Bool {
        !tables.contains(name)
    }

    mutating func claim(_ name: String) {
        tables.insert(name)
    }

    /// The first free candidate, or `base_2`, `base_3` ... when all are taken; the result is claimed.
    mutating func claimTable(candidates: [String], base: String) -> String {
        if let free = candidates.first(where: isFree) {
            claim(free)
            return free
        }
        var number = counters[base] ?? 2
        while tables.contains("\(base)_\(number)") { number += 1 }
        counters[base] = number + 1
        let name = "\(base)_\(number)"
        claim(name)
        return name
    }

    /// A new prefix built from the initials of `table`'s words, e.g. `customer_address` -> `ca`.
    mutating func claimPrefix(for table: String) -> String {
        let words = table.split(separator: "_").map(String.init).filter { !$0.isEmpty && $0 != "dim" }
        let parts = words.isEmpty ? ["t"] : words
        let initials = parts.map { String($0.prefix(1)) }.joined()
        var candidates = [initials]
        if let last = parts.last, last.count > 1 {
            let head = parts.dropLast().map { String($0.prefix(1)) }.joined()
            candidates.append(head + String(last.prefix(2)))
            candidates.append(head + String(last.prefix(3)))
        }
        if let free = candidates.first(where: { !prefixes.contains($0) }) {
            prefixes.insert(free)
            return free
        }
        var number = counters["prefix:" + initials] ?? 2
        while prefixes.contains("\(initials)\(number)") { number += 1 }
        counters["prefix:" + initials] = number + 1
        let prefix = "\(initials)\(number)"
        prefixes.insert(prefix)
        return prefix
    }
}
