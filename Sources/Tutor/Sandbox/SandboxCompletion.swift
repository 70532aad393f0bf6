import KubeCluster
import KubeCtl

/// Tab completion for the sandbox's own commands (`draw`, `why`, `break`, `fix`, `challenge`, `help`);
/// everything else is kubectl's and the shell's.
struct SandboxCompletion {
    let session: SandboxSession

    /// The start of the word under `cursor` and its candidates.
    func complete(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        let scalars = Array(line.unicodeScalars.prefix(cursor))
        var start = scalars.count
        while start > 0, !" \t|;&".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start...]))
        let before = String(String.UnicodeScalarView(scalars[..<start]))
        let segment = before.split(whereSeparator: { "|;&".contains($0) }).last.map(String.init) ?? ""
        let words = segment.split(separator: " ").map(String.init)
        guard let command = words.first, let candidates = candidates(command: command, arguments: Array(words.dropFirst())) else {
            return KubectlCompletion(shell: session.shell).complete(line: line, cursor: cursor)
        }
        return (start, candidates.filter { $0.hasPrefix(word) }.sorted())
    }

    /// Candidates for the next argument of a sandbox command; nil for commands this does not know.
    private func candidates(command: String, arguments: [String]) -> [String]? {
        let cluster = session.cluster
        let namespace = session.shell.kubectl.config.defaultNamespace
        let deployments = { cluster.store.list(Deployment.self, namespace: namespace).map(\.name) }
        let pods = { cluster.store.list(Pod.self, namespace: namespace).map(\.name) }
        switch (command, arguments.count) {
        case ("draw", 0): return ["service", "rollout", "hpa", "nodes"]
        case ("draw", 1):
            switch arguments[0] {
            case "service", "svc": return cluster.store.list(Service.self, namespace: namespace).map(\.name)
            case "rollout", "deployment", "deploy": return deployments()
            case "hpa": return cluster.store.list(HorizontalPodAutoscaler.self, namespace: namespace).map(\.name)
            default: return []
            }
        case ("why", 0): return pods()
        case ("break", 0): return ["image", "crash", "kill", "node", "oom", "readiness", "liveness"]
        case ("break", 1):
            switch arguments[0] {
            case "kill": return pods()
            case "node": return cluster.store.list(Node.self).map(\.name)
            default: return deployments()
            }
        case ("fix", 0): return cluster.faults.active.map(\.id) + ["all", "node"]
        case ("fix", 1) where arguments[0] == "node":
            return cluster.faults.active.compactMap { if case .nodeDown(let node) = $0.spec { return node }; return nil }
        case ("challenge", 0): return session.library.challenges.map(\.id) + ["stop"]
        case ("help", 0): return SessionHelp(mode: "sandbox").topics.map(\.word)
        case ("draw", _), ("why", _), ("break", _), ("fix", _), ("challenge", _), ("help", _): return []
        default: return nil
        }
    }
}
