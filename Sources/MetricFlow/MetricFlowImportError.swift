/// Why a MetricFlow project could not be imported, with what and where.
public struct MetricFlowImportError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
