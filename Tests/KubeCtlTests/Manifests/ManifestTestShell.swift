import Foundation
import KubeCluster
@testable import KubeCtl

/// A sandbox for manifest tests whose session files are a real folder (so the real kubectl reads the same
/// files), or in memory; runs lines like the learner's prompt and collects transcripts.
final class ManifestTestShell {
    let shell: TutorialShell
    var cluster: Cluster { shell.kubectl.cluster }
    var store: ObjectStore { cluster.store }

    init(profile: ClusterProfile = .minikube, files: SessionFiles = InMemorySessionFiles(), seed: UInt64 = 1) {
        let cluster = Cluster.make(profile: profile, seed: seed, start: KubectlHarness.start, workers: nil)
        shell = TutorialShell(kubectl: KubectlSession(cluster: cluster, profile: profile, files: files))
    }

    /// Runs one command line; what it wrote to stdout and stderr and its status.
    @discardableResult
    func run(_ line: String) -> (out: String, err: String, status: Int32) {
        var out = ""
        var err = ""
        let status = shell.run(line: line, io: ShellIO(stdout: { out += $0 }, stderr: { err += $0 }))
        return (out, err, status)
    }

    /// A transcript: `$ line`, then stdout and stderr in the order written.
    func transcript(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            text += "$ \(line)\n"
            shell.run(line: line, io: ShellIO(stdout: { text += $0 }, stderr: { text += $0 }))
        }
        return text
    }

    /// Writes a session file.
    func write(_ path: String, _ contents: String) {
        try? shell.kubectl.files.write(path, contents)
    }

    /// The stored object's JSON (sorted keys) at `path`, e.g. `["spec", "replicas"]`.
    func field<T: APIObject>(_ type: T.Type, _ name: String, namespace: String = "default", _ path: [String]) -> JSONValue? {
        guard let object = store.get(T.self, namespace: T.isNamespaced ? namespace : "", name: name) else { return nil }
        return ObjectJSON.encode(object).value(at: path)
    }

    /// The command line for `args`, each word single-quoted for the shell.
    static func line(_ args: [String]) -> String {
        "kubectl " + args.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }
}
