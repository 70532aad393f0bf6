import Foundation
import KubeCluster
import KubeCtl
import Yams

/// The check kinds written as mappings: each reads its keys and reports what is missing.
extension CheckReader {
    func field(_ value: YAMLNode) -> CheckKind? {
        let entries = reader.mapping(value, "field", allowed: ["object", "namespace", "path"] + CheckReader.valueTestKeys)
        guard let ref = objectInMapping(entries, value, "field"),
              let path = jsonPath(reader.value(entries, "path"), in: value),
              let test = valueTest(entries, in: value) else { return nil }
        return .field(ref, path: path, test: test)
    }

    func count(_ value: YAMLNode) -> CheckKind? {
        let entries = reader.mapping(value, "count", allowed: ["of", "namespace", "status", "phase", "ready", "where", "terminating",
                                                               "equals", "atLeast", "atMost"])
        guard let query = query(entries, in: value), let test = countTest(entries, in: value) else { return nil }
        return .count(query, test: test)
    }

    func endpoints(_ value: YAMLNode) -> CheckKind? {
        if let name = value.scalar?.string { return .endpoints(service: name, namespace: nil, test: .atLeast(1)) }
        let entries = reader.mapping(value, "endpoints", allowed: ["service", "namespace", "equals", "atLeast", "atMost"])
        guard let name = reader.requiredString(reader.value(entries, "service"), "endpoints: service", in: value) else { return nil }
        let test = hasCountTest(entries) ? countTest(entries, in: value) : .atLeast(1)
        return test.map { .endpoints(service: name, namespace: reader.string(reader.value(entries, "namespace"), "namespace"), test: $0) }
    }

    func condition(_ value: YAMLNode) -> CheckKind? {
        let entries = reader.mapping(value, "condition", allowed: ["object", "namespace", "type", "status"])
        guard let ref = objectInMapping(entries, value, "condition"),
              let type = reader.requiredString(reader.value(entries, "type"), "condition: type", in: value) else { return nil }
        return .condition(ref, type: type, status: reader.string(reader.value(entries, "status"), "condition: status") ?? "True")
    }

    func revision(_ value: YAMLNode) -> CheckKind? {
        let entries = reader.mapping(value, "revision", allowed: ["deployment", "namespace", "atLeast"])
        if reader.value(entries, "atLeast") == nil { reader.error("revision: atLeast is required", at: value) }
        guard let name = reader.requiredString(reader.value(entries, "deployment"), "revision: deployment", in: value),
              let atLeast = reader.int(reader.value(entries, "atLeast"), "revision: atLeast") else { return nil }
        return .revision(deployment: name, namespace: reader.string(reader.value(entries, "namespace"), "namespace"), atLeast: atLeast)
    }

    func reached(_ value: YAMLNode) -> CheckKind? {
        let entries = reader.mapping(value, "reached", allowed: ["service", "namespace", "via"])
        guard let name = reader.requiredString(reader.value(entries, "service"), "reached: service", in: value) else { return nil }
        var via = ServiceAccess.any
        if let text = reader.string(reader.value(entries, "via"), "reached: via") {
            guard let parsed = ServiceAccess(rawValue: text) else {
                reader.error("reached: via is nodePort or any", at: reader.value(entries, "via"))
                return nil
            }
            via = parsed
        }
        return .reached(service: name, namespace: reader.string(reader.value(entries, "namespace"), "namespace"), via: via)
    }

    func context(_ value: YAMLNode) -> CheckKind? {
        let entries = reader.mapping(value, "context", allowed: ["name", "namespace"])
        let name = reader.string(reader.value(entries, "name"), "context: name")
        let space = reader.string(reader.value(entries, "namespace"), "context: namespace")
        if name == nil, space == nil { reader.error("context needs name and/or namespace", at: value) }
        return .context(name: name, namespace: space)
    }

    func event(_ node: YAMLNode) -> CheckKind? {
        let entries = reader.mapping(node, "event", allowed: ["reason", "object", "namespace", "type", "message"])
        guard let reason = reader.requiredString(reader.value(entries, "reason"), "event: reason", in: node) else { return nil }
        let space = reader.string(reader.value(entries, "namespace"), "namespace")
        let object = reader.value(entries, "object").flatMap { objectRef($0, "event: object", namespace: space) }
        let type = reader.string(reader.value(entries, "type"), "event: type")
        if let type, type != "Normal", type != "Warning" { reader.error("event: type is Normal or Warning", at: node) }
        return .event(EventPattern(reason: reason, object: object, type: type,
                                   messageContains: reader.string(reader.value(entries, "message"), "event: message")))
    }

    func command(_ node: YAMLNode) -> CheckKind? {
        var succeeded = true
        var patternsNode: YAMLNode? = node
        if node.mapping != nil {
            let entries = reader.mapping(node, "command", allowed: ["run", "succeeded"])
            patternsNode = reader.value(entries, "run")
            succeeded = reader.bool(reader.value(entries, "succeeded"), "succeeded") ?? true
            if patternsNode == nil { reader.error("command: run is required", at: node) }
        }
        let patterns = self.patterns(patternsNode, "command")
        return patterns.isEmpty ? nil : .command(patterns, succeeded: succeeded)
    }
}
