import CSQLite
import Foundation

/// SQLite's process-wide heap: what it holds now and its hard limit (`sqlite3_hard_heap_limit64`).
public enum SQLiteMemory {
    private static let lock = NSLock()

    /// Bytes SQLite holds right now across all connections of the process.
    public static var used: Int64 { sqlite3_memory_used() }

    /// The hard heap limit in bytes (0: none).
    public static var hardLimit: Int64 { sqlite3_hard_heap_limit64(-1) }

    /// Raises the hard heap limit to at least `bytes` (it is never lowered: the limit is shared by
    /// every connection of the process). An allocation past it fails with `SQLITE_NOMEM`.
    public static func raiseHardLimit(toAtLeast bytes: Int64) {
        lock.lock()
        defer { lock.unlock() }
        let current = sqlite3_hard_heap_limit64(-1)
        if current == 0 || current < bytes { sqlite3_hard_heap_limit64(bytes) }
    }
}
