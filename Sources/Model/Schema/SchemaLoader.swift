import Foundation

/// Reads a schema file, checks it, and reports every problem with its JSON path.
///
/// Errors (invalid JSON, missing or mistyped fields, duplicate names, unknown primary-key columns,
/// foreign keys to unknown tables or columns, foreign-key type mismatches, tables without columns)
/// make loading fail with a ``DiagnosticsError``. Warnings (missing descriptions, unknown keys) are
/// returned next to the schema.
public enum SchemaLoader {
    /// The outcome of a successful load: the schema and its warnings.
    public struct Loaded: Sendable {
        public var schema: Schema
        public var warnings: [Diagnostic]
        /// SHA-256 of the file's bytes, as recorded in plans and manifests.
        public var sha256: String
    }

    /// Loads and checks the schema file at `path`.
    public static func load(path: String) throws(DiagnosticsError) -> Loaded {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticsError(source: path, diagnostics: [
                Diagnostic(.error, at: "$", "cannot read the file (missing or unreadable)"),
            ])
        }
        return try load(bytes: [UInt8](data), source: path)
    }

    /// Loads and checks a schema from its bytes; `source` names it in messages.
    public static func load(bytes: [UInt8], source: String) throws(DiagnosticsError) -> Loaded {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes: bytes)
        } catch {
            throw DiagnosticsError(source: source, diagnostics: [Diagnostic(.error, at: "$", error.description)])
        }
        var reader = SchemaTreeReader()
        let schema = reader.read(root)
        if let schema { SchemaChecker.check(schema, into: &reader.diagnostics) }
        let diagnostics = reader.diagnostics
        guard let schema, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(source: source, diagnostics: diagnostics)
        }
        return Loaded(schema: schema, warnings: diagnostics, sha256: SHA256.hex(of: bytes))
    }
}
