import Foundation
import Model

/// Loads a dataset directory; every error names the file (and the line of a JSONL file).
public enum DatasetReader {
    public static func load(directory: String) throws(DatasetError) -> Dataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DatasetError("\(directory) is not a dataset directory (it does not exist)")
        }
        func path(_ name: String) -> String { URL(fileURLWithPath: directory).appendingPathComponent(name).path }
        let manifestData = try data(path("manifest.json"))
        let manifest: Manifest = try decode(Manifest.self, manifestData, where: path("manifest.json"))
        let plan: Plan = try decode(Plan.self, try data(path("plan.json")), where: path("plan.json"))
        let coverage: CoverageReport = try decode(CoverageReport.self, try data(path("coverage.json")), where: path("coverage.json"))
        let examples = try exampleLines(path("examples.jsonl"))
        let rejectionsPath = path("rejections.jsonl")
        let rejections: [Rejection] = FileManager.default.fileExists(atPath: rejectionsPath)
            ? try lines(rejectionsPath).map { (number, line) throws(DatasetError) in
                try decode(Rejection.self, Data(line.utf8), where: "\(rejectionsPath) line \(number)")
            } : []
        return try dataset(directory: directory, manifest: manifest, plan: plan, coverage: coverage, examples: examples, rejections: rejections)
    }

    /// The dataset a run has just written to `directory`, from its content still in memory instead
    /// of read back (the review files, when present, are read): what ``load(directory:)`` returns.
    public static func dataset(directory: String, manifest: Manifest, plan: Plan, coverage: CoverageReport,
                               examples: [Example], rejections: [Rejection]) throws(DatasetError) -> Dataset {
        func path(_ name: String) -> String { URL(fileURLWithPath: directory).appendingPathComponent(name).path }
        let llm = manifest.llm
        let decisionsPath = path(ReviewStore.decisionsFile)
        let decisions: [ReviewDecision] = FileManager.default.fileExists(atPath: decisionsPath)
            ? try lines(decisionsPath).map { (number, line) throws(DatasetError) in
                try decode(ReviewDecision.self, Data(line.utf8), where: "\(decisionsPath) line \(number)")
            } : []
        let reviewedPath = path(ReviewStore.reviewedExamplesFile)
        let reviewed = FileManager.default.fileExists(atPath: reviewedPath) ? try exampleLines(reviewedPath) : nil
        var dataset = Dataset(directory: directory, manifest: manifest, llm: llm, plan: plan, coverage: coverage,
                              examples: examples, rejections: rejections, decisions: decisions, reviewedExamples: reviewed)
        dataset.schema = schema(of: plan)
        return dataset
    }

    /// The schema file the plan names, when it can be read and has the hash the plan records.
    static func schema(of plan: Plan) -> Schema? {
        guard let path = plan.schema.path, let loaded = try? SchemaLoader.load(path: path),
              loaded.sha256 == plan.schema.sha256 else { return nil }
        return loaded.schema
    }

    /// The examples of a JSONL file (decoded on every core; an error names the first bad line).
    static func exampleLines(_ path: String) throws(DatasetError) -> [Example] {
        try lines(path).concurrentMap { line throws(DatasetError) -> Example in
            try exampleLines(fromLine: line.1, place: "\(path) line \(line.0)")
        }
    }

    /// One example line; errors name `place`.
    static func exampleLines(fromLine line: String, place: String) throws(DatasetError) -> Example {
        try decode(Example.self, Data(line.utf8), where: place)
    }

    static func data(_ path: String) throws(DatasetError) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError("cannot read \(path) (missing or unreadable); is this a dataset directory written by `nl2sqlgen generate`?")
        }
        return data
    }

    /// Non-empty lines with their 1-based line numbers.
    static func lines(_ path: String) throws(DatasetError) -> [(Int, String)] {
        let text = String(decoding: try data(path), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            // Not only white space (what trimming it would leave empty), without trimming every line.
            .filter { !$0.element.unicodeScalars.allSatisfy { CharacterSet.whitespaces.contains($0) } }
            .map { ($0.offset + 1, String($0.element)) }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ data: Data, where place: String) throws(DatasetError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw DatasetError("\(place): \(describe(error))")
        } catch {
            throw DatasetError("\(place): \(error.localizedDescription)")
        }
    }

    /// A one-line reason with the JSON path of a decoding error.
    static func describe(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "" : " at " + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field \"\(key.stringValue)\"\(at(context.codingPath))"
        case .typeMismatch(_, let context): return "wrong type\(at(context.codingPath)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "missing value\(at(context.codingPath))"
        case .dataCorrupted(let context): return "not valid JSON\(at(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "cannot decode: \(error)"
        }
    }
}
