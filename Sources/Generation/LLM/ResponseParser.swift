import Foundation
import Model

/// One slot's answer from the LLM.
public struct SlotAnswer: Sendable, Equatable {
    public var slot: String
    public var question: String
    /// Nil in sql-first answers (questions only).
    public var sql: String?

    public init(slot: String, question: String, sql: String?) {
        self.slot = slot
        self.question = question
        self.sql = sql
    }
}

/// Reads the JSON object an assistant message should be: tolerant of code fences and text around
/// the object; anything else is a `malformedContent` error that says what is wrong.
public enum ResponseParser {
    /// The JSON object in `content`.
    public static func object(in content: String) throws(LLMError) -> JSONValue {
        var text = content.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("```") {
            text = String(text.drop { $0 != "\n" })
            if let fence = text.range(of: "```", options: .backwards) { text = String(text[..<fence.lowerBound]) }
        }
        if let open = text.firstIndex(of: "{"), let close = text.lastIndex(of: "}"), open < close {
            text = String(text[open...close])
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(text)
        } catch {
            throw LLMError(.malformedContent, "the answer is not the requested JSON object (\(error.description))")
        }
        guard json.objectMembers != nil else {
            throw LLMError(.malformedContent, "the answer is JSON but not an object (\(json.kindDescription))")
        }
        return json
    }

    /// The `examples` of a batch answer (`sql` required unless `questionsOnly`).
    public static func examples(in content: String, questionsOnly: Bool = false) throws(LLMError) -> [SlotAnswer] {
        let json = try object(in: content)
        guard let items = json["examples"]?.arrayValue else {
            throw LLMError(.malformedContent, "the answer has no \"examples\" array")
        }
        var answers: [SlotAnswer] = []
        for item in items {
            if let answer = slotAnswer(item, questionsOnly: questionsOnly) { answers.append(answer) }
        }
        if answers.isEmpty && !items.isEmpty {
            throw LLMError(.malformedContent, "no entry of \"examples\" has the fields slot, question\(questionsOnly ? "" : " and sql")")
        }
        return answers
    }

    /// The single answer of a repair prompt.
    public static func repair(in content: String) throws(LLMError) -> SlotAnswer {
        let json = try object(in: content)
        guard let answer = slotAnswer(json, questionsOnly: false) ?? json["examples"]?.arrayValue?.first.flatMap({ slotAnswer($0, questionsOnly: false) }) else {
            throw LLMError(.malformedContent, "the repair answer lacks slot, question or sql")
        }
        return answer
    }

    /// The `paraphrases` strings.
    public static func paraphrases(in content: String) throws(LLMError) -> [String] {
        let json = try object(in: content)
        guard let items = json["paraphrases"]?.arrayValue else {
            throw LLMError(.malformedContent, "the answer has no \"paraphrases\" array")
        }
        return items.compactMap { $0.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    private static func slotAnswer(_ item: JSONValue, questionsOnly: Bool) -> SlotAnswer? {
        guard let slot = item["slot"]?.stringValue, let question = item["question"]?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines),
              !question.isEmpty else { return nil }
        let sql = item["sql"]?.stringValue.map(cleanSQL)
        if !questionsOnly && (sql ?? "").isEmpty { return nil }
        return SlotAnswer(slot: slot, question: question, sql: sql)
    }

    /// SQL without surrounding blanks and trailing semicolons.
    static func cleanSQL(_ sql: String) -> String {
        var text = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix(";") { text = String(text.dropLast()).trimmingCharacters(in: .whitespacesAndNewlines) }
        return text
    }
}
