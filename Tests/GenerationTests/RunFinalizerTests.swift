import Foundation
import Generation
import Model
import Testing

/// The cross-batch dedup of ``RunFinalizer``: plan order, first occurrence kept, later duplicates
/// counted and reported as rejections in slot order; the input order does not matter.
@Suite struct RunFinalizerTests {
    static func example(_ slot: Slot, of batch: Batch, sql: String, question: String) -> Example {
        Example(id: slot.id, batchID: batch.id, slotID: slot.id, question: question, sql: sql, style: "formal",
                category: batch.category, shape: "test", provider: "offline", complexity: slot.complexity, hardness: "easy",
                tables: [], columns: [], joinEdges: [], constructs: [],
                result: ResultShape(rows: 1, columns: 1, columnNames: ["a"], fingerprint: "f"), attempts: 1)
    }

    @Test func laterDuplicatesAcrossBatchesAreDroppedInPlanOrder() throws {
        let plan = try GenerationFixture.plan(schema: try GenerationFixture.schema())
        let indices = plan.batches.indices.filter { plan.batches[$0].slots.count >= 3 }
        try #require(indices.count >= 2)
        let (a, b) = (plan.batches[indices[0]], plan.batches[indices[1]])
        let first = BatchResult(index: indices[0], batchID: a.id, examples: [
            Self.example(a.slots[0], of: a, sql: "SELECT 1 FROM item", question: "How many items?"),
            Self.example(a.slots[1], of: a, sql: "SELECT 2 FROM store", question: "Which stores?"),
        ], droppedDraws: ["empty_result": 2])
        let second = BatchResult(index: indices[1], batchID: b.id, examples: [
            Self.example(b.slots[0], of: b, sql: "SELECT  1 FROM item", question: "Another question?"),
            Self.example(b.slots[1], of: b, sql: "SELECT name FROM item", question: "which  STORES?"),
        ], rejections: [Rejection(batchID: b.id, slotID: b.slots[2].id, complexity: b.slots[2].complexity,
                                  attempts: [RejectedAttempt(reason: "empty_result", message: "", sql: "SELECT 3")])],
        droppedDraws: ["empty_result": 1])

        let output = RunFinalizer.finalize([second, first], plan: plan)
        #expect(output.examples.map(\.id) == [a.slots[0].id, a.slots[1].id])
        #expect(output.droppedDraws == ["empty_result": 3, "duplicate_sql": 1, "duplicate_question": 1])
        #expect(output.rejections.map(\.slotID) == [b.slots[0].id, b.slots[1].id, b.slots[2].id])
        #expect(output.rejections.map(\.reason) == ["duplicate_sql", "duplicate_question", "empty_result"])
        #expect(output.rejections[0].attempts.first?.sql == "SELECT  1 FROM item")
    }
}
