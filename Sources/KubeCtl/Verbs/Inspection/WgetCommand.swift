import KubeCluster

/// wget over the simulated network: GNU wget on the learner's machine, busybox wget in containers; `-q`,
/// `-O FILE` (`-qO-` for standard output), `-T SECONDS`, `-S`, `--spider`, `-U`, with each flavour's messages.
struct WgetCommand {
    /// Which wget: GNU's (the host) or busybox's (most images).
    enum Flavour { case gnu, busybox }

    /// The parsed command line.
    struct Options {
        var quiet = false
        var output: String?
        var timeout: Double?
        var serverResponse = false
        var spider = false
        var userAgent: String?
        var url: String?
    }

    let flavour: Flavour
    let network: HTTPNetwork
    let cluster: Cluster
    /// Writes a downloaded file; nil discards (inside a container).
    let saveFile: ((String, String) throws -> Void)?

    static func parse(_ arguments: [String]) -> Result<Options, CurlFailure> {
        var options = Options()
        var index = 0
        func value(_ attached: String) -> String? {
            if !attached.isEmpty { return attached }
            guard index < arguments.count else { return nil }
            index += 1
            return arguments[index - 1]
        }
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if !word.hasPrefix("-") || word == "-" {
                if options.url == nil { options.url = word }
                continue
            }
            if word.hasPrefix("--") {
                let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
                let attached = parts.count > 1 ? parts[1] : ""
                switch parts[0] {
                case "--quiet": options.quiet = true
                case "--output-document": options.output = value(attached)
                case "--timeout": options.timeout = value(attached).flatMap(Double.init)
                case "--server-response": options.serverResponse = true
                case "--spider": options.spider = true
                case "--user-agent": options.userAgent = value(attached)
                default: return .failure(CurlFailure(code: 2, message: "wget: unrecognized option '\(word)'"))
                }
                continue
            }
            var characters = Array(word.dropFirst())
            while let flag = characters.first {
                characters.removeFirst()
                let rest = String(characters)
                switch flag {
                case "q": options.quiet = true
                case "S": options.serverResponse = true
                case "O", "T", "U":
                    guard let given = value(rest) else {
                        return .failure(CurlFailure(code: 2, message: "wget: option requires an argument -- '\(flag)'"))
                    }
                    if flag == "O" { options.output = given } else if flag == "T" { options.timeout = Double(given) } else { options.userAgent = given }
                    characters = []
                default:
                    return .failure(CurlFailure(code: 2, message: "wget: invalid option -- '\(flag)'"))
                }
            }
        }
        return .success(options)
    }

    func run(_ arguments: [String], io: ShellIO) -> Int32 {
        let options: Options
        switch Self.parse(arguments) {
        case .success(let parsed): options = parsed
        case .failure(let failure):
            io.stderr(failure.message + "\n" + (flavour == .gnu ? "Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n" : ""))
            return flavour == .gnu ? 2 : 1
        }
        guard let text = options.url, let url = RequestURL(text) else {
            io.stderr(flavour == .gnu ? "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n"
                      : "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n")
            return 1
        }
        let agent = options.userAgent ?? (flavour == .gnu ? "Wget/1.21.4" : "Wget")
        let request = HTTPRequestSim(method: options.spider ? "HEAD" : "GET", path: url.path, host: url.hostHeader,
                                     headers: [HTTPHeaderSim("User-Agent", agent), HTTPHeaderSim("Accept", "*/*")],
                                     clientIP: "192.168.49.1")
        let outcome = network.send(url, request) { io.stderr($0 + "\n") }
        let report = WgetReport(flavour: flavour, options: options, url: url, now: cluster.now, io: io)
        switch outcome {
        case .unresolved: return report.unresolved()
        case .refused(let address): return report.refused(address)
        case .emptyReply(let address): return report.emptyReply(address)
        case .hangs(let address, _):
            cluster.advance(by: options.timeout ?? 900)
            return report.timedOut(address)
        case .response(let response, let address):
            let file = options.output ?? defaultFileName(url)
            if response.status < 400, file != "-", file != "/dev/null", !options.spider {
                do { try saveFile?(file, response.body) } catch {
                    io.stderr("\(file): No such file or directory\n")
                    return flavour == .gnu ? 3 : 1
                }
            }
            return report.answered(response, address: address, file: file)
        }
    }

    /// The file wget saves to without `-O`: the URL's last path segment, or `index.html`.
    func defaultFileName(_ url: RequestURL) -> String {
        let path = url.path.split(separator: "?").first.map(String.init) ?? url.path
        let last = path.hasSuffix("/") ? "" : (path.split(separator: "/").last.map(String.init) ?? "")
        return last.isEmpty ? "index.html" : last
    }
}

