import Model
import SQLite
import Validation

extension DatabaseValues {
    /// Words of a column name that say it holds a place.
    static let placeWords: Set<String> = ["city", "county", "state", "country", "province", "region", "town", "district", "territory"]

    /// The places and names of the database behind `validator`: the distinct text values of every
    /// name column (use class `name`) and of every category column whose name says a place
    /// (``placeWords``), at most `perColumn` of each in sort order. Deterministic for one database.
    public static func read(schema: Schema, validator: Validator, perColumn: Int = 5000) -> DatabaseValues {
        var values: [String] = []
        for table in schema.tables {
            for column in table.columns where holdsPlacesOrNames(column, in: table) {
                let sql: SQL = """
                    SELECT DISTINCT \(identifier: column.name) FROM \(identifier: table.name) \
                    WHERE \(identifier: column.name) IS NOT NULL ORDER BY 1 LIMIT \(literal: perColumn)
                    """
                for row in validator.rows(of: sql.text, limit: perColumn) ?? [] {
                    if case .text(let text) = row.first { values.append(text) }
                }
            }
        }
        return DatabaseValues(values)
    }

    /// Whether `column` holds places or names: text of use class `name`, or a place category.
    static func holdsPlacesOrNames(_ column: Column, in table: Table) -> Bool {
        guard column.typeFamily == .text else { return false }
        switch ColumnUseClass(column: column, in: table) {
        case .name: return true
        case .category: return ColumnUseClass.words(of: column.name).contains(where: placeWords.contains)
        default: return false
        }
    }
}
