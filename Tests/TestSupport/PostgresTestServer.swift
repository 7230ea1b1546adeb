import Foundation

/// A throwaway PostgreSQL server for the tests: `initdb` and `pg_ctl` (found under
/// `/usr/lib/postgresql/*/bin` or on the PATH) on a Unix socket in a temporary directory, trust
/// authentication, no TCP port; started once per test process and stopped (its directory removed)
/// when the process exits. As root the server runs as the OS user `postgres`.
public final class PostgresTestServer: Sendable {
    /// The directory holding the socket (and the data directory).
    public let directory: String
    let binDirectory: String
    let osUser: String?

    /// Whether the PostgreSQL tests run: the server binaries are installed, or the tests run in CI
    /// (`CI=true`), where missing binaries fail the tests instead of skipping them.
    public static var isEnabled: Bool { binDirectory() != nil || ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The process's server, started on first use.
    public static func shared() throws -> PostgresTestServer {
        try state.withLock { server, failure -> PostgresTestServer in
            if let server { return server }
            // A server that did not start is not tried again by every test.
            if let failure { throw failure }
            do {
                let started = try PostgresTestServer.start()
                server = started
                atexit { PostgresTestServer.stopShared() }
                return started
            } catch {
                failure = error
                throw error
            }
        }
    }

    /// A connection URL for `role` (default the superuser `postgres`) on `database`.
    public func url(database: String = "postgres", role: String = "postgres") -> String {
        "postgresql://\(role)@/\(database)?host=\(directory)"
    }

    /// Creates an empty database with a unique name and returns its name.
    public func createDatabase() throws -> String {
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try psql("CREATE DATABASE \(name)")
        return name
    }

    /// Creates a login role with SELECT on every table of `database`'s public schema (now and
    /// later), `temp_file_limit` set for it, and returns its name: the role docs/postgresql.md asks for.
    public func createReader(database: String) throws -> String {
        let role = "reader_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        try psql("CREATE ROLE \(role) LOGIN")
        try psql("ALTER ROLE \(role) SET temp_file_limit = '1GB'")
        try psql("GRANT CONNECT ON DATABASE \(database) TO \(role)")
        try psql("GRANT USAGE ON SCHEMA public TO \(role); GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role); ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO \(role)", database: database)
        return role
    }

    /// Runs `sql` as the superuser with `psql` and returns its unaligned, tuples-only output.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        try PostgresTestServer.run(binDirectory + "/psql", ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url(database: database), "-c", sql], as: nil)
    }

    /// The path of a server program (e.g. `pg_dump`) of the same installation.
    public func program(_ name: String) -> String { binDirectory + "/" + name }

    private init(directory: String, binDirectory: String, osUser: String?) {
        self.directory = directory
        self.binDirectory = binDirectory
        self.osUser = osUser
    }

    private static let state = LockedServer()

    private static func stopShared() {
        state.withLock { server, _ in
            guard let running = server else { return }
            _ = try? run(running.binDirectory + "/pg_ctl", ["-D", running.directory + "/data", "-m", "immediate", "-w", "stop"], as: running.osUser)
            try? FileManager.default.removeItem(atPath: running.directory)
            server = nil
        }
    }

    private static func binDirectory() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap { Int($0) }.sorted(by: >)
        for version in versions where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return "\(root)/\(version)/bin"
        }
        for entry in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        where FileManager.default.isExecutableFile(atPath: "\(entry)/initdb") && FileManager.default.isExecutableFile(atPath: "\(entry)/pg_ctl") {
            return String(entry)
        }
        return nil
    }

    private static func start() throws -> PostgresTestServer {
        guard let bin = binDirectory() else {
            throw PostgresTestServerError("PostgreSQL server programs (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin or on the PATH: install the Debian package postgresql")
        }
        let osUser: String? = getuid() == 0 ? "postgres" : nil
        let directory = "/tmp/nl2sqlgen-pg-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if let osUser {
            guard getpwnam(osUser) != nil else {
                throw PostgresTestServerError("running as root, the test server needs the OS user \(osUser) (the Debian package postgresql creates it)")
            }
            try FileManager.default.setAttributes([.ownerAccountName: osUser], ofItemAtPath: directory)
        }
        do {
            try run(bin + "/initdb", ["-D", directory + "/data", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"], as: osUser)
            // The server is a child of this process (through runuser), not started by pg_ctl: Foundation
            // waits for every holder of a child's descriptors, and pg_ctl's server would be one.
            try launchServer(bin: bin, directory: directory, as: osUser)
            try waitUntilReady(bin: bin, directory: directory)
        } catch {
            let log = (try? String(contentsOfFile: directory + "/server.log", encoding: .utf8)) ?? ""
            _ = try? run(bin + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"], as: osUser)
            try? FileManager.default.removeItem(atPath: directory)
            throw PostgresTestServerError("cannot start the test server: \(error)\n\(log)")
        }
        return PostgresTestServer(directory: directory, binDirectory: bin, osUser: osUser)
    }

    private static func launchServer(bin: String, directory: String, as user: String?) throws {
        let arguments = ["-D", directory + "/data", "-k", directory, "-c", "listen_addresses=", "-c", "fsync=off", "-c", "max_connections=60"]
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", bin + "/postgres"] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: bin + "/postgres")
            process.arguments = arguments
        }
        // A test running a program at this moment may have pipes open; the server must not inherit
        // them (it would hold a pipe's write end and keep that test reading forever).
        markDescriptorsCloseOnExec()
        let logPath = directory + "/server.log"
        FileManager.default.createFile(atPath: logPath, contents: nil)
        if let user { try FileManager.default.setAttributes([.ownerAccountName: user], ofItemAtPath: logPath) }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try? log.close()
    }

    private static func markDescriptorsCloseOnExec() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
            guard let descriptor = Int32(name), descriptor > 2 else { continue }
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    private static func waitUntilReady(bin: String, directory: String) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if (try? run(bin + "/pg_isready", ["-q", "-h", directory, "-d", "postgres", "-U", "postgres"], as: nil)) != nil { return }
            Thread.sleep(forTimeInterval: 0.2)
        }
        throw PostgresTestServerError("the test server did not accept connections within 60 s")
    }

    /// Runs `program` (as `user` through `runuser` when given) and returns its standard output.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], as user: String?) throws -> String {
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", program] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: "/tmp")
        // Files, not pipes: the server that pg_ctl leaves running must not hold our pipe open.
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("nl2sqlgen-pg-run-\(UUID().uuidString)")
        let outPath = capture.path + ".out"
        let errPath = capture.path + ".err"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? output.close()
        try? errors.close()
        let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let errText = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            throw PostgresTestServerError("\((program as NSString).lastPathComponent) exited \(process.terminationStatus): \(errText)\(text)")
        }
        return text
    }
}

/// The test server could not be started or a command failed.
public struct PostgresTestServerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// The process's one server behind a lock.
private final class LockedServer: @unchecked Sendable {
    private let lock = NSLock()
    private var server: PostgresTestServer?
    private var failure: (any Error)?

    func withLock<R>(_ body: (inout PostgresTestServer?, inout (any Error)?) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&server, &failure)
    }
}
