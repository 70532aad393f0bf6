import Foundation
import KubeCluster
import KubeCtl
import Yams

/// Reads checks, object references, value tests and command patterns from lesson YAML.
struct CheckReader {
    let reader: LessonFileReader
    /// The lesson's namespace (command patterns compare against it).
    let namespace: String

    static let kinds = ["exists", "absent", "field", "count", "endpoints", "rolledOut", "condition", "event", "revision",
                        "all", "any", "not", "command", "reached", "answered", "context"]

    /// One check written as YAML on its own (`exists: deployment/web`), with the problems found.
    static func check(yaml text: String, namespace: String = "default", file: String = "check.yaml") -> (Check?, [LessonIssue]) {
        let reader = LessonFileReader(file: file)
        guard let node = try? Yams.compose(yaml: text) else {
            return (nil, [LessonIssue(LessonFileLocation(file: file, line: 0), "YAML: the check does not parse")])
        }
        let check = CheckReader(reader: reader, namespace: namespace).check(node, "check")
        return (check, reader.issues)
    }

    func checks(_ node: YAMLNode?, _ what: String) -> [Check] {
        guard let items = reader.sequence(node, what) else { return [] }
        return items.compactMap { check($0, what) }
    }

    func check(_ node: YAMLNode, _ what: String) -> Check? {
        guard let entries = reader.mapping(node, "a check", allowed: CheckReader.kinds + ["label", "missing"]) else { return nil }
        let kinds = entries.filter { CheckReader.kinds.contains($0.key) }
        guard kinds.count == 1, let entry = kinds.first else {
            reader.error("a check needs exactly one of: \(CheckReader.kinds.joined(separator: ", "))", at: node)
            return nil
        }
        guard let kind = kind(entry.key, entry.value) else { return nil }
        return Check(kind, label: reader.localized(reader.value(entries, "label"), "label"),
                     missing: reader.localized(reader.value(entries, "missing"), "missing"), location: reader.location(node))
    }

    private func kind(_ key: String, _ value: YAMLNode) -> CheckKind? {
        switch key {
        case "exists", "absent":
            let ref = value.scalar != nil ? objectRef(value, key)
                : objectInMapping(reader.mapping(value, key, allowed: ["object", "namespace"]), value, key)
            guard let ref else { return nil }
            return key == "exists" ? .exists(ref) : .absent(ref)
        case "field": return field(value)
        case "count": return count(value)
        case "endpoints": return endpoints(value)
        case "rolledOut":
            guard let (name, space) = deploymentName(value, "rolledOut") else { return nil }
            return .rolledOut(deployment: name, namespace: space)
        case "condition": return condition(value)
        case "event": return event(value)
        case "revision": return revision(value)
        case "all", "any":
            let parts = checks(value, key)
            if parts.isEmpty { reader.error("\(key) needs at least one check", at: value) }
            return key == "all" ? .all(parts) : .any(parts)
        case "not": return check(value, "not").map { .not($0) }
        case "command": return command(value)
        case "reached": return reached(value)
        case "answered": return .answered
        case "context": return context(value)
        default: return nil
        }
    }

    // MARK: - Parts

    /// An object reference written as text: `deploy/web`, `pods`, `@pod(app=web)`.
    func objectRef(_ node: YAMLNode?, _ what: String, namespace: String? = nil) -> ObjectRef? {
        guard let text = reader.string(node, what) else { return nil }
        switch ObjectRefParser.parse(text, namespace: namespace) {
        case .success(let ref): return ref
        case .failure(let error):
            reader.error(error.message, at: node)
            return nil
        }
    }

