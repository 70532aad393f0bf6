import KubeCluster

/// curl over the simulated network: `-s -S -i -v -I -o FILE -O -L -m/--max-time --connect-timeout -X -H -d -f
/// -k -w -A`, with curl 8's error texts (`curl: (7) Failed to connect to … after 0 ms: Couldn't connect to server`).
struct CurlCommand {
    /// The parsed command line.
    struct Options {
        var silent = false
        var showError = false
        var include = false
        var verbose = false
        var head = false
        var output: String?
        var remoteName = false
        var maxTime: Double?
        var connectTimeout: Double?
        var method: String?
        var headers: [String] = []
        var data: String?
        var fail = false
        var writeOut: String?
        var userAgent: String?
        var url: String?
    }

    /// The version in the User-Agent header (Ubuntu 24.04's curl on the host, curl 8.11 in containers).
    let version: String
    let network: HTTPNetwork
    let cluster: Cluster
    /// Writes a file for `-o`/`-O`; nil discards (inside a container).
    let saveFile: ((String, String) throws -> Void)?

    static let usageHint = "curl: try 'curl --help' or 'curl --manual' for more information"

    /// Options taking a value, by long and short name.
    static let valued: [String: String] = [
        "-o": "output", "--output": "output", "-m": "max-time", "--max-time": "max-time", "--connect-timeout": "connect-timeout",
        "-X": "request", "--request": "request", "-H": "header", "--header": "header", "-d": "data", "--data": "data",
        "--data-raw": "data", "--data-binary": "data", "-w": "write-out", "--write-out": "write-out", "-A": "user-agent",
        "--user-agent": "user-agent", "-u": "user", "--user": "user", "-e": "referer", "--referer": "referer",
    ]
    /// Options without a value.
    static let switches: [String: String] = [
        "-s": "silent", "--silent": "silent", "-S": "show-error", "--show-error": "show-error", "-i": "include",
        "--include": "include", "-v": "verbose", "--verbose": "verbose", "-I": "head", "--head": "head", "-L": "location",
        "--location": "location", "-f": "fail", "--fail": "fail", "-k": "insecure", "--insecure": "insecure",
        "-O": "remote-name", "--remote-name": "remote-name", "-4": "ipv4", "-6": "ipv6", "--compressed": "compressed",
        "-N": "no-buffer", "--no-buffer": "no-buffer", "-#": "progress-bar", "-q": "disable",
    ]

    /// Reads curl's arguments; the failure is curl's complaint (exit status 2).
    static func parse(_ arguments: [String]) -> Result<Options, CurlFailure> {
        var options = Options()
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            guard word.hasPrefix("-"), word != "-" else {
                if options.url == nil { options.url = word }
                continue
            }
            var flags: [(String, String?)] = []
            if word.hasPrefix("--") {
                flags = [(word, nil)]
            } else {
                var characters = Array(word.dropFirst())
                while let first = characters.first {
                    characters.removeFirst()
                    let name = "-\(first)"
                    if valued[name] != nil, !characters.isEmpty {
                        flags.append((name, String(characters)))
                        characters = []
                    } else {
                        flags.append((name, nil))
                    }
                }
            }
            for (name, attached) in flags {
                if let key = switches[name] {
                    apply(key, to: &options)
                    continue
                }
                guard let key = valued[name] else {
                    return .failure(CurlFailure(code: 2, message: "curl: option \(word.hasPrefix("--") ? word : name): is unknown\n\(usageHint)"))
                }
                var value = attached
                if value == nil {
                    guard index < arguments.count else {
                        return .failure(CurlFailure(code: 2, message: "curl: option \(name): requires parameter\n\(usageHint)"))
                    }
                    value = arguments[index]
                    index += 1
                }
                if let failure = apply(key, value ?? "", to: &options) { return .failure(failure) }
            }
        }
        return .success(options)
    }

    private static func apply(_ key: String, to options: inout Options) {
        switch key {
        case "silent": options.silent = true
        case "show-error": options.showError = true
        case "include": options.include = true
        case "verbose": options.verbose = true
        case "head": options.head = true
        case "fail": options.fail = true
        case "remote-name": options.remoteName = true
        default: break
        }
    }

    private static func apply(_ key: String, _ value: String, to options: inout Options) -> CurlFailure? {
        switch key {
        case "output": options.output = value
        case "max-time", "connect-timeout":
            guard let seconds = Double(value), seconds >= 0 else {
                return CurlFailure(code: 2, message: "curl: option --\(key): expected a proper numerical parameter\n\(usageHint)")
            }
            if key == "max-time" { options.maxTime = seconds } else { options.connectTimeout = seconds }
        case "request": options.method = value
        case "header": options.headers.append(value)
        case "data": options.data = value
        case "write-out": options.writeOut = value
        case "user-agent": options.userAgent = value
        default: break
        }
        return nil
    }

    /// Runs curl with `arguments` (without the program name).
    func run(_ arguments: [String], io: ShellIO) -> Int32 {
        let options: Options
        switch Self.parse(arguments) {
        case .success(let parsed): options = parsed
        case .failure(let failure):
            io.stderr(failure.message + "\n")
            return failure.code
        }
        let transfer = CurlTransfer(curl: self, options: options, io: io)
        return transfer.run()
    }
}

/// A curl error: its exit status and message.
struct CurlFailure: Error {
    var code: Int32
    var message: String
}
