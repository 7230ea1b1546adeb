/// Replacements of UTF-8 ranges of a text, applied together.
struct TextEdit: Sendable {
    private var replacements: [(range: Range<Int>, text: String)] = []

    init() {}

    init(replacing range: Range<Int>, with text: String) {
        replace(range, with: text)
    }

    mutating func replace(_ range: Range<Int>, with text: String) {
        replacements.append((range, text))
    }

    mutating func insert(_ text: String, at offset: Int) {
        replacements.append((offset..<offset, text))
    }

    /// `source` with every replacement made (ranges must not overlap).
    func applied(to source: String) -> String {
        var bytes = Array(source.utf8)
        for item in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(item.range, with: Array(item.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
