import CCurl
import Foundation

/// A blocking HTTP client over the system libcurl, safe to call from many threads at once: each
/// call borrows an easy handle from a pool (so connections are kept alive and reused) and blocks
/// until the response is complete. TLS certificates are verified and proxies come from the usual
/// environment variables (`https_proxy`, `no_proxy`, ...), both libcurl's defaults.
public final class HTTPClient: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [UnsafeMutableRawPointer] = []
    private var stopped = false

    public init() {
        _ = HTTPClient.globalInit
    }

    deinit {
        for handle in idle { curl_easy_cleanup(handle) }
    }

    private static let globalInit: Bool = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
    }()

    /// Aborts the requests in flight and refuses new ones with ``HTTPError/Kind-swift.enum/cancelled``.
    public func cancel() {
        lock.withLock { stopped = true }
    }

    /// Whether ``cancel()`` was called.
    public var isCancelled: Bool { lock.withLock { stopped } }

    /// Sends `request` and waits for the whole response. Any status code is a response; only a
    /// missing or incomplete response is an error.
    public func send(_ request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
        if isCancelled { throw HTTPError(kind: .cancelled, message: "cancelled before sending to \(request.url)") }
        let handle = checkout()
        defer { checkin(handle) }
        let transfer = Transfer(client: self)
        let context = Unmanaged.passRetained(transfer)
        defer { context.release() }
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headerList) }
        for header in request.headers + [HTTPHeader("Expect", "")] {
            let line = header.value.isEmpty ? "\(header.name):" : "\(header.name): \(header.value)"
            headerList = curl_slist_append(headerList, line)
        }
        let pointer = context.toOpaque()
        nl2sqlgen_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = request.url.withCString { nl2sqlgen_curl_setopt_pointer(handle, CURLOPT_URL, $0) }
        nl2sqlgen_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headerList)
        switch request.method {
        case "GET": nl2sqlgen_curl_setopt_long(handle, CURLOPT_HTTPGET, 1)
        default:
            if request.method != "POST" { _ = request.method.withCString { nl2sqlgen_curl_setopt_pointer(handle, CURLOPT_CUSTOMREQUEST, $0) } }
            nl2sqlgen_curl_setopt_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count))
            _ = request.body.withUnsafeBytes { nl2sqlgen_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)) }
        }
        nl2sqlgen_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, max(1, Int(request.timeoutSeconds * 1000)))
        nl2sqlgen_curl_setopt_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
            let total = size * count
            if let data { transfer.body.append(contentsOf: UnsafeRawBufferPointer(start: data, count: total)) }
            return total
        }
        nl2sqlgen_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, pointer)
        nl2sqlgen_curl_setopt_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
            let total = size * count
            if let data { transfer.receiveHeaderLine(String(decoding: UnsafeRawBufferPointer(start: data, count: total), as: UTF8.self)) }
            return total
        }
        nl2sqlgen_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, pointer)
        nl2sqlgen_curl_setopt_long(handle, CURLOPT_NOPROGRESS, 0)
        nl2sqlgen_curl_setopt_progress(handle) { context, _, _, _, _ in
            Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue().client.isCancelled ? 1 : 0
        }
        nl2sqlgen_curl_setopt_pointer(handle, CURLOPT_XFERINFODATA, pointer)
        let code = curl_easy_perform(handle)
        guard code == CURLE_OK else { throw Self.error(code, request: request) }
        var status = 0
        nl2sqlgen_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: transfer.headers, body: transfer.body)
    }

    private func checkout() -> UnsafeMutableRawPointer {
        if let handle = lock.withLock({ idle.popLast() }) {
            curl_easy_reset(handle)
            return handle
        }
        return curl_easy_init()
    }

    private func checkin(_ handle: UnsafeMutableRawPointer) {
        lock.withLock { idle.append(handle) }
    }

    private static func error(_ code: CURLcode, request: HTTPRequest) -> HTTPError {
        let reason = String(cString: curl_easy_strerror(code))
        let kind: HTTPError.Kind
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return HTTPError(kind: .timeout, message: "no complete response within \(request.timeoutSeconds) s from \(request.url) (raise llm.timeout_seconds for slow servers)")
        case CURLE_COULDNT_CONNECT, CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING: kind = .connectionFailed
        case CURLE_PARTIAL_FILE: kind = .truncated
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: kind = .unresolvedHost
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM: kind = .tls
        case CURLE_ABORTED_BY_CALLBACK: kind = .cancelled
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL: kind = .badURL
        default: kind = .other
        }
        return HTTPError(kind: kind, message: "\(kind.rawValue.replacingOccurrences(of: "_", with: " ")): \(reason) (\(request.url))")
    }
}

/// What one transfer has received so far; owned by the thread running the transfer.
private final class Transfer {
    let client: HTTPClient
    var body: [UInt8] = []
    var headers: [HTTPHeader] = []

    init(client: HTTPClient) {
        self.client = client
    }

    func receiveHeaderLine(_ raw: String) {
        let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            headers = []
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        headers.append(HTTPHeader(String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
    }
}
