/// Checks of a coverage file read back from disk.
extension CoverageReport {
    /// A diagnostic, located by JSON path, for every count below zero (a count of uses cannot be negative).
    public func diagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let sections: [(String, [String: Int])] = [
            ("columns", columns), ("tables", tables), ("edges", edges), ("complexity", complexity), ("constructs", constructs),
            ("contrast", contrast ?? [:]),
        ]
        for (section, counts) in sections {
            for (name, count) in counts.sorted(by: { $0.key < $1.key }) where count < 0 {
                diagnostics.append(Diagnostic(.error, at: "$.\(section)[\(name.debugDescription)]", "count \(count) is negative"))
            }
        }
        return diagnostics
    }
}
