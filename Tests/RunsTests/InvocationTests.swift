import Foundation
@testable import Runs
import Testing
import TestSupport

/// Hints name the program as the user can type it (issue 24): `nl2sqlgen` when that is the one on
/// the PATH, otherwise the path it was started by, relative to the working directory.
@Suite struct InvocationTests {
    @Test func aProgramOnThePathIsNamedByItsName() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bin = directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let program = bin.appendingPathComponent("nl2sqlgen")
        try Data("#!/bin/sh\n".utf8).write(to: program)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        #expect(Invocation.resolve(argument: "nl2sqlgen", path: "", directory: "/") == "nl2sqlgen")
        #expect(Invocation.resolve(argument: program.path, path: bin.path, directory: "/") == "nl2sqlgen")
        // `swift run` starts .build/release/nl2sqlgen, which is not on the PATH: its path, relative.
        #expect(Invocation.resolve(argument: program.path, path: "/usr/bin", directory: directory.path) == "bin/nl2sqlgen")
        #expect(Invocation.resolve(argument: program.path, path: "/usr/bin", directory: "/elsewhere") == program.resolvingSymlinksInPath().path)
        #expect(Invocation.path("plan.json", in: "d") == "d/plan.json" && Invocation.path("plan.json", in: "d/") == "d/plan.json")
    }
}
