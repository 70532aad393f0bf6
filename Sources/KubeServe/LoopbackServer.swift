import Glibc
import Foundation

/// What the server answers a request with: a whole response, or a stream kept open (watches, `logs -f`).
enum ServeReply {
    /// A response sent whole (with Content-Length).
    case response(HTTPResponse)
    /// A response whose body is streamed with chunked encoding until the stream ends.
    case stream(ResponseStream)
    /// A protocol switch (`101 Switching Protocols`): the head, then raw bytes, then the connection closes.
    case upgrade(head: [UInt8], body: [UInt8])
}

/// A response body that grows while the connection stays open, sent with chunked transfer encoding.
protocol ResponseStream: AnyObject {
    /// The status code sent in the head.
    var status: Int { get }
    /// The content type sent in the head.
    var contentType: String { get }
    /// The bytes to send now (possibly none) and whether the stream has ended after them.
    func drain() -> (bytes: [UInt8], finished: Bool)
    /// The client went away or the server stops: release what the stream holds.
    func close()
    /// The simulated instant the stream ends at if nothing more happens (fast-forwarded follows), or nil.
    var simulatedDeadline: Double? { get }
}

/// An error setting up the listening socket, with the system's reason.
public struct ListenerError: Error, CustomStringConvertible {
    /// What went wrong, with the system's reason.
    public let description: String
}

/// A TCP listener on 127.0.0.1 and its connections, served by one thread with `poll(2)`.
///
/// Each connection reads requests (keep-alive, one at a time), hands them to `handle`, and writes the
/// answer; a streamed answer keeps the connection busy until the stream ends or the client leaves.
final class LoopbackServer {
    /// The port the listener is bound to (the kernel's choice when 0 was asked for).
    let port: UInt16
    private let listener: Int32
    private var connections: [Int32: Connection] = [:]
    private var acceptedCount = 0

    /// One client connection: unread input, unsent output, and the stream it is busy with.
    final class Connection {
        let fd: Int32
        /// Unique for the server's lifetime (descriptors are reused).
        let id: Int
        var input: [UInt8] = []
        var output: [UInt8] = []
        var stream: ResponseStream?
        var closeWhenFlushed = false
        init(fd: Int32, id: Int) {
            self.fd = fd
            self.id = id
        }
    }

    /// Binds 127.0.0.1:`port` (0 picks a free one) and listens.
    init(port: UInt16) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ListenerError(description: "socket: \(String(cString: strerror(errno)))") }
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            Glibc.close(fd)
            throw ListenerError(description: "cannot listen on 127.0.0.1:\(port): \(reason)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        LoopbackServer.setNonBlocking(fd)
        listener = fd
        self.port = UInt16(bigEndian: actual.sin_port)
    }

    /// How many client connections are open.
    var connectionCount: Int { connections.count }

    /// The earliest simulated deadline of the open streams.
    var earliestStreamDeadline: Double? { connections.values.compactMap { $0.stream?.simulatedDeadline }.min() }

    /// True when some connection is streaming (a watch or a followed log is open).
    var hasOpenStreams: Bool { connections.values.contains { $0.stream != nil } }

    /// Waits up to `timeout` milliseconds for activity, then accepts, reads, answers and writes what it can.
    /// `handle` gets each request with the id of the connection it came on.
    func step(timeout: Int32, handle: (HTTPRequest, Int) -> ServeReply) {
        var descriptors = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
        let open = connections.values.sorted { $0.fd < $1.fd }
        for connection in open {
            let wantsWrite = !connection.output.isEmpty
            descriptors.append(pollfd(fd: connection.fd, events: Int16(POLLIN) | (wantsWrite ? Int16(POLLOUT) : 0), revents: 0))
        }
        let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
        if ready > 0 {
            if descriptors[0].revents & Int16(POLLIN) != 0 { acceptAll() }
            for descriptor in descriptors.dropFirst() where descriptor.revents != 0 {
                guard let connection = connections[descriptor.fd] else { continue }
                if descriptor.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 { read(connection) }
            }
        }
        for connection in connections.values.sorted(by: { $0.fd < $1.fd }) {
            serveQueued(connection, handle: handle)
        }
        pumpStreams()
        flushAll()
    }

    /// Pulls new bytes out of every open stream into its connection's output; returns how many bytes were queued.
    @discardableResult
    func pumpStreams() -> Int {
        var queued = 0
        for connection in connections.values.sorted(by: { $0.fd < $1.fd }) {
            guard let stream = connection.stream else { continue }
            let (bytes, finished) = stream.drain()
            queued += bytes.count
            if !bytes.isEmpty { connection.output += HTTPResponse.chunk(bytes) }
            if finished {
                connection.output += HTTPResponse.chunk([])
                stream.close()
                connection.stream = nil
            }
        }
        return queued
    }

    /// Closes every connection and the listener.
    func shutdown() {
        for connection in connections.values { drop(connection) }
        Glibc.close(listener)
    }

    private func acceptAll() {
        while true {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { return }
            LoopbackServer.setNonBlocking(fd)
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            acceptedCount += 1
            connections[fd] = Connection(fd: fd, id: acceptedCount)
        }
    }

    private func read(_ connection: Connection) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = Glibc.read(connection.fd, &buffer, buffer.count)
            if count > 0 {
                connection.input += buffer[0..<count]
                continue
            }
            if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) { drop(connection) }
            return
        }
    }

    private func serveQueued(_ connection: Connection, handle: (HTTPRequest, Int) -> ServeReply) {
        while connections[connection.fd] != nil, connection.stream == nil, !connection.closeWhenFlushed {
            let request: HTTPRequest
            do {
                guard let next = try HTTPRequestReader.take(from: &connection.input) else { return }
                request = next
            } catch {
                connection.output += HTTPResponse.text(400, "400 Bad Request").head(keepAlive: false) + Array("400 Bad Request".utf8)
                connection.closeWhenFlushed = true
                return
            }
            let keepAlive = request.header("connection")?.lowercased() != "close"
            switch handle(request, connection.id) {
            case .response(let response):
                connection.output += response.head(keepAlive: keepAlive) + (request.method == "HEAD" ? [] : response.body)
                if !keepAlive { connection.closeWhenFlushed = true }
            case .stream(let stream):
                connection.output += HTTPResponse.streamHead(status: stream.status, contentType: stream.contentType)
                connection.stream = stream
            case .upgrade(let head, let body):
                connection.output += head + body
                connection.closeWhenFlushed = true
            }
        }
    }

    /// Writes what each connection has queued, as far as the sockets take it.
    func flushAll() {
        for connection in connections.values.sorted(by: { $0.fd < $1.fd }) {
            while !connection.output.isEmpty {
                let written = connection.output.withUnsafeBytes { Glibc.write(connection.fd, $0.baseAddress, $0.count) }
                if written > 0 {
                    connection.output.removeFirst(written)
                } else {
                    if written < 0, errno != EAGAIN, errno != EWOULDBLOCK, errno != EINTR { drop(connection) }
                    break
                }
            }
            if connection.output.isEmpty, connection.closeWhenFlushed { drop(connection) }
        }
    }

    private func drop(_ connection: Connection) {
        connection.stream?.close()
        connection.stream = nil
        Glibc.close(connection.fd)
        connections[connection.fd] = nil
    }

    private static func setNonBlocking(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFL, 0)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
    }
}
