import KubeCluster
import KubeCtl

/// Objects a command acts on: one resource type and the names given (none: all, or by selector).
public struct ObjectSelection: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The resource type, resolved from any alias (`deploy`, `deployments.apps`, `Deployment`).
    public let resource: APIResource
    /// The names, sorted; empty when the command selects by type or label.
    public let names: [String]

    /// Sorted by resource, then names, so equal selections compare equal in any order.
    public static func < (left: ObjectSelection, right: ObjectSelection) -> Bool {
        (left.resource.qualifiedKind, left.names.joined(separator: ",")) < (right.resource.qualifiedKind, right.names.joined(separator: ","))
    }

    /// `deployment web`, `pods` (plural when no name is given).
    public var description: String {
        names.isEmpty ? resource.name : "\(resource.kind.lowercased()) \(names.joined(separator: " "))"
    }
}

/// What a kubectl command line means, with every spelling difference removed: the canonical command
/// path, resolved objects, the effective namespace, and flags by long name with normalised values
/// (flags given at their default value drop out).
public struct CommandMeaning: Equatable, Sendable {
    /// Canonical command path, e.g. `["rollout", "undo"]`.
    public var path: [String]
    /// The namespace the command works in, or nil when it does not matter (cluster-scoped, `-A`, config).
    public var namespace: String?
    /// True for `-A` / `--all-namespaces`.
    public var allNamespaces: Bool
    /// The objects acted on, sorted.
    public var objects: [ObjectSelection]
    /// Other positional arguments after normalisation (label assignments sorted, explain paths resolved).
    public var arguments: [String]
    /// The command after `--` (exec, run).
    public var afterDash: [String]
    /// Flags that were set to a non-default value: long name → normalised value.
    public var flags: [String: String]
    /// True for `-h` / `--help`.
    public var helpRequested: Bool

    /// `kubectl rollout undo`.
    public var commandText: String { (["kubectl"] + path).joined(separator: " ") }
}

/// Builds a `CommandMeaning` from a parsed invocation.
public enum CommandMeaningBuilder {
    /// Flags that never change what a command does to the cluster (logging) or that are compared separately.
    static let ignoredFlags: Set<String> = ["namespace", "all-namespaces", "help", "v", "vmodule", "log-flush-frequency"]

    /// Command paths (prefixes) for which the namespace does not matter.
    static let namespaceFreePaths: [String] = [
        "config", "api-resources", "api-versions", "version", "cluster-info", "explain", "completion", "plugin",
        "options", "help", "certificate", "create namespace", "create clusterrole", "create clusterrolebinding",
        "create priorityclass", "top node", "cordon", "uncordon", "drain", "taint", "auth can-i --list",
    ]

    /// Commands whose positional arguments name objects (with `KEY=VALUE` style assignments mixed in).
    static let objectCommands: Set<String> = [
        "get", "describe", "delete", "edit", "wait", "label", "annotate", "scale", "autoscale", "expose", "patch",
        "rollout status", "rollout history", "rollout undo", "rollout restart", "rollout pause", "rollout resume",
        "set image", "set env", "set resources", "set selector", "set serviceaccount", "taint", "events",
    ]

    /// Commands whose first positional is a pod name or `TYPE/NAME`.
    static let podCommands: Set<String> = ["logs", "exec", "attach", "port-forward"]

    /// The meaning of `invocation` for a learner whose context namespace is `contextNamespace`.
    public static func meaning(of invocation: KubectlInvocation, contextNamespace: String) -> CommandMeaning {
        let pathText = invocation.commandPath.joined(separator: " ")
        var flags = normalisedFlags(invocation)
        var objects: [ObjectSelection] = []
        var arguments: [String] = []
        let positionals = invocation.argumentsBeforeDash
        if objectCommands.contains(pathText) {
            (objects, arguments) = objectArguments(positionals, selector: invocation.string("selector"),
                                                   allNamespaces: false)
        } else if ["cordon", "uncordon", "drain"].contains(pathText) {
            (objects, arguments) = objectArguments(["nodes"] + positionals, selector: invocation.string("selector"),
                                                   allNamespaces: false)
        } else if podCommands.contains(pathText) {
            (objects, arguments) = podArguments(positionals)
            if pathText == "logs", let container = arguments.first, flags["container"] == nil {
                flags["container"] = container
                arguments.removeFirst()
            }
        } else if pathText == "explain" {
            arguments = positionals.map(explainPath)
        } else {
            arguments = positionals
        }
        let allNamespaces = invocation.accepts("all-namespaces") && invocation.bool("all-namespaces")
        var namespace: String? = invocation.wasSet("namespace") ? invocation.string("namespace") : contextNamespace
        if namespace?.isEmpty ?? true { namespace = contextNamespace }
        let clusterScoped = !objects.isEmpty && objects.allSatisfy { !$0.resource.namespaced }
        if allNamespaces || clusterScoped || namespaceFreePaths.contains(where: { pathText == $0 || pathText.hasPrefix($0 + " ") }) {
            namespace = nil
        }
        return CommandMeaning(path: invocation.commandPath, namespace: namespace, allNamespaces: allNamespaces,
                              objects: objects.sorted(), arguments: arguments, afterDash: invocation.argumentsAfterDash,
                              flags: flags, helpRequested: invocation.isHelpRequested)
    }

