/// The text of a database URL as it may be written to a file: without a password.
public enum DatabaseURLText {
    /// `url` with the password of its user part (`user:password@`) and any `password=` parameter
    /// removed; other text unchanged.
    public static func withoutPassword(_ url: String) -> String {
        var text = url
        if let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].firstIndex(of: "@"),
           let colon = text[scheme.upperBound..<at].firstIndex(of: ":") {
            text.removeSubrange(colon..<at)
        }
        guard let query = text.firstIndex(of: "?") else { return text }
        let parameters = text[text.index(after: query)...].split(separator: "&")
            .filter { !$0.lowercased().hasPrefix("password=") }
        return String(text[..<query]) + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
    }
}
