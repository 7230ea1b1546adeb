import Foundation

/// Removes an API key, and any `Bearer` token, from text before it is shown, logged or stored.
public enum SecretRedactor {
    /// What replaces a secret.
    public static let mask = "[redacted]"

    /// `text` with every occurrence of `secret` and every `Bearer <token>` replaced by ``mask``.
    public static func redact(_ text: String, secret: String?) -> String {
        var result = text
        if let secret, secret.count >= 4 { result = result.replacingOccurrences(of: secret, with: mask) }
        return redactBearerTokens(result)
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
