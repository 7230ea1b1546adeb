import Foundation
@testable import Generation
import Model
import SQLite
import Testing
import Validation

/// A real TPC-DS run with every contrast feature on: 11 negatives per example (one per kind at
/// most), SQL variants, NL negatives, 3 paraphrases. Built once for the suite; its validator (one
/// SQLite connection) is used by one test at a time (the suite is serialized).
private struct ContrastRun: @unchecked Sendable {
    let schema: Schema
    let validator: Validator
    let connection: Connection
    let plan: Plan
    let output: GenerationRun.Output

    static let shared: Result<ContrastRun, Error> = Result {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        var plan = try GenerationFixture.plan(schema: schema)
        plan.config.negatives.count = NegativeKind.allCases.count
        plan.config.paraphrases.sqlVariants = true
        let run = GenerationRun(plan: plan, schema: schema, provider: OfflineGenerator(schema: schema, styles: GenerationFixture.styles))
        return ContrastRun(schema: schema, validator: validator, connection: connection, plan: plan, output: run.run(validator: validator))
    }
}

@Suite("Paraphrases and contrastive negatives on a TPC-DS run", .serialized)
struct ContrastTests {
    private func run() throws -> ContrastRun { try ContrastRun.shared.get() }

    @Test("offline paraphrases keep every part of the request: the faithfulness check refuses none (no entity noun rewritten)")
    func offlineParaphrasesAreFaithful() throws {
        let run = try run()
        let check = FaithfulnessCheck(schema: run.schema)
        for example in run.output.examples {
            #expect(!example.contrastDropped.keys.contains { $0.contains("unfaithful") }, "\(example.id): \(example.contrastDropped)")
            let requirements = check.requirements(of: example.sql)
            for paraphrase in example.paraphrases {
                #expect(check.problem(of: paraphrase.text, requirements) == nil, "\(example.id): \(paraphrase.text)")
            }
        }
        #expect(run.output.examples.contains { $0.tables.contains("inventory") && !$0.paraphrases.isEmpty })
    }

    @Test("every perturbation kind yields proven negatives: valid, other rows (or another order of the first rows LIMIT keeps), joins of related keys, hard as measured")
    func negativesAreProven() throws {
        let run = try run()
        let hardness = NegativeHardness(schema: run.schema)
        var kinds: Set<String> = []
        for example in run.output.examples {
            let positive = run.validator.validate(example.sql, minRows: 0)
            let limited = QueryOutline(sql: example.sql, schema: run.schema).keepsFirstRows
            for negative in example.negatives {
                let result = run.validator.validate(negative.sql, minRows: 0)
                #expect(result.verdict.isValid, "\(example.id) \(negative.kind): \(result.message ?? "")")
                if limited {
                    #expect(result.fingerprint != positive.fingerprint || result.orderedFingerprint != positive.orderedFingerprint)
                } else {
                    #expect(result.fingerprint != positive.fingerprint, "\(example.id) \(negative.kind) returns the positive's rows")
                }
                #expect(result.fingerprint == negative.fingerprint && result.orderedFingerprint == negative.orderedFingerprint)
                #expect(negative.hard == hardness.isHard(sql: negative.sql, edits: negative.edits, positive: positive, negative: result))
                if negative.kind == NegativeKind.wrongJoinKey.rawValue {
                    let structure = try SQLStructure.analyze(negative.sql, schema: run.schema)
                    #expect(KeyEntity.unrelatedJoins(in: structure, schema: run.schema).isEmpty, "\(example.id): \(negative.sql)")
                }
                #expect(negative.sql != example.sql)
                kinds.insert(negative.kind)
            }
        }
        #expect(kinds == Set(NegativeKind.allCases.map(\.rawValue)), "missing kinds: \(Set(NegativeKind.allCases.map(\.rawValue)).subtracting(kinds).sorted())")
    }

