/// SQL names compare case-insensitively (ASCII letters, as SQLite does), without allocating.
enum SQLName {
    static func same(_ left: String, _ right: String) -> Bool {
        var leftBytes = left.utf8.makeIterator()
        var rightBytes = right.utf8.makeIterator()
        while true {
            switch (leftBytes.next(), rightBytes.next()) {
            case (nil, nil):
                return true
            case let (a?, b?):
                if a != b && fold(a) != fold(b) { return false }
            default:
                return false
            }
        }
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
