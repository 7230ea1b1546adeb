/// Every problem of a review sheet, each with its CSV line; nothing is applied when there is one.
public struct ReviewProblems: Error, Sendable, CustomStringConvertible {
    public var source: String
    public var problems: [String]

    public var description: String {
        "\(source): \(problems.count) problem(s), nothing applied\n" + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}
