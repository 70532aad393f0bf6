import Foundation
import KubeCluster

/// `docker ps` and `sudo crictl ps` on a node: the running containers of the node's pods (and, for docker,
/// each pod's `pause` sandbox), newest first, in the two tools' column layouts.
struct NodeContainerListing {
    let shell: NodeShell

    /// One running container on the node.
    struct Entry {
        var id: String
        var image: String
        var command: String
        var created: Double
        var name: String
        var dockerName: String
        var attempt: Int32
        var podID: String
        var podName: String
    }

    func docker(_ arguments: [String], io: ShellIO) -> Int32 {
        guard arguments.first == "ps" else {
            if let first = arguments.first {
                io.stderr("docker: '\(first)' is not a docker command.\nSee 'docker --help'\n")
            } else {
                io.stdout("Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n")
            }
            return arguments.isEmpty ? 0 : 1
        }
        let now = shell.cluster.now
        var table = TabWriter(settings: .init(minWidth: 10, tabWidth: 1, padding: 3, padCharacter: " ", flags: []))
        table.write(row: ["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"])
        for entry in entries(includingSandboxes: true) {
            let age = DockerDuration.human(now - entry.created)
            table.write(row: [String(entry.id.prefix(12)), entry.image, "\"" + DockerDuration.ellipsis(entry.command, 20) + "\"",
                              age + " ago", "Up " + age, "", entry.dockerName])
        }
        io.stdout(table.flush())
        return 0
    }

    func crictl(_ arguments: [String], io: ShellIO) -> Int32 {
        guard arguments.first == "ps" else {
            io.stderr("No help topic for '\(arguments.first ?? "")'\n")
            return 3
        }
        let now = shell.cluster.now
        var table = TabWriter(settings: .init(minWidth: 20, tabWidth: 1, padding: 3, padCharacter: " ", flags: []))
        table.write(row: ["CONTAINER", "IMAGE", "CREATED", "STATE", "NAME", "ATTEMPT", "POD ID", "POD"])
        for entry in entries(includingSandboxes: false) {
            table.write(row: [String(entry.id.prefix(13)), String(entry.image.prefix(13)), DockerDuration.human(now - entry.created) + " ago",
                              "Running", entry.name, String(entry.attempt), String(entry.podID.prefix(13)), entry.podName])
        }
        io.stdout(table.flush())
        return 0
    }

    /// The node's running containers, newest first.
    func entries(includingSandboxes: Bool) -> [Entry] {
        var result: [Entry] = []
        let pods = shell.cluster.store.list(Pod.self).filter { $0.spec.nodeName == shell.nodeName }
        for pod in pods {
            let uid = pod.metadata.uid ?? pod.name
            let podID = StableHex.make(uid + "/sandbox", length: 64)
            let starts = (pod.status.containerStatuses ?? []).compactMap { $0.state.running?.startedAt.instant }
            let created = min(starts.min() ?? pod.metadata.creationTimestamp.instant, max(pod.metadata.creationTimestamp.instant, (starts.min() ?? 0) - 1))
            if includingSandboxes {
                result.append(Entry(id: podID, image: "registry.k8s.io/pause:3.10", command: "/pause", created: created, name: "POD",
                                    dockerName: "k8s_POD_\(pod.name)_\(pod.namespace)_\(uid)_0", attempt: 0, podID: podID,
                                    podName: pod.name))
            }
            for status in pod.status.containerStatuses ?? [] {
                guard let running = status.state.running else { continue }
                let id = status.containerID.map { String($0.split(separator: "/").last ?? "") } ?? StableHex.make(uid + status.name, length: 64)
                let spec = pod.spec.containers.first { $0.name == status.name }
                let command = spec.map { ContainerImageFacts(container: $0, cluster: shell.cluster).mainCommand.joined(separator: " ") } ?? ""
                let digest = status.imageID.components(separatedBy: "sha256:").last.flatMap { $0.isEmpty ? nil : $0 }
                    ?? StableHex.make(status.image, length: 64)
                result.append(Entry(id: id, image: String(digest.prefix(12)), command: command, created: running.startedAt.instant,
                                    name: status.name, dockerName: "k8s_\(status.name)_\(pod.name)_\(pod.namespace)_\(uid)_\(status.restartCount)",
                                    attempt: status.restartCount, podID: podID, podName: pod.name))
            }
        }
        return result.sorted { ($0.created, $0.dockerName) > ($1.created, $1.dockerName) }
    }
}

/// Docker's wording of durations (`About a minute`, `3 hours`) and its truncation of long commands.
enum DockerDuration {
    static func human(_ seconds: Double) -> String {
        let whole = Int(seconds)
        if whole < 1 { return "Less than a second" }
        if whole == 1 { return "1 second" }
        if whole < 60 { return "\(whole) seconds" }
        let minutes = whole / 60
        if minutes == 1 { return "About a minute" }
        if minutes < 60 { return "\(minutes) minutes" }
        let hours = Int(seconds / 3600 + 0.5)
        if hours == 1 { return "About an hour" }
        if hours < 48 { return "\(hours) hours" }
        if hours < 24 * 7 * 2 { return "\(hours / 24) days" }
        if hours < 24 * 30 * 2 { return "\(hours / 24 / 7) weeks" }
        if hours < 24 * 365 * 2 { return "\(hours / 24 / 30) months" }
        return "\(Int(seconds / 3600) / 24 / 365) years"
    }

    /// `text` cut to `width` characters with a trailing `…` when longer.
    static func ellipsis(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}

/// Deterministic hexadecimal identifiers from a text (FNV-1a, repeated), for IDs the store does not hold.
enum StableHex {
    static func make(_ text: String, length: Int) -> String {
        var result = ""
        var seed: UInt64 = 0xcbf2_9ce4_8422_2325
        var round: UInt64 = 0
        while result.count < length {
            var hash = seed ^ round
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            result += String(hash, radix: 16).leftPadded(16)
            seed = hash
            round += 1
        }
        return String(result.prefix(length))
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
