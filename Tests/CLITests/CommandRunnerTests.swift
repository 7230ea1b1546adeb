import Foundation
import Testing

/// The test runner itself: no deadlock on a full pipe, no child running forever (issue 14, item 17).
@Suite struct CommandRunnerTests {
    @Test func childFillingStderrBeforeStdoutDoesNotBlock() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let script = "import sys; sys.stderr.write('e' * 300000); sys.stderr.flush(); sys.stdout.write('o' * 300000)"
        let result = try runner.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script], timeout: 120)
        #expect(!result.timedOut)
        #expect(result.status == 0)
        #expect(result.stderr.count == 300_000)
        #expect(result.stdout.count == 300_000)
    }

    @Test func childPastItsTimeoutIsStopped() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.execute(URL(fileURLWithPath: "/usr/bin/env"), ["sleep", "600"], timeout: 0.5)
        #expect(result.timedOut)
        #expect(result.status != 0)
    }
}
