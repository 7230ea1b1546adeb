import Foundation

/// Writes `Encodable` values as JSON with sorted keys, so that outputs are byte-identical across runs.
public enum CanonicalJSON {
    /// Pretty-printed JSON with sorted keys and a trailing newline.
    public static func pretty<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// One-line JSON with sorted keys (for JSONL), without a trailing newline.
    public static func line<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Writes `data` to `path` atomically (temporary file then rename), so readers never see half a file.
    public static func write(_ data: Data, to path: String) throws {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
