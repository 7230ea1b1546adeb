import Model
import Testing

/// The byte-wise words of ASCII text are those of `lowercased().split` over letters and digits.
@Suite struct StringWordsTests {
    @Test(arguments: ["", "  ", "Top 10 item classes by total net paid, for category Books?", "It's O'Brien's 1,250.5 rows\r\nnext_line",
                      "ss_net_paid AS total_NET", "CAFÉ crème 12", "naïve_x don't", "\t\u{0}tabs\u{7F}and DEL"])
    func areThoseOfSplittingByLetterAndDigit(text: String) {
        for joining: Set<Character> in [[], ["'"], ["_"]] {
            let expected = text.lowercased().split { !($0.isLetter || $0.isNumber || joining.contains($0)) }.map(String.init)
            #expect(text.lowercasedWords(joining: joining) == expected, "\(text) joining \(joining)")
        }
    }
}
