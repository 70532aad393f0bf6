import Foundation
import KubeCluster

/// Reads and prints log streams as kubectl consumes them: one after another, or with `-f` all together,
/// following each container while simulated time passes until it stops, Ctrl-C, or the batch limit.
struct LogStreams {
    let context: VerbContext
    let options: LogOptions
    let requests: [LogRequest]

    /// The progress of one followed stream.
    struct Cursor {
        let request: LogRequest
        /// The container instance being read (its ID), nil when it has not started.
        var containerID: String?
        var lastTime = -Double.infinity
        /// How many lines written at `lastTime` were printed already.
        var seenAtLastTime = 0
        var bytesLeft: Int?
        var finished = false
    }

    func run() -> Int32 {
        var cursors: [Cursor] = []
        for request in requests {
            var cursor = Cursor(request: request, bytesLeft: options.limitBytes)
            cursor.containerID = currentContainerID(request)
            let lines: [LogLine]
            do {
                lines = try fetch(request, previous: options.previous)
            } catch let error as APIError {
                return context.fail(error)
            } catch {
                return context.fail("\(error)")
            }
            var initial = lines
            if let tail = options.tail { initial = Array(initial.suffix(tail)) }
            if let since = options.since { initial = initial.filter { $0.time >= since } }
            markSeen(lines, in: &cursor)
            write(initial, cursor: &cursor)
            if options.previous || cursor.containerID == nil { cursor.finished = true }
            cursors.append(cursor)
        }
        if options.follow { follow(&cursors) }
        return 0
    }

    /// The log of a request's container (the API server's errors pass through).
    func fetch(_ request: LogRequest, previous: Bool) throws -> [LogLine] {
        try context.cluster.logs(namespace: request.pod.namespace, pod: request.pod.name, container: request.container,
                                 previous: previous)
    }

    /// The ID of the running instance of the request's container, if it runs.
    func currentContainerID(_ request: LogRequest) -> String? {
        guard let pod = context.store.get(Pod.self, namespace: request.pod.namespace, name: request.pod.name) else { return nil }
        let statuses = (pod.status.initContainerStatuses ?? []) + (pod.status.containerStatuses ?? [])
        guard let status = statuses.first(where: { $0.name == request.container }), status.state.running != nil else { return nil }
        return status.containerID
    }

    /// Remembers the newest line of `lines` as printed.
    func markSeen(_ lines: [LogLine], in cursor: inout Cursor) {
        guard let last = lines.last else { return }
        cursor.lastTime = last.time
        cursor.seenAtLastTime = lines.reversed().prefix { $0.time == last.time }.count
    }

    /// The lines of `lines` not printed yet.
    func unseen(_ lines: [LogLine], cursor: Cursor) -> [LogLine] {
        let sameTime = lines.filter { $0.time == cursor.lastTime }
        return Array(sameTime.dropFirst(cursor.seenAtLastTime)) + lines.filter { $0.time > cursor.lastTime }
    }

    /// Prints lines with `--timestamps`, `--prefix` and `--limit-bytes` applied.
    func write(_ lines: [LogLine], cursor: inout Cursor) {
        var text = ""
        for line in lines {
            var entry = options.timestamps ? LogTimestamp.format(line.time) + " " : ""
            entry += line.text + "\n"
            if let left = cursor.bytesLeft {
                if left <= 0 { break }
                let bytes = Array(entry.utf8)
                if bytes.count > left {
                    entry = String(decoding: bytes.prefix(left), as: UTF8.self)
                }
                cursor.bytesLeft = left - min(left, bytes.count)
            }
            text += options.prefix ? cursor.request.prefix + entry : entry
        }
        if !text.isEmpty { context.write(text) }
    }

    /// Follows every unfinished stream while simulated time moves on, printing new lines as they appear.
    func follow(_ cursors: inout [Cursor]) {
        var streams = cursors
        SimulatedFollow(context: context).run(finished: { !streams.contains { !$0.finished } }) {
            var printed = false
            for index in streams.indices where !streams[index].finished {
                if step(&streams[index]) { printed = true }
            }
            return printed
        }
        cursors = streams
    }

    /// Reads what one stream wrote since the last step; returns whether it printed anything.
    func step(_ cursor: inout Cursor) -> Bool {
        let request = cursor.request
        let current = currentContainerID(request)
        let lines: [LogLine]
        if cursor.containerID == nil {
            guard current != nil else { return false }
            cursor.containerID = current
            lines = (try? fetch(request, previous: false)) ?? []
        } else if current == cursor.containerID {
            lines = (try? fetch(request, previous: false)) ?? []
        } else {
            lines = finalLines(of: request, containerID: cursor.containerID)
            cursor.finished = true
        }
        let fresh = unseen(lines, cursor: cursor)
        markSeen(lines, in: &cursor)
        write(fresh, cursor: &cursor)
        return !fresh.isEmpty
    }

    /// The whole log of the instance that stopped: now the previous one if the container restarted.
    func finalLines(of request: LogRequest, containerID: String?) -> [LogLine] {
        guard let pod = context.store.get(Pod.self, namespace: request.pod.namespace, name: request.pod.name) else { return [] }
        let statuses = (pod.status.initContainerStatuses ?? []) + (pod.status.containerStatuses ?? [])
        guard let status = statuses.first(where: { $0.name == request.container }) else { return [] }
        if status.lastState.terminated?.containerID == containerID { return (try? fetch(request, previous: true)) ?? [] }
        if status.state.terminated?.containerID == containerID || status.state.terminated != nil {
            return (try? fetch(request, previous: false)) ?? []
        }
        return []
    }
}

/// The kubelet's `--timestamps` prefix: RFC 3339 with nine fixed fraction digits (`RFC3339NanoFixed`).
enum LogTimestamp {
    static func format(_ instant: Double) -> String {
        let whole = instant.rounded(.down)
        let nanos = min(999_999_999, max(0, Int(((instant - whole) * 1_000_000).rounded()) * 1000))
        let seconds = Timestamp(seconds: Int64(whole)).rfc3339.dropLast()
        let fraction = String(nanos)
        return seconds + "." + String(repeating: "0", count: 9 - fraction.count) + fraction + "Z"
    }
}
