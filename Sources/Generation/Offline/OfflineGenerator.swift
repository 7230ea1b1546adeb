import Model
import SQLite
import Validation

/// The embedded generator: turns one plan slot into an SQLite query and a natural English
/// question without any network access.
///
/// For a slot it joins the slot's tables over every join edge (one alias per edge), samples rows
/// of that join through the validator, and lets one of many SQL shapes of the slot's complexity
/// level spend the target columns (grouped, filtered, aggregated, projected, counted). Filters
/// take their values from one sampled row, so results are non-empty. The question is written from
/// the schema's descriptions in one of the configured styles. Everything is deterministic in
/// (slot id, attempt, seed).
public struct OfflineGenerator: Sendable {
    /// The schema whose descriptions the questions are written from.
    public let schema: Schema
    /// The question styles drafts rotate through (never empty).
    public let styles: [String]
    let phrases: PhraseBook
    /// Whether drafts are checked with the validator before they are returned (tests turn it
    /// off to measure the shapes on their own).
    var checksDrafts = true

    /// A generator for `schema`; `styles` are the configured question styles (e.g. `formal`,
    /// `colloquial`, `imperative`, `concise`, `descriptive`, `analytical`).
    public init(schema: Schema, styles: [String]) {
        self.schema = schema
        self.styles = styles.isEmpty ? ["formal"] : styles
        phrases = PhraseBook(schema: schema)
    }

    /// The shapes of each level, in catalogue order.
    static func shapes(for level: ComplexityLevel) -> [Shape] {
        switch level {
        case .simple: return SimpleShapes.all
        case .moderate: return ModerateShapes.all
        case .complex: return ComplexShapes.all
        case .highlyComplex: return HighlyComplexShapes.all
        }
    }

    /// The names of every shape of `level`.
    public static func shapeNames(for level: ComplexityLevel) -> [String] {
        shapes(for: level).map(\.name)
    }

    /// A draft for `slot`; `attempt` (0, 1, 2, ...) gives a different draw. Deterministic in
    /// (slot id, attempt, seed). Filter values are read with `validator.rows(of:limit:)`, and the
    /// draft is checked with the validator before it is returned: shapes are tried in a seeded
    /// order starting at `attempt` until one validates with a non-empty result that reads every
    /// target column. Nil when the slot cannot be joined (unknown edge or table, disconnected).
    public func draft(slot: Slot, category: String, attempt: Int, seed: UInt64, validator: Validator) -> SQLDraft? {
        let attempt = max(0, attempt)
        guard let setting = prepare(slot: slot, attempt: attempt, seed: seed, validator: validator) else { return nil }
        var shapes = Self.shapes(for: slot.complexity)
        var order = SeededRandom(seed: seed, stream: "offline.shapes|\(slot.id)")
        shapes.shuffle(using: &order)
        let start = shapes.isEmpty ? 0 : attempt % shapes.count
        let rotated = Array(shapes[start...] + shapes[..<start])
        // Styles rotate with the attempt from a seeded start, so consecutive attempts never repeat a draft.
        var styleStart = SeededRandom(seed: seed, stream: "offline.style|\(slot.id)")
        let styleBase = Int(styleStart.next() % UInt64(styles.count))
        var fallback: SQLDraft?
        for shape in rotated {
            var context = setting.context(rng: SeededRandom(seed: seed, stream: "offline.draft|\(slot.id)|\(attempt)|\(shape.name)"))
            guard let output = shape.build(&context) else { continue }
            var styleRandom = SeededRandom(seed: seed, stream: "offline.style|\(slot.id)|\(attempt)")
            let style = styles[(styleBase + attempt) % styles.count]
            let rendered = QuestionStyle.render(output.parts, style: style, category: category, rng: &styleRandom)
            let wording = Wording(parts: output.parts, category: category,
                                  roleSuffixes: Set((setting.targets + setting.helpers).compactMap(\.roleSuffix)))
            var draft = SQLDraft(sql: output.sql, question: wording.tidy(rendered), style: style, shape: shape.name)
            draft.wording = wording
            if !checksDrafts { return draft }
            if passes(draft.sql, targets: slot.targetColumns, validator: validator) { return draft }
            if fallback == nil { fallback = draft }
        }
        return fallback
    }

    /// Whether `sql` validates with a non-empty result and reads every target column.
    func passes(_ sql: String, targets: [ColumnRef], validator: Validator) -> Bool {
        let result = validator.validate(sql, minRows: 1)
        guard result.verdict == .ok, (result.rowCount ?? 0) > 0 else { return false }
        let read = Set(result.columns.map { "\($0.table.lowercased()).\($0.column.lowercased())" })
        return targets.allSatisfy { read.contains("\($0.table.lowercased()).\($0.column.lowercased())") }
    }
}
