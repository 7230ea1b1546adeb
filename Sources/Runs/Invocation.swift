import Foundation

/// How to name this tool in a hint the user can type: `nl2sqlgen` when that name on the `PATH` is
/// this program, otherwise the path it was started by (`.build/release/nl2sqlgen` after
/// `swift run -c release nl2sqlgen ...`), relative to the working directory when it lies below it.
public enum Invocation {
    /// The program part of a command to print.
    public static let program: String = resolve(argument: CommandLine.arguments.first ?? "nl2sqlgen",
                                                 path: ProcessInfo.processInfo.environment["PATH"] ?? "",
                                                 directory: FileManager.default.currentDirectoryPath)

    /// `program` followed by `arguments`: e.g. `command("run --plan P --out D")`.
    public static func command(_ arguments: String) -> String { "\(program) \(arguments)" }

    /// `name` inside `directory` as the user gave it (`d/plan.json` for `--out d`), for a command to print.
    public static func path(_ name: String, in directory: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The name to print for a program started as `argument` with this `PATH` and working directory.
    static func resolve(argument: String, path: String, directory: String) -> String {
        let name = "nl2sqlgen"
        guard argument.contains("/") else { return argument.isEmpty ? name : argument }
        let started = URL(fileURLWithPath: argument, relativeTo: URL(fileURLWithPath: directory, isDirectory: true))
            .standardizedFileURL.resolvingSymlinksInPath().path
        for entry in path.split(separator: ":") where !entry.isEmpty {
            let candidate = URL(fileURLWithPath: String(entry)).appendingPathComponent(name).standardizedFileURL
            guard FileManager.default.isExecutableFile(atPath: candidate.path) else { continue }
            // The first `nl2sqlgen` on the PATH is the one a user's shell runs.
            return candidate.resolvingSymlinksInPath().path == started ? name : shortened(started, directory: directory)
        }
        return shortened(started, directory: directory)
    }

    private static func shortened(_ path: String, directory: String) -> String {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
