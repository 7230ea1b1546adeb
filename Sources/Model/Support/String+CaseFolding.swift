extension String {
    /// Whether `lowercased() == lowered`, without building the lowercased copy when both are ASCII
    /// (schema names nearly always are): the hot name lookups of ``Schema`` compare this way.
    public func lowercased(equals lowered: String) -> Bool {
        asciiFolded(equals: lowered, from: 0x41...0x5A, flip: 0x20) ?? (lowercased() == lowered)
    }

    /// Whether `uppercased() == uppered`, without building the uppercased copy when both are ASCII
    /// (SQL keywords are).
    public func uppercased(equals uppered: String) -> Bool {
        asciiFolded(equals: uppered, from: 0x61...0x7A, flip: 0x20) ?? (uppercased() == uppered)
    }

    /// The comparison when both strings are ASCII (bytes in `range` XOR `flip`, the others kept);
    /// nil when either holds a non-ASCII byte, where only the Unicode case mapping decides.
    private func asciiFolded(equals other: String, from range: ClosedRange<UInt8>, flip: UInt8) -> Bool? {
        var mine = utf8.makeIterator()
        var theirs = other.utf8.makeIterator()
        var equal = true
        while true {
            switch (mine.next(), theirs.next()) {
            case (nil, nil):
                return equal
            case (let byte?, let target?):
                if byte >= 0x80 || target >= 0x80 { return nil }
                if (range.contains(byte) ? byte ^ flip : byte) != target { equal = false }
            case (let byte?, nil):
                if byte >= 0x80 { return nil }
                equal = false
            case (nil, let target?):
                if target >= 0x80 { return nil }
                equal = false
            }
        }
    }
}
