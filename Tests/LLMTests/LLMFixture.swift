import Foundation
import Generation
import HTTP
import Model
import OpenAITestServer
import SQLite
import SyntheticData
import TestSupport
import Validation

/// A small hand-made TPC-DS plan (two batches, three slots), a synthetic database and helpers to
/// point a provider at a test server.
enum LLMFixture {
    static let key = "sk-test-SECRET-7f3a9c"
    static let itemEdge = "store_sales(ss_item_sk)->item(i_item_sk)"

    static let schema: Schema = {
        try! SchemaLoader.load(path: Fixtures.tpcdsSchema).schema
    }()

    /// The default config without paraphrases, so request counts are the drafting requests alone.
    static var draftingOnly: Config {
        var config = Config()
        config.paraphrases.count = 0
        return config
    }

    static func plan(config: Config = LLMFixture.draftingOnly) -> Plan {
        let item = Batch(id: "b001", tables: ["item"], joinEdges: [], category: "merchandising", slots: [
            Slot(id: "b001-s1", complexity: .simple, anchor: "item", tables: ["item"],
                 targets: [SlotTarget(column: ColumnRef(table: "item", column: "i_brand"), use: .show),
                           SlotTarget(column: ColumnRef(table: "item", column: "i_current_price"), use: .show)], joinEdges: []),
            Slot(id: "b001-s2", complexity: .moderate, anchor: "item", tables: ["item"],
                 targets: [SlotTarget(column: ColumnRef(table: "item", column: "i_category"), use: .group)], joinEdges: []),
        ])
        let sales = Batch(id: "b002", tables: ["store_sales", "item"], joinEdges: [itemEdge], category: "store sales", slots: [
            Slot(id: "b002-s1", complexity: .moderate, anchor: "store_sales", tables: ["store_sales", "item"],
                 targets: [SlotTarget(column: ColumnRef(table: "store_sales", column: "ss_net_paid"), use: .aggregate),
                           SlotTarget(column: ColumnRef(table: "item", column: "i_class"), use: .group)],
                 joinEdges: [itemEdge]),
        ])
        let solver = SolverReport(status: "optimal", objective: 2, bestBound: 2, gap: 0, timeLimitReached: false, timeLimitSeconds: 1,
                                  greedyBatches: 2, candidateGroups: 2, candidateMode: "exhaustive", variables: 0, integerVariables: 0, constraints: 0)
        let count = CoverageCount(covered: 0, total: 0)
        return Plan(kind: .full, schema: SchemaIdentity(name: "tpcds", sha256: "test"), seed: 42, config: config, solver: solver,
                    batches: [item, sales],
                    projectedCoverage: ProjectedCoverage(columns: count, tables: count, edges: count, complexity: [:], slots: 3, batches: 2))
    }

    /// A validator over a small synthetic database (kept alive with its connection).
    static func validator() throws -> (Validator, Connection) {
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: schema, seed: 42, scale: 0.05).build(into: connection)
        return (try Validator(sandboxing: connection, schema: schema), connection)
    }

    /// LLM settings for `server` with fast retries.
    static func settings(_ server: OpenAITestServer, configure: (inout LLMSettings) -> Void = { _ in }) -> LLMSettings {
        var settings = LLMSettings()
        settings.baseURL = server.baseURL
        settings.model = "test-model"
        settings.timeoutSeconds = 10
        settings.maxRetries = 3
        configure(&settings)
        return settings
    }

    static let fastRetries = RetryPolicy(maxRetries: 3, baseDelay: 0.01, maxDelay: 0.05)

    static func client(_ settings: LLMSettings, cache: RequestCache? = nil, replay: Bool = false,
                       policy: RetryPolicy? = LLMFixture.fastRetries, key: String? = LLMFixture.key) -> ChatCompletionClient {
        var policy = policy
        policy?.maxRetries = settings.maxRetries
        return ChatCompletionClient(settings: settings, apiKey: key, cache: cache, replay: replay, meter: CostMeter(settings: settings),
                                    policy: policy)
    }

    static func provider(_ client: ChatCompletionClient, mode: String = "llm") throws -> LLMProvider {
        var config = Config()
        config.generation.mode = mode
        return LLMProvider(schema: schema, config: config, client: client, templates: try PromptTemplates.bundled())
    }

    /// Runs `plan` through `provider` after a prefetch.
    static func run(_ provider: LLMProvider, plan: Plan, validator: Validator) throws -> GenerationRun.Output {
        try provider.prefetch(batches: plan.batches, validator: validator, seed: UInt64(plan.seed))
        return GenerationRun(plan: plan, schema: schema, provider: provider).run(validator: validator)
    }

    /// A server answering every prompt with the scripted answers.
    static func scriptedServer(delay: Double = 0) throws -> OpenAITestServer {
        try OpenAITestServer { request, _ in .completion(ScriptedAnswers.answer(to: request), delay: delay) }
    }
}
