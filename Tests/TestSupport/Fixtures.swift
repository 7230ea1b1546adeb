import Foundation

/// Shared by every test target: paths of files the tests read: the package's own schemas and the shared TPC-DS reference data.
public enum Fixtures {
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let tpcdsSchema = packageRoot.appendingPathComponent("schemas/tpcds.json").path
    public static let sharedTPCDS = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tpcds")
    public static var hasShared: Bool { FileManager.default.fileExists(atPath: sharedTPCDS.appendingPathComponent("tpcds_schema.sql").path) }

    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nl2sqlgen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
