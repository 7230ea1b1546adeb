import Testing
import Model
@testable import Validation
import TestSupport

/// The structure analysis on the official TPC-DS queries that SQLite accepts.
@Suite(.enabled(if: Fixtures.hasShared, "skipped: needs the TPC-DS specification files (../shared/tpcds/tpcds_schema.sql beside the package)")) struct SQLStructureTPCDSTests {
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

    @Test func mutatedQueriesFailWithAnErrorNeverACrash() throws {
        let schema = try TPCDSDatabase.schema()
        var random = SeededRandom(seed: 99)
        var failed = 0, analysed = 0
        for query in try TPCDSQueryTests.queries() {
            let tokens = SQLLexer.tokens(in: query.sql)
            let bytes = Array(query.sql.utf8)
            for _ in 0..<20 {
                // Cut a random run of tokens out of the text.
                let start = Int(random.next() % UInt64(tokens.count))
                let end = min(tokens.count, start + 1 + Int(random.next() % 4))
                let cut = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
                let mutated = String(decoding: bytes[..<cut.lowerBound] + bytes[cut.upperBound...], as: UTF8.self)
                do {
                    _ = try SQLStructure.analyze(mutated, schema: schema)
                    analysed += 1
                } catch {
                    #expect(!error.message.isEmpty && error.offset >= 0 && error.offset <= mutated.utf8.count)
                    failed += 1
                }
            }
        }
        #expect(failed > 0 && analysed > 0)
    }

    @Test func q1JoinsReturnsToDatesAndTheCTEToStoreAndCustomer() throws {
        let schema = try TPCDSDatabase.schema()
        let q1 = try #require(try TPCDSQueryTests.queries().first { $0.name == "q1" })
        let structure = try SQLStructure.analyze(SQLScriptSplitter.split(q1.sql)[0].sql, schema: schema)
        // Scope 0 is the main SELECT, then the CTE body, then the correlated subquery.
        #expect(structure.scopes.map { $0.tables.map(\.table) } == [["store", "customer"], ["store_returns", "date_dim"], []])
        #expect(structure.scopes.map(\.parent) == [nil, nil, 0])
        #expect(structure.joinedEdges(schema: schema) == ["store_returns(sr_returned_date_sk)->date_dim(d_date_sk)"])
        // store and customer join the CTE and are used (s_state filter, c_customer_id shown).
        #expect(structure.unusedTables().isEmpty)
        #expect(structure.fanTraps(schema: schema).isEmpty)
        let main = structure.scopes[0].uses.map { "\($0.clause.rawValue) \($0.ref)" }
        #expect(main == ["select customer.c_customer_id", "join store.s_store_sk", "filter store.s_state",
                         "join customer.c_customer_sk", "order customer.c_customer_id"])
    }
}