    /// `object:` (+ `namespace:`) inside a mapping.
    func objectInMapping(_ entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]?, _ node: YAMLNode, _ what: String) -> ObjectRef? {
        let space = reader.string(reader.value(entries, "namespace"), "namespace")
        guard let objectNode = reader.value(entries, "object") else {
            reader.error("\(what): object is required (e.g. deployment/web or @pod(app=web))", at: node)
            return nil
        }
        return objectRef(objectNode, "\(what): object", namespace: space)
    }

    func deploymentName(_ node: YAMLNode, _ what: String) -> (String, String?)? {
        if let text = node.scalar?.string {
            let name = text.split(separator: "/").last.map(String.init) ?? text
            if text.contains("/"), !["deployment", "deployments", "deploy"].contains(text.split(separator: "/").first.map(String.init) ?? "") {
                reader.error("\(what) takes a Deployment: deployment/NAME or NAME", at: node)
                return nil
            }
            return (name, nil)
        }
        let entries = reader.mapping(node, what, allowed: ["deployment", "namespace"])
        guard let name = reader.requiredString(reader.value(entries, "deployment"), "\(what): deployment", in: node) else { return nil }
        return (name, reader.string(reader.value(entries, "namespace"), "namespace"))
    }

    func jsonPath(_ node: YAMLNode?, in parent: YAMLNode) -> String? {
        guard let text = reader.requiredString(node, "path", in: parent) else { return nil }
        do {
            _ = try JSONPathTemplate(text)
        } catch {
            let message = (error as? JSONPathSyntaxError)?.message ?? "\(error)"
            reader.error("path \(text) is not a valid jsonpath: \(message)", at: node)
            return nil
        }
        return text
    }

    static let valueTestKeys = ["equals", "contains", "matches", "atLeast", "atMost", "present", "missing"]

    func valueTest(_ entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]?, in parent: YAMLNode) -> ValueTest? {
        let given = (entries ?? []).filter { CheckReader.valueTestKeys.contains($0.key) }
        guard given.count == 1, let entry = given.first else {
            reader.error("give exactly one test: \(CheckReader.valueTestKeys.joined(separator: ", "))", at: parent)
            return nil
        }
        let text = reader.string(entry.value, entry.key) ?? ""
        switch entry.key {
        case "equals": return .equals(text)
        case "contains": return .contains(text)
        case "matches":
            guard (try? NSRegularExpression(pattern: text)) != nil else {
                reader.error("matches: \(text) is not a valid regular expression", at: entry.value)
                return nil
            }
            return .matches(text)
        case "atLeast", "atMost":
            guard let number = Double(text) else {
                reader.error("\(entry.key) should be a number", at: entry.value)
                return nil
            }
            return entry.key == "atLeast" ? .atLeast(number) : .atMost(number)
        case "present": return .present
        default: return .missing
        }
    }

    func hasCountTest(_ entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]?) -> Bool {
        (entries ?? []).contains { ["equals", "atLeast", "atMost"].contains($0.key) }
    }

    func countTest(_ entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]?, in parent: YAMLNode) -> CountTest? {
        let given = (entries ?? []).filter { ["equals", "atLeast", "atMost"].contains($0.key) }
        guard given.count == 1, let entry = given.first else {
            reader.error("give exactly one of equals, atLeast, atMost", at: parent)
            return nil
        }
        guard let number = reader.int(entry.value, entry.key) else { return nil }
        switch entry.key {
        case "equals": return .equals(number)
        case "atLeast": return .atLeast(number)
        default: return .atMost(number)
        }
    }

    func query(_ entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]?, in parent: YAMLNode) -> CountQuery? {
        let space = reader.string(reader.value(entries, "namespace"), "namespace")
        guard let ofNode = reader.value(entries, "of") else {
            reader.error("count: of is required (e.g. pods or @pod(app=web))", at: parent)
            return nil
        }
        guard let ref = objectRef(ofNode, "count: of", namespace: space) else { return nil }
        var query = CountQuery(objects: ref)
        query.status = reader.string(reader.value(entries, "status"), "status")
        query.phase = reader.string(reader.value(entries, "phase"), "phase")
        query.ready = reader.bool(reader.value(entries, "ready"), "ready")
        query.includeTerminating = reader.bool(reader.value(entries, "terminating"), "terminating") ?? false
        if (query.status != nil || query.phase != nil) && ref.resource != "pods" {
            reader.error("status and phase filters apply to pods only", at: parent)
        }
        if let whereNode = reader.value(entries, "where") {
            let filter = reader.mapping(whereNode, "where", allowed: ["path"] + CheckReader.valueTestKeys)
            if let path = jsonPath(reader.value(filter, "path"), in: whereNode), let test = valueTest(filter, in: whereNode) {
                query.filter = (path, test)
            }
        }
        return query
    }



    /// One pattern or a list of alternatives.
    func patterns(_ node: YAMLNode?, _ what: String) -> [CommandPattern] {
        let items: [YAMLNode]
        if let node, node.scalar != nil { items = [node] } else { items = reader.sequence(node, what) ?? [] }
        return items.compactMap { item in
            guard let text = reader.string(item, what) else { return nil }
            switch CommandPattern.parse(text, namespace: namespace, location: reader.location(item)) {
            case .success(let pattern): return pattern
            case .failure(let error):
                reader.error("\(what) \(text): \(error.message)", at: item)
                return nil
            }
        }
    }

    /// A value to compare an answer with: `{object, path}` or `{count: {...}}`.
    func valueExpression(_ node: YAMLNode?, in parent: YAMLNode) -> ValueExpression? {
        guard let node else {
            reader.error("question: answer is required", at: parent)
            return nil
        }
        let entries = reader.mapping(node, "answer", allowed: ["object", "namespace", "path", "count", "firstEvent", "kubeconfig"])
        if let fieldNode = reader.value(entries, "kubeconfig") {
            guard let text = reader.string(fieldNode, "kubeconfig"), let field = KubeconfigField(rawValue: text) else {
                reader.error("kubeconfig is current-context or namespace", at: fieldNode)
                return nil
            }
            return .kubeconfig(field)
        }
        if let eventNode = reader.value(entries, "firstEvent") {
            let space = reader.string(reader.value(entries, "namespace"), "namespace")
            return objectRef(eventNode, "firstEvent", namespace: space).map { .firstEvent($0) }
        }
        if let countNode = reader.value(entries, "count") {
            let inner = reader.mapping(countNode, "count", allowed: ["of", "namespace", "status", "phase", "ready", "where", "terminating"])
            return query(inner, in: countNode).map { .count($0) }
        }
        guard let ref = objectInMapping(entries, node, "answer"),
              let path = jsonPath(reader.value(entries, "path"), in: node) else { return nil }
        return .field(ref, path: path)
    }
}
