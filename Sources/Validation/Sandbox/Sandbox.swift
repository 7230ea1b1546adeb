import Model
import SQLite

/// Locks a connection down to reading: an authorizer that allows only SELECT, READ, FUNCTION and
/// RECURSIVE; query-only mode; defensive mode; no extension loading; no attached databases;
/// limits on SQL length, expression depth and value length; a process-wide hard heap limit; a
/// progress handler that stops a query past its budget.
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
    private let budget: Int
    private static let progressInterval: Int32 = 1_000
    private static let allowedActions: Set<Int32> = [
        AuthorizerActionCode.select, AuthorizerActionCode.read,
        AuthorizerActionCode.function, AuthorizerActionCode.recursive,
    ]
    private static let deniedFunctions: Set<String> = ["load_extension", "fts3_tokenizer", "readfile", "writefile", "edit"]

    /// Applies the sandbox to `connection`.
    init(connection: Connection, settings: ValidationSettings) throws(SQLiteError) {
        budget = settings.queryBudget
        try connection.execute("PRAGMA query_only = 1")
        try connection.setOption(.defensive, enabled: true)
        try connection.setOption(.trustedSchema, enabled: false)
        try connection.setOption(.loadExtension, enabled: false)
        try connection.setExtensionLoading(enabled: false)
        connection.setLimit(.attached, to: 0)
        connection.setLimit(.sqlLength, to: Int32(clamping: settings.maxSQLLength))
        connection.setLimit(.expressionDepth, to: Int32(clamping: settings.maxExpressionDepth))
        connection.setLimit(.length, to: Int32(clamping: max(settings.maxValueBytes, settings.maxSQLLength)))
        SQLiteMemory.raiseHardLimit(toAtLeast: SQLiteMemory.used + Int64(settings.maxQueryMemory))
        connection.setAuthorizer { [unowned self] request in self.authorize(request) }
        connection.setProgressHandler(every: Sandbox.progressInterval) { [unowned self] in self.tick() }
    }

    /// Clears what was observed before compiling the next statement.
    func beginStatement() {
        observation = Observation()
        recording = true
    }

    /// Resets the step budget before running a statement.
    func beginExecution() {
        stepsLeft = budget
        budgetExceeded = false
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
        return false
    }
}
