import Foundation
import Generation
import Model
import SQLite

/// The run ledger: an SQLite file in the dataset directory (`ledger.sqlite`) recording the run's
/// identity, the state and attempts of each batch, and the result of every finished batch. Every
/// change is one transaction with `synchronous=FULL`, so a crash loses at most the batches in
/// flight and never leaves half a result. The write-ahead log is folded into the file when the
/// ledger is released and when the process exits. Not thread-safe: use it from one thread.
public final class RunLedger {
    public static let fileName = "ledger.sqlite"

    /// The state of one batch.
    public enum BatchState: String, Sendable {
        case pending, running, done
        /// Finished, but at least one slot ended in a rejection.
        case failed
    }

    /// One batch row.
    public struct BatchRow: Sendable, Equatable {
        public var index: Int
        public var id: String
        public var state: BatchState
        /// How many times the batch was started.
        public var attempts: Int

        public init(index: Int, id: String, state: BatchState, attempts: Int) {
            self.index = index
            self.id = id
            self.state = state
            self.attempts = attempts
        }
    }

    public let path: String
    private let connection: Connection

    /// Opens (creating when missing) the ledger at `path`.
    public init(path: String) throws(LedgerError) {
        self.path = path
        do {
            connection = try Connection(path: path, mode: .create)
            try connection.execute("""
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=FULL;
            CREATE TABLE IF NOT EXISTS run (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS batches (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, state TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0, started INTEGER, finished INTEGER);
            CREATE TABLE IF NOT EXISTS batch_results (idx INTEGER PRIMARY KEY, result TEXT NOT NULL);
            """)
        } catch {
            throw LedgerError("cannot open the run ledger \(path): \(error.message)")
        }
        ExitCheckpoints.register(path)
    }

    deinit {
        try? connection.checkpoint()
    }

    /// Opens the ledger of a dataset on a read-only file system or in a directory this process
    /// cannot write, to read it only (``batches()``, ``results()``): immutable when no write-ahead
    /// log is left beside it (the tool folds it in at exit), else a plain read-only open.
    public init(readingOnly path: String) throws(LedgerError) {
        self.path = path
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
        do {
            connection = try Connection(path: path, mode: log > 0 ? .readOnly : .immutable)
            try connection.execute("SELECT count(*) FROM batches")
        } catch {
            throw LedgerError("cannot read the run ledger \(path): \(error.message)")
        }
    }

    /// The recorded identity, nil when the ledger was never initialized.
    public func identity() throws(LedgerError) -> RunIdentity? {
        var values: [String: String] = [:]
        try query("SELECT key, value FROM run") { row in
            if case .text(let key) = row[0], case .text(let value) = row[1] { values[key] = value }
        }
        guard let plan = values["plan_sha256"], let config = values["config_sha256"], let seed = values["seed"].flatMap({ Int($0) }),
              let tool = values["tool_version"], let shardText = values["shard"], let shard = ShardSpec(parsing: shardText),
              let batches = values["batch_count"].flatMap({ Int($0) }) else { return nil }
        return RunIdentity(planSHA256: plan, configSHA256: config, seed: seed, toolVersion: tool, shard: shard, batchCount: batches)
    }

    /// Records the identity and one pending row per batch `(index, id)`, in one transaction.
    public func initialize(_ identity: RunIdentity, batches: [(index: Int, id: String)]) throws(LedgerError) {
        try transaction {
            try connection.execute("DELETE FROM run; DELETE FROM batches; DELETE FROM batch_results;")
            let insert = try connection.prepare("INSERT INTO run (key, value) VALUES (?, ?)")
            for (key, value) in [("plan_sha256", identity.planSHA256), ("config_sha256", identity.configSHA256),
                                 ("seed", String(identity.seed)), ("tool_version", identity.toolVersion),
                                 ("shard", identity.shard.description), ("batch_count", String(identity.batchCount))] {
                try insert.run([.text(key), .text(value)])
            }
            let row = try connection.prepare("INSERT INTO batches (idx, id, state) VALUES (?, ?, 'pending')")
            for batch in batches { try row.run([.integer(Int64(batch.index)), .text(batch.id)]) }
        }
    }

