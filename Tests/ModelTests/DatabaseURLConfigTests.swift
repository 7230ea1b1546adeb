import Foundation
import Testing
@testable import Model

/// `database.url`: read from a config file, never written with its password, not with `database.path`.
@Suite struct DatabaseURLConfigTests {
    @Test func theURLIsReadAndEncodedWithoutItsPassword() throws {
        let config = try ConfigLoader.load(bytes: Array(#"{"database": {"url": "postgresql://reader:s3cret@db.example/shop?sslmode=require&password=other"}}"#.utf8),
                                           source: "c.json")
        #expect(config.database.userURL == "postgresql://reader:s3cret@db.example/shop?sslmode=require&password=other")
        let encoded = String(decoding: try CanonicalJSON.line(config), as: UTF8.self)
        #expect(!encoded.contains("s3cret") && !encoded.contains("other"), "\(encoded)")
        #expect(encoded.contains("postgresql://reader@db.example/shop?sslmode=require"), "\(encoded)")
        #expect(DatabaseURLText.withoutPassword("postgresql:///shop?password=x") == "postgresql:///shop")
        #expect(DatabaseURLText.withoutPassword("postgresql://reader@/shop?host=/tmp") == "postgresql://reader@/shop?host=/tmp")
        // A synthetic run's config has no url key at all (plans keep their bytes).
        #expect(!String(decoding: try CanonicalJSON.line(Config.defaults), as: UTF8.self).contains("\"url\""))
    }

    @Test func aPathAndAURLTogetherAreRefused() {
        do {
            _ = try ConfigLoader.load(bytes: Array(#"{"database": {"path": "a.sqlite", "url": "postgresql:///shop"}}"#.utf8), source: "c.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.contains { $0.path == "database.url" && $0.message.contains("not both") })
        }
    }
}
