import Foundation

/// The test server's own token count for `usage`, by a rule independent of the client's estimate
/// (``TokenCount`` in Generation): one token per piece of the GPT-4 tokenizer's pre-tokenization
/// pattern (a word with its leading space, up to three digits, a run of punctuation, a run of
/// white space), plus four per message and three per request. Real BPE splits rare words further,
/// so this is a floor of what a real server would count.
public enum ServerTokenizer {
    private static let pattern = try? NSRegularExpression(
        pattern: #"'(?:[sdmt]|ll|ve|re)| ?\p{L}+| ?\p{N}{1,3}| ?[^\s\p{L}\p{N}]+|\s+"#)

    /// Tokens of `text`.
    public static func count(_ text: String) -> Int {
        pattern?.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) ?? 0
    }

    /// Prompt tokens of a chat-completions request.
    public static func prompt(_ request: RecordedRequest) -> Int {
        request.messages.reduce(3) { $0 + 4 + count($1.content) }
    }
}
