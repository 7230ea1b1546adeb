import Foundation
import Testing
@testable import Model

@Suite struct ConfigLoaderTests {
    private func load(_ json: String) throws(DiagnosticsError) -> Config {
        try ConfigLoader.load(bytes: Array(json.utf8), source: "c.json")
    }

    private func errors(_ json: String) -> [Diagnostic] {
        do {
            _ = try load(json)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func defaultsWithoutAFile() throws {
        #expect(try ConfigLoader.load(path: nil) == Config.defaults)
        #expect(try load("{}") == Config.defaults)
    }

    @Test func partialFileOverlaysDefaults() throws {
        let config = try load(#"{"seed": 7, "planner": {"column_coverage": 3, "complexity_mix": {"simple": 0.4, "moderate": 0.25, "complex": 0.25, "highly_complex": 0.1}, "table_coverage": {"store_sales": 2}}}"#)
        #expect(config.seed == 7)
        #expect(config.planner.columnCoverage == 3)
        #expect(config.planner.tableCoverage == ["store_sales": 2])
        #expect(config.planner.complexityMix.simple == 0.4)
        #expect(config.planner.maxSlotsPerBatch == Config.defaults.planner.maxSlotsPerBatch)
        #expect(config.llm == Config.defaults.llm)
    }

    @Test func reportsKeyPathsOfEveryProblem() {
        let found = errors(#"{"sede": 1, "planner": {"max_slots_per_batch": "8", "column_coverage": 0, "complexity_mix": {"simple": 2}}, "generation": {"provider": "gpt", "styles": ["formal", 3]}, "llm": []}"#)
        let paths = found.map(\.path)
        #expect(paths.contains("sede"))
        #expect(found.first { $0.path == "sede" }?.message.contains("unknown key") == true)
        #expect(found.first { $0.path == "planner.max_slots_per_batch" }?.message.contains("expected an integer") == true)
        #expect(found.first { $0.path == "planner.column_coverage" }?.message.contains("out of range") == true)
        #expect(found.first { $0.path == "planner.complexity_mix.simple" }?.message.contains("out of range") == true)
        #expect(found.first { $0.path == "generation.provider" }?.message.contains("not one of") == true)
        #expect(paths.contains("generation.styles[1]"))
        #expect(found.first { $0.path == "llm" }?.message.contains("expected an object") == true)
    }

    @Test func mixMustSumToOne() {
        let found = errors(#"{"planner": {"complexity_mix": {"simple": 0.9}}}"#)
        #expect(found.contains { $0.path == "planner.complexity_mix" && $0.message.contains("sum to 1") })
    }

    @Test func invalidJSONNamesThePosition() {
        let found = errors("{\n  \"seed\": 1,\n}")
        #expect(found.first?.message.contains("line 3") == true)
    }

    @Test func defaultsFileRoundTripsAndEveryKeyIsDocumented() throws {
        let data = try CanonicalJSON.pretty(ConfigDocument(config: Config.defaults))
        #expect(try ConfigLoader.load(bytes: [UInt8](data), source: "defaults") == Config.defaults)
        // Without a judge, a config (in a plan or manifest) encodes no judge section: hashes of runs
        // without one are those from before it existed.
        #expect(try !String(decoding: CanonicalJSON.pretty(Config.defaults), as: UTF8.self).contains("judge"))
        var judged = Config.defaults
        judged.judge.mode = "score"
        #expect(try JSONDecoder().decode(Config.self, from: CanonicalJSON.pretty(judged)) == judged)
        let rendered = ConfigDefaults.rendered()
        for key in ConfigKey.all { #expect(rendered[key.path]?.isEmpty == false, "\(key.path) has no default") }
        // Every leaf of the encoded defaults has a key spec (nothing undocumented).
        let tree = try JSONParser.parse(bytes: [UInt8](data))
        var leaves: [String] = []
        func walk(_ value: JSONValue, _ path: String) {
            if case .object(let members) = value, !ConfigValidator.isMapPath(path) {
                for member in members { walk(member.value, path.isEmpty ? member.key : "\(path).\(member.key)") }
            } else {
                leaves.append(path)
            }
        }
        walk(tree, "")
        #expect(Set(leaves) == Set(ConfigKey.all.map(\.path)))
    }
}

/// The family mix keys (`planner.family_min_share` and its per-family overrides).
extension ConfigLoaderTests {
    @Test func familyOverridesNameFamiliesAndSharesSumToAtMostOne() throws {
        let config = try load(#"{"planner": {"family_min_share_overrides": {"time_of_day": 0.05, "lookup": 0}}}"#)
        #expect(config.planner.familyMinShare(of: .timeOfDay) == 0.05)
        #expect(config.planner.familyMinShare(of: .lookup) == 0)
        #expect(config.planner.familyMinShare(of: .growth) == 0.015)
        #expect(errors(#"{"planner": {"family_min_share_overrides": {"time_of_days": 0.05}}}"#).contains {
            $0.path == "planner.family_min_share_overrides.time_of_days" && $0.message.contains("unknown analysis family")
        })
        #expect(errors(#"{"planner": {"family_min_share_overrides": {"growth": "a lot"}}}"#).contains {
            $0.path == "planner.family_min_share_overrides.growth" && $0.message.contains("expected a number")
        })
        #expect(errors(#"{"planner": {"family_min_share": 0.1}}"#).contains {
            $0.path == "planner.family_min_share" && $0.message.contains("more than 1")
        })
    }

    /// Plans written before the family mix keys existed still read, with the defaults.
    @Test func plansWithoutFamilyMixKeysDecodeWithDefaults() throws {
        var text = String(decoding: try CanonicalJSON.line(Config.defaults), as: UTF8.self)
        for key in [#""family_min_share":0.015,"#, #""family_min_share_overrides":{},"#] {
            #expect(text.contains(key))
            text = text.replacingOccurrences(of: key, with: "")
        }
        #expect(try JSONDecoder().decode(Config.self, from: Data(text.utf8)) == Config.defaults)
    }
}
