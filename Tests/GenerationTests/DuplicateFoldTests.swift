@testable import Generation
import Testing

/// White space folding by bytes gives what splitting at `Character.isWhitespace` gives.
@Suite struct DuplicateFoldTests {
    @Test func foldsAsSplittingAtWhiteSpace() {
        var texts = ["", " ", "  SELECT  a,\tb\r\nFROM t\n", "x\u{0B}y\u{0C}z", "caf\u{E9}  bar\u{A0}baz", "a \u{85} b"]
        texts += (0..<128).map { "a\(Character(Unicode.Scalar(UInt8($0))))b \(Character(Unicode.Scalar(UInt8($0))))" }
        for text in texts {
            #expect(DuplicateFilter.fold(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(Array(text.utf8))")
        }
    }
}
