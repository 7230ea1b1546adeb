import Testing
@testable import Validation

@Suite struct SQLTextTests {
    @Test func splitsOnStatementEndsOnly() {
        let script = """
        -- header comment
        SELECT ';' AS semi FROM store;
        SELECT "a;b" FROM t /* ; */ ;

        SELECT 3
        ;
        -- trailing comment only
        """
        let pieces = SQLScriptSplitter.split(script)
        #expect(pieces.map(\.sql) == ["-- header comment\nSELECT ';' AS semi FROM store", "SELECT \"a;b\" FROM t /* ; */", "SELECT 3"])
        #expect(pieces.map(\.line) == [1, 3, 5])
    }

    @Test func identifiersSkipStringsAndComments() {
        let names = IdentifierScanner.identifiers(in: "SELECT \"Quoted\", [br], `bt`, x1 FROM t -- c1\n WHERE a = 'lit' /* c2 */ AND 2e5 > 1")
        #expect(names == ["select", "quoted", "br", "bt", "x1", "from", "t", "where", "a", "and"])
    }
}
