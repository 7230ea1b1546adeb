import ArgumentParser
import Foundation
import Model

/// `nl2sqlgen config ...`: write, check and describe config files.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Write, check or describe the config file.",
        subcommands: [ConfigInitCommand.self, ConfigCheckCommand.self, ConfigDescribeCommand.self])
}

/// `nl2sqlgen config init`.
struct ConfigInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a config file holding every key at its default.",
        discussion: "JSON has no comments: `nl2sqlgen config describe` and docs/config.md explain each key. Delete the keys you do not change; missing keys take their defaults.")

    @Option(help: "Where to write the config.")
    var out = "nl2sqlgen.config.json"

    @Flag(help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        if FileManager.default.fileExists(atPath: out), !force {
            throw CLI.fail("\(out) exists; pass --force to overwrite it")
        }
        try CLI.write(try CanonicalJSON.pretty(ConfigDocument(config: Config.defaults)), to: out)
        print("wrote \(out) (\(ConfigKey.all.count) keys at their defaults; see `nl2sqlgen config describe`)")
    }
}

/// `nl2sqlgen config check FILE`.
struct ConfigCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a config file: unknown keys, wrong types and out-of-range values, with their key paths.")

    @Argument(help: "The config file (JSON).")
    var file: String

    func run() throws {
        _ = try Loading.config(file)
        print("\(file): ok")
    }
}

/// `nl2sqlgen config describe`.
struct ConfigDescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "List every config key with its type, default and meaning.")

    @Flag(help: "Print a Markdown table (the source of docs/config.md).")
    var markdown = false

    func run() throws {
        let defaults = ConfigDefaults.rendered()
        if markdown {
            print("| key | accepts | default | meaning |")
            print("| --- | --- | --- | --- |")
            for key in ConfigKey.all {
                print("| `\(key.path)` | \(key.kind.summary) | `\(defaults[key.path] ?? "")` | \(key.help) |")
            }
            return
        }
        for key in ConfigKey.all {
            print("\(key.path)  (\(key.kind.summary); default \(defaults[key.path] ?? ""))")
            print("    \(key.help)")
        }
    }
}
