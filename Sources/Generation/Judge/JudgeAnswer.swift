import Model

/// Reads the judge's answers: `{"verdicts": [...]}` in mode `score`, `{"queries": [...]}` in mode
/// `back_translate`. An answer that is not that JSON object is a `malformedContent` error (it gets a
/// follow-up); an entry without an id or with a score outside 1-5 is left out (its item stays
/// unjudged), so one bad entry does not cost the others.
enum JudgeAnswer {
    /// One verdict of mode `score`.
    struct Scores: Sendable, Equatable {
        var faithfulness: Int
        var naturalness: Int
        var ambiguity: Int
        var reason: String
    }

    /// Scores by item id.
    static func verdicts(in content: String) throws(LLMError) -> [String: Scores] {
        let json = try ResponseParser.object(in: content)
        guard let items = json["verdicts"]?.arrayValue else {
            throw LLMError(.malformedContent, "the answer has no \"verdicts\" array")
        }
        var result: [String: Scores] = [:]
        for item in items {
            guard let id = item["id"]?.stringValue, result[id] == nil,
                  let faithfulness = score(item["faithfulness"]), let naturalness = score(item["naturalness"]),
                  let ambiguity = score(item["ambiguity"]) else { continue }
            let reason = item["reason"]?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            result[id] = Scores(faithfulness: faithfulness, naturalness: naturalness, ambiguity: ambiguity, reason: reason)
        }
        if result.isEmpty && !items.isEmpty {
            throw LLMError(.malformedContent, "no entry of \"verdicts\" has an id and scores faithfulness, naturalness and ambiguity from 1 to 5")
        }
        return result
    }

    /// SQL by item id.
    static func queries(in content: String) throws(LLMError) -> [String: String] {
        let json = try ResponseParser.object(in: content)
        guard let items = json["queries"]?.arrayValue else {
            throw LLMError(.malformedContent, "the answer has no \"queries\" array")
        }
        var result: [String: String] = [:]
        for item in items {
            guard let id = item["id"]?.stringValue, result[id] == nil, let sql = item["sql"]?.stringValue.map(ResponseParser.cleanSQL),
                  !sql.isEmpty else { continue }
            result[id] = sql
        }
        if result.isEmpty && !items.isEmpty {
            throw LLMError(.malformedContent, "no entry of \"queries\" has an id and an sql")
        }
        return result
    }

    /// A whole number from 1 to 5 (a number or a numeric string), else nil.
    private static func score(_ value: JSONValue?) -> Int? {
        guard let value else { return nil }
        let number = value.intValue ?? value.stringValue.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let number, (1...5).contains(number) else { return nil }
        return number
    }
}
