import Foundation
import Model
import Yams

/// Reads dbt MetricFlow semantic models and metrics (YAML) into a ``Schema`` whose columns, tables
/// and metrics state the same semantic model (docs/semantic-model.md, "MetricFlow import").
///
/// Tables come from each semantic model's `node_relation.alias`, else its `model: ref('name')`,
/// else its name; columns from each entity's, dimension's and measure's `expr` when it is a column
/// name, else its name. With a `base` schema (imported from DDL or SQLite) the tables and columns
/// must exist there and keep their declared types; without one they are created with types from
/// their kind. What cannot be said in the schema file (a measure over an SQL expression, a derived
/// metric that is neither a growth nor a ratio) is left out and listed in ``MetricFlowImport/notes``.
public enum MetricFlowImporter {
    /// Imports every `.yml`/`.yaml` file under `path` (a directory, searched recursively, in path
    /// order) or the one file `path`.
    public static func importProject(at path: String, name: String, base: Schema? = nil) throws(MetricFlowImportError) -> MetricFlowImport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MetricFlowImportError("\(path): no such file or directory")
        }
        var files: [String] = []
        if isDirectory.boolValue {
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let item = enumerator?.nextObject() as? String {
                if item.hasSuffix(".yml") || item.hasSuffix(".yaml") { files.append((path as NSString).appendingPathComponent(item)) }
            }
            files.sort()
        } else {
            files = [path]
        }
        var sources: [(source: String, text: String)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw MetricFlowImportError("\(file): cannot read the file as UTF-8 text")
            }
            sources.append((file, text))
        }
        return try importYAML(sources, name: name, base: base)
    }

    /// Imports YAML texts, each named by its source in messages.
    public static func importYAML(_ sources: [(source: String, text: String)], name: String,
                                  base: Schema? = nil) throws(MetricFlowImportError) -> MetricFlowImport {
        var models: [MetricFlowSemanticModel] = []
        var metrics: [MetricFlowMetric] = []
        for (source, text) in sources {
            do {
                let file = try YAMLDecoder().decode(MetricFlowFile.self, from: text)
                models.append(contentsOf: file.semanticModels ?? [])
                metrics.append(contentsOf: file.metrics ?? [])
            } catch let error as DecodingError {
                throw MetricFlowImportError("\(source): \(Self.describe(error))")
            } catch {
                throw MetricFlowImportError("\(source): not YAML: \(error)")
            }
        }
        guard !models.isEmpty else {
            throw MetricFlowImportError("no semantic_models found in \(sources.map(\.source).joined(separator: ", "))")
        }
        var builder = MetricFlowSchemaBuilder(name: name, base: base)
        for model in models { try builder.add(model) }
        builder.linkForeignEntities()
        for metric in metrics { builder.add(metric, among: metrics) }
        return MetricFlowImport(schema: builder.schema(), notes: builder.notes)
    }

    private static func describe(_ error: DecodingError) -> String {
        let path: ([any CodingKey]) -> String = { keys in
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case let .keyNotFound(key, context): return "\(path(context.codingPath + [key])): missing"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// The result of a MetricFlow import: the schema and what was left out.
public struct MetricFlowImport: Sendable {
    public var schema: Schema
    /// One sentence per element that the schema file cannot state, in input order.
    public var notes: [String]
}
