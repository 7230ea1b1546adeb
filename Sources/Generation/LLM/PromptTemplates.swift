import Foundation
import Model

/// The prompt templates, files in `Sources/Generation/LLM/Prompts/` (documented in `docs/llm.md`)
/// loaded at run time; `{{name}}` placeholders are filled by ``render(_:_:)``. Their SHA-256 goes
/// into the manifest so a dataset names the prompts that made it.
public struct PromptTemplates: Sendable, Equatable {
    public static let names = ["backtranslate", "batch", "format", "judge", "paraphrase", "questions", "repair", "system"]

    /// Template text by name.
    public var texts: [String: String]
    /// The SQL dialect the prompts ask for (the run's engine): `{{dialect}}` in every template is
    /// its name ("SQLite", "PostgreSQL").
    public var dialect: SQLDialect = .sqlite

    public init(texts: [String: String]) {
        self.texts = texts
    }

    /// The templates shipped with the tool: the resource bundle next to the program (or the test
    /// runner), else the source tree it was built from. A clear error, never a crash, when neither exists.
    public static func bundled() throws(LLMError) -> PromptTemplates {
        var folders: [URL] = []
        for base in [Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.resourceURL, Bundle.main.bundleURL].compactMap({ $0 }) {
            folders.append(base.appendingPathComponent("nl2sqlgen_Generation.resources/Prompts"))
            folders.append(base.appendingPathComponent("nl2sqlgen_Generation.bundle/Contents/Resources/Prompts"))
            folders.append(base.appendingPathComponent("nl2sqlgen_Generation.bundle/Prompts"))
        }
        folders.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Prompts"))
        guard let folder = folders.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("system.txt").path) }) else {
            throw LLMError(.prompts, "the prompt templates are not installed: looked in \(folders.map(\.path).joined(separator: ", "))")
        }
        return try load(from: folder.path)
    }

    /// The templates in `folder` (`backtranslate.txt`, `batch.txt`, `format.txt`, `judge.txt`, `paraphrase.txt`,
    /// `questions.txt`, `repair.txt`, `system.txt`).
    public static func load(from folder: String) throws(LLMError) -> PromptTemplates {
        var texts: [String: String] = [:]
        for name in names {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name + ".txt").path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LLMError(.prompts, "prompt template \(path) is missing")
            }
            texts[name] = String(decoding: data, as: UTF8.self)
        }
        return PromptTemplates(texts: texts)
    }

    /// SHA-256 over every template: name, NUL, text, NUL, in name order.
    public var sha256: String {
        var hash = SHA256()
        for name in texts.keys.sorted() {
            hash.update(name)
            hash.update([0])
            hash.update(texts[name] ?? "")
            hash.update([0])
        }
        return SHA256.hexString(hash.finalize())
    }

    /// Template `name` with each `{{key}}` replaced by its value, and `{{dialect}}` by the
    /// dialect's name.
    public func render(_ name: String, _ values: [(String, String)]) -> String {
        var text = texts[name] ?? ""
        for (key, value) in values + [("dialect", dialect.displayName)] { text = text.replacingOccurrences(of: "{{\(key)}}", with: value) }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
