import Foundation

/// Paths of files the tests read: the package's own schemas and the shared TPC-DS reference data.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let tpcdsSchema = packageRoot.appendingPathComponent("schemas/tpcds.json").path
    static let sharedTPCDS = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tpcds")
    static var hasShared: Bool { FileManager.default.fileExists(atPath: sharedTPCDS.appendingPathComponent("tpcds_schema.sql").path) }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nl2sqlgen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
