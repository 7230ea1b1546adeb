import Model
import SQLite

/// Locks a connection down to reading: an authorizer that allows only SELECT, READ, FUNCTION and
/// RECURSIVE; query-only mode; defensive mode; no extension loading; no attached databases;
/// limits on SQL length, expression depth and value length; `printf` padding within the value
/// length; a process-wide hard heap limit; a progress handler that stops a query past its step
/// budget or its processor time.
final class Sandbox {
    /// What the authorizer saw while the last statement compiled.
    struct Observation {
        var reads: [(table: String, column: String)] = []
        var denied: AuthorizerRequest?
    }

    private(set) var observation = Observation()
    /// When false, the authorizer still guards but records nothing (used while probing a tail).
    var recording = true
    private var stepsLeft = 0
    private(set) var budgetExceeded = false
    /// Whether the last statement was stopped for taking more than `validation.max_query_cpu_seconds`.
    private(set) var cpuExceeded = false
    private var cpuDeadline = Double.infinity
    /// The monotonic time before which the processor-time limit cannot have been passed (a
    /// thread uses no more processor time than wall time), so the tick reads the thread's
    /// processor clock (a system call, microseconds) only after it.
    private var cpuCheckAfter = Double.infinity
    /// How often the thread's processor clock was read (once per statement start, then only past
    /// `cpuCheckAfter`).
    private(set) var processorClockReads = 0
    private let budget: Int
    private let cpuSeconds: Double
    private static let progressInterval: Int32 = 1_000
    /// Bytes of the database file SQLite reads through a memory map instead of `pread` and its own
    /// page cache (capped by SQLite's compile-time maximum, 2 GB on Linux): on a large database most
    /// of a scan's processor time was the kernel copying pages. Reading only; results are unchanged.
    static let memoryMapBytes = 2_147_418_112
    private static let allowedActions: Set<Int32> = [
        AuthorizerActionCode.select, AuthorizerActionCode.read,
        AuthorizerActionCode.function, AuthorizerActionCode.recursive,
    ]
    private static let deniedFunctions: Set<String> = ["load_extension", "fts3_tokenizer", "readfile", "writefile", "edit"]

    /// Applies the sandbox to `connection`.
    init(connection: Connection, settings: ValidationSettings) throws(SQLiteError) {
        budget = settings.queryBudget
        cpuSeconds = settings.maxQueryCPUSeconds
        try connection.execute("PRAGMA query_only = 1")
        try connection.execute("PRAGMA mmap_size = \(Sandbox.memoryMapBytes)")
        try connection.setOption(.defensive, enabled: true)
        try connection.setOption(.trustedSchema, enabled: false)
        try connection.setOption(.loadExtension, enabled: false)
        try connection.setExtensionLoading(enabled: false)
        connection.setLimit(.attached, to: 0)
        connection.setLimit(.sqlLength, to: Int32(clamping: settings.maxSQLLength))
        connection.setLimit(.expressionDepth, to: Int32(clamping: settings.maxExpressionDepth))
        connection.setLimit(.length, to: Int32(clamping: max(settings.maxValueBytes, settings.maxSQLLength)))
        try connection.limitPrintfPadding(to: max(settings.maxValueBytes, settings.maxSQLLength))
        SQLiteMemory.raiseHardLimit(toAtLeast: SQLiteMemory.used + Int64(settings.maxQueryMemory))
        // Reads the schema now, before the progress handler counts steps: reading the schema of
        // a large database takes many steps, which must not count against (or outlive) a budget.
        try connection.execute("SELECT count(*) FROM sqlite_schema")
        connection.setAuthorizer { [unowned self] request in self.authorize(request) }
        connection.setProgressHandler(every: Sandbox.progressInterval) { [unowned self] in self.tick() }
    }

    /// Clears what was observed and gives a fresh step budget before compiling the next statement
    /// (compiling may re-read the schema, which runs steps too).
    func beginStatement() {
        observation = Observation()
        recording = true
        restartBudgets()
    }

    /// Resets the step budget and the processor-time limit before running a statement.
    func beginExecution() {
        restartBudgets()
    }

    private func restartBudgets() {
        stepsLeft = budget
        budgetExceeded = false
        cpuExceeded = false
        cpuDeadline = ThreadCPUTime.now() + cpuSeconds
        processorClockReads += 1
        cpuCheckAfter = ThreadCPUTime.wallNow() + cpuSeconds
    }

    private func authorize(_ request: AuthorizerRequest) -> AuthorizerDecision {
        guard Sandbox.allowedActions.contains(request.action) else {
            if recording, observation.denied == nil { observation.denied = request }
            return .deny
        }
        if request.action == AuthorizerActionCode.function,
           let name = request.argument2?.lowercased(), Sandbox.deniedFunctions.contains(name) {
            if recording, observation.denied == nil { observation.denied = request }
            return .deny
        }
        if recording, request.action == AuthorizerActionCode.read,
           let table = request.argument1 {
            let column = request.argument2 ?? ""
            observation.reads.append((table, column))
        }
        return .allow
    }

    private func tick() -> Bool {
        stepsLeft -= Int(Sandbox.progressInterval)
        if stepsLeft <= 0 {
            budgetExceeded = true
            return true
        }
        guard ThreadCPUTime.wallNow() >= cpuCheckAfter else { return false }
        let used = ThreadCPUTime.now()
        processorClockReads += 1
        if used > cpuDeadline {
            cpuExceeded = true
            return true
        }
        cpuCheckAfter = ThreadCPUTime.wallNow() + (cpuDeadline - used)
        return false
    }
}
