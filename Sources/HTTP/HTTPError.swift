/// A request that got no complete HTTP response.
public struct HTTPError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// No complete response within the request's timeout.
        case timeout
        /// Nothing listens at the address, or the connection was reset.
        case connectionFailed = "connection_failed"
        /// The host name does not resolve.
        case unresolvedHost = "unresolved_host"
        /// Certificate or TLS handshake failure.
        case tls
        /// The connection closed before the whole body arrived.
        case truncated
        /// Stopped by ``HTTPClient/cancel()``.
        case cancelled
        /// A malformed URL or unsupported scheme.
        case badURL = "bad_url"
        case other
    }

    public var kind: Kind
    /// What went wrong and where, e.g. `timeout after 5 s: http://127.0.0.1:8000/v1/chat/completions`.
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// Worth retrying: the server may answer next time.
    public var isTransient: Bool {
        switch kind {
        case .timeout, .connectionFailed, .truncated, .other: return true
        case .unresolvedHost, .tls, .cancelled, .badURL: return false
        }
    }

    public var description: String { message }
}
