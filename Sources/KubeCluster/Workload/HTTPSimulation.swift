/// An HTTP request sent to a simulated container (from curl/wget in another pod, port-forward, a probe).
public struct HTTPRequestSim: Hashable, Sendable {
    public var method: String
    public var path: String
    /// The Host header (`10.96.12.3:8080`, `web`, `localhost:7080`).
    public var host: String
    /// Extra headers in order (`Accept`, `User-Agent`, …).
    public var headers: [HTTPHeaderSim]
    /// The IP the connection comes from (shown in access logs).
    public var clientIP: String

    public init(method: String = "GET", path: String = "/", host: String, headers: [HTTPHeaderSim] = [],
                clientIP: String = "10.244.0.1") {
        self.method = method
        self.path = path
        self.host = host
        self.headers = headers
        self.clientIP = clientIP
    }

    /// The User-Agent header, or `-`.
    public var userAgent: String { headers.first { $0.name.lowercased() == "user-agent" }?.value ?? "-" }
}

/// One HTTP header.
public struct HTTPHeaderSim: Hashable, Sendable {
    public var name: String
    public var value: String
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A simulated HTTP response, plus the line the server writes to its log for it (if any).
public struct HTTPResponseSim: Hashable, Sendable {
    public var status: Int
    public var reason: String
    public var headers: [HTTPHeaderSim]
    public var body: String
    /// The log line the server writes for this request (nginx access log, bootcamp request line).
    public var logLine: String?

    public init(status: Int, reason: String, contentType: String, body: String, logLine: String? = nil) {
        self.status = status
        self.reason = reason
        self.headers = [HTTPHeaderSim("Content-Type", contentType), HTTPHeaderSim("Content-Length", String(body.utf8.count))]
        self.body = body
        self.logLine = logLine
    }
}

/// What serves a port inside a container, as data; each kind answers requests like the real image.
public enum ServerKind: Hashable, Sendable {
    /// nginx serving its default site (`Welcome to nginx!`), with its version for error pages.
    case nginx(version: String)
    /// kicbase/echo-server: echoes the request back.
    case echo
    /// kubernetes-bootcamp (node.js): `Hello Kubernetes bootcamp! | Running on: <pod> | v=<n>`.
    case bootcamp(version: Int)
    /// hpa-example (php-apache): `OK!`, burning CPU per request.
    case phpApache
    /// `python -m http.server`: a directory listing.
    case pythonHTTP
    /// A TCP service that is not HTTP (redis, postgres): connections open, HTTP gets an empty reply.
    case tcp(name: String)
    /// A fixed text answer.
    case text(String)
    /// metrics-server's secure port: `/livez` answers `ok`; `/readyz` fails (500) while it cannot scrape
    /// any kubelet (no `--kubelet-insecure-tls` against self-signed kubelet certificates).
    case metricsServer(scrapesKubelets: Bool)
}

/// Facts about the serving pod a response may mention.
public struct ServeContext: Sendable {
    public var podName: String
    public var podIP: String
    /// The instant the request arrives.
    public var now: Double
    /// When the container started.
    public var startedAt: Double
    /// How many requests this container answered before this one.
    public var previousRequests: Int

    public init(podName: String, podIP: String, now: Double, startedAt: Double, previousRequests: Int) {
        self.podName = podName
        self.podIP = podIP
        self.now = now
        self.startedAt = startedAt
        self.previousRequests = previousRequests
    }
}

extension ServerKind {
    /// Whether this server speaks HTTP (probes and curl get a status line).
    public var speaksHTTP: Bool { if case .tcp = self { return false } else { return true } }

