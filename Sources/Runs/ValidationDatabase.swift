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

    public static func build(plan: Plan, schema: Schema, directory: String) throws(RunError) -> ValidationDatabase {
        let config = plan.config
        let path = config.output.keepDatabase ? URL(fileURLWithPath: directory).appendingPathComponent("database.sqlite").path
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
