import Foundation
import TestSupport

/// Runs the built `nl2sqlgen` binary in a temporary directory and captures its output.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the child ran past its timeout and was stopped.
        var timedOut = false
    }

    /// The binary next to the test bundle (both live in the build's products folder).
    static let binary: URL = {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("nl2sqlgen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/nl2sqlgen")
    }()

    /// The `openai-test-server` program, built beside the binary.
    static let testServer = binary.deletingLastPathComponent().appendingPathComponent("openai-test-server")

    let directory: URL

    init() throws {
        directory = try Fixtures.temporaryDirectory()
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func write(_ text: String, to name: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    func run(_ arguments: String...) throws -> Result {
        try execute(Self.binary, arguments)
    }

    /// Runs the binary with environment variables set (a nil value removes the variable).
    func run(environment: [String: String?], _ arguments: String...) throws -> Result {
        try execute(Self.binary, arguments, environment: environment)
    }

    /// Seconds a child may run before it is stopped (SIGTERM, then SIGKILL) and the test fails.
    static let timeoutSeconds: Double = 600

    /// Runs `executable` with `arguments` in the runner's directory, with environment variables
    /// set (a nil value removes the variable). Both pipes are read at once, so a child that fills
    /// one of them cannot block; a child still running after `timeout` seconds is stopped and
    /// reported with ``Result/timedOut``.
    func execute(_ executable: URL, _ arguments: [String], environment: [String: String?] = [:],
                 timeout: Double = CommandRunner.timeoutSeconds) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            var variables = ProcessInfo.processInfo.environment
            for (name, value) in environment { variables[name] = value }
            process.environment = variables
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = PipeDrain(err.fileHandleForReading)
        let watchdog = Watchdog(process: process, seconds: timeout)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.wait()
        process.waitUntilExit()
        let timedOut = watchdog.finish()
        var stderr = String(decoding: errData, as: UTF8.self)
        if timedOut { stderr += "\n[test runner: stopped after \(timeout) s]" }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: stderr, timedOut: timedOut)
    }

    /// Starts the binary without waiting (output discarded unless `stderr` is given); it is
    /// killed if still running after ``timeoutSeconds``.
    func start(_ arguments: String..., stderr: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.timeoutSeconds) {
            if process.isRunning { kill(pid, SIGKILL) }
        }
        return process
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }
}
