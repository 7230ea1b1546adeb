import Foundation
import Model
import SyntheticData
import Validation

/// The validation database of a run: the user's own (`database.path`, opened read-only, never
/// written or moved), else the synthetic one: `DIR/database.sqlite` when the config keeps it,
/// otherwise a temporary file removed by ``removeIfTemporary()``. Rebuilt bit-for-bit from the
/// schema, seed and scale, so a resumed run or a merge builds the same one.
public struct ValidationDatabase {
    public let path: String
    public let report: SyntheticDatabaseReport
    public let temporary: Bool
    /// The user's database (`database.path`) when the run generates on it; nil for the synthetic one.
    public let source: DatabaseSource?
    /// The user's PostgreSQL database (`database.url`) when the run generates on it; `path` is then empty.
    public var url: String?

    /// The database of `plan`: `prebuilt` when it was built with the plan's seed and scale (moved
    /// into `directory` when the config keeps the database), else built now.
    public static func build(plan: Plan, schema: Schema, directory: String, prebuilt: DatabasePrebuild? = nil) throws(RunError) -> ValidationDatabase {
        let config = plan.config
        if let url = config.database.userURL {
            let source = try UserPostgresDatabase.source(url: url, schema: schema)
            let report = SyntheticDatabaseReport(rowCounts: source.rowCounts, contentSHA256: UserDatabase.fingerprint(source))
            return ValidationDatabase(path: "", report: report, temporary: false, source: source, url: url)
        }
        if let userPath = config.database.userPath {
            let source = try UserDatabase.source(path: userPath, schema: schema)
            let report = SyntheticDatabaseReport(rowCounts: source.rowCounts, contentSHA256: UserDatabase.fingerprint(source))
            return ValidationDatabase(path: userPath, report: report, temporary: false, source: source)
        }
        let kept = URL(fileURLWithPath: directory).appendingPathComponent("database.sqlite").path
        if let prebuilt, let report = prebuilt.take(seed: plan.seed, scale: config.database.scale) {
            guard config.output.keepDatabase else { return ValidationDatabase(path: prebuilt.path, report: report, temporary: true, source: nil) }
            do {
                let files = FileManager.default
                if files.fileExists(atPath: kept) { try files.removeItem(atPath: kept) }
                try files.moveItem(atPath: prebuilt.path, toPath: kept)
                return ValidationDatabase(path: kept, report: report, temporary: false, source: nil)
            } catch {
                try? FileManager.default.removeItem(atPath: prebuilt.path)
                throw RunError("cannot move the validation database to \(kept): \(error.localizedDescription)")
            }
        }
        let path = config.output.keepDatabase ? kept
            : FileManager.default.temporaryDirectory.appendingPathComponent("nl2sqlgen-\(UUID().uuidString).sqlite").path
        do {
            let report = try SyntheticDatabaseBuilder(schema: schema, seed: UInt64(plan.seed), scale: config.database.scale).build(path: path)
            return ValidationDatabase(path: path, report: report, temporary: !config.output.keepDatabase, source: nil)
        } catch {
            throw RunError("cannot build the validation database: \(error)")
        }
    }

    /// A validator on this database (one per worker thread).
    public func validator(schema: Schema, settings: ValidationSettings) throws(ValidatorError) -> Validator {
        try Self.validator(path: path, url: url, schema: schema, settings: settings)
    }

    /// A validator on the PostgreSQL database at `url` when there is one, else on the SQLite file at `path`.
    public static func validator(path: String, url: String?, schema: Schema, settings: ValidationSettings) throws(ValidatorError) -> Validator {
        if let url { return try Validator(postgresURL: url, schema: schema, settings: settings) }
        return try Validator(databasePath: path, schema: schema, settings: settings)
    }

    public func identity(of plan: Plan) -> DatabaseIdentity {
        DatabaseIdentity(seed: plan.seed, scale: plan.config.database.scale, contentSHA256: report.contentSHA256, source: source)
    }

    /// Files of the dataset directory besides those the writer makes (listed in the manifest).
    public func extraFiles() -> [String] { temporary || source != nil ? [] : ["database.sqlite"] }

    public func removeIfTemporary() {
        if temporary { try? FileManager.default.removeItem(atPath: path) }
    }
}
