import Foundation
import KubeCluster

/// Why kubetutor will not use a kubeconfig context for a lesson (or not without the learner's confirmation).
public struct ContextRefusal: Error, Equatable, CustomStringConvertible {
    /// What is wrong, in plain words, with what to do about it.
    public var description: String
    /// True when confirming (`--confirm-cluster CONTEXT`) lets the lesson go on.
    public var canConfirm: Bool
}

/// One context of the learner's kubeconfig, as `kubectl config view --minify --flatten` shows it: the
/// cluster, the user and their credentials, self-contained. kubetutor reads it, never changes the learner's
/// file, and writes a copy with the lesson namespace as the default namespace for the lesson's kubectl.
public struct LearnerContext {
    /// The context's name.
    public let name: String
    /// The API server's URL.
    public let server: String
    /// The minified, flattened kubeconfig (JSON).
    public let config: JSONValue

    /// Reads context `name` from the learner's kubeconfig with `kubectl` (which knows every place a
    /// kubeconfig can come from: `$KUBECONFIG` lists, `~/.kube/config`).
    public static func read(_ name: String, kubectl: HostKubectl) -> Result<LearnerContext, ContextRefusal> {
        let result = kubectl.capture(["config", "view", "--raw", "--minify", "--flatten", "--context", name, "-o", "json"])
        guard result.status == 0 else {
            let reason = result.err.trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(ContextRefusal(description: "cannot read the context \(name) from your kubeconfig: \(reason)", canConfirm: false))
        }
        guard let config = try? JSONValue.parseJSON(result.out),
              let server = config["clusters"]?[0]?["cluster"]?["server"]?.stringValue else {
            return .failure(ContextRefusal(description: "the context \(name) names no cluster server in your kubeconfig", canConfirm: false))
        }
        return .success(LearnerContext(name: name, server: server, config: config))
    }

    /// A context from its parts (tests).
    public init(name: String, server: String, config: JSONValue) {
        self.name = name
        self.server = server
        self.config = config
    }

    /// Why this context looks like one a lesson should not run on without confirmation: a name that says
    /// production, or an API server that is not on this computer (loopback). Nil for a local cluster.
    public var safetyConcern: ContextRefusal? {
        let lowered = name.lowercased()
        if lowered.contains("prod") {
            return ContextRefusal(description: "the context \(name) looks like a production cluster (its name says prod). "
                + "Lessons create, change and delete objects; use a practice cluster (kind, minikube), or, if this one is "
                + "really for practice, confirm with --confirm-cluster \(name)", canConfirm: true)
        }
        if !LearnerContext.isLoopback(server) {
            return ContextRefusal(description: "the context \(name) talks to \(server), which is not on this computer. "
                + "Lessons create, change and delete objects (only in a namespace of their own); if this cluster is "
                + "for practice (minikube's VM address counts too), confirm with --confirm-cluster \(name)", canConfirm: true)
        }
        return nil
    }

    /// Whether the URL's host is this computer (127.0.0.0/8, ::1, localhost).
    static func isLoopback(_ server: String) -> Bool {
        guard let host = URLComponents(string: server)?.host?.lowercased() else { return false }
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.") || bare.hasSuffix(".localhost")
    }

    /// The kubeconfig the lesson's kubectl uses: this context alone, its namespace set to `namespace`.
    public func lessonKubeconfig(namespace: String) -> JSONValue {
        guard case .object(var members) = config, case .array(var contexts)? = members["contexts"], !contexts.isEmpty,
              case .object(var entry) = contexts[0], case .object(var context)? = entry["context"] else { return config }
        context["namespace"] = .string(namespace)
        entry["context"] = .object(context)
        contexts[0] = .object(entry)
        members["contexts"] = .array(contexts)
        members["current-context"] = .string(name)
        return .object(members)
    }

    /// Writes `lessonKubeconfig(namespace:)` to `path`, readable by the owner only (it holds credentials).
    public func writeLessonKubeconfig(namespace: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        try Data(lessonKubeconfig(namespace: namespace).jsonText().utf8).write(to: url)
    }
}

/// The current context and its namespace in the lesson's kubeconfig copy (the learner may change them
/// with `kubectl config set-context --current --namespace=…` during a lesson).
public struct KubeconfigPosition: Equatable {
    /// The current context's name.
    public var context: String
    /// Its namespace ("default" when unset).
    public var namespace: String

    /// Reads the position from a kubeconfig file's text (YAML or JSON); nil when it does not parse.
    public static func read(_ text: String) -> KubeconfigPosition? {
        guard let config = (try? JSONValue.parseYAMLDocuments(text))?.first,
              let current = config["current-context"]?.stringValue else { return nil }
        let entries = config["contexts"]?.arrayValue ?? []
        let context = entries.first { $0["name"]?.stringValue == current }
        let namespace = context?["context"]?["namespace"]?.stringValue ?? "default"
        return KubeconfigPosition(context: current, namespace: namespace.isEmpty ? "default" : namespace)
    }
}
