import Foundation
import Model
import SyntheticData
import Validation

/// The synthetic validation database of a run: `DIR/database.sqlite` when the config keeps it,
/// otherwise a temporary file removed by ``removeIfTemporary()``. Rebuilt bit-for-bit from the
/// schema, seed and scale, so a resumed run or a merge builds the same one.
public struct ValidationDatabase {
    public let path: String
    public let report: SyntheticDatabaseReport
    public let temporary: Bool

    /// The database of `plan`: `prebuilt` when it was built with the plan's seed and scale (moved
    /// into `directory` when the config keeps the database), else built now.
    public static func build(plan: Plan, schema: Schema, directory: String, prebuilt: DatabasePrebuild? = nil) throws(RunError) -> ValidationDatabase {
        let config = plan.config
        let kept = URL(fileURLWithPath: directory).appendingPathComponent("database.sqlite").path
        if let prebuilt, let report = prebuilt.take(seed: plan.seed, scale: config.database.scale) {
            guard config.output.keepDatabase else { return ValidationDatabase(path: prebuilt.path, report: report, temporary: true) }
            do {
                let files = FileManager.default
                if files.fileExists(atPath: kept) { try files.removeItem(atPath: kept) }
                try files.moveItem(atPath: prebuilt.path, toPath: kept)
                return ValidationDatabase(path: kept, report: report, temporary: false)
            } catch {
                try? FileManager.default.removeItem(atPath: prebuilt.path)
                throw RunError("cannot move the validation database to \(kept): \(error.localizedDescription)")
            }
        }
        let path = config.output.keepDatabase ? kept
            : FileManager.default.temporaryDirectory.appendingPathComponent("nl2sqlgen-\(UUID().uuidString).sqlite").path
        do {
            let report = try SyntheticDatabaseBuilder(schema: schema, seed: UInt64(plan.seed), scale: config.database.scale).build(path: path)
            return ValidationDatabase(path: path, report: report, temporary: !config.output.keepDatabase)
        } catch {
            throw RunError("cannot build the validation database: \(error)")
        }
    }

    public func identity(of plan: Plan) -> DatabaseIdentity {
        DatabaseIdentity(seed: plan.seed, scale: plan.config.database.scale, contentSHA256: report.contentSHA256)
    }

    /// Files of the dataset directory besides those the writer makes (listed in the manifest).
    public func extraFiles() -> [String] { temporary ? [] : ["database.sqlite"] }

    public func removeIfTemporary() {
        if temporary { try? FileManager.default.removeItem(atPath: path) }
    }
}
