import Foundation

/// Which stream a log line went to.
public enum LogStream: String, Hashable, Sendable { case stdout, stderr }

/// How a timestamp inside a log line is written (each image logs time its own way).
public enum ClockFormat: String, Hashable, Sendable {
    /// busybox `date`: `Mon Jan  5 09:30:00 UTC 2026`.
    case busyboxDate
    /// nginx error log: `2026/01/05 09:30:00`.
    case nginx
    /// JavaScript `Date` as console.log prints it: `2026-01-05T09:30:00.123Z`.
    case iso8601Millis
    /// redis: `05 Jan 2026 09:30:00.123`.
    case redis
    /// postgres: `2026-01-05 09:30:00.123 UTC`.
    case postgres
    /// klog header: `I0105 09:30:00.123456`.
    case klog
    /// klog header of an error line: `E0105 09:30:00.123456`.
    case klogError
    /// apache error log: `Mon Jan 05 09:30:00.123456 2026`.
    case apache
    /// nginx access log: `05/Jan/2026:09:30:00 +0000`.
    case accessLog
}

/// One piece of a log line: fixed text, or something known only when the line is written.
public enum TextPart: Hashable, Sendable {
    case literal(String)
    /// The instant the line is written, in a given format.
    case clock(ClockFormat)
    /// A loop counter: `start + step × iteration` of the innermost loop.
    case counter(start: Int, step: Int)
    /// Seconds since the container started, with milliseconds (`12.345`).
    case uptime
    /// The body an HTTP GET of `url` returns at that moment (`wget -qO-`, `curl -s`).
    case fetch(url: String)
}

/// A log line template.
public struct ProgramLine: Hashable, Sendable {
    public var parts: [TextPart]
    public var stream: LogStream
    public init(_ parts: [TextPart], stream: LogStream = .stdout) {
        self.parts = parts
        self.stream = stream
    }
    /// A line of fixed text.
    public static func text(_ text: String, stream: LogStream = .stdout) -> ProgramLine {
        ProgramLine([.literal(text)], stream: stream)
    }
}

/// One step of what a container does, in order, with simulated time passing only in `sleep`.
public indirect enum ProgramStep: Hashable, Sendable {
    /// Writes a line to the log.
    case write(ProgramLine)
    /// Waits; `.infinity` waits until stopped.
    case sleep(Double)
    /// Ends the process with an exit code.
    case exit(Int32)
    /// Repeats `body` `count` times, or forever when `count` is nil.
    case loop(body: [ProgramStep], count: Int?)
    /// Creates (content) or removes (nil) a file, for exec probes like `cat /tmp/healthy`.
    case setFile(path: String, content: String?)
}

/// Everything a container process does from start to exit, as data: the steps, whether it answers
/// SIGTERM, and the port servers it runs.
public struct ContainerProgram: Hashable, Sendable {
    public var steps: [ProgramStep]
    /// True when the process exits promptly on SIGTERM (servers, shells with a trap); false for `sh` as PID 1.
    public var handlesTermination: Bool
    /// Seconds a process that handles SIGTERM needs to shut down.
    public var shutdownSeconds: Double
    /// The HTTP handlers the process serves, by port.
    public var servers: [Int32: ServerKind]
    /// Seconds after start before the servers accept connections.
    public var listenDelay: Double

    public init(steps: [ProgramStep], handlesTermination: Bool = false, shutdownSeconds: Double = 0.1,
                servers: [Int32: ServerKind] = [:], listenDelay: Double = 0) {
        self.steps = steps
        self.handlesTermination = handlesTermination
        self.shutdownSeconds = shutdownSeconds
        self.servers = servers
        self.listenDelay = listenDelay
    }
}

/// A line the program wrote, with the offset (seconds after start) it was written at and its template.
public struct ProgramOutput: Hashable, Sendable {
    public var offset: Double
    public var line: ProgramLine
    /// The innermost loop iteration when the line was written (for counters).
    public var iteration: Int
}