    /// Every batch row, in plan order.
    public func batches() throws(LedgerError) -> [BatchRow] {
        var rows: [BatchRow] = []
        try query("SELECT idx, id, state, attempts FROM batches ORDER BY idx") { row in
            guard case .integer(let index) = row[0], case .text(let id) = row[1], case .text(let state) = row[2],
                  case .integer(let attempts) = row[3] else { return }
            rows.append(BatchRow(index: Int(index), id: id, state: BatchState(rawValue: state) ?? .pending, attempts: Int(attempts)))
        }
        return rows
    }

    /// Marks batches as started (state `running`, one more attempt). This transaction is not
    /// flushed on its own (`synchronous=NORMAL`): the next ``commit(_:)`` flushes it, and losing it
    /// in a power cut only loses an attempt count.
    public func markRunning(_ indices: [Int]) throws(LedgerError) {
        guard !indices.isEmpty else { return }
        try pragma("synchronous=NORMAL")
        defer { try? pragma("synchronous=FULL") }
        try transaction {
            let update = try connection.prepare("""
            UPDATE batches SET state = 'running', attempts = attempts + 1,
                started = (SELECT coalesce(max(started), 0) + 1 FROM batches) WHERE idx = ?
            """)
            for index in indices { try update.run([.integer(Int64(index))]) }
        }
    }

    /// Stores a finished batch and marks it `done` (or `failed` when a slot was rejected), in one transaction.
    public func commit(_ result: BatchResult) throws(LedgerError) {
        let json: String
        do {
            json = String(decoding: try CanonicalJSON.line(result), as: UTF8.self)
        } catch {
            throw LedgerError("cannot encode the result of batch \(result.batchID): \(error)")
        }
        try transaction {
            try connection.prepare("INSERT OR REPLACE INTO batch_results (idx, result) VALUES (?, ?)")
                .run([.integer(Int64(result.index)), .text(json)])
            try connection.prepare("""
            UPDATE batches SET state = ?, finished = (SELECT coalesce(max(finished), 0) + 1 FROM batches) WHERE idx = ?
            """).run([.text(result.hasRejections ? BatchState.failed.rawValue : BatchState.done.rawValue), .integer(Int64(result.index))])
        }
    }

    /// Results of every finished batch, in plan order.
    public func results() throws(LedgerError) -> [BatchResult] {
        var texts: [String] = []
        try query("SELECT r.result FROM batch_results r JOIN batches b ON b.idx = r.idx WHERE b.state IN ('done', 'failed') ORDER BY r.idx") { row in
            if case .text(let text) = row[0] { texts.append(text) }
        }
        var results: [BatchResult] = []
        let decoder = JSONDecoder()
        for text in texts {
            do {
                results.append(try decoder.decode(BatchResult.self, from: Data(text.utf8)))
            } catch {
                throw LedgerError("the run ledger \(path) holds an unreadable batch result: \(error)")
            }
        }
        return results
    }

    /// Makes batches interrupted while running pending again.
    public func resetInterrupted() throws(LedgerError) {
        try transaction { try connection.execute("UPDATE batches SET state = 'pending' WHERE state = 'running'") }
    }

    /// Makes every `failed` batch pending again (dropping its result); returns how many.
    @discardableResult
    public func resetFailed() throws(LedgerError) -> Int {
        var count = 0
        try transaction {
            try connection.execute("DELETE FROM batch_results WHERE idx IN (SELECT idx FROM batches WHERE state = 'failed')")
            try connection.execute("UPDATE batches SET state = 'pending' WHERE state = 'failed'")
            count = connection.changes
        }
        return count
    }

    private func transaction(_ body: () throws -> Void) throws(LedgerError) {
        do {
            try connection.execute("BEGIN IMMEDIATE")
            do {
                try body()
                try connection.execute("COMMIT")
            } catch {
                try? connection.execute("ROLLBACK")
                throw error
            }
        } catch {
            throw LedgerError("cannot update the run ledger \(path): \((error as? SQLiteError)?.message ?? "\(error)")")
        }
    }

    private func pragma(_ setting: String) throws(LedgerError) {
        do {
            try connection.execute("PRAGMA \(setting)")
        } catch {
            throw LedgerError("cannot configure the run ledger \(path): \(error.message)")
        }
    }

    private func query(_ sql: String, _ row: ([SQLValue]) -> Void) throws(LedgerError) {
        do {
            let statement = try connection.prepare(sql)
            while try statement.step() { row(statement.row()) }
        } catch {
            throw LedgerError("cannot read the run ledger \(path): \(error.message)")
        }
    }
}

/// A run ledger that cannot be opened, read or updated.
public struct LedgerError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
