import CSQLite
import Foundation

/// Keeps the main file of a database in WAL mode whole: ``checkpoint()`` folds the write-ahead
/// log into it, and ``ExitCheckpoints`` does so for every registered file when the process exits
/// (a normal return, `exit()`, the exit after a second SIGINT or SIGTERM), even when the
/// connection that wrote it is still open or was never released. Copying the main file alone then
/// copies every committed transaction.
extension Connection {
    /// Copies every committed transaction of the write-ahead log into the main file and empties
    /// the log (`PRAGMA wal_checkpoint(TRUNCATE)`); nothing happens for a database not in WAL mode.
    /// Returns whether every frame of the log reached the main file (false while another
    /// connection's read or write transaction holds some back).
    @discardableResult
    public func checkpoint() throws(SQLiteError) -> Bool {
        let statement = try prepare("PRAGMA wal_checkpoint(TRUNCATE)")
        guard try statement.step() else { return true }
        // (busy, frames in the log, frames checkpointed); -1 frames when not in WAL mode.
        guard case .integer(let busy) = statement.value(at: 0), case .integer(let log) = statement.value(at: 1),
              case .integer(let done) = statement.value(at: 2) else { return true }
        return busy == 0 && done >= log
    }
}

/// The database files in WAL mode this process writes, checkpointed once more at exit.
public enum ExitCheckpoints {
    private static let files = RegisteredFiles()

    /// Checkpoints `path` when the process exits (registering twice is harmless).
    public static func register(_ path: String) {
        files.insert(path)
    }

    /// Checkpoints every registered file now, each through a connection of its own (so it is safe
    /// while the writer's connection is open on another thread); a file that is gone is skipped.
    public static func checkpointAll() {
        for path in files.paths where FileManager.default.fileExists(atPath: path) {
            guard let connection = try? Connection(path: path, mode: .readWrite) else { continue }
            try? connection.execute("PRAGMA busy_timeout = 2000")
            // A transaction of the writer still in flight (a second signal) may hold frames back a moment.
            for _ in 0..<20 {
                if (try? connection.checkpoint()) != false { break }
                usleep(50_000)
            }
        }
    }
}

/// The registered paths, safe from any thread; installs the exit hook on first use.
private final class RegisteredFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var set: Set<String> = []
    private var hooked = false

    var paths: [String] { lock.withLock { set.sorted() } }

    func insert(_ path: String) {
        let hook = lock.withLock { () -> Bool in
            set.insert(path)
            defer { hooked = true }
            return !hooked
        }
        if hook { atexit { ExitCheckpoints.checkpointAll() } }
    }
}