/// The result of walking a program up to a time horizon.
public struct ProgramTrace: Sendable {
    /// Lines written, oldest first (only the newest `limit` when a limit was given).
    public var outputs: [ProgramOutput] = []
    /// When and how the program exits, if it does before the horizon.
    public var exit: (offset: Double, code: Int32)?
    /// File creations/removals in time order.
    public var files: [(offset: Double, path: String, content: String?)] = []
}

extension ContainerProgram {
    /// Walks the steps up to `horizon` seconds after start, keeping at most `limit` of the newest lines.
    public func trace(until horizon: Double, limit: Int = 10_000) -> ProgramTrace {
        var walker = ProgramWalker(horizon: horizon, limit: max(1, limit))
        walker.run(steps, iteration: 0)
        return walker.trace
    }

    /// When the program exits on its own (offset and code), looking at most `horizon` seconds ahead.
    public func naturalExit(within horizon: Double = 86_400 * 365) -> (offset: Double, code: Int32)? {
        trace(until: horizon, limit: 1).exit
    }

    /// True when the program contains an infinite loop that fetches URLs (a load generator).
    public var loadTargets: [(url: String, requestsPerSecond: Double)] {
        var found: [(String, Double)] = []
        func scan(_ steps: [ProgramStep]) {
            for step in steps {
                guard case .loop(let body, let count) = step else { continue }
                let urls = body.compactMap { step -> String? in
                    guard case .write(let line) = step else { return nil }
                    for part in line.parts { if case .fetch(let url) = part { return url } }
                    return nil
                }
                if count == nil, !urls.isEmpty {
                    let period = max(ProgramWalker.duration(of: body), 0.001)
                    for url in urls { found.append((url, 1 / period)) }
                }
                scan(body)
            }
        }
        scan(steps)
        return found
    }
}

/// Walks program steps, tracking simulated time.
struct ProgramWalker {
    let horizon: Double
    let limit: Int
    var time: Double = 0
    var trace = ProgramTrace()
    var stopped = false

    init(horizon: Double, limit: Int) {
        self.horizon = horizon
        self.limit = limit
    }

    /// The time one pass of `steps` takes (infinite when it sleeps forever).
    static func duration(of steps: [ProgramStep]) -> Double {
        var total = 0.0
        for step in steps {
            switch step {
            case .sleep(let seconds): total += seconds
            case .loop(let body, let count):
                let one = duration(of: body)
                total += count.map { Double($0) * one } ?? (one > 0 ? .infinity : 0)
            case .exit: return total
            default: break
            }
        }
        return total
    }

    static func containsExitOrFiles(_ steps: [ProgramStep]) -> Bool {
        steps.contains { step in
            switch step {
            case .exit, .setFile: return true
            case .loop(let body, _): return containsExitOrFiles(body)
            default: return false
            }
        }
    }

    mutating func run(_ steps: [ProgramStep], iteration: Int) {
        for step in steps {
            if stopped { return }
            switch step {
            case .write(let line):
                if time > horizon { stopped = true; return }
                trace.outputs.append(ProgramOutput(offset: time, line: line, iteration: iteration))
                if trace.outputs.count > limit * 2 { trace.outputs.removeFirst(trace.outputs.count - limit) }
            case .sleep(let seconds):
                time += seconds
                if time > horizon { stopped = true; return }
            case .exit(let code):
                if time <= horizon { trace.exit = (time, code) }
                stopped = true
                return
            case .setFile(let path, let content):
                if time > horizon { stopped = true; return }
                trace.files.append((time, path, content))
            case .loop(let body, let count):
                runLoop(body, count: count)
            }
        }
        if trace.outputs.count > limit { trace.outputs.removeFirst(trace.outputs.count - limit) }
    }