    @Test("every example has its negatives and paraphrases or a recorded reason")
    func shortfallsAreExplained() throws {
        let run = try run()
        let settings = run.plan.config
        #expect(!run.output.examples.isEmpty)
        for example in run.output.examples {
            if example.paraphrases.count < settings.paraphrases.count {
                #expect(example.contrastNotes.contains { $0.hasPrefix("paraphrases:") }, "\(example.id)")
            }
            if example.negatives.count < settings.negatives.count {
                #expect(example.contrastNotes.contains { $0.hasPrefix("negatives:") }, "\(example.id)")
            }
        }
        let withThree = run.output.examples.filter { $0.negatives.count >= 3 }.count
        #expect(Double(withThree) >= 0.9 * Double(run.output.examples.count))
    }

    @Test("SQL variants return exactly the positive's result, and each rewrite kind occurs")
    func variantsAgree() throws {
        let run = try run()
        var kinds: Set<String> = []
        for example in run.output.examples {
            let positive = run.validator.validate(example.sql, minRows: 0)
            for variant in example.sqlVariants {
                let result = run.validator.validate(variant.sql, minRows: 0)
                #expect(result.verdict == .ok)
                #expect(result.fingerprint == positive.fingerprint, "\(example.id) \(variant.kind)")
                kinds.insert(variant.kind)
            }
        }
        #expect(kinds.isSuperset(of: ["cte", "join_order"]) && kinds.isSubset(of: ["between_to_comparisons", "cte", "join_order"]), "\(kinds)")
    }

    @Test("every example means what it asks: no unused join, fan trap or typed-use violation, re-measured from its SQL")
    func examplesAreMeaningful() throws {
        let run = try run()
        #expect(!run.output.examples.isEmpty)
        var covered = Set<ColumnRef>()
        for example in run.output.examples {
            let meaning = try #require(ExampleMeaning.measure(example.sql, schema: run.schema), "\(example.id) does not parse")
            #expect(meaning.unusedTables.isEmpty, "\(example.id): \(meaning.unusedTables)")
            #expect(meaning.fanTraps.isEmpty, "\(example.id): \(meaning.fanTraps)")
            #expect(meaning.violations.isEmpty, "\(example.id): \(meaning.violations)")
            #expect(meaning.joinedEdges == example.joinEdges)
            #expect(!example.intent.isEmpty)
            let anchor = try #require(run.plan.slots.first { $0.id == example.slotID }).anchor
            #expect(example.category == run.schema.table(named: anchor)?.subjectArea, "\(example.id)")
            covered.formUnion(meaning.coveredColumns(schema: run.schema))
        }
        // Coverage rebuilt from the SQL structure alone, not from the pipeline's coverage.
        #expect(covered.count >= 415, "\(covered.count)/425")
    }

