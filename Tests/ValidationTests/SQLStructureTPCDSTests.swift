import Testing
import Model
@testable import Validation
import TestSupport

/// The structure analysis on the official TPC-DS queries that SQLite accepts.
@Suite(.enabled(if: Fixtures.hasShared)) struct SQLStructureTPCDSTests {
    @Test func everyQuerySQLiteAcceptsIsAnalysed() throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        let schema = try TPCDSDatabase.schema()
        var analysed = 0
        for query in try TPCDSQueryTests.queries() {
            let sql = SQLScriptSplitter.split(query.sql)[0].sql
            let result = validator.analyze(sql)
            guard result.verdict == .ok else { continue }
            do {
                let structure = try SQLStructure.analyze(sql, schema: schema)
                analysed += 1
                // The analysis names exactly the schema columns SQLite reads by name.
                let named = Set(structure.columnUses.map(\.ref))
                #expect(named == Set(result.columns), "\(query.name): \(named.symmetricDifference(result.columns).sorted())")
                #expect(Set(structure.scopes.flatMap(\.tables).map(\.table)) == Set(result.tables), "\(query.name)")
            } catch {
                Issue.record("\(query.name): \(error)")
            }
        }
        #expect(analysed == 70)
    }
}