    private mutating func runLoop(_ body: [ProgramStep], count: Int?) {
        let period = max(ProgramWalker.duration(of: body), 0.001)
        let total = count ?? Int.max
        var index = 0
        while index < total, !stopped {
            // Skip whole iterations that cannot contribute to the newest `limit` lines.
            if count == nil, period.isFinite, !ProgramWalker.containsExitOrFiles(body) {
                let linesPerPass = max(1, body.filter { if case .write = $0 { return true } else { return false } }.count)
                let remaining = Int(((horizon - time) / period).rounded(.down))
                let keep = limit / linesPerPass + 2
                if remaining > keep {
                    let skip = remaining - keep
                    time += Double(skip) * period
                    index += skip
                }
            }
            let before = time
            run(body, iteration: index)
            if time == before { time += 0.001 }
            index += 1
        }
    }
}

/// Renders log line templates at a given instant.
public struct LogRenderContext {
    /// The container's start instant (for uptime).
    public var startedAt: Double
    /// Answers `fetch` parts (an HTTP GET from inside the container); nil → the fetch fails.
    public var fetch: ((String) -> String?)?

    public init(startedAt: Double, fetch: ((String) -> String?)? = nil) {
        self.startedAt = startedAt
        self.fetch = fetch
    }

    /// The text of `line` written at `instant` during loop iteration `iteration`.
    public func render(_ line: ProgramLine, at instant: Double, iteration: Int) -> String {
        var text = ""
        for part in line.parts {
            switch part {
            case .literal(let value): text += value
            case .clock(let format): text += ClockText.format(instant, format)
            case .counter(let start, let step): text += String(start &+ step &* iteration)
            case .uptime: text += ClockText.seconds(instant - startedAt)
            case .fetch(let url):
                text += fetch?(url) ?? "wget: can't connect to remote host: Connection refused"
            }
        }
        return text
    }
}

/// Formats instants the ways images print them.
public enum ClockText {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// `instant` (seconds since the epoch, UTC) in `format`.
    public static func format(_ instant: Double, _ format: ClockFormat) -> String {
        var time = time_t(instant.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        let year = Int(parts.tm_year) + 1900, month = Int(parts.tm_mon), day = Int(parts.tm_mday)
        let hour = Int(parts.tm_hour), minute = Int(parts.tm_min), second = Int(parts.tm_sec)
        let weekday = days[Int(parts.tm_wday) % 7], monthName = months[month % 12]
        let fraction = instant - instant.rounded(.down)
        let millis = Int(fraction * 1000), micros = Int(fraction * 1_000_000)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let hms = "\(two(hour)):\(two(minute)):\(two(second))"
        let ymd = "\(padded(year, 4))-\(two(month + 1))-\(two(day))"
        switch format {
        case .busyboxDate:
            return "\(weekday) \(monthName) \(day < 10 ? " \(day)" : "\(day)") \(hms) UTC \(year)"
        case .nginx:
            return "\(padded(year, 4))/\(two(month + 1))/\(two(day)) \(hms)"
        case .iso8601Millis:
            return "\(ymd)T\(hms).\(padded(millis, 3))Z"
        case .redis:
            return "\(two(day)) \(monthName) \(year) \(hms).\(padded(millis, 3))"
        case .postgres:
            return "\(ymd) \(hms).\(padded(millis, 3)) UTC"
        case .klog:
            return "I\(two(month + 1))\(two(day)) \(hms).\(padded(micros, 6))"
        case .klogError:
            return "E\(two(month + 1))\(two(day)) \(hms).\(padded(micros, 6))"
        case .apache:
            return "\(weekday) \(monthName) \(two(day)) \(hms).\(padded(micros, 6)) \(year)"
        case .accessLog:
            return "\(two(day))/\(monthName)/\(year):\(hms) +0000"
        }
    }

    /// Seconds with up to three decimals, as JavaScript prints `ms / 1000` (`12.3`, `446.976`).
    public static func seconds(_ value: Double) -> String {
        let millis = Int((value * 1000).rounded(.down))
        var text = "\(millis / 1000)"
        var rest = String(millis % 1000)
        rest = String(repeating: "0", count: 3 - rest.count) + rest
        while rest.hasSuffix("0") { rest.removeLast() }
        if !rest.isEmpty { text += "." + rest }
        return text
    }
}