/// What each wget flavour prints about a download.
struct WgetReport {
    let flavour: WgetCommand.Flavour
    let options: WgetCommand.Options
    let url: RequestURL
    let now: Double
    let io: ShellIO

    var stamp: String {
        let date = LogTimestamp.format(now)
        return String(date.prefix(10)) + " " + String(date.dropFirst(11).prefix(8))
    }

    var isIP: Bool { HostNetwork.isIPAddress(url.host) }

    func note(_ text: String) { if !options.quiet { io.stderr(text) } }

    func header() { note("--\(stamp)--  \(url.scheme)://\(url.hostHeader)\(url.path)\n") }

    func connecting(_ address: String) -> String {
        if flavour == .busybox { return "Connecting to \(url.host) (\(address):\(url.port))\n" }
        return isIP ? "Connecting to \(url.host):\(url.port)... " : "Connecting to \(url.host) (\(url.host))|\(address)|:\(url.port)... "
    }

    func unresolved() -> Int32 {
        if flavour == .busybox {
            io.stderr("wget: bad address '\(url.hostHeader)'\n")
            return 1
        }
        header()
        note("Resolving \(url.host) (\(url.host))... failed: Name or service not known.\n")
        io.stderr("wget: unable to resolve host address ‘\(url.host)’\n")
        return 4
    }

    func refused(_ address: String) -> Int32 {
        if flavour == .busybox {
            note(connecting(address))
            io.stderr("wget: can't connect to remote host (\(address)): Connection refused\n")
            return 1
        }
        header()
        resolving(address)
        note(connecting(address) + "failed: Connection refused.\n")
        return 4
    }

    func emptyReply(_ address: String) -> Int32 {
        if flavour == .busybox {
            note(connecting(address))
            io.stderr("wget: error getting response: Connection reset by peer\n")
            return 1
        }
        header()
        resolving(address)
        note(connecting(address) + "connected.\nHTTP request sent, awaiting response... No data received.\nRetrying.\n\n")
        return 4
    }

    func timedOut(_ address: String) -> Int32 {
        if flavour == .busybox {
            note(connecting(address))
            io.stderr("wget: download timed out\n")
            return 1
        }
        header()
        resolving(address)
        note(connecting(address) + "failed: Connection timed out.\n")
        return 4
    }

    func resolving(_ address: String) {
        if !isIP { note("Resolving \(url.host) (\(url.host))... \(address)\n") }
    }

    func answered(_ response: HTTPResponseSim, address: String, file: String) -> Int32 {
        let size = response.body.utf8.count
        if flavour == .busybox {
            note(connecting(address))
            if response.status >= 400 {
                io.stderr("wget: server returned error: HTTP/1.1 \(response.status) \(response.reason)\n")
                return 1
            }
            if options.spider { return 0 }
            note(file == "-" ? "writing to stdout\n" : "saving to '\(file)'\n")
            let name = file == "-" ? "-" : file
            note(name.padding(toLength: max(name.count, 20), withPad: " ", startingAt: 0)
                 + " 100% |********************************| \(String(repeating: " ", count: max(0, 5 - String(size).count)))\(size)  0:00:00 ETA\n")
            note(file == "-" ? "written to stdout\n" : "'\(file)' saved\n")
            if file == "-" { io.stdout(response.body) }
            return 0
        }
        header()
        resolving(address)
        note(connecting(address) + "connected.\n")
        note("HTTP request sent, awaiting response... \(response.status) \(response.reason)\n")
        if response.status >= 400 {
            note("\(stamp) ERROR \(response.status): \(response.reason).\n\n")
            return 8
        }
        let type = response.headers.first { $0.name == "Content-Type" }?.value ?? "text/plain"
        note("Length: \(size) [\(type.split(separator: ";").first.map(String.init) ?? type)]\n")
        if options.spider {
            note("Remote file exists.\n\n")
            return 0
        }
        note("Saving to: ‘\(file == "-" ? "STDOUT" : file)’\n\n")
        if file == "-" { io.stdout(response.body) }
        note("     0K                                                       100% 24.4M=0s\n\n")
        note(file == "-" ? "\(stamp) (24.4 MB/s) - written to stdout [\(size)/\(size)]\n\n"
             : "\(stamp) (24.4 MB/s) - ‘\(file)’ saved [\(size)/\(size)]\n\n")
        return 0
    }
}
