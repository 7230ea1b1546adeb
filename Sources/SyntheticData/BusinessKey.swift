/// TPC-DS style generated words and identifiers.
enum BusinessKey {
    private static let letters: [Character] = Array("ABCDEFGHIJKLMNOP")
    private static let syllables = ["bar", "ought", "able", "pri", "ese", "anti", "cally", "ation", "eing", "n st"]

    /// A 16-character business id as dsdgen writes them: the high and low 32 bits of `key`, one
    /// letter per nibble, least significant first (1 gives `AAAAAAAABAAAAAAA`).
    static func id(_ key: Int) -> String {
        let value = UInt64(bitPattern: Int64(key))
        var out = ""
        out.reserveCapacity(16)
        for half in [value >> 32, value & 0xFFFF_FFFF] {
            var nibbles = half
            for _ in 0..<8 {
                out.append(letters[Int(nibbles & 0xF)])
                nibbles >>= 4
            }
        }
        return out
    }

    /// A word made of one syllable per decimal digit of `number` (`12` gives `oughtable`), the way
    /// TPC-DS names stores, manufacturers and products.
    static func word(_ number: Int) -> String {
        String(abs(number)).map { syllables[Int(String($0)) ?? 0] }.joined()
    }

    /// A base-36 code of `number`, left-padded with zeros to `width` characters.
    static func code(_ number: Int, width: Int) -> String {
        let digits = String(abs(number), radix: 36, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
