import Foundation

/// A regular expression compiled once. Foundation's `range(of:options: .regularExpression)` and
/// `replacingOccurrences(of:with:options: .regularExpression)` compile their pattern on every call
/// (it showed up in profiles); these do the same matching (ICU, the whole text, no anchoring)
/// with the compiled expression, so they give the same answers.
public struct TextPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and may be used from several threads at once.
    private let expression: NSRegularExpression

    /// Compiles `pattern` (a literal of the program: an invalid one is a programming error).
    public init(_ pattern: String, caseInsensitive: Bool = false) {
        do {
            expression = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            preconditionFailure("invalid pattern \(pattern): \(error)")
        }
    }

    /// Whether the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        expression.rangeOfFirstMatch(in: text, options: [], range: NSRange(location: 0, length: text.utf16.count)).location != NSNotFound
    }

    /// `text` with every match replaced by `template` (`$1` for the first group).
    public func replacing(in text: String, with template: String) -> String {
        expression.stringByReplacingMatches(in: text, options: [], range: NSRange(location: 0, length: text.utf16.count), withTemplate: template)
    }
}
