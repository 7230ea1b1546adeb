import Foundation
import TestSupport

extension CommandRunner {
    /// Runs another program (found on PATH) in the runner's directory.
    func runProgram(_ name: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a Python 3 script (its stdout is returned; a failing assert gives a non-zero status).
    func python(_ script: String) throws -> Result {
        try runProgram("python3", ["-c", script])
    }

    /// Generates the default TPC-DS dataset into `name`.
    func generateTPCDS(_ name: String) throws -> Result {
        try run("generate", "--schema", Fixtures.tpcdsSchema, "--out", name, "--quiet")
    }

    func data(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path(name)))
    }

    func json(_ name: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: data(name)) as? [String: Any] ?? [:]
    }
}
