import Foundation

/// Removes an API key, any part of one and any `Bearer` token from text before it is shown, logged
/// or stored. A server refusing a key (HTTP 401) often quotes it masked, e.g.
/// `sk-proj-****abcd`: such fragments are removed too, so no character of a key is ever printed.
public enum SecretRedactor {
    /// What replaces a secret.
    public static let mask = "[redacted]"

    /// `text` with every occurrence of `secret`, every `Bearer <token>` and every word that looks
    /// like a key or a masked key (``isKeyLike(_:secret:)``) replaced by ``mask``.
    public static func redact(_ text: String, secret: String?) -> String {
        var result = text
        if let secret, secret.count >= 4 { result = result.replacingOccurrences(of: secret, with: mask) }
        return redactKeyLikeWords(redactBearerTokens(result), secret: secret)
    }

    /// Whether `word` is a key or part of one: it holds a run of `*` (a masked key), starts like
    /// an API key (`sk-`, `sk_`), or holds the first 8 or last 6 characters of `secret`.
    static func isKeyLike(_ word: Substring, secret: String?) -> Bool {
        if word.contains("**") || word.hasPrefix("sk-") || word.hasPrefix("sk_") { return true }
        guard let secret, secret.count >= 12 else { return false }
        return word.contains(secret.prefix(8)) || word.contains(secret.suffix(6))
    }

    private static func redactKeyLikeWords(_ text: String, secret: String?) -> String {
        var output = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
            output += rest[..<start]
            let word = rest[start...].prefix { !$0.isWhitespace }
            rest = rest[word.endIndex...]
            let core = word.drop { "\"'(".contains($0) }.reversed().drop { "\"'.,;:)".contains($0) }.reversed()
            if word != Substring(mask), isKeyLike(Substring(String(core)), secret: secret) {
                output += word.replacingOccurrences(of: String(core), with: mask)
            } else {
                output += word
            }
        }
        return output + rest
    }

    private static func redactBearerTokens(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let range = rest.range(of: "bearer", options: .caseInsensitive) {
            output += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let spaces = rest.prefix { $0 == " " || $0 == "\t" || $0 == ":" }
            let token = rest.dropFirst(spaces.count).prefix { !$0.isWhitespace && $0 != "\"" && $0 != "'" && $0 != "," && $0 != "}" }
            guard !spaces.isEmpty, !token.isEmpty, token != Substring(mask) else { continue }
            output += spaces + mask
            rest = rest.dropFirst(spaces.count + token.count)
        }
        return output + rest
    }
}
