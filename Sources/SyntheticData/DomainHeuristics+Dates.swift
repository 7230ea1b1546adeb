import Model
import SQLite

extension DomainHeuristics {
    /// Ranks of a row's events: a date of a higher rank falls after the row's dates of the next
    /// lower rank (created, then ordered or paid, then shipped, then delivered, then returned,
    /// then updated), by the rank's gap in days.
    static let eventRanks: [(words: Set<String>, gap: ClosedRange<Int>)] = [
        (["created", "registered", "signup", "signed", "joined", "opened", "hired", "enrolled", "first"], 0...0),
        (["ordered", "order", "placed", "purchased", "purchase", "booked", "submitted", "requested", "issued", "sold",
          "paid", "payment", "start", "started", "begin", "invoiced"], 0...365),
        (["shipped", "ship", "dispatched", "sent", "approved", "confirmed", "processed", "due", "scheduled"], 0...5),
        (["delivered", "received", "arrived", "completed", "closed", "resolved", "finished", "end", "ended", "expires",
          "expiry", "expiration"], 1...10),
        (["returned", "refunded", "cancelled", "canceled"], 3...30),
        (["updated", "modified", "changed", "last", "edited"], 0...180),
    ]

    /// A date or timestamp column: birth dates before 2006, other dates in the window, after the
    /// row's earlier events.
    func date(_ position: Int) -> ValueRecipe? {
        let timestamp = DomainHeuristics.isTimestamp(table.columns[position])
        if has(position, "birth", "dob", "birthday") { return .domain(.date(.births, timestamp: timestamp)) }
        guard let rank = rank(of: position) else { return .domain(.date(window, timestamp: timestamp)) }
        let earlier = table.columns.indices.compactMap { other -> (Int, Int)? in
            guard other != position, shapes[other].family == .date, !has(other, "birth", "dob", "birthday"),
                  let otherRank = self.rank(of: other), otherRank < rank else { return nil }
            return (other, otherRank)
        }
        // All earlier events: the latest one present dates this one (the shipping date, else the order date).
        let later = earlier.isEmpty ? DomainRecipe.date(window, timestamp: timestamp)
            : .later(after: earlier.map(\.0), days: DomainHeuristics.eventRanks[rank].gap, window: window, timestamp: timestamp)
        // A shipping or delivery date stays empty while the row's status says it has not happened.
        if (2...3).contains(rank), table.columns[position].nullable,
           let status = column(except: position, family: .text, where: { $0.contains("status") }) {
            return .domain(.unlessBefore(status: status, rank: rank, recipe: later))
        }
        return .domain(later)
    }

    /// The event rank of a date column (the highest rank its words name), nil for a record date or
    /// a name without event words.
    func rank(of position: Int) -> Int? {
        let semantics = SemanticDerivation.resolved(table.columns[position], in: table)
        guard semantics.role != .recordDate, semantics.role != .timeGrain else { return nil }
        let own = Set(words[position])
        return DomainHeuristics.eventRanks.indices.last { !own.isDisjoint(with: DomainHeuristics.eventRanks[$0].words) }
    }

    static func isTimestamp(_ column: Column) -> Bool {
        let type = column.type.lowercased()
        return type.hasPrefix("timestamp") || type.hasPrefix("datetime")
    }
}
