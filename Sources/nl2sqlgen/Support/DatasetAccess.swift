import ArgumentParser
import Foundation
import Model
import Reports
import Validation

/// Loading of a dataset directory, its schema and a validator on its database for `review` and `export`.
enum DatasetAccess {
    static func load(_ directory: String) throws(ExitCode) -> Dataset {
        do {
            return try DatasetReader.load(directory: directory)
        } catch {
            throw CLI.fail(error.message)
        }
    }

    /// The dataset's schema: `override` or the path in the manifest; its sha256 must match.
    static func schema(of dataset: Dataset, override: String?) throws(ExitCode) -> Schema {
        guard let path = override ?? dataset.manifest.schema.path else {
            throw CLI.fail("\(dataset.path("manifest.json")) records no schema file; pass --schema")
        }
        if override == nil, !FileManager.default.fileExists(atPath: path) {
            throw CLI.fail("the schema file recorded in \(dataset.path("manifest.json")), \(path), cannot be read from this directory; pass --schema with the schema file the dataset was made with")
        }
        let loaded = try Loading.schema(path)
        guard loaded.sha256 == dataset.manifest.schema.sha256 else {
            throw CLI.fail("\(path) is not the schema the dataset was made with (sha256 \(loaded.sha256), manifest \(dataset.manifest.schema.sha256)); pass the right --schema")
        }
        return loaded.schema
    }

    /// A validator on the database the dataset was proven on: the PostgreSQL database of its
    /// `database.url` (a read-only session; the password, never stored, from `PGPASSWORD` or
    /// `~/.pgpass`), the SQLite database of its `database.path`, else its `database.sqlite`, or nil
    /// when that was not kept.
    static func validator(of dataset: Dataset, schema: Schema, required: Bool) throws(ExitCode) -> Validator? {
        let database = dataset.plan.config.database
        if database.userURL != nil || database.userPath != nil {
            do {
                if let url = database.userURL { return try Validator(postgresURL: url, schema: schema, settings: dataset.plan.config.validation) }
                return try Validator(databasePath: database.userPath ?? "", schema: schema, settings: dataset.plan.config.validation)
            } catch {
                throw CLI.fail("cannot open the database the dataset was proven on: \(error.message)")
            }
        }
        guard let path = dataset.databasePath else {
            guard !required else {
                let database = dataset.manifest.database
                throw CLI.fail("\(dataset.path("database.sqlite")) is missing (output.keep_database was false); rebuild it with `nl2sqlgen db build --schema S --out \(dataset.path("database.sqlite")) --seed \(database.seed) --scale \(database.scale)`")
            }
            return nil
        }
        do {
            return try Validator(databasePath: path, schema: schema, settings: dataset.plan.config.validation)
        } catch {
            throw CLI.fail(error.message)
        }
    }
}
