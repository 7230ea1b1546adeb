import Foundation
import Generation
import Model
import Validation

/// Applies a filled review sheet to a dataset directory (docs/review.md): checks every row first
/// (unknown id, unknown decision, edit without SQL, edited SQL that fails validation), applies
/// nothing when any row is bad, else appends the decisions to `review/decisions.jsonl` and rewrites
/// `examples.reviewed.jsonl` from `examples.jsonl` and the latest decision per example.
public struct ReviewApplier {
    public let dataset: Dataset
    public let schema: Schema
    public let validator: Validator

    public init(dataset: Dataset, schema: Schema, validator: Validator) {
        self.dataset = dataset
        self.schema = schema
        self.validator = validator
    }

    /// The decisions of a sheet (rows with an empty decision are skipped), or every problem.
    public func decisions(csv text: String, source: String) throws(ReviewProblems) -> [ReviewDecision] {
        let records: [ReviewCSV.Record]
        do {
            records = try ReviewCSV.parse(text)
        } catch {
            throw ReviewProblems(source: source, problems: [error.message])
        }
        guard let header = records.first else { throw ReviewProblems(source: source, problems: ["the file is empty"]) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = ["id", "decision"].filter { !names.contains($0) }
        guard missing.isEmpty else {
            throw ReviewProblems(source: source, problems: ["line \(header.line): the header lacks the column(s) \(missing.joined(separator: ", ")) (expected \(ReviewCSV.header.joined(separator: ",")))"])
        }
        let examples = Dictionary(dataset.examples.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        var seen: [String: Int] = [:]
        var decisions: [ReviewDecision] = []
        for record in records.dropFirst() {
            func field(_ name: String) -> String {
                guard let index = names.firstIndex(of: name), index < record.fields.count else { return "" }
                return record.fields[index]
            }
            let id = field("id").trimmingCharacters(in: .whitespaces)
            let word = field("decision").trimmingCharacters(in: .whitespaces).lowercased()
            if word.isEmpty { continue }
            let place = "line \(record.line)"
            guard let kind = ReviewDecision.Kind(rawValue: word) else {
                problems.append("\(place): unknown decision \"\(word)\" for \(id.isEmpty ? "a row without id" : id) (use accept, reject or edit)")
                continue
            }
            guard let example = examples[id] else {
                problems.append("\(place): unknown example id \"\(id)\" (not in examples.jsonl)")
                continue
            }
            if let earlier = seen[id] {
                problems.append("\(place): \(id) already has a decision on line \(earlier)")
                continue
            }
            seen[id] = record.line
            let note = field("note").trimmingCharacters(in: .whitespacesAndNewlines)
            var decision = ReviewDecision(exampleID: id, decision: kind, note: note.isEmpty ? nil : note, source: source, line: record.line)
            if kind == .edit {
                let sql = field("edited_sql").trimmingCharacters(in: .whitespacesAndNewlines)
                let question = field("edited_question").trimmingCharacters(in: .whitespacesAndNewlines)
                if sql.isEmpty && question.isEmpty {
                    problems.append("\(place): edit of \(id) needs edited_sql or edited_question")
                    continue
                }
                if !sql.isEmpty {
                    let result = validator.validate(sql, minRows: dataset.plan.config.generation.minResultRows)
                    guard result.verdict == .ok else {
                        problems.append("\(place): the edited SQL of \(id) fails validation: \(result.verdict.rawValue)\(result.message.map { ": \($0)" } ?? "")")
                        continue
                    }
                    decision.sql = sql
                    decision.originalSQL = example.sql
                }
                if !question.isEmpty { decision.question = question }
            }
            decisions.append(decision)
        }
        if !problems.isEmpty { throw ReviewProblems(source: source, problems: problems) }
        return decisions
    }

    /// Records `decisions` and rewrites `examples.reviewed.jsonl`; returns the reviewed examples' count.
    @discardableResult
    public func apply(_ decisions: [ReviewDecision]) throws(DatasetError) -> Int {
        let all = dataset.decisions + decisions
        let reviewed = try reviewedLines(latest: ReviewDecision.latest(all))
        do {
            try FileManager.default.createDirectory(atPath: dataset.path("review"), withIntermediateDirectories: true)
            var log = FileManager.default.contents(atPath: dataset.path(ReviewStore.decisionsFile)) ?? Data()
            for decision in decisions {
                log.append(try CanonicalJSON.line(decision))
                log.append(0x0A)
            }
            try CanonicalJSON.write(log, to: dataset.path(ReviewStore.decisionsFile))
            try CanonicalJSON.write(Data(reviewed.map { $0 + "\n" }.joined().utf8), to: dataset.path(ReviewStore.reviewedExamplesFile))
        } catch {
            throw DatasetError("cannot write the review to \(dataset.directory): \(error.localizedDescription)")
        }
        return reviewed.count
    }

    /// Lines of `examples.jsonl` with the decisions applied: unchanged lines byte for byte.
    func reviewedLines(latest: [String: ReviewDecision]) throws(DatasetError) -> [String] {
        let path = dataset.path("examples.jsonl")
        var out: [String] = []
        for (number, line) in try DatasetReader.lines(path) {
            let example = try DatasetReader.exampleLines(fromLine: line, place: "\(path) line \(number)")
            guard let decision = latest[example.id] else {
                out.append(line)
                continue
            }
            switch decision.decision {
            case .accept: out.append(line)
            case .reject: continue
            case .edit: out.append(try edited(line: line, example: example, decision: decision, place: "\(path) line \(number)"))
            }
        }
        return out
    }

    /// The line with the edit applied: question and/or SQL with the SQL's measurements redone;
    /// negatives and SQL variants of the old SQL are emptied (they no longer apply).
    func edited(line: String, example: Example, decision: ReviewDecision, place: String) throws(DatasetError) -> String {
        var updated = example
        if let question = decision.question { updated.question = question }
        var clearContrast = false
        if let sql = decision.sql {
            let result = validator.validate(sql, minRows: dataset.plan.config.generation.minResultRows)
            guard result.verdict == .ok, let fingerprint = result.fingerprint else {
                throw DatasetError("\(place): the recorded edit of \(example.id) no longer validates: \(result.verdict.rawValue)")
            }
            let read = Set(result.columns)
            let features = SQLFeatures(sql: sql, resultColumns: result.columnCount ?? 0)
            updated.sql = sql
            updated.tables = result.tables
            updated.columns = result.columns
            updated.joinEdges = schema.foreignKeys.filter { $0.columnRefs.allSatisfy(read.contains) }.map(\.id).sorted()
            updated.constructs = features.constructs
            updated.hardness = features.hardness
            updated.result = ResultShape(rows: result.rowCount ?? 0, columns: result.columnCount ?? 0,
                                         columnNames: result.columnNames ?? [], fingerprint: fingerprint)
            clearContrast = true
        }
        do {
            guard case .object(var members) = try JSONParser.parse(line),
                  case .object(let replacements) = try JSONParser.parse(String(decoding: try CanonicalJSON.line(updated), as: UTF8.self)) else {
                throw DatasetError("\(place): not a JSON object")
            }
            for replacement in replacements {
                if let index = members.firstIndex(where: { $0.key == replacement.key }) { members[index].value = replacement.value }
            }
            if clearContrast {
                for index in members.indices where members[index].key == "negatives" || members[index].key == "sql_variants" {
                    members[index].value = .array([])
                }
            }
            return JSONValue.object(members).render()
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError("\(place): \(error)")
        }
    }
}
