import Foundation
import Model
import Runs
import Testing
import TestSupport

/// A full disk while a batch is appended (issue 25, item 5): `examples.jsonl` keeps whole lines.
@Suite struct ExamplesLogTests {
    static func example(_ id: String, question: String) -> Example {
        Example(id: id, batchID: "b0000", slotID: id, question: question, sql: "SELECT 1", style: "formal", category: "sales",
                shape: "lookup", provider: "offline", complexity: .simple, hardness: "easy", tables: [], columns: [],
                joinEdges: [], constructs: [], result: ResultShape(rows: 1, columns: 1, columnNames: ["1"], fingerprint: "f"),
                attempts: 1)
    }

    /// Runs a program; its exit status.
    static func run(_ program: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func aFullDiskLeavesOnlyWholeLines() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A real full disk: a 16 KiB tmpfs (the tests run as root; without the right to mount this fails).
        let disk = directory.appendingPathComponent("disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let mounted = try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", disk])
        try #require(mounted == 0, "cannot mount a small tmpfs at \(disk): this test needs root with the right to mount")
        defer { _ = try? Self.run("/bin/umount", [disk]) }

        let path = disk + "/examples.jsonl"
        let log = ExamplesLog(path: path)
        try log.append([Self.example("e1", question: "How many stores are there?")])
        let first = try Data(contentsOf: URL(fileURLWithPath: path))
        // Fill the rest of the file system; the log's first page still has room for part of a line.
        let filler = try FileHandle(forWritingTo: URL(fileURLWithPath: disk + "/filler").creatingFile())
        let chunk = Data(repeating: 0x2E, count: 512)
        while (try? filler.write(contentsOf: chunk)) != nil {}
        try? filler.close()

        let batch = (2...11).map { Self.example("e\($0)", question: String(repeating: "which store sold most ", count: 60)) }
        #expect(throws: (any Error).self) { try log.append(batch) }
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after == first, "examples.jsonl holds \(after.count) bytes after the failed append, \(first.count) before")
    }
}

private extension URL {
    /// Creates the (empty) file at this URL and returns the URL.
    func creatingFile() -> URL {
        FileManager.default.createFile(atPath: path, contents: nil)
        return self
    }
}
