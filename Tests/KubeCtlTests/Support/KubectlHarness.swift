import KubeCluster
@testable import KubeCtl

/// A sandbox for kubectl tests: a bootstrapped cluster of a profile (manual clock, fixed start, seeded),
/// the tutorial shell in front of it, and helpers to run lines and collect transcripts.
final class KubectlHarness {
    /// 2026-01-05 09:00:00 UTC, the deterministic sandbox start.
    static let start: Double = 1_767_603_600
    let shell: TutorialShell
    var cluster: Cluster { shell.kubectl.cluster }

    init(profile: ClusterProfile = .minikube, seed: UInt64 = 1, workers: Int? = nil) {
        let cluster = Cluster.make(profile: profile, seed: seed, start: KubectlHarness.start, workers: workers)
        let session = KubectlSession(cluster: cluster, profile: profile, files: InMemorySessionFiles())
        shell = TutorialShell(kubectl: session)
    }

    /// Runs one command line; returns what it wrote to stdout and stderr and its status.
    @discardableResult
    func run(_ line: String) -> (out: String, err: String, status: Int32) {
        var out = ""
        var err = ""
        let status = shell.run(line: line, io: ShellIO(stdout: { out += $0 }, stderr: { err += $0 }))
        return (out, err, status)
    }

    /// A transcript like batch mode prints: `$ line` (or the attached shell's prompt and the line), then stdout
    /// and stderr in the order written.
    func transcript(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            text += "\(shell.attachedPrompt ?? "$ ")\(line)\n"
            shell.run(line: line, io: ShellIO(stdout: { text += $0 }, stderr: { text += $0 }))
        }
        return text
    }
}
