import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a dataset directory (`flock` on `DIR/.nl2sqlgen.lock`), held while the
/// process keeps this value; the lock file names its holder so that a second run can say who it is.
/// The operating system drops the lock when the holder exits, however it exits.
public final class DirectoryLock: Sendable {
    /// The lock file's name inside the directory.
    public static let fileName = ".nl2sqlgen.lock"

    private let descriptor: Int32

    /// Takes the lock of `directory` (which must exist) for `command`, or fails at once naming the
    /// holder. With `command` nil the lock file keeps its text until ``announce(_:)``: a run that
    /// may still refuse to start changes nothing, not even the name of the last holder.
    public init(directory: String, command: String?) throws(LedgerError) {
        let path = (directory as NSString).appendingPathComponent(Self.fileName)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw LedgerError("cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.read(descriptor).trimmingCharacters(in: .whitespacesAndNewlines)
            close(descriptor)
            throw LedgerError("\(directory) is in use by another run (\(holder.isEmpty ? "holder unknown" : holder)); wait for it to finish or stop it, then run the same command again (nothing was changed)")
        }
        self.descriptor = descriptor
        if let command { announce(command) }
    }

    /// Writes this process and `command` into the lock file, for a second run to name.
    public func announce(_ command: String) {
        let holder = "pid \(getpid()) on \(ProcessInfo.processInfo.hostName), \(command)\n"
        _ = ftruncate(descriptor, 0)
        _ = holder.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    /// Whether this process may create files in `directory`: false on a read-only file system
    /// (`EROFS`, whoever asks) or without write permission.
    public static func canWrite(_ directory: String) -> Bool {
        access(directory, W_OK) == 0
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func read(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
    }
}
