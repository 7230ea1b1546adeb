import Foundation
import Testing
import TestSupport

/// Two runs on one directory: the second stops at once and names the first (issue 14, item 13).
@Suite struct DirectoryLockTests {
    @Test func secondRunOnALockedDirectoryExitsTwoNamingTheHolder() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try FileManager.default.createDirectory(atPath: runner.path("d"), withIntermediateDirectories: true)
        // Another process holds the lock, as a running `nl2sqlgen run` would.
        let script = """
            import fcntl, subprocess, sys
            f = open('d/.nl2sqlgen.lock', 'w')
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            f.write('pid 4242 on testhost, nl2sqlgen run --plan p.json --out d\\n'); f.flush()
            r = subprocess.run([sys.argv[1], 'generate', '--schema', sys.argv[2], '--out', 'd', '--quiet'], capture_output=True, text=True)
            sys.stdout.write(str(r.returncode) + '\\n' + r.stderr)
            """
        let result = try runner.runProgram("python3", ["-c", script, CommandRunner.binary.path, Fixtures.tpcdsSchema])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", maxSplits: 1)
        #expect(lines.first == "2", "\(result.stdout)")
        #expect(result.stdout.contains("in use by another run (pid 4242 on testhost"), "\(result.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: runner.path("d")) == [".nl2sqlgen.lock"])
    }
}
