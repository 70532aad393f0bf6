import Foundation
import KubeCluster
import KubeCtl
import Tutor

/// Latency of common kubectl commands, in process, through `TutorialShell.run(line:io:)` (the same path a
/// typed line takes: shell parsing, kubectl grammar, the verb, output, then the controllers settling).
struct CommandLatencyBenchmark {
    let shell: TutorialShell
    /// A label for the figures, e.g. "100 pods".
    let scale: String
    /// Samples per command.
    let iterations: Int
    /// The `get pods -A` target at this scale, in ms.
    let getPodsTarget: Double
    /// The target every other command must meet, in ms (nil: none).
    let commandTarget: Double?

    init(cluster: Cluster, scale: String, iterations: Int, getPodsTarget: Double, commandTarget: Double?) {
        shell = TutorialShell(kubectl: KubectlSession(cluster: cluster, profile: .kind, files: InMemorySessionFiles()))
        self.scale = scale
        self.iterations = iterations
        self.getPodsTarget = getPodsTarget
        self.commandTarget = commandTarget
    }

    func run() {
        let cluster = shell.kubectl.cluster
        let pods = cluster.store.list(Pod.self)
        BenchReport.heading("Command latency at \(scale) (\(pods.count) pods in the store incl. system pods; "
                            + "\(iterations) runs each, in process via TutorialShell.run)")
        let victim = pods.first { $0.namespace == "default" }?.name ?? "missing"
        measure("kubectl get pods -A", target: getPodsTarget)
        measure("kubectl describe pod \(victim)", label: "kubectl describe pod <pod>", target: commandTarget)
        measure("kubectl get deploy", target: commandTarget)
        measureApply()
    }

    /// Runs `line` `iterations` times (after one warm-up run) and prints median and p99.
    private func measure(_ line: String, label: String? = nil, target: Double?) {
        let label = label ?? line
        let warmUp = runQuietly(line)
        if let skip = notSimulated(warmUp) {
            BenchReport.line(label, "SKIPPED: \(skip)")
            return
        }
        var samples = LatencySamples()
        var bytes = 0
        for _ in 0..<iterations {
            samples.add(BenchMeasure.milliseconds { bytes = runQuietly(line).bytes })
        }
        print(samples: samples, label: label, target: target, note: "\(bytes) B out, exit \(warmUp.status)")
    }

    /// `kubectl apply -f -` of a new one-replica Deployment each run (a heredoc, so stdin is the manifest).
    private func measureApply() {
        let label = "kubectl apply -f - (new Deployment)"
        func line(_ index: Int) -> String {
            "kubectl apply -f - <<EOF\n" + BenchWorkloads.manifest(name: "bench-apply-\(index)", replicas: 1) + "\nEOF"
        }
        let first = runQuietly(line(0))
        if let skip = notSimulated(first) {
            BenchReport.line(label, "SKIPPED: \(skip)")
            return
        }
        var samples = LatencySamples()
        for index in 1...iterations {
            let text = line(index)
            samples.add(BenchMeasure.milliseconds { _ = runQuietly(text) })
        }
        print(samples: samples, label: label, target: commandTarget, note: "exit \(first.status)")
    }

    private func print(samples: LatencySamples, label: String, target: Double?, note: String) {
        var text = "median \(BenchReport.ms(samples.median)), p99 \(BenchReport.ms(samples.p99))"
        if let target {
            text += "   target ≤ \(BenchReport.ms(target)): \(BenchReport.verdict(samples.median, target: target))"
        }
        BenchReport.line(label, text + "   (\(note))")
    }

    private func notSimulated(_ result: (status: Int32, bytes: Int, errors: String)) -> String? {
        guard result.status == 1, result.errors.contains("is not simulated by kubetutor yet") else { return nil }
        return "verb not implemented yet (\(result.errors.trimmingCharacters(in: .whitespacesAndNewlines)))"
    }

    /// Runs a line, counting stdout bytes and keeping stderr; nothing is printed.
    @discardableResult
    private func runQuietly(_ line: String) -> (status: Int32, bytes: Int, errors: String) {
        var bytes = 0
        var errors = ""
        let status = shell.run(line: line, io: ShellIO(stdout: { bytes += $0.utf8.count }, stderr: { errors += $0 }))
        return (status, bytes, errors)
    }
}
