import Foundation
import Model

/// Writes the files of an export atomically and remembers their relative paths.
struct OutputFiles {
    let directory: String
    private(set) var written: [String] = []

    init(directory: String) {
        self.directory = directory
    }

    func path(_ relative: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(relative).path
    }

    mutating func data(_ relative: String, _ data: Data) throws {
        let target = path(relative)
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: target).deletingLastPathComponent().path,
                                                withIntermediateDirectories: true)
        try CanonicalJSON.write(data, to: target)
        written.append(relative)
    }

    mutating func json<T: Encodable>(_ relative: String, _ value: T) throws {
        try data(relative, try CanonicalJSON.pretty(value))
    }

    mutating func copy(_ source: String, to relative: String) throws {
        guard let bytes = FileManager.default.contents(atPath: source) else {
            throw DatasetError("cannot read \(source)")
        }
        try data(relative, bytes)
    }
}
