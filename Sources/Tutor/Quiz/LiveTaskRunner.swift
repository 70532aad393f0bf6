import Foundation
import KubeCluster
import KubeCtl

/// A prepared cluster for a live task (or a manifest answer): built fresh, set up, with a learner shell in
/// front of it and the task's checks to run on demand.
public final class LiveTaskRunner {
    /// The learner's shell on the task's cluster.
    public let shell: TutorialShell
    /// What must hold for the task to pass.
    public let checks: [StateCheck]
    /// Simulated seconds the cluster runs before checks.
    public let settleSeconds: Double
    /// Set when the setup could not be applied (a broken question).
    public let setupError: String?

    /// The cluster the task runs on.
    public var cluster: Cluster { shell.kubectl.cluster }

    /// A fresh minikube-like cluster seeded with `seed`, with `setup` applied in `namespace`
    /// (created if missing) and the learner's context set to it.
    public init(setup: String?, namespace: String, checks: [StateCheck], settleSeconds: Double, seed: UInt64) {
        let cluster = Cluster.make(profile: .minikube, seed: seed, start: LiveTaskRunner.start)
        var error: String?
        if namespace != "default", cluster.store.get(Namespace.self, namespace: "", name: namespace) == nil {
            var object = Namespace()
            object.metadata = ObjectMeta(name: namespace)
            do { try cluster.api.create(object) } catch let failure { error = "cannot create namespace \(namespace): \(failure)" }
        }
        if let setup, !setup.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            // Each document is a step: the cluster runs a minute after each, so a second version of an
            // object becomes a real rollout revision.
            switch ManifestApplier.documents(setup) {
            case .failure(let failure):
                error = "the task's setup does not read: \(failure)"
            case .success(let documents):
                for document in documents where error == nil {
                    if case .failure(let failure) = ManifestApplier.apply(documents: [document], to: cluster, namespace: namespace) {
                        error = "the task's setup does not apply: \(failure)"
                    }
                    cluster.advance(by: 60)
                }
            }
        }
        let kubectl = KubectlSession(cluster: cluster, profile: .minikube, files: InMemorySessionFiles())
        kubectl.config.setNamespace(namespace)
        shell = TutorialShell(kubectl: kubectl)
        self.checks = checks
        self.settleSeconds = settleSeconds
        setupError = error
    }

    /// A runner for a live task question.
    public convenience init(task: LiveTaskSpec, seed: UInt64) {
        self.init(setup: task.setup, namespace: task.namespace, checks: task.checks, settleSeconds: task.settleSeconds,
                  seed: seed)
    }

    /// The instant task clusters start at (the sandbox's deterministic start).
    public static let start: Double = 1_767_603_600

    /// Lets the cluster run for the settle time, then evaluates every check.
    public func evaluate() -> [CheckOutcome] {
        cluster.advance(by: settleSeconds)
        return StateCheckEvaluator(cluster: cluster, contextNamespace: shell.kubectl.config.defaultNamespace)
            .evaluate(checks)
    }

    /// Runs a script line by line, returning everything printed.
    @discardableResult
    public func run(script lines: [String]) -> String {
        var output = ""
        let io = ShellIO(stdout: { output += $0 }, stderr: { output += $0 })
        for line in lines { shell.run(line: line, io: io) }
        return output
    }

    /// The kubectl command paths of `lines` that kubetutor does not simulate yet (e.g. `scale`), in order.
    public static func missingVerbs(in lines: [String]) -> [String] {
        let reader = LearnerLineReader()
        var missing: [String] = []
        for line in lines {
            for command in reader.commands(in: line).commands where ["kubectl", "k"].contains(command.argv.first ?? "") {
                guard case .success(let invocation) = KubectlCommandParser.parse(Array(command.argv.dropFirst())),
                      !invocation.isHelpRequested else { continue }
                let path = invocation.commandPath.joined(separator: " ")
                if KubectlVerbs.verb(for: path) == nil, !missing.contains(path) { missing.append(path) }
            }
        }
        return missing
    }
}
