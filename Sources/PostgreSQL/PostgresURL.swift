/// Connection URLs in messages: never with their password.
public enum PostgresURL {
    /// Whether `text` is a PostgreSQL URL (`postgres://` or `postgresql://`).
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// `url` with the password of its user part replaced by `***` (`key=value` strings: the
    /// `password=` value).
    public static func redacted(_ url: String) -> String {
        if isURL(url) {
            guard let scheme = url.range(of: "://") else { return url }
            let rest = url[scheme.upperBound...]
            guard let at = rest.firstIndex(of: "@") else { return url }
            let user = rest[..<at]
            guard let colon = user.firstIndex(of: ":") else { return url }
            return String(url[..<scheme.upperBound]) + user[..<colon] + ":***" + rest[at...]
        }
        return url.split(separator: " ").map { $0.lowercased().hasPrefix("password=") ? "password=***" : String($0) }
            .joined(separator: " ")
    }
}