    @Test("paraphrases are measured, far enough from the question and from each other, and keep the question's values")
    func paraphrasesAreMeasured() throws {
        let run = try run()
        let minimum = run.plan.config.paraphrases.minDistance
        let identifierWords = Set(run.schema.tables.flatMap { $0.columns.map(\.name) }.map { $0.lowercased() }.filter { $0.contains("_") })
        var total = 0
        for example in run.output.examples {
            for paraphrase in example.paraphrases {
                total += 1
                #expect(paraphrase.distance >= minimum)
                #expect(abs(paraphrase.distance - TokenDistance.normalizedEdits(example.question, paraphrase.text)) < 0.001)
                #expect(paraphrase.source == "offline")
                #expect(!paraphrase.style.isEmpty)
                let words = Set(paraphrase.text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init))
                #expect(words.isDisjoint(with: identifierWords), "identifier in \(paraphrase.text)")
                // Quoted values of the question survive in every paraphrase.
                for quoted in example.question.split(separator: "\"").enumerated().filter({ $0.offset % 2 == 1 }) {
                    #expect(paraphrase.text.contains("\"\(quoted.element)\""), "\(example.id) lost \(quoted.element)")
                }
            }
            let texts = example.paraphrases.map(\.text)
            #expect(Set(texts).count == texts.count)
        }
        #expect(total >= run.output.examples.count * 2)
    }

    @Test("paraphrases change the syntax: most of another sentence type than their question, sets mixing types, no stock openers")
    func paraphrasesChangeTheSyntax() throws {
        let run = try run()
        var total = 0, typeChanged = 0, openingChanged = 0, sets = 0, mixed = 0
        var openings: [String: Int] = [:]
        for example in run.output.examples {
            let type = SentenceType.of(example.question)
            let opening = TokenDistance.words(example.question).prefix(3)
            for paraphrase in example.paraphrases {
                total += 1
                if SentenceType.of(paraphrase.text) != type { typeChanged += 1 }
                if TokenDistance.words(paraphrase.text).prefix(3) != opening { openingChanged += 1 }
                openings[TokenDistance.words(paraphrase.text).prefix(3).joined(separator: " "), default: 0] += 1
                // Nobody types "records": no "Considering only records where ..." openers.
                #expect(!TokenDistance.words(paraphrase.text).contains("records") || example.question.lowercased().contains("records"),
                        "\(example.id): \(paraphrase.text)")
            }
            if example.paraphrases.count >= 2 {
                sets += 1
                if Set(example.paraphrases.map { SentenceType.of($0.text) }).count >= 2 { mixed += 1 }
            }
        }
        #expect(total > 0 && sets > 0)
        #expect(Double(typeChanged) / Double(total) >= 0.5, "\(typeChanged) of \(total)")
        #expect(Double(openingChanged) / Double(total) >= 0.7, "\(openingChanged) of \(total)")
        #expect(Double(mixed) / Double(sets) >= 0.9, "\(mixed) of \(sets)")
        // No stock opening: the most common first three words open at most a tenth of them.
        #expect(Double(openings.values.max() ?? 0) / Double(total) <= 0.1, "\(openings.max { $0.value < $1.value }.map { "\($0)" } ?? "")")
    }

    @Test("NL negatives are questions of other examples sharing tables with a different result")
    func nlNegatives() throws {
        let run = try run()
        let byID = Dictionary(uniqueKeysWithValues: run.output.examples.map { ($0.id, $0) })
        var count = 0
        for example in run.output.examples {
            for negative in example.nlNegatives {
                count += 1
                let other = try #require(byID[negative.exampleID])
                #expect(other.id != example.id)
                #expect(other.question == negative.question)
                #expect(other.result.fingerprint != example.result.fingerprint)
                #expect(!negative.sharedTables.isEmpty)
                #expect(Set(negative.sharedTables).isSubset(of: Set(example.tables).intersection(other.tables)))
            }
        }
        #expect(count > 0)
    }

    @Test("pairs.jsonl holds one line per positive, paraphrase, variant and negative, and the counts match")
    func pairsAndCounts() throws {
        let run = try run()
        let pairs = ContrastPairs.pairs(of: run.output.examples)
        let counts = ContrastPairs.counts(of: run.output.examples, paraphrasesWanted: 3, negativesWanted: 3)
        #expect(pairs.count == counts["pairs"])
        #expect(pairs.filter { $0.label == 1 }.count == run.output.examples.count + counts["paraphrases"]! + counts["sql_variants"]!)
        #expect(pairs.filter { $0.kind.hasPrefix("negative:") }.count == counts["negatives"])
        #expect(pairs.filter { $0.kind == "nl_negative" }.count == counts["nl_negatives"])
        #expect(pairs.filter { $0.hard == true }.count == counts["negatives_hard"])
        let perKind = NegativeKind.allCases.map { counts["negatives_\($0.rawValue)"] ?? 0 }.reduce(0, +)
        #expect(perKind == counts["negatives"])
    }
}

@Suite("SQL perturbations")
struct PerturbationTests {
    private static let sql = """
        SELECT s.s_state, SUM(ss.ss_net_paid) AS total, COUNT(DISTINCT ss.ss_item_sk) AS items
        FROM store_sales AS ss
        JOIN store AS s ON ss.ss_store_sk = s.s_store_sk
        JOIN customer_address AS ca ON ss.ss_addr_sk = ca.ca_address_sk
        WHERE ss.ss_quantity BETWEEN 10 AND 50 AND s.s_city = 'Midway' AND ss.ss_net_paid > 12.50
        GROUP BY s.s_state
        HAVING SUM(ss.ss_net_paid) >= 100
        ORDER BY total DESC
        LIMIT 10
        """

