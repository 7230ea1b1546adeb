/// The default value of every config key, rendered as JSON text, for documentation.
public enum ConfigDefaults {
    /// Key path to compact JSON of its default.
    public static func rendered() -> [String: String] {
        var result: [String: String] = [:]
        let tree = ConfigLoader.defaultsTree()
        for key in ConfigKey.all {
            var node: JSONValue? = tree
            for part in key.path.split(separator: ".") { node = node?[String(part)] }
            result[key.path] = node?.render() ?? ""
        }
        return result
    }
}
