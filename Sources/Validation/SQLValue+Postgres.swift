import PostgreSQL
import SQLite

extension SQLValue {
    /// A PostgreSQL value as the SQLite value the generator and fingerprints read: booleans as
    /// 0 and 1, `bytea` as a blob, `numeric` as a real, every other type as its text form.
    init(postgres value: PostgresValue) {
        switch value {
        case .null: self = .null
        case .integer(let number): self = .integer(number)
        case .real(let number): self = .real(number)
        case .boolean(let flag): self = .integer(flag ? 1 : 0)
        case .text(let text): self = .text(text)
        case .bytes(let bytes): self = .blob(bytes)
        }
    }
}
