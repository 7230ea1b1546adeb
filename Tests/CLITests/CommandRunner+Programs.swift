import Foundation
import TestSupport

extension CommandRunner {
    /// Runs another program (found on PATH) in the runner's directory.
    func runProgram(_ name: String, _ arguments: [String]) throws -> Result {
        try execute(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
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
