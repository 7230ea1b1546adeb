import ArgumentParser
import Foundation
import Model
import Runs

/// Prints an error for the user and maps it to an exit status, without a stack trace.
enum CLI {
    /// Writes `message` to standard error.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    /// Prints `error: message` and returns the exit code to throw (2 by default: bad input or file).
    static func fail(_ message: String, code: Int32 = 2) -> ExitCode {
        printError("error: \(message)")
        return ExitCode(code)
    }

    /// Prints every diagnostic of a failed load and returns exit code 2.
    static func fail(_ error: DiagnosticsError) -> ExitCode {
        printError("error: \(error.source): \(error.errors.count) error(s)")
        for line in DiagnosticGroups.lines(error.diagnostics) { printError("  \(line)") }
        return ExitCode(2)
    }

    /// Writes `data` to `path` atomically, turning failures into an exit code.
    static func write(_ data: Data, to path: String) throws(ExitCode) {
        do { try RunFiles.write(data, to: path) } catch { throw fail(error) }
    }

    /// ``write(_:to:)`` unless the file already holds exactly `data` (a resume leaves it untouched).
    static func writeIfChanged(_ data: Data, to path: String) throws(ExitCode) {
        do { try RunFiles.writeIfChanged(data, to: path) } catch { throw fail(error) }
    }

    /// Prints a run's error and returns its exit code.
    static func fail(_ error: RunError) -> ExitCode {
        printError(error.text)
        return ExitCode(error.status)
    }

    /// Runs `body` of the run library, turning its error into the exit code.
    static func run<T>(_ body: () throws(RunError) -> T) throws(ExitCode) -> T {
        do { return try body() } catch { throw fail(error) }
    }

    /// Reads a text file, turning failures into an exit code.
    static func readText(_ path: String) throws(ExitCode) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw fail("cannot read \(path) (missing or unreadable)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
