import Model

/// The places and names a validation database holds (cities, states, countries, people's and
/// stores' names), which ``FaithfulnessCheck`` recognises in a wording wherever they stand: one
/// that the SQL and the question it rewrites do not hold is an addition. A plain value: the run
/// reads it once through its validator (``read(schema:validator:perColumn:)``) and passes it in,
/// so the check never opens a database. docs/dataset-format.md, "Faithfulness".
public struct DatabaseValues: Sendable, Equatable {
    /// The values, sorted and unique, as the database writes them.
    public let values: [String]
    /// One-word values, lower case.
    private let words: Set<String>
    /// Values of several words, lower case, by their first word.
    private let phrases: [String: [[String]]]

    /// No values: the check recognises places and names by their capitals alone.
    public static let none = DatabaseValues([])

    /// `values` that can name a place or a person: with a letter, no `@` (e-mail addresses), at
    /// most four words, and not a single letter.
    public init(_ values: [String]) {
        var kept: Set<String> = []
        var single: Set<String> = []
        var multiple: [String: [[String]]] = [:]
        for value in values where !value.contains("@") && value.contains(where: \.isLetter) {
            let parts = Self.words(of: value)
            guard !parts.isEmpty, parts.count <= 4, value.count >= 2 else { continue }
            guard kept.insert(value).inserted else { continue }
            if parts.count == 1 {
                single.insert(parts[0])
            } else if !(multiple[parts[0]]?.contains(parts) ?? false) {
                multiple[parts[0], default: []].append(parts)
            }
        }
        self.values = kept.sorted()
        words = single
        phrases = multiple
    }

    /// Whether `value` is one of the values (as the database writes it).
    public func contains(_ value: String) -> Bool {
        let parts = Self.words(of: value)
        if parts.count == 1 { return words.contains(parts[0]) }
        return parts.first.flatMap { phrases[$0] }?.contains(parts) ?? false
    }

    /// The values written in `text`, in text order, as `text` writes them: a value of several words
    /// in any case ("new york"), a one-word value only when capitalised there ("Springfield", "AK";
    /// not "each" for an `Each`), so that ordinary words do not count.
    public func occurrences(in text: String) -> [(text: String, words: [String])] {
        let written = text.split { !$0.isLetter && !$0.isNumber }
        let lowered = written.map { $0.lowercased() }
        var found: [(text: String, words: [String])] = []
        var index = 0
        while index < lowered.count {
            let longest = (phrases[lowered[index]] ?? [])
                .filter { index + $0.count <= lowered.count && Array(lowered[index..<(index + $0.count)]) == $0 }
                .max { $0.count < $1.count }
            if let longest {
                found.append((written[index..<(index + longest.count)].joined(separator: " "), longest))
                index += longest.count
                continue
            }
            if words.contains(lowered[index]), written[index].first?.isUppercase == true {
                found.append((String(written[index]), [lowered[index]]))
            }
            index += 1
        }
        return found
    }

    /// Lower-case words of `text`.
    static func words(of text: String) -> [String] {
        text.lowercasedWords()
    }
}
