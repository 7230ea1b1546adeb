import Testing
@testable import Model

@Suite struct JSONParserTests {
    @Test func parsesValuesKeepingOrderAndNumberKinds() throws {
        let value = try JSONParser.parse(#"{"b": [1, 2.5, -3e2, true, null], "a": "x\u00e9\n", "b": {}}"#)
        let members = try #require(value.objectMembers)
        #expect(members.map(\.key) == ["b", "a", "b"])
        let items = try #require(members[0].value.arrayValue)
        #expect(items[0].intValue == 1)
        #expect(items[1].intValue == nil)
        #expect(items[1].doubleValue == 2.5)
        #expect(items[2].doubleValue == -300)
        #expect(items[3] == .bool(true))
        #expect(items[4] == .null)
        #expect(members[1].value.stringValue == "x\u{e9}\n")
        #expect(value["b"] == .object([]))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a string key"),
        ("{\n  \"a\": tru\n}", 2, 8, "invalid literal"),
        ("[1, 2", 1, 6, "expected ',' or ']' in array"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("\"abc", 1, 5, "unterminated string"),
        ("[01]", 1, 3, "expected ',' or ']'"),
        ("{} x", 1, 4, "unexpected content"),
    ])
    func reportsLineAndColumn(text: String, line: Int, column: Int, fragment: String) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("expected a syntax error for \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.message.contains(fragment), "\(error.message)")
        }
    }

    @Test func rendersCompactJSONWithEscapes() throws {
        let value = try JSONParser.parse(#"{"k": ["a\"b", 1.50, false]}"#)
        #expect(value.render() == #"{"k":["a\"b",1.50,false]}"#)
    }
}