    private static let schema = Result { try GenerationFixture.schema() }

    private func candidates(_ kind: NegativeKind) throws -> [String] {
        let schema = try Self.schema.get()
        let perturber = SQLPerturber(outline: QueryOutline(sql: Self.sql, schema: schema), schema: schema) { _, _ in ["Fairview", "Midway"] }
        return perturber.candidates(kind).map { $0.sql.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    private func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test("each kind rewrites exactly the part it names")
    func eachKind() throws {
        let base = flat(Self.sql)
        #expect(try candidates(.wrongAggregate).contains(base.replacingOccurrences(of: "SUM(ss.ss_net_paid) AS total", with: "AVG(ss.ss_net_paid) AS total")))
        #expect(try candidates(.wrongAggregate).contains(base.replacingOccurrences(of: "COUNT(DISTINCT ss.ss_item_sk)", with: "COUNT(ss.ss_item_sk)")))
        #expect(try candidates(.flippedComparison).contains(base.replacingOccurrences(of: "> 12.50", with: "<= 12.50")))
        #expect(try candidates(.flippedComparison).contains(base.replacingOccurrences(of: "BETWEEN 10", with: "NOT BETWEEN 10")))
        #expect(try candidates(.shiftedComparison).contains(base.replacingOccurrences(of: "> 12.50", with: ">= 12.50")))
        #expect(try candidates(.droppedFilter).contains(base.replacingOccurrences(of: " AND s.s_city = 'Midway'", with: "")))
        #expect(try candidates(.droppedFilter).contains(base.replacingOccurrences(of: " HAVING SUM(ss.ss_net_paid) >= 100", with: "")))
        #expect(try candidates(.changedFilterValue).contains(base.replacingOccurrences(of: "'Midway'", with: "'Fairview'")))
        #expect(try candidates(.changedFilterValue).contains(base.replacingOccurrences(of: "> 12.50", with: "> 15.62")))
        // No other key of store_sales identifies a store or an address: no join-key swap.
        #expect(try candidates(.wrongJoinKey).isEmpty)
        // The grouped column leaves the result columns too: shown, it would be a bare column (SQLite only).
        #expect(try candidates(.missingGrouping).contains(base.replacingOccurrences(of: " GROUP BY s.s_state", with: "").replacingOccurrences(of: "SELECT s.s_state, ", with: "SELECT ")))
        #expect(try candidates(.extraGrouping).first?.contains("GROUP BY s.s_state, s.") == true)
        #expect(try candidates(.wrongOrderDirection) == [base.replacingOccurrences(of: "ORDER BY total DESC", with: "ORDER BY total ASC")])
        #expect(try candidates(.wrongLimit) == [base.replacingOccurrences(of: "LIMIT 10", with: "LIMIT 5"), base.replacingOccurrences(of: "LIMIT 10", with: "LIMIT 15")])
        #expect(try candidates(.wrongColumn).contains { $0.hasPrefix("SELECT s.s_") && !$0.hasPrefix("SELECT s.s_state") })
        // A grouped column is replaced where it is grouped too, so the negative is standard SQL.
        #expect(try candidates(.wrongColumn).allSatisfy { StandardGrouping.problems(in: $0).isEmpty })
        #expect(try candidates(.missingGrouping).allSatisfy { StandardGrouping.problems(in: $0).isEmpty })
    }

    @Test("the join condition of a comparison is never flipped, and string literals never split a token")
    func joinsAndStrings() throws {
        for candidate in try candidates(.flippedComparison) {
            #expect(candidate.contains("ss.ss_store_sk = s.s_store_sk"))
        }
        let tokens = SQLLexer.tokens(in: "SELECT 'it''s = <>' FROM t WHERE a<=b")
        #expect(tokens.map(\.text) == ["SELECT", "'it''s = <>'", "FROM", "t", "WHERE", "a", "<=", "b"])
    }
}
