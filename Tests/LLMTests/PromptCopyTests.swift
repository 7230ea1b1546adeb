import Generation
import Testing

/// Answers that repeat the prompt instead of answering it (issue 24): template placeholders and
/// the example questions the prompt showed.
@Suite struct PromptCopyTests {
    @Test func placeholdersAreFound() {
        #expect(PromptCopy.placeholder(in: "<rewrite>") == "<rewrite>")
        #expect(PromptCopy.placeholder(in: "Which <question, rewritten if needed>?") == "<question, rewritten if needed>")
        #expect(PromptCopy.placeholder(in: "sales where a < 10 and b > 2") == nil)
        #expect(PromptCopy.placeholder(in: "a <b2> c") == nil)
    }

    @Test func anExampleQuestionOfThePromptIsACopy() {
        #expect(PromptCopy.problem(question: "Top items?", shown: ["top items"]) != nil)
        #expect(PromptCopy.problem(question: "Top  ITEMS.", shown: ["top items"]) != nil)
        #expect(PromptCopy.problem(question: "Top stores?", shown: ["top items"]) == nil)
        #expect(PromptCopy.problem(question: "<question>", shown: []) != nil)
    }
}
