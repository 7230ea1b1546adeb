import ArgumentParser
import Model

/// Loading of schema and config files for commands, with errors printed the same way everywhere.
enum Loading {
    /// Loads and checks a schema; its warnings are returned, errors printed with their JSON paths.
    static func schema(_ path: String) throws(ExitCode) -> SchemaLoader.Loaded {
        do {
            return try SchemaLoader.load(path: path)
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
