import Model

/// A column idea before it is placed in a table: its name without the table prefix, type, role and a
/// description in which `{e}` stands for the table's entity phrase ("customer", "store sale").
struct ColumnTemplate: Sendable {
    var name: String
    var type: String
    var role: ColumnRole
    /// The description split at each `{e}`.
    private var descriptionParts: [String]
    /// For a flag: the phrases for rows where it holds and where it does not, `{e}` standing for
    /// the entity phrase (docs/semantic-model.md).
    var flagPhrases: (yes: String, no: String)?

    init(_ name: String, _ type: String, _ role: ColumnRole, _ description: String) {
        self.name = name
        self.type = type
        self.role = role
        descriptionParts = Self.split(description, at: "{e}")
    }

    /// The description with `{e}` replaced by `phrase`.
    func describe(_ phrase: String) -> String {
        descriptionParts.joined(separator: phrase)
    }

    /// The flag phrases with `{e}` replaced by `phrase`, as a partial semantic model entry.
    func semantics(_ phrase: String) -> ColumnSemantics? {
        guard let flagPhrases else { return nil }
        let fill = { (text: String) in Self.split(text, at: "{e}").joined(separator: phrase) }
        return ColumnSemantics(truePhrase: fill(flagPhrases.yes), falsePhrase: fill(flagPhrases.no))
    }

    /// `self` with flag phrases.
    func saying(_ yes: String, _ no: String) -> ColumnTemplate {
        var template = self
        template.flagPhrases = (yes, no)
        return template
    }

    /// The description as written, with its `{e}` placeholders.
    var description: String { describe("{e}") }

    /// `text` split at every occurrence of `marker` (a plain substring search, without regex machinery).
    static func split(_ text: String, at marker: String) -> [String] {
        let characters = Array(text)
        let pattern = Array(marker)
        var parts: [String] = []
        var current = ""
        var index = 0
        while index < characters.count {
            if index + pattern.count <= characters.count, characters[index..<(index + pattern.count)].elementsEqual(pattern) {
                parts.append(current)
                current = ""
                index += pattern.count
            } else {
                current.append(characters[index])
                index += 1
            }
        }
        parts.append(current)
        return parts
    }
}
