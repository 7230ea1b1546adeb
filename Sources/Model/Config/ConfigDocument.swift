/// A config encoded with every section, `judge`, `run` and `database.path`, `database.url` included even at their defaults: the file
/// `config init` writes and the tree the loader lays a file over.
public struct ConfigDocument: Encodable {
    public var config: Config

    public init(config: Config) {
        self.config = config
    }

    public func encode(to encoder: any Encoder) throws {
        try config.encode(to: encoder)
        var container = encoder.container(keyedBy: Config.CodingKeys.self)
        if config.judge == JudgeSettings() { try container.encode(config.judge, forKey: .judge) }
        if config.run == RunSettings() { try container.encode(config.run, forKey: .run) }
        if config.database.path == nil || config.database.url == nil {
            var database = config.database
            if database.path == nil { database.path = "" }
            if database.url == nil { database.url = "" }
            try container.encode(database, forKey: .database)
        }
    }
}
