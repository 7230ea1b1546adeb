import ArgumentParser
import Model

/// Loading of schema and config files for commands, with errors printed the same way everywhere.
enum Loading {
    /// Loads a schema, printing its warnings to standard error unless `quietWarnings`.
    static func schema(_ path: String, quietWarnings: Bool = true) throws(ExitCode) -> SchemaLoader.Loaded {
        do {
            let loaded = try SchemaLoader.load(path: path)
            if !quietWarnings {
                for warning in loaded.warnings { CLI.printError("  \(warning)") }
            }
            return loaded
        } catch {
            throw CLI.fail(error)
        }
    }

    /// Loads a config file, or the defaults when `path` is nil.
    static func config(_ path: String?) throws(ExitCode) -> Config {
        do {
            return try ConfigLoader.load(path: path)
        } catch {
            throw CLI.fail(error)
        }
    }
}
