import Foundation

/// Reads a JSON config file, validates every key against ``ConfigKey/all`` and overlays it on the
/// defaults. Every problem is reported with its key path (unknown key, wrong type, out of range).
public enum ConfigLoader {
    /// Loads `path`, or returns the defaults when `path` is nil.
    public static func load(path: String?) throws(DiagnosticsError) -> Config {
        guard let path else { return Config.defaults }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticsError(source: path, diagnostics: [Diagnostic(.error, at: "$", "cannot read the config file (missing or unreadable)")])
        }
        return try load(bytes: [UInt8](data), source: path)
    }

    /// Loads a config from its bytes; `source` names it in messages.
    public static func load(bytes: [UInt8], source: String) throws(DiagnosticsError) -> Config {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes: bytes)
        } catch {
            throw DiagnosticsError(source: source, diagnostics: [Diagnostic(.error, at: "$", error.description)])
        }
        var diagnostics: [Diagnostic] = []
        ConfigValidator.validate(root, into: &diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(source: source, diagnostics: diagnostics)
        }
        let merged = overlay(root, on: defaultsTree())
        let config: Config
        do {
            config = try JSONDecoder().decode(Config.self, from: Data(merged.render().utf8))
        } catch {
            throw DiagnosticsError(source: source, diagnostics: [Diagnostic(.error, at: "$", "cannot decode: \(error)")])
        }
        ConfigValidator.checkConsistency(config, into: &diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(source: source, diagnostics: diagnostics)
        }
        return config
    }

    /// The defaults as a JSON tree (sorted keys).
    static func defaultsTree() -> JSONValue {
        // Encoding a value type of plain fields cannot fail; parsing our own encoder's output cannot either.
        let data = (try? CanonicalJSON.line(ConfigDocument(config: Config.defaults))) ?? Data("{}".utf8)
        return (try? JSONParser.parse(bytes: [UInt8](data))) ?? .object([])
    }

    /// `top` laid over `base`: objects merge member by member, maps and leaves replace.
    static func overlay(_ top: JSONValue, on base: JSONValue, path: String = "") -> JSONValue {
        guard case .object(let baseMembers) = base, case .object(let topMembers) = top,
              !ConfigValidator.isMapPath(path) else { return top }
        var result = baseMembers
        for member in topMembers {
            let childPath = path.isEmpty ? member.key : "\(path).\(member.key)"
            if let index = result.firstIndex(where: { $0.key == member.key }) {
                result[index].value = overlay(member.value, on: result[index].value, path: childPath)
            } else {
                result.append(member)
            }
        }
        return .object(result)
    }
}
