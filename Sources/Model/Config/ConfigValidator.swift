/// Checks a config tree against ``ConfigKey/all`` and the config's cross-key rules.
enum ConfigValidator {
    private static let keysByPath: [String: ConfigKey] = Dictionary(uniqueKeysWithValues: ConfigKey.all.map { ($0.path, $0) })

    /// Paths of sections (objects that group keys), e.g. `planner` and `planner.complexity_mix`.
    private static let sections: Set<String> = {
        var result: Set<String> = [""]
        for key in ConfigKey.all {
            var parts = key.path.split(separator: ".").map(String.init)
            while parts.count > 1 {
                parts.removeLast()
                result.insert(parts.joined(separator: "."))
            }
        }
        return result
    }()

    static func isMapPath(_ path: String) -> Bool {
        switch keysByPath[path]?.kind {
        case .integerMap, .numberMap: return true
        default: return false
        }
    }

    static func validate(_ root: JSONValue, into diagnostics: inout [Diagnostic]) {
        validateSection(root, path: "", into: &diagnostics)
    }

    private static func validateSection(_ value: JSONValue, path: String, into diagnostics: inout [Diagnostic]) {
        let display = path.isEmpty ? "$" : path
        guard let members = value.objectMembers else {
            diagnostics.append(Diagnostic(.error, at: display, "expected an object, found \(value.kindDescription)"))
            return
        }
        var seen: Set<String> = []
        for member in members {
            let childPath = path.isEmpty ? member.key : "\(path).\(member.key)"
            if !seen.insert(member.key).inserted {
                diagnostics.append(Diagnostic(.error, at: childPath, "duplicate key"))
                continue
            }
            if let key = keysByPath[childPath] {
                validateLeaf(member.value, key: key, into: &diagnostics)
            } else if sections.contains(childPath) {
                validateSection(member.value, path: childPath, into: &diagnostics)
            } else {
                let siblings = ConfigKey.all.map(\.path).compactMap { candidate -> String? in
                    let prefix = path.isEmpty ? "" : path + "."
                    guard candidate.hasPrefix(prefix) else { return nil }
                    return candidate.dropFirst(prefix.count).split(separator: ".").first.map(String.init)
                }
                var unique: [String] = []
                for name in siblings where !unique.contains(name) { unique.append(name) }
                diagnostics.append(Diagnostic(.error, at: childPath, "unknown key; expected one of: \(unique.joined(separator: ", "))"))
            }
        }
    }

    private static func validateLeaf(_ value: JSONValue, key: ConfigKey, into diagnostics: inout [Diagnostic]) {
        func fail(_ message: String, at path: String = key.path) {
            diagnostics.append(Diagnostic(.error, at: path, message))
        }
        switch key.kind {
        case .integer(let range):
            guard let number = value.intValue else { return fail("expected an integer, found \(value.kindDescription) \(value.render())") }
            if !range.contains(number) { fail("\(number) is out of range \(range.lowerBound)...\(range.upperBound)") }
        case .number(let range):
            guard let number = value.doubleValue else { return fail("expected a number, found \(value.kindDescription)") }
            if !range.contains(number) { fail("\(value.render()) is out of range \(range.lowerBound)...\(range.upperBound)") }
        case .boolean:
            if value.boolValue == nil { fail("expected true or false, found \(value.kindDescription)") }
        case .text:
            guard let text = value.stringValue else { return fail("expected a string, found \(value.kindDescription)") }
            if text.isEmpty { fail("must not be empty") }
        case .optionalText:
            if value.stringValue == nil { fail("expected a string, found \(value.kindDescription)") }
        case .choice(let words):
            guard let text = value.stringValue else { return fail("expected a string, found \(value.kindDescription)") }
            if !words.contains(text) { fail("\"\(text)\" is not one of: \(words.joined(separator: ", "))") }
        case .textList(let words):
            guard let items = value.arrayValue else { return fail("expected an array of strings, found \(value.kindDescription)") }
            if items.isEmpty { fail("must not be empty") }
            for (index, item) in items.enumerated() {
                guard let text = item.stringValue else {
                    fail("expected a string, found \(item.kindDescription)", at: "\(key.path)[\(index)]")
                    continue
                }
                if !words.isEmpty, !words.contains(text) {
                    fail("\"\(text)\" is not one of: \(words.joined(separator: ", "))", at: "\(key.path)[\(index)]")
                }
            }
        case .integerMap, .numberMap:
            guard let members = value.objectMembers else { return fail("expected an object, found \(value.kindDescription)") }
            for member in members {
                if let problem = mapValueProblem(member.value, kind: key.kind) { fail(problem, at: "\(key.path).\(member.key)") }
            }
        }
    }

    /// What is wrong with one value of a map key (`planner.table_coverage`), or nil.
    private static func mapValueProblem(_ value: JSONValue, kind: ConfigKey.Kind) -> String? {
        switch kind {
        case .integerMap(let range):
            guard let number = value.intValue else { return "expected an integer, found \(value.kindDescription)" }
            return range.contains(number) ? nil : "\(number) is out of range \(range.lowerBound)...\(range.upperBound)"
        case .numberMap(let range):
            guard let number = value.doubleValue else { return "expected a number, found \(value.kindDescription)" }
            return range.contains(number) ? nil : "\(value.render()) is out of range \(range.lowerBound)...\(range.upperBound)"
        default:
            return nil
        }
    }

    /// Rules that tie keys together.
    static func checkConsistency(_ config: Config, into diagnostics: inout [Diagnostic]) {
        let mix = config.planner.complexityMix
        let total = ComplexityLevel.allCases.reduce(0.0) { $0 + mix.share(of: $1) }
        if abs(total - 1) > 0.001 {
            diagnostics.append(Diagnostic(.error, at: "planner.complexity_mix",
                                          "the four shares must sum to 1, they sum to \(total)"))
        }
        for name in config.planner.columnCoverageOverrides.keys.sorted() where ColumnRef(qualified: name) == nil {
            diagnostics.append(Diagnostic(.error, at: "planner.column_coverage_overrides.\(name)",
                                          "expected a key of the form table.column"))
        }
        if config.database.userPath != nil, config.database.userURL != nil {
            diagnostics.append(Diagnostic(.error, at: "database.url", "set database.path (SQLite) or database.url (PostgreSQL), not both"))
        }
        for name in config.planner.familyMinShareOverrides.keys.sorted() where AnalysisFamily(rawValue: name) == nil {
            diagnostics.append(Diagnostic(.error, at: "planner.family_min_share_overrides.\(name)",
                                          "unknown analysis family; expected one of: \(AnalysisFamily.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        let familyShares = AnalysisFamily.allCases.reduce(0.0) { $0 + config.planner.familyMinShare(of: $1) }
        if familyShares > 1 + 1e-9 {
            diagnostics.append(Diagnostic(.error, at: "planner.family_min_share",
                                          "the least shares of the \(AnalysisFamily.allCases.count) analysis families sum to \(familyShares), more than 1"))
        }
    }
}
