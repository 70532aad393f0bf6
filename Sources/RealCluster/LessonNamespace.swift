import Foundation
import KubeCluster

/// The namespace kubetutor creates on the learner's cluster for one lesson run (`kubetutor-<lesson>-<suffix>`,
/// labelled as kubetutor's), and deletes when the lesson ends. It deletes only a namespace it created in
/// this run and that still carries its label, never another one.
public final class LessonNamespace {
    /// The label every namespace kubetutor creates carries (`app.kubernetes.io/managed-by=kubetutor`).
    public static let managedByLabel = "app.kubernetes.io/managed-by"
    /// The label's value.
    public static let managedByValue = "kubetutor"

    /// The namespace's name.
    public let name: String
    /// The lesson it was made for.
    public let lesson: String
    private let kubectl: HostKubectl
    /// True once it was created in this run and not yet deleted.
    public private(set) var owned = false

    /// A namespace for `lesson` named with `suffix` (a few random letters; tests pass a fixed one).
    public init(lesson: String, suffix: String, kubectl: HostKubectl) {
        let base = "kubetutor-" + lesson.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" }
        name = String(base.prefix(62 - suffix.count)) + "-" + suffix
        self.lesson = lesson
        self.kubectl = kubectl
    }

    /// Five random lowercase letters and digits, as a name suffix.
    public static func randomSuffix() -> String {
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<5).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }

    /// The Namespace object kubetutor creates.
    var manifest: JSONValue {
        .object([
            "apiVersion": "v1", "kind": "Namespace",
            "metadata": .object([
                "name": .string(name),
                "labels": .object([LessonNamespace.managedByLabel: .string(LessonNamespace.managedByValue),
                                   "kubetutor.io/lesson": .string(lesson)]),
            ]),
        ])
    }

    /// Creates the namespace; fails with kubectl's message (e.g. when it already exists: then it is not ours).
    public func create() -> Result<Void, ContextRefusal> {
        let result = kubectl.capture(["create", "-f", "-"], stdin: manifest.jsonText())
        guard result.status == 0 else {
            let reason = result.err.trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(ContextRefusal(description: "cannot create the lesson namespace \(name): \(reason)", canConfirm: false))
        }
        owned = true
        return .success(())
    }

    /// Deletes the namespace (without waiting for its objects to go) if this run created it and it still
    /// carries kubetutor's label. Returns what happened, for the learner.
    @discardableResult
    public func delete() -> String {
        guard owned else { return "" }
        owned = false
        let label = kubectl.capture(["get", "namespace", name, "-o", "jsonpath={.metadata.labels.app\\.kubernetes\\.io/managed-by}"])
        guard label.status == 0, label.out == LessonNamespace.managedByValue else {
            return "kubetutor left the namespace \(name) alone: it no longer carries kubetutor's label.\n"
        }
        let result = kubectl.capture(["delete", "namespace", name, "--wait=false"])
        guard result.status == 0 else { return "could not delete the namespace \(name): \(result.err)" }
        return "Deleted the lesson namespace \(name) (and everything in it).\n"
    }
}
