import Foundation
import Model
import SQLite

/// Every chat-completions request and its response in an SQLite file, keyed by the SHA-256 of the
/// endpoint and the canonical request body (model, messages, parameters, seed). Replaying a run
/// from it needs no network. Requests that failed after every retry are kept too, so that a replay
/// reproduces the failure (a live run tries them again). The API key is never part of a key or a row.
/// The write-ahead log is folded into the file when the cache is released and when the process
/// exits, however it exits short of a crash, so the file alone holds every answer.
public final class RequestCache: @unchecked Sendable {
    private let connection: Connection
    private let lock = NSLock()
    public let path: String

    /// Opens or creates the cache at `path`.
    public init(path: String) throws(LLMError) {
        self.path = path
        do {
            connection = try Connection(path: path, mode: .create)
            try connection.execute("PRAGMA busy_timeout = 10000")
            try connection.execute("PRAGMA journal_mode=WAL")
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS responses (
                    key TEXT PRIMARY KEY,
                    endpoint TEXT NOT NULL,
                    request TEXT NOT NULL,
                    response BLOB NOT NULL
                )
                """)
            try connection.execute("CREATE TABLE IF NOT EXISTS failures (key TEXT PRIMARY KEY, kind TEXT NOT NULL, message TEXT NOT NULL)")
        } catch {
            throw LLMError(.cache, "cannot open the request cache \(path): \(error.message)")
        }
        // The file alone must replay (it is what an auditor gets): no answer may stay in the WAL.
        ExitCheckpoints.register(path)
    }

    deinit {
        try? connection.checkpoint()
    }

    /// The key of a request body sent to `endpoint`.
    public static func key(endpoint: String, body: [UInt8]) -> String {
        var hash = SHA256()
        hash.update(endpoint)
        hash.update([0])
        hash.update(body)
        return SHA256.hexString(hash.finalize())
    }

    /// The stored response body of `key`, or nil.
    public func lookup(_ key: String) throws(LLMError) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        do {
            let statement = try connection.prepare("SELECT response FROM responses WHERE key = ?")
            try statement.bind([.text(key)])
            guard try statement.step() else { return nil }
            switch statement.value(at: 0) {
            case .blob(let bytes): return bytes
            case .text(let text): return Array(text.utf8)
            default: return nil
            }
        } catch {
            throw LLMError(.cache, "cannot read the request cache \(path): \(error.message)")
        }
    }

    /// Stores a response (replacing an earlier one of the same key).
    public func store(_ key: String, endpoint: String, request: [UInt8], response: [UInt8]) throws(LLMError) {
        lock.lock()
        defer { lock.unlock() }
        do {
            let statement = try connection.prepare("INSERT OR REPLACE INTO responses (key, endpoint, request, response) VALUES (?, ?, ?, ?)")
            try statement.run([.text(key), .text(endpoint), .text(String(decoding: request, as: UTF8.self)), .blob(response)])
        } catch {
            throw LLMError(.cache, "cannot write the request cache \(path): \(error.message)")
        }
    }

    /// Records that the request of `key` failed after every retry.
    public func storeFailure(_ key: String, error: LLMError) throws(LLMError) {
        lock.lock()
        defer { lock.unlock() }
        do {
            let statement = try connection.prepare("INSERT OR REPLACE INTO failures (key, kind, message) VALUES (?, ?, ?)")
            try statement.run([.text(key), .text(error.kind.rawValue), .text(error.message)])
        } catch {
            throw LLMError(.cache, "cannot write the request cache \(path): \(error.message)")
        }
    }

    /// The recorded failure of `key`, or nil.
    public func failure(_ key: String) throws(LLMError) -> LLMError? {
        lock.lock()
        defer { lock.unlock() }
        do {
            let statement = try connection.prepare("SELECT kind, message FROM failures WHERE key = ?")
            try statement.bind([.text(key)])
            guard try statement.step(), case .text(let kind) = statement.value(at: 0), case .text(let message) = statement.value(at: 1) else {
                return nil
            }
            return LLMError(LLMError.Kind(rawValue: kind) ?? .transport, message)
        } catch {
            throw LLMError(.cache, "cannot read the request cache \(path): \(error.message)")
        }
    }

    /// Rows stored.
    public var count: Int {
        lock.withLock {
            guard let statement = try? connection.prepare("SELECT count(*) FROM responses"), (try? statement.step()) == true,
                  case .integer(let count) = statement.value(at: 0) else { return 0 }
            return Int(count)
        }
    }
}