    /// Splits positionals into objects and assignments (`app=web`, `app-`, `key=value:NoSchedule`).
    static func objectArguments(_ positionals: [String], selector: String, allNamespaces: Bool)
        -> ([ObjectSelection], [String]) {
        let assignments = positionals.filter(isAssignment)
        let words = positionals.filter { !isAssignment($0) }
        guard !words.isEmpty else { return ([], assignments.sorted()) }
        let options = ResourceArgumentOptions(labelSelector: selector, allowEmptySelector: true, allNamespaces: allNamespaces)
        switch ResourceArguments.resolve(words, options: options) {
        case .success(let resolved):
            let objects = mergedSelections(resolved.requests.map { ObjectSelection(resource: $0.resource, names: $0.names) })
            return (objects, assignments.sorted())
        case .failure:
            return ([], words + assignments.sorted())
        }
    }

    /// Joins selections of the same type (`get pod a pod/b` is `pods a b`).
    static func mergedSelections(_ selections: [ObjectSelection]) -> [ObjectSelection] {
        var merged: [ObjectSelection] = []
        for selection in selections {
            if let index = merged.firstIndex(where: { $0.resource == selection.resource }) {
                let names = Array(Set(merged[index].names + selection.names)).sorted()
                merged[index] = ObjectSelection(resource: selection.resource, names: names)
            } else {
                merged.append(ObjectSelection(resource: selection.resource, names: selection.names.sorted()))
            }
        }
        return merged
    }

    static func isAssignment(_ word: String) -> Bool {
        word.contains("=") || word.hasSuffix("-") || word.contains(":")
    }

    /// `logs`/`exec`/`port-forward`: `POD` or `TYPE/NAME`, then the rest as given.
    static func podArguments(_ positionals: [String]) -> ([ObjectSelection], [String]) {
        guard let first = positionals.first else { return ([], []) }
        let rest = Array(positionals.dropFirst())
        if first.contains("/") {
            if case .success(let resolved) = ResourceArguments.resolve([first]), let request = resolved.requests.first {
                return ([ObjectSelection(resource: request.resource, names: request.names)], rest)
            }
            return ([], positionals)
        }
        guard let pods = ResourceCatalog.standard.resolve("pods")?.resource else { return ([], positionals) }
        return ([ObjectSelection(resource: pods, names: [first])], rest)
    }

    /// `deploy.spec.replicas` → `deployment.spec.replicas`.
    static func explainPath(_ text: String) -> String {
        let (head, tail) = text.firstIndex(of: ".").map { (String(text[..<$0]), String(text[$0...])) } ?? (text, "")
        guard let resolution = ResourceCatalog.standard.resolve(head) else { return text }
        return resolution.resource.kind.lowercased() + tail
    }

    /// Every set, non-ignored flag whose value differs from its default, normalised.
    static func normalisedFlags(_ invocation: KubectlInvocation) -> [String: String] {
        var result: [String: String] = [:]
        // A command's own flag (config set-context's --namespace) is compared like any other.
        let local = Set(invocation.command.flags.map(\.name))
        let specs = invocation.command.flags + KubectlCommandTree.standard.globalFlags
        for spec in specs where (local.contains(spec.name) || !ignoredFlags.contains(spec.name)) && invocation.wasSet(spec.name) {
            guard result[spec.name] == nil, let value = invocation.value(spec.name) else { continue }
            if isDefault(value, spec: spec) { continue }
            result[spec.name] = FlagValueNormaliser.normalise(value, flag: spec.name)
        }
        return FlagValueNormaliser.mergingTemplate(result)
    }

    static func isDefault(_ value: KubectlFlagValue, spec: FlagSpec) -> Bool {
        switch value {
        case .bool(let flag): return flag == (spec.defaultValue == "true")
        case .list(let items): return items.isEmpty && (spec.defaultValue == "[]" || spec.defaultValue.isEmpty)
        default: return value.text == spec.defaultValue
        }
    }
}

/// Turns flag values that mean the same into the same text.
enum FlagValueNormaliser {
    /// List flags whose order does not matter.
    static let unorderedLists: Set<String> = ["env", "labels", "annotations", "from-literal", "field-selector"]

    static func normalise(_ value: KubectlFlagValue, flag: String) -> String {
        switch (flag, value) {
        case ("selector", .text(let text)):
            return (try? LabelSelector(parsing: text).description) ?? text
        case ("field-selector", .text(let text)):
            return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.sorted().joined(separator: ",")
        case ("image", .text(let text)):
            return normalisedImage(text)
        case ("image", .list(let items)):
            return items.map(normalisedImage).joined(separator: ",")
        case ("sort-by", .text(let text)):
            return text.hasPrefix("{") && text.hasSuffix("}") ? String(text.dropFirst().dropLast()) : text
        case ("filename", .list(let items)):
            return items.map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }.joined(separator: ",")
        case (_, .list(let items)) where unorderedLists.contains(flag):
            return items.sorted().joined(separator: ",")
        default:
            return value.text
        }
    }

    /// `-o go-template --template=T` is `-o go-template=T`; `template` is another name for `go-template`.
    static func mergingTemplate(_ flags: [String: String]) -> [String: String] {
        guard var output = flags["output"] else { return flags }
        var result = flags
        if output == "template" || output.hasPrefix("template=") { output = "go-" + output }
        if let template = result["template"], ["go-template", "jsonpath", "go-template-file", "jsonpath-file"].contains(output) {
            output += "=" + template
            result["template"] = nil
        }
        result["output"] = output
        return result
    }

    /// `nginx`, `nginx:latest` and `docker.io/library/nginx` are the same image.
    static func normalisedImage(_ text: String) -> String {
        (try? ImageReference.parse(text).get().normalized) ?? text
    }
}