    /// The response to `request`.
    public func respond(to request: HTTPRequestSim, context: ServeContext) -> HTTPResponseSim {
        switch self {
        case .nginx(let version): return NginxSite.respond(to: request, version: version, context: context)
        case .echo:
            var lines = ["Request served by \(context.podName)", "", "HTTP/1.1 \(request.method) \(request.path)", "",
                         "Host: \(request.host)"]
            lines += request.headers.map { "\($0.name): \($0.value)" }
            return HTTPResponseSim(status: 200, reason: "OK", contentType: "text/plain", body: lines.joined(separator: "\n") + "\n")
        case .bootcamp(let version):
            let count = context.previousRequests + 1
            let log = "Running On: \(context.podName) | Total Requests: \(count) | App Uptime: "
                + "\(ClockText.seconds(context.now - context.startedAt)) seconds | Log Time: \(ClockText.format(context.now, .iso8601Millis))"
            return HTTPResponseSim(status: 200, reason: "OK", contentType: "text/plain",
                                   body: "Hello Kubernetes bootcamp! | Running on: \(context.podName) | v=\(version)\n", logLine: log)
        case .phpApache:
            return HTTPResponseSim(status: 200, reason: "OK", contentType: "text/html; charset=UTF-8", body: "OK!")
        case .pythonHTTP:
            let log = "\(request.clientIP) - - [\(pythonDate(context.now))] \"\(request.method) \(request.path) HTTP/1.1\" 200 -"
            return HTTPResponseSim(status: 200, reason: "OK", contentType: "text/html; charset=utf-8",
                                   body: PythonListing.page, logLine: log)
        case .tcp:
            return HTTPResponseSim(status: 0, reason: "Empty reply from server", contentType: "", body: "")
        case .text(let text):
            return HTTPResponseSim(status: 200, reason: "OK", contentType: "text/plain", body: text)
        case .metricsServer(let scrapes):
            guard !scrapes, request.path.hasPrefix("/readyz") else {
                return HTTPResponseSim(status: 200, reason: "OK", contentType: "text/plain; charset=utf-8", body: "ok")
            }
            let body = ["[+]ping ok", "[+]log ok", "[-]metric-storage-ready failed: reason withheld",
                        "[+]informer-sync ok", "[+]poststarthook/max-in-flight-filter ok", "readyz check failed"]
            return HTTPResponseSim(status: 500, reason: "Internal Server Error", contentType: "text/plain; charset=utf-8",
                                   body: body.joined(separator: "\n") + "\n")
        }
    }

    private func pythonDate(_ instant: Double) -> String {
        let stamp = ClockText.format(instant, .accessLog)
        return String(stamp.prefix(while: { $0 != " " })).replacingOccurrences(of: ":", with: " ", options: [], range: nil)
    }
}

/// nginx's default site and error pages.
enum NginxSite {
    static let welcome = """
    <!DOCTYPE html>
    <html>
    <head>
    <title>Welcome to nginx!</title>
    <style>
    html { color-scheme: light dark; }
    body { width: 35em; margin: 0 auto;
    font-family: Tahoma, Verdana, Arial, sans-serif; }
    </style>
    </head>
    <body>
    <h1>Welcome to nginx!</h1>
    <p>If you see this page, the nginx web server is successfully installed and
    working. Further configuration is required.</p>

    <p>For online documentation and support please refer to
    <a href="http://nginx.org/">nginx.org</a>.<br/>
    Commercial support is available at
    <a href="http://nginx.com/">nginx.com</a>.</p>

    <p><em>Thank you for using nginx.</em></p>
    </body>
    </html>

    """

    static func respond(to request: HTTPRequestSim, version: String, context: ServeContext) -> HTTPResponseSim {
        let found = request.path == "/" || request.path == "/index.html" || request.path.hasPrefix("/?")
        let status = found ? 200 : 404
        let body = found ? welcome : "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/\(version)</center>\r\n</body>\r\n</html>\r\n"
        let log = "\(request.clientIP) - - [\(ClockText.format(context.now, .accessLog))] \"\(request.method) \(request.path) HTTP/1.1\" "
            + "\(status) \(body.utf8.count) \"-\" \"\(request.userAgent)\" \"-\""
        return HTTPResponseSim(status: status, reason: found ? "OK" : "Not Found", contentType: "text/html", body: body, logLine: log)
    }
}

/// `python -m http.server`'s listing of `/`.
enum PythonListing {
    static let page = """
    <!DOCTYPE HTML>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>Directory listing for /</title>
    </head>
    <body>
    <h1>Directory listing for /</h1>
    <hr>
    <ul>
    <li><a href="bin/">bin@</a></li>
    <li><a href="etc/">etc/</a></li>
    <li><a href="home/">home/</a></li>
    <li><a href="tmp/">tmp/</a></li>
    <li><a href="usr/">usr/</a></li>
    <li><a href="var/">var/</a></li>
    </ul>
    <hr>
    </body>
    </html>

    """
}
