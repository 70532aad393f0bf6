import Foundation
import KubeCluster
import KubeCtl
@testable import Tutor

/// A sandbox session for tests: manual clock, fixed start, in-memory files, the repository's challenges.
final class SandboxHarness {
    /// The repository's `lessons/challenges` folder.
    static let challenges = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons/challenges")

    let session: SandboxSession
    let files = InMemorySessionFiles()

    init(profile: ClusterProfile = .minikube, seed: UInt64 = 1, colour: Bool = false, language: String = "en") {
        session = SandboxFactory.make(SandboxOptions(profile: profile, seed: seed, start: SandboxFactory.fixedStart, files: files,
                                                     colour: colour, challengeDirectory: Self.challenges, language: language))
    }

    var cluster: Cluster { session.cluster }

    /// Runs one line; returns stdout, stderr and whether the session goes on.
    @discardableResult
    func run(_ line: String) -> (out: String, err: String) {
        var out = ""
        var err = ""
        _ = session.run(line: line, io: ShellIO(stdout: { out += $0 }, stderr: { err += $0 }))
        return (out, err)
    }

    /// A batch-style transcript of several lines.
    func transcript(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            text += "$ \(line)\n"
            _ = session.run(line: line, io: ShellIO(stdout: { text += $0 }, stderr: { text += $0 }))
        }
        return text
    }

    /// Creates objects from YAML in the current cluster.
    func create(_ yaml: String) throws {
        try cluster.createObjects(fromYAML: yaml)
    }

    /// Changes a stored object through the API server.
    func update<T: APIObject & APIObjectRules>(_ type: T.Type, _ name: String, namespace: String = "default",
                                               _ change: (inout T) -> Void) throws {
        guard var object = cluster.store.get(T.self, namespace: namespace, name: name) else {
            throw SnapshotError("\(T.kind) \(name) not found")
        }
        change(&object)
        object.metadata.resourceVersion = nil
        try cluster.api.update(object)
        cluster.settle()
    }
}

/// A deployment of nginx with `replicas` pods (and a Service of the same name when `service`).
func nginxDeployment(_ name: String = "web", replicas: Int = 2, extra: String = "", service: Bool = false) -> String {
    var yaml = """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: \(name)
      labels: {app: \(name)}
    spec:
      replicas: \(replicas)
      selector:
        matchLabels: {app: \(name)}
      template:
        metadata:
          labels: {app: \(name)}
        spec:
          containers:
          - name: \(name)
            image: nginx:1.27
            ports:
            - containerPort: 80
    \(extra)
    """
    if service {
        yaml += """

        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: \(name)
        spec:
          selector: {app: \(name)}
          ports:
          - port: 80
            targetPort: 80
        """
    }
    return yaml
}
