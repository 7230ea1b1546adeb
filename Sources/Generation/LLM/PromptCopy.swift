import Model

/// An LLM answer that repeats what its prompt showed instead of answering: a template
/// placeholder of the JSON contract (`<question>`, `<rewrite>`), or the question of an example the
/// prompt gave. Such an answer is refused as `copied_from_prompt`.
public enum PromptCopy {
    /// The rejection reason.
    public static let reason = "copied_from_prompt"

    /// Lower-case letters and digits, single spaces: how two questions are compared.
    static func normalized(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// The first placeholder in `text`: `<`, a letter, then letters, spaces or `_,.-`, `>` (at
    /// most 60 characters inside), or nil. A comparison (`a < 10 and b > 2`) is none.
    public static func placeholder(in text: String) -> String? {
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ">") else { return nil }
            let inner = after[..<close]
            if let first = inner.first, first.isLetter, inner.count <= 60, inner.allSatisfy({ $0.isLetter || " _,.-".contains($0) }) {
                return String(rest[open...close])
            }
            rest = after
        }
        return nil
    }

    /// Why `question` copies the prompt (a placeholder, or one of `shown`, normalized), or nil.
    public static func problem(question: String, shown: Set<String>) -> String? {
        if let placeholder = placeholder(in: question) {
            return "the answer holds the prompt's template placeholder \(placeholder) instead of a question"
        }
        if shown.contains(normalized(question)) {
            return "the answer repeats the question of an example the prompt gave (\"\(question)\"); write a question for this slot"
        }
        return nil
    }
}

extension LLMProvider {
    /// A draft whose question copies the prompt (``PromptCopy``).
    public func copiedFromPrompt(_ draft: SQLDraft, batch: Batch) -> String? {
        PromptCopy.problem(question: draft.question, shown: shownQuestions(of: batch))
    }
}
