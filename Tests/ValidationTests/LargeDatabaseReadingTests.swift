import Foundation
import Testing
import Model
import SQLite
@testable import Validation
import TestSupport

/// What keeps statements on a large database (millions of rows) cheap: the file is read through a
/// memory map, and the processor-time limit does not read the thread's processor clock (a system
/// call) every 1,000 steps.
@Suite struct LargeDatabaseReadingTests {
    /// A small database file with one table of `rows` integers.
    static func databaseFile(rows: Int) throws -> (directory: URL, path: String) {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory.appendingPathComponent("big.sqlite").path
        let connection = try Connection(path: path, mode: .create)
        try connection.execute("CREATE TABLE t (x INTEGER)")
        try connection.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < \(rows)) INSERT INTO t SELECT x FROM c")
        return (directory, path)
    }

    @Test func theSandboxReadsTheDatabaseFileThroughAMemoryMap() throws {
        let (directory, path) = try Self.databaseFile(rows: 10)
        defer { try? FileManager.default.removeItem(at: directory) }
        let connection = try Connection(path: path, mode: .readOnly)
        let sandbox = try Sandbox(connection: connection, settings: ValidationSettings())
        try withExtendedLifetime(sandbox) {
            connection.setAuthorizer(nil)
            let statement = try connection.prepare("PRAGMA mmap_size")
            #expect(try statement.step())
            #expect(statement.value(at: 0) == .integer(Int64(Sandbox.memoryMapBytes)))
        }
    }

    @Test func aLongStatementReadsTheProcessorClockOnlyWhenTheLimitCanHaveBeenReached() throws {
        let (directory, path) = try Self.databaseFile(rows: 200_000)
        defer { try? FileManager.default.removeItem(at: directory) }
        let connection = try Connection(path: path, mode: .readOnly)
        let sandbox = try Sandbox(connection: connection, settings: ValidationSettings())
        try withExtendedLifetime(sandbox) {
            sandbox.beginStatement()
            let statement = try connection.prepare("SELECT sum(x * 2), count(DISTINCT x % 7) FROM t WHERE x % 3 <> 1")
            sandbox.beginExecution()
            let before = sandbox.processorClockReads
            #expect(try statement.step())
            #expect(!sandbox.budgetExceeded && !sandbox.cpuExceeded)
            // Millions of steps (thousands of progress ticks), far less than the 20 s limit of wall time:
            // the clock is read when the statement starts, not on every tick.
            #expect(sandbox.processorClockReads - before == 0, "read \(sandbox.processorClockReads - before) times")
        }
    }
}
