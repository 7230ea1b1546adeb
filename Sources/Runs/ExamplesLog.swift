import Foundation
import Generation
import Model

/// `examples.jsonl` while a run is in progress: the examples of each committed batch are appended
/// with one write followed by an fsync, in plan order. On resume the file is rebuilt from the
/// ledger (atomically), so a line cut short by a crash never survives; a write that fails (a full
/// disk) takes its partial lines back at once.
public struct ExamplesLog {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Replaces the file by the examples of `results` (in the order given).
    public func rebuild(from results: [BatchResult]) throws {
        var data = Data()
        for result in results { data.append(try DatasetWriter.lines(result.examples)) }
        try CanonicalJSON.write(data, to: path)
    }

    /// Appends the examples of one committed batch and flushes them to the disk. The lines go in
    /// whole or not at all: when a write fails part-way (a full disk, a file size limit), the file
    /// is cut back to its length before the call, so it never ends in a torn line.
    public func append(_ examples: [Example]) throws {
        guard !examples.isEmpty else { return }
        let data = try DatasetWriter.lines(examples)
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let length = try handle.seekToEnd()
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? handle.truncate(atOffset: length)
            try? handle.synchronize()
            throw error
        }
    }
}
