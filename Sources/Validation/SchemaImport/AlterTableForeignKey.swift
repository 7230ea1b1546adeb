import Foundation
import Model

/// Parses `ALTER TABLE child ADD [CONSTRAINT name] FOREIGN KEY (a, b) REFERENCES parent (x, y)`,
/// the form many benchmark kits use for their referential-integrity scripts.
enum AlterTableForeignKey {
    private static let pattern = try! NSRegularExpression(
        pattern: #"^\s*alter\s+table\s+([\w"]+)\s+add\s+(?:constraint\s+[\w"]+\s+)?foreign\s+key\s*\(([^)]*)\)\s*references\s+([\w"]+)\s*(?:\(([^)]*)\))?"#,
        options: [.caseInsensitive])

    static func parse(_ sql: String) -> ForeignKey? {
        let range = NSRange(sql.startIndex..., in: sql)
        guard let match = pattern.firstMatch(in: sql, range: range) else { return nil }
        func group(_ index: Int) -> String? {
            Range(match.range(at: index), in: sql).map { String(sql[$0]) }
        }
        func names(_ text: String?) -> [String] {
            (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                .filter { !$0.isEmpty }
        }
        guard let child = group(1), let parent = group(3) else { return nil }
        return ForeignKey(childTable: child.trimmingCharacters(in: CharacterSet(charactersIn: "\"")), childColumns: names(group(2)),
                          parentTable: parent.trimmingCharacters(in: CharacterSet(charactersIn: "\"")), parentColumns: names(group(4)))
    }
}
