/// One HTTP request: method, URL, headers, body and a timeout for the whole exchange.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: String
    /// Header fields in order (`name`, `value`).
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    /// Seconds for connecting, sending and receiving together.
    public var timeoutSeconds: Double

    public init(method: String = "POST", url: String, headers: [HTTPHeader] = [], body: [UInt8] = [], timeoutSeconds: Double = 60) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeoutSeconds = timeoutSeconds
    }
}

/// One header field.
public struct HTTPHeader: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
