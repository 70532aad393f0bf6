import Foundation

/// One HTTP/1.1 request as a client sent it: method, path, decoded query, headers and body.
struct HTTPRequest: Sendable {
    /// `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, …
    var method: String
    /// The request target as sent, query included.
    var target: String
    /// The percent-decoded path without the query.
    var path: String
    /// The query parameters in order, percent-decoded (`+` counts as a space).
    var query: [(name: String, value: String)]
    /// Header fields with lower-case names, in order.
    var headers: [(name: String, value: String)]
    /// The body (empty when none was sent).
    var body: [UInt8]

    /// A request for `target`; the path and query are split off it.
    init(method: String, target: String, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.target = target
        self.headers = headers.map { (name: $0.name.lowercased(), value: $0.value) }
        self.body = body
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let rawPath = parts.first.map(String.init) ?? target
        path = rawPath.removingPercentEncoding ?? rawPath
        query = parts.count > 1 ? HTTPRequest.parseQuery(String(parts[1])) : []
    }

    /// The first value of header `name` (case-insensitive).
    func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name == lower }?.value
    }

    /// The first value of query parameter `name`.
    func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// True when query parameter `name` is `true` or `1`.
    func queryFlag(_ name: String) -> Bool {
        guard let value = queryValue(name) else { return false }
        return value == "1" || value.lowercased() == "true"
    }

    /// The body as UTF-8 text (invalid bytes replaced).
    var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// `a=1&b=x%20y` as name/value pairs.
    static func parseQuery(_ text: String) -> [(name: String, value: String)] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring?) -> String {
                let raw = String(part ?? "").replacingOccurrences(of: "+", with: " ")
                return raw.removingPercentEncoding ?? raw
            }
            return (name: decode(parts.first), value: decode(parts.count > 1 ? parts[1] : nil))
        }
    }
}

/// A complete HTTP response: status, content type, extra headers and body.
struct HTTPResponse: Sendable {
    /// The status code, e.g. 200.
    var status: Int
    /// The Content-Type header.
    var contentType: String
    /// Further headers (e.g. `Warning`), in order.
    var headers: [(name: String, value: String)]
    /// The whole body.
    var body: [UInt8]

    init(status: Int, contentType: String, headers: [(name: String, value: String)] = [], body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.headers = headers
        self.body = body
    }

    /// A JSON response of `text`.
    static func json(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "application/json", body: Array(text.utf8))
    }

    /// A plain-text response.
    static func text(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8))
    }

    /// The status line and headers for a body of known length.
    func head(keepAlive: Bool) -> [UInt8] {
        var lines = ["HTTP/1.1 \(status) \(HTTPResponse.reason(status))", "Content-Type: \(contentType)",
                     "Content-Length: \(body.count)"]
        lines += headers.map { "\($0.name): \($0.value)" }
        if !keepAlive { lines.append("Connection: close") }
        return Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    /// The status line and headers of a chunked (streamed) response.
    static func streamHead(status: Int, contentType: String) -> [UInt8] {
        let lines = ["HTTP/1.1 \(status) \(reason(status))", "Content-Type: \(contentType)", "Transfer-Encoding: chunked",
                     "Cache-Control: no-cache, private"]
        return Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    /// One chunk of a chunked body (an empty `bytes` is the terminating chunk).
    static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        Array((String(bytes.count, radix: 16) + "\r\n").utf8) + bytes + Array("\r\n".utf8)
    }

    /// The reason phrase of a status code.
    static func reason(_ code: Int) -> String {
        switch code {
        case 200: return "OK"
        case 201: return "Created"
        case 202: return "Accepted"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 406: return "Not Acceptable"
        case 409: return "Conflict"
        case 410: return "Gone"
        case 415: return "Unsupported Media Type"
        case 422: return "Unprocessable Entity"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status \(code)"
        }
    }
}

/// Reads HTTP/1.1 requests out of the bytes a connection received (several may arrive at once).
struct HTTPRequestReader {
    /// A request whose framing is broken: the connection answers 400 and closes.
    struct Malformed: Error {
        let reason: String
    }

    /// The largest header block and body accepted.
    static let maxHeaderBytes = 1 << 16
    static let maxBodyBytes = 64 << 20

    /// Takes one complete request off the front of `buffer`, or returns nil when more bytes are needed.
    static func take(from buffer: inout [UInt8]) throws -> HTTPRequest? {
        guard let headerEnd = find([13, 10, 13, 10], in: buffer) else {
            if buffer.count > maxHeaderBytes { throw Malformed(reason: "header too large") }
            return nil
        }
        let headText = String(decoding: buffer[0..<headerEnd], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        guard !lines.isEmpty else { throw Malformed(reason: "empty request") }
        let requestLine = lines.removeFirst().split(separator: " ").map(String.init)
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { throw Malformed(reason: "bad request line") }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw Malformed(reason: "bad header line") }
            headers.append((name: String(line[..<colon]).lowercased(),
                            value: String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
        }
        let bodyStart = headerEnd + 4
        let chunked = headers.contains { $0.name == "transfer-encoding" && $0.value.lowercased().contains("chunked") }
        if chunked {
            guard let (body, consumed) = try dechunk(buffer, from: bodyStart) else { return nil }
            buffer.removeFirst(consumed)
            return HTTPRequest(method: requestLine[0], target: requestLine[1], headers: headers, body: body)
        }
        let length = headers.first { $0.name == "content-length" }.map { Int($0.value) ?? -1 } ?? 0
        guard length >= 0, length <= maxBodyBytes else { throw Malformed(reason: "bad content length") }
        guard buffer.count >= bodyStart + length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeFirst(bodyStart + length)
        return HTTPRequest(method: requestLine[0], target: requestLine[1], headers: headers, body: body)
    }

    /// A chunked body starting at `start`: the body and the bytes consumed through the final CRLF, or nil when incomplete.
    static func dechunk(_ buffer: [UInt8], from start: Int) throws -> ([UInt8], Int)? {
        var body: [UInt8] = []
        var position = start
        while true {
            guard let lineEnd = find([13, 10], in: buffer, from: position) else { return nil }
            let sizeText = String(decoding: buffer[position..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size >= 0,
                  body.count + size <= maxBodyBytes else { throw Malformed(reason: "bad chunk size") }
            let dataStart = lineEnd + 2
            if size == 0 {
                guard let end = find([13, 10], in: buffer, from: dataStart) else { return nil }
                return (body, end + 2)
            }
            guard buffer.count >= dataStart + size + 2 else { return nil }
            body += buffer[dataStart..<(dataStart + size)]
            position = dataStart + size + 2
        }
    }

    /// The index where `needle` first occurs in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        var index = from
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}

/// A response can stand for a refused request in `Result` values: the failure is what the client gets.
extension HTTPResponse: Error {}
