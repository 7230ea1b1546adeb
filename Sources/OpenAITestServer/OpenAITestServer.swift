#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A small OpenAI-compatible chat-completions server for tests and benchmarks: HTTP/1.1 with
/// keep-alive over POSIX sockets, bound to 127.0.0.1 on an ephemeral port, one thread per
/// connection. Every request is recorded and answered by the `responder`, which scripts the reply
/// (a completion, an error status with `Retry-After`, a malformed or truncated body, a delay).
/// Stops when ``stop()`` is called or the server is released.
public final class OpenAITestServer: @unchecked Sendable {
    public typealias Responder = @Sendable (RecordedRequest, Int) -> TestServerReply

    /// The port it listens on.
    public let port: Int
    private let listener: Int32
    private let responder: Responder
    private let lock = NSLock()
    private var recorded: [RecordedRequest] = []
    private var connections: Set<Int32> = []
    private var stopped = false
    private let acceptDone = DispatchSemaphore(value: 0)

    /// Starts listening; `responder` gets each request and its number (0 first).
    public init(responder: @escaping Responder) throws {
        self.responder = responder
        #if os(Linux)
        let kind = Int32(SOCK_STREAM.rawValue)
        #else
        let kind = SOCK_STREAM
        #endif
        let fd = socket(AF_INET, kind, 0)
        guard fd >= 0 else { throw TestServerError(message: "socket() failed: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 256) == 0 else {
            close(fd)
            throw TestServerError(message: "cannot listen on 127.0.0.1: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit {
        stop()
    }

    /// `http://127.0.0.1:PORT/v1`, the base URL to configure.
    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    /// Every request received so far, in arrival order.
    public var requests: [RecordedRequest] { lock.withLock { recorded } }

    /// Closes the listening socket and every open connection.
    public func stop() {
        let open: Set<Int32>? = lock.withLock {
            if stopped { return nil }
            stopped = true
            return connections
        }
        guard let open else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for fd in open { shutdown(fd, Int32(SHUT_RDWR)) }
        acceptDone.wait()
    }

    private func acceptLoop() {
        defer { acceptDone.signal() }
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            let admitted = lock.withLock { () -> Bool in
                if stopped { return false }
                connections.insert(client)
                return true
            }
            guard admitted else {
                close(client)
                return
            }
            var yes: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer {
            lock.withLock { _ = connections.remove(fd) }
            close(fd)
        }
        var buffer: [UInt8] = []
        while let request = readRequest(fd, buffer: &buffer) {
            let number = lock.withLock { () -> Int in
                recorded.append(request)
                return recorded.count - 1
            }
            let reply = responder(request, number)
            if reply.delay > 0 { Thread.sleep(forTimeInterval: reply.delay) }
            var head = "HTTP/1.1 \(reply.status) \(reply.status == 200 ? "OK" : "Status")\r\nContent-Type: application/json\r\nContent-Length: \(reply.body.count)\r\n"
            for (name, value) in reply.headers { head += "\(name): \(value)\r\n" }
            head += "\r\n"
            var bytes = Array(head.utf8)
            if let cut = reply.truncateTo {
                bytes += reply.body.prefix(cut)
                sendAll(fd, bytes)
                return
            }
            bytes += reply.body
            guard sendAll(fd, bytes) else { return }
        }
    }

    /// Writes all of `bytes`; false when the client has gone (no SIGPIPE).
    @discardableResult
    private func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        #if os(Linux)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, flags) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    /// Reads one request (head and Content-Length body); nil when the connection closes.
    private func readRequest(_ fd: Int32, buffer: inout [UInt8]) -> RecordedRequest? {
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while headEnd == nil {
            headEnd = Self.find(separator, in: buffer)
            if headEnd == nil { guard receive(fd, into: &buffer) else { return nil } }
        }
        guard let end = headEnd else { return nil }
        let lines = String(decoding: buffer[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let start = lines.first?.split(separator: " ") ?? []
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        let bodyStart = end + separator.count
        while buffer.count < bodyStart + length {
            guard receive(fd, into: &buffer) else { return nil }
        }
        let body = String(decoding: buffer[bodyStart..<(bodyStart + length)], as: UTF8.self)
        buffer.removeFirst(bodyStart + length)
        return RecordedRequest(method: start.count > 0 ? String(start[0]) : "", path: start.count > 1 ? String(start[1]) : "",
                               headers: headers, body: body)
    }

    private func receive(_ fd: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        buffer += chunk[..<count]
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if Array(haystack[index..<(index + needle.count)]) == needle { return index }
        }
        return nil
    }
}

/// The test server could not start.
public struct TestServerError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
