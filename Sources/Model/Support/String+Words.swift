extension String {
    /// The words of the text in lower case: its runs of letters, digits and the characters of
    /// `joining`, as `lowercased().split { !($0.isLetter || $0.isNumber || joining.contains($0)) }`
    /// gives them. ASCII text (almost every question and SQL) is split by bytes, without the
    /// Unicode property look-ups of `Character` (they showed up in profiles).
    public func lowercasedWords(joining: Set<Character> = []) -> [String] {
        let joiners = Set(joining.compactMap(\.asciiValue))
        let general = { lowercased().split { !($0.isLetter || $0.isNumber || joining.contains($0)) }.map(String.init) }
        guard joiners.count == joining.count else { return general() }
        var words: [String] = []
        var current: [UInt8] = []
        for byte in utf8 {
            guard byte < 0x80 else { return general() }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            default:
                if joiners.contains(byte) {
                    current.append(byte)
                } else if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
