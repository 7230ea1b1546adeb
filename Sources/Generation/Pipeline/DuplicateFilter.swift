/// Drops repeated examples: the exact SQL (white space folded), the SQL template (literals
/// replaced by `?`), and the question (case and white space folded).
public struct DuplicateFilter {
    private var sqls: Set<String> = []
    private var templates: Set<String> = []
    private var questions: Set<String> = []

    /// Why the pair duplicates an earlier one (`duplicate_sql`, `duplicate_template`,
    /// `duplicate_question`), or nil when it is new.
    func duplicateReason(sql: String, question: String) -> String? {
        if sqls.contains(Self.fold(sql)) { return "duplicate_sql" }
        if templates.contains(Self.template(sql)) { return "duplicate_template" }
        if questions.contains(Self.fold(question).lowercased()) { return "duplicate_question" }
        return nil
    }

    mutating func insert(sql: String, question: String) {
        sqls.insert(Self.fold(sql))
        templates.insert(Self.template(sql))
        questions.insert(Self.fold(question).lowercased())
    }

    /// Forgets a pair inserted before (an example the judge sends back for repair may keep its SQL
    /// or its question). No other kept pair shares them: it would have been a duplicate.
    mutating func remove(sql: String, question: String) {
        sqls.remove(Self.fold(sql))
        templates.remove(Self.template(sql))
        questions.remove(Self.fold(question).lowercased())
    }

    /// `text` with every run of white space folded to one space.
    public static func fold(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        // ASCII text (every SQL and question in practice) by bytes: its white space is tab to
        // carriage return and the space, as `Character.isWhitespace` says.
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var space = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                space = !folded.isEmpty
                continue
            }
            if space { folded.append(0x20) }
            space = false
            folded.append(byte)
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The SQL with string and number literals replaced by `?`, white space folded, upper-cased.
    public static func template(_ sql: String) -> String {
        var out = ""
        var characters = Array(sql)[...]
        var previous: Character = " "
        while let character = characters.popFirst() {
            if character == "'" {
                while let next = characters.popFirst() {
                    if next == "'" {
                        if characters.first == "'" { characters = characters.dropFirst() } else { break }
                    }
                }
                out.append("?")
            } else if character.isNumber, !(previous.isLetter || previous == "_" || previous.isNumber) {
                while let next = characters.first, next.isNumber || next == "." { characters = characters.dropFirst() }
                out.append("?")
            } else {
                out.append(character)
            }
            previous = character
        }
        return fold(out).uppercased()
    }
}
