import KubeCluster
import KubeCtl

/// A kubectl invocation reduced to what it means: the command path, the objects it names (types
/// resolved through aliases), other arguments, flags and namespace.
struct KubectlCommandShape {
    /// One object an invocation names; an empty name means every object of the type.
    struct ObjectArgument: Equatable {
        var resource: String
        var name: String
    }

    var path: String
    var objects: [ObjectArgument]
    var plain: [String]
    var afterDash: [String]
    /// The explicitly given flags (long names), except namespace ones.
    var flags: [String: String]
    var namespace: String?
    var allNamespaces: Bool
    let invocation: KubectlInvocation

    /// Commands whose first argument is a pod (or `TYPE/NAME` of something with pods).
    static let podFirstCommands: Set<String> = ["logs", "exec", "attach", "port-forward"]
    /// Commands whose arguments are resource builder arguments (`TYPE NAME…`, `TYPE/NAME…`).
    static let resourceCommands: Set<String> = [
        "get", "describe", "delete", "edit", "scale", "rollout status", "rollout history", "rollout undo", "rollout restart",
        "rollout pause", "rollout resume", "expose", "autoscale", "label", "annotate", "set image", "set env", "set resources",
        "set selector", "set serviceaccount", "patch", "wait", "taint", "events",
    ]
    /// Commands whose single type is implied (`top pod NAME`, `cordon NAME`).
    static let impliedTypes: [String: String] = [
        "top pod": "pods", "top node": "nodes", "cordon": "nodes", "uncordon": "nodes", "drain": "nodes",
    ]
    /// Kinds whose selector picks pods (`kubectl logs deployment/web`).
    static let workloadResources: Set<String> = ["deployments", "replicasets", "daemonsets", "jobs", "services", "statefulsets"]
    /// Read-only commands, where naming nothing (every object) also covers any one object.
    static let readOnlyCommands: Set<String> = ["get", "describe", "top pod", "top node", "events"]

    init(_ invocation: KubectlInvocation) {
        self.invocation = invocation
        path = invocation.commandPath.joined(separator: " ")
        var flags: [String: String] = [:]
        for spec in invocation.command.flags + KubectlCommandTree.standard.globalFlags where invocation.wasSet(spec.name) {
            flags[spec.name] = invocation.string(spec.name)
        }
        namespace = flags.removeValue(forKey: "namespace")
        allNamespaces = flags.removeValue(forKey: "all-namespaces") == "true"
        self.flags = flags
        afterDash = invocation.argumentsAfterDash
        let arguments = invocation.argumentsBeforeDash
        if let implied = KubectlCommandShape.impliedTypes[path] {
            objects = arguments.map { ObjectArgument(resource: implied, name: $0) }
            if objects.isEmpty { objects = [ObjectArgument(resource: implied, name: "")] }
            plain = []
        } else if KubectlCommandShape.podFirstCommands.contains(path), let first = arguments.first {
            objects = [KubectlCommandShape.podFirst(first)]
            plain = Array(arguments.dropFirst())
        } else if KubectlCommandShape.resourceCommands.contains(path) {
            (objects, plain) = KubectlCommandShape.resourceArguments(arguments, path: path)
        } else {
            objects = []
            plain = arguments
        }
    }

    static func podFirst(_ word: String) -> ObjectArgument {
        let parts = word.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 2 { return ObjectArgument(resource: resourceName(parts[0]), name: parts[1]) }
        return ObjectArgument(resource: "pods", name: word)
    }

    /// `TYPE NAME…`, `TYPE1,TYPE2`, `TYPE/NAME…`, stopping at `key=value` words (label, set env, set image).
    static func resourceArguments(_ arguments: [String], path: String) -> ([ObjectArgument], [String]) {
        let takesAssignments = ["label", "annotate", "set image", "set env", "set resources", "set selector", "taint"].contains(path)
        var resourceWords: [String] = []
        var plain: [String] = []
        for (index, word) in arguments.enumerated() {
            let isAssignment = takesAssignments && (word.contains("=") || (word.hasSuffix("-") && index > 0) || word.contains(":"))
            if isAssignment || !plain.isEmpty { plain.append(word) } else { resourceWords.append(word) }
        }
        if path == "set serviceaccount" || path == "set selector", resourceWords.count > 1, !resourceWords[0].contains("/") {
            plain.insert(resourceWords.removeLast(), at: 0)
        }
        guard let first = resourceWords.first else { return ([], plain) }
        if first.contains("/") {
            return (resourceWords.map(podFirst), plain)
        }
        let types = first.split(separator: ",").flatMap { word -> [String] in
            if ResourceCatalog.standard.resolve(String(word).lowercased()) == nil,
               let expanded = ResourceCatalog.standard.expandCategory(String(word).lowercased()) {
                return expanded.map(\.name)
            }
            return [resourceName(String(word))]
        }
        let names = Array(resourceWords.dropFirst())
        var objects: [ObjectArgument] = []
        for type in types {
            if names.isEmpty { objects.append(ObjectArgument(resource: type, name: "")) }
            for name in names { objects.append(ObjectArgument(resource: type, name: name)) }
        }
        return (objects, plain)
    }

    /// The plural resource name for a type word, or the word itself when kubectl does not know it.
    static func resourceName(_ word: String) -> String {
        ResourceCatalog.standard.resolve(word.lowercased())?.resource.name ?? word.lowercased()
    }

    /// Whether every named resource lives in a namespace (or none is named).
    var isNamespaced: Bool {
        objects.allSatisfy { object in
            ResourceCatalog.standard.resolve(object.resource).map { $0.resource.namespaced } ?? true
        }
    }
}
