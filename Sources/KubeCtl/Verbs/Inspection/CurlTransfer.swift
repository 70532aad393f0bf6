import Foundation
import KubeCluster

/// One curl run: sends the request over the network, then prints what curl prints for the outcome.
struct CurlTransfer {
    let curl: CurlCommand
    let options: CurlCommand.Options
    let io: ShellIO

    /// How long curl waits when packets go nowhere and no timeout was given (the kernel's SYN retries).
    static let kernelConnectTimeout = 130.97
    /// How long kubetutor lets curl wait for a server that never answers before giving up for it.
    static let silentServerLimit = 300.0

    func run() -> Int32 {
        guard let text = options.url else {
            io.stderr("curl: no URL specified!\n\(CurlCommand.usageHint)\n")
            return 2
        }
        guard let url = RequestURL(text) else { return fail(3, "URL rejected: No host part in the URL") }
        guard url.scheme == "http" || url.scheme == "https" else {
            return fail(1, "Protocol \"\(url.scheme)\" not supported")
        }
        let method = options.head ? "HEAD" : (options.method ?? (options.data == nil ? "GET" : "POST"))
        var headers = [HTTPHeaderSim("Host", url.hostHeader), HTTPHeaderSim("User-Agent", options.userAgent ?? "curl/\(curl.version)"),
                       HTTPHeaderSim("Accept", "*/*")]
        for header in options.headers {
            guard let colon = header.firstIndex(of: ":") else { continue }
            let name = String(header[..<colon])
            let value = header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.removeAll { $0.name.lowercased() == name.lowercased() }
            headers.append(HTTPHeaderSim(name, value))
        }
        let request = HTTPRequestSim(method: method, path: url.path, host: url.hostHeader,
                                     headers: Array(headers.dropFirst()), clientIP: "192.168.49.1")
        if options.verbose { io.stderr("*   Trying \(url.host.contains(":") ? "[\(url.host)]" : url.host):\(url.port)...\n") }
        let outcome = curl.network.send(url, request) { io.stderr($0 + "\n") }
        switch outcome {
        case .unresolved:
            return fail(6, "Could not resolve host: \(url.host)")
        case .refused:
            return fail(7, "Failed to connect to \(url.host) port \(url.port) after 0 ms: Couldn't connect to server")
        case .hangs(_, let connected):
            return timeout(url, connected: connected)
        case .emptyReply:
            if options.verbose { verboseRequest(url, method: method, headers: headers) }
            return fail(52, "Empty reply from server")
        case .response(let response, let address):
            if url.scheme == "https" { return fail(35, "OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number") }
            if options.verbose {
                io.stderr("* Connected to \(url.host) (\(address)) port \(url.port)\n")
                verboseRequest(url, method: method, headers: headers)
            }
            return deliver(response, url: url, method: method)
        }
    }

    /// curl's `> ` lines for the request it sends.
    func verboseRequest(_ url: RequestURL, method: String, headers: [HTTPHeaderSim]) {
        var text = "> \(method) \(url.path) HTTP/1.1\n"
        for header in headers { text += "> \(header.name): \(header.value)\n" }
        io.stderr(text + "> \n")
    }

    /// Prints the response: headers with `-i`/`-I`/`-v`, the body (or into `-o FILE`), `-w`, `-f` failures.
    func deliver(_ response: HTTPResponseSim, url: RequestURL, method: String) -> Int32 {
        let headers = [HTTPHeaderSim("Date", HTTPDate.rfc1123(curl.cluster.now))] + response.headers
        let statusLine = "HTTP/1.1 \(response.status) \(response.reason)"
        if options.verbose {
            io.stderr("< " + statusLine + "\n" + headers.map { "< \($0.name): \($0.value)\n" }.joined() + "< \n")
        }
        if options.fail, response.status >= 400 {
            if options.verbose { io.stderr("* Connection #0 to host \(url.host) left intact\n") }
            return fail(22, "The requested URL returned error: \(response.status)")
        }
        var output = ""
        if options.include || options.head {
            output += statusLine + "\r\n" + headers.map { "\($0.name): \($0.value)\r\n" }.joined() + "\r\n"
        }
        if method != "HEAD" { output += response.body }
        if let file = outputFile(url) {
            do {
                if file != "/dev/null" { try curl.saveFile?(file, output) }
            } catch {
                return fail(23, "Failure writing output to destination, passed \(output.utf8.count) returned 0")
            }
            if !options.silent { io.stderr(progressMeter(bytes: output.utf8.count)) }
        } else {
            io.stdout(output)
        }
        if options.verbose { io.stderr("* Connection #0 to host \(url.host) left intact\n") }
        if let format = options.writeOut { io.stdout(writeOut(format, response: response, url: url)) }
        return 0
    }

    /// The file `-o FILE` or `-O` (the URL's last path segment) names, if any.
    func outputFile(_ url: RequestURL) -> String? {
        if let output = options.output, output != "-" { return output }
        if options.remoteName {
            let name = url.path.split(separator: "/").last.map(String.init) ?? ""
            return name.isEmpty ? "curl_response" : name
        }
        return nil
    }

    /// `-w` with `%{http_code}`, `%{response_code}`, `%{url_effective}`, `\n`.
    func writeOut(_ format: String, response: HTTPResponseSim, url: RequestURL) -> String {
        let code = String(format: "%03d", response.status)
        return format.replacingOccurrences(of: "%{http_code}", with: code).replacingOccurrences(of: "%{response_code}", with: code)
            .replacingOccurrences(of: "%{url_effective}", with: "\(url.scheme)://\(url.hostHeader)\(url.path)")
            .replacingOccurrences(of: "%{size_download}", with: String(response.body.utf8.count))
            .replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t")
    }

    /// curl's progress meter after a finished transfer (shown when the body goes to a file).
    func progressMeter(bytes: Int) -> String {
        let size = String(bytes)
        let padded = String(repeating: " ", count: max(0, 5 - size.count)) + size
        return "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
            + "                                 Dload  Upload   Total   Spent    Left  Speed\n"
            + "100 \(padded)  100 \(padded)    0     0   \(padded)      0 --:--:-- --:--:-- --:--:--  \(padded)\n"
    }

    /// A connection nobody answers: simulated time passes until curl's timeout.
    func timeout(_ url: RequestURL, connected: Bool) -> Int32 {
        let limits = [options.maxTime, connected ? nil : options.connectTimeout].compactMap { $0 }
        if let limit = limits.min() {
            curl.cluster.advance(by: limit)
            let millis = Int((limit * 1000).rounded()) + (connected ? 0 : 1)
            return fail(28, connected ? "Operation timed out after \(millis) milliseconds with 0 bytes received"
                        : "Connection timed out after \(millis) milliseconds")
        }
        if connected {
            curl.cluster.advance(by: Self.silentServerLimit)
            io.stderr("(kubetutor: the server accepted the connection but never answered; a real curl would wait until Ctrl-C)\n")
            return fail(28, "Operation timed out after \(Int(Self.silentServerLimit * 1000)) milliseconds with 0 bytes received")
        }
        curl.cluster.advance(by: Self.kernelConnectTimeout)
        return fail(28, "Failed to connect to \(url.host) port \(url.port) after \(Int(Self.kernelConnectTimeout * 1000)) ms: "
            + "Couldn't connect to server")
    }

    /// Prints `curl: (CODE) message` unless silenced, and returns CODE.
    func fail(_ code: Int32, _ message: String) -> Int32 {
        if !options.silent || options.showError { io.stderr("curl: (\(code)) \(message)\n") }
        return code
    }
}
