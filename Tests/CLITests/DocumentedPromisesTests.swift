import Foundation
import Testing
import TestSupport

/// What the README and docs promise holds (issue 14, item 15).
@Suite struct DocumentedPromisesTests {
    @Test func unusableOptionExitsTwo() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run("run", "--config", "c.json", "--plan", "p.json", "--out", "o")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--config"))
        let missing = try runner.run("validate")
        #expect(missing.status == 2)
        #expect(try runner.run("run", "--help").status == 0)
    }

    @Test func everyOptionHasHelp() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let help = try runner.execute(CommandRunner.testServer, ["--help"])
        #expect(help.stdout.contains("Seconds the server waits before each answer"), "\(help.stdout)")
    }

    @Test func configDocsListEveryKeyAndClaimNoneUnused() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let table = try runner.run("config", "describe", "--markdown")
        let docs = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/config.md"), encoding: .utf8)
        #expect(docs.contains(table.stdout.trimmingCharacters(in: .newlines)), "docs/config.md differs from `config describe --markdown`")
        #expect(!docs.contains("not used yet"))
    }

    /// A merge that left its conflict markers in a document (or a source) says two things at once.
    @Test func noMergeConflictMarkersInDocsOrSources() throws {
        let root = Fixtures.packageRoot
        var files = [root.appendingPathComponent("README.md")]
        for folder in ["docs", "Sources", "Tests", "bench", "schemas"] {
            let walker = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if ["md", "swift", "sh", "json", "sql", "yaml"].contains(url.pathExtension) { files.append(url) }
            }
        }
        #expect(files.count > 100)
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            let markers = lines.filter { $0.hasPrefix("<<<<<<< ") || $0.hasPrefix(">>>>>>> ") || $0 == "=======" }
            #expect(markers.isEmpty, "\(file.path): \(markers.prefix(3))")
        }
    }

    @Test func setUpCommandsNeedNoSudoInARootShell() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let commands = readme.split(separator: "\n").filter { $0.contains("apt-get install") }
        #expect(!commands.isEmpty)
        for command in commands {
            #expect(!command.hasPrefix("sudo "), "\(command)")
            #expect(command.contains("apt-get update"), "a fresh machine has no package lists: \(command)")
        }
    }
}
