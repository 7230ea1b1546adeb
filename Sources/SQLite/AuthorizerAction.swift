import CSQLite

/// One authorizer callback: the action SQLite is about to compile and its arguments.
public struct AuthorizerRequest: Sendable {
    /// The action code (`SQLITE_READ`, `SQLITE_INSERT`, ...).
    public var action: Int32
    /// Meaning depends on the action: for `SQLITE_READ` the table name, for `SQLITE_FUNCTION` nil.
    public var argument1: String?
    /// For `SQLITE_READ` the column name, for `SQLITE_FUNCTION` the function name.
    public var argument2: String?
    /// The database name (`main`, `temp`).
    public var database: String?
    /// The innermost trigger or view responsible, if any.
    public var trigger: String?

    public init(action: Int32, argument1: String? = nil, argument2: String? = nil, database: String? = nil, trigger: String? = nil) {
        self.action = action
        self.argument1 = argument1
        self.argument2 = argument2
        self.database = database
        self.trigger = trigger
    }

    /// A readable name of the action, e.g. `INSERT` or `PRAGMA`.
    public var actionName: String { AuthorizerRequest.name(of: action) }

    public static func name(of action: Int32) -> String {
        switch action {
        case SQLITE_CREATE_INDEX: return "CREATE INDEX"
        case SQLITE_CREATE_TABLE: return "CREATE TABLE"
        case SQLITE_CREATE_TEMP_INDEX: return "CREATE TEMP INDEX"
        case SQLITE_CREATE_TEMP_TABLE: return "CREATE TEMP TABLE"
        case SQLITE_CREATE_TEMP_TRIGGER: return "CREATE TEMP TRIGGER"
        case SQLITE_CREATE_TEMP_VIEW: return "CREATE TEMP VIEW"
        case SQLITE_CREATE_TRIGGER: return "CREATE TRIGGER"
        case SQLITE_CREATE_VIEW: return "CREATE VIEW"
        case SQLITE_DELETE: return "DELETE"
        case SQLITE_DROP_INDEX: return "DROP INDEX"
        case SQLITE_DROP_TABLE: return "DROP TABLE"
        case SQLITE_DROP_TEMP_INDEX: return "DROP TEMP INDEX"
        case SQLITE_DROP_TEMP_TABLE: return "DROP TEMP TABLE"
        case SQLITE_DROP_TEMP_TRIGGER: return "DROP TEMP TRIGGER"
        case SQLITE_DROP_TEMP_VIEW: return "DROP TEMP VIEW"
        case SQLITE_DROP_TRIGGER: return "DROP TRIGGER"
        case SQLITE_DROP_VIEW: return "DROP VIEW"
        case SQLITE_INSERT: return "INSERT"
        case SQLITE_PRAGMA: return "PRAGMA"
        case SQLITE_READ: return "READ"
        case SQLITE_SELECT: return "SELECT"
        case SQLITE_TRANSACTION: return "TRANSACTION"
        case SQLITE_UPDATE: return "UPDATE"
        case SQLITE_ATTACH: return "ATTACH"
        case SQLITE_DETACH: return "DETACH"
        case SQLITE_ALTER_TABLE: return "ALTER TABLE"
        case SQLITE_REINDEX: return "REINDEX"
        case SQLITE_ANALYZE: return "ANALYZE"
        case SQLITE_CREATE_VTABLE: return "CREATE VIRTUAL TABLE"
        case SQLITE_DROP_VTABLE: return "DROP VIRTUAL TABLE"
        case SQLITE_FUNCTION: return "FUNCTION"
        case SQLITE_SAVEPOINT: return "SAVEPOINT"
        case SQLITE_RECURSIVE: return "RECURSIVE"
        default: return "action \(action)"
        }
    }
}

/// The answer to an ``AuthorizerRequest``.
public enum AuthorizerDecision: Sendable {
    /// Allow the action.
    case allow
    /// Refuse the whole statement (`SQLITE_DENY`).
    case deny
    /// Allow the statement but read NULL in place of the column (`SQLITE_IGNORE`).
    case ignore

    var code: Int32 {
        switch self {
        case .allow: return SQLITE_OK
        case .deny: return SQLITE_DENY
        case .ignore: return SQLITE_IGNORE
        }
    }
}

/// Action codes re-exported so that other modules never import the C module.
public enum AuthorizerActionCode {
    public static let select = SQLITE_SELECT
    public static let read = SQLITE_READ
    public static let function = SQLITE_FUNCTION
    public static let recursive = SQLITE_RECURSIVE
    public static let createTable = SQLITE_CREATE_TABLE
    public static let createIndex = SQLITE_CREATE_INDEX
    public static let insert = SQLITE_INSERT
    public static let update = SQLITE_UPDATE
    public static let transaction = SQLITE_TRANSACTION
    public static let pragma = SQLITE_PRAGMA
}
