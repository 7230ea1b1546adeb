import Testing
@testable import Reports

@Suite struct ReviewCSVTests {
    @Test func renderedFieldsParseBackWithTheirLines() throws {
        let tricky = ["a,b", "say \"hi\"", "two\nlines", "plain", "", "x", "y", "accept", "SELECT 'a,b'", "", "note"]
        let text = ReviewCSV.render([tricky, Array(repeating: "z", count: ReviewCSV.header.count)])
        let records = try ReviewCSV.parse(text)
        #expect(records.count == 3)
        #expect(records[0].fields == ReviewCSV.header)
        #expect(records[1].fields == tricky)
        #expect(records[1].line == 2)
        #expect(records[2].line == 4, "the quoted line break moves the next record to line 4")
    }

    @Test func unterminatedQuoteNamesItsLine() {
        #expect(throws: DatasetError.self) { try ReviewCSV.parse("id,decision\na,\"open\n") }
        do {
            _ = try ReviewCSV.parse("id,decision\na,\"open\n")
        } catch {
            #expect(error.message == "line 2: a quoted field is never closed")
        }
    }

    @Test func byteOrderMarkAndBareLineFeedsAreAccepted() throws {
        let records = try ReviewCSV.parse("\u{FEFF}id,decision\nb1,accept\n\n")
        #expect(records.map(\.fields) == [["id", "decision"], ["b1", "accept"]])
    }
}
