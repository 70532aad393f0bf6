import KubeCluster

/// An object a check names: a resource type, a name, and a namespace (nil: the context's namespace).
public struct ObjectLocator: Equatable, Sendable, CustomStringConvertible {
    /// The resolved resource type.
    public let resource: APIResource
    /// The object's name.
    public let name: String
    /// The namespace, or nil for the context's (ignored for cluster-scoped types).
    public let namespace: String?

    /// Resolves `type/name` (any alias kubectl accepts: `deploy/web`, `svc/web`); nil for an unknown type.
    public init?(_ text: String, namespace: String? = nil) {
        let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty,
              let resolution = ResourceCatalog.standard.resolve(parts[0]) else { return nil }
        resource = resolution.resource
        name = parts[1]
        self.namespace = namespace
    }

    /// `kind/name`, e.g. `deployment/web`.
    public var description: String { "\(resource.kind.lowercased())/\(name)" }

    /// The namespace the object is looked up in, given the context's.
    func effectiveNamespace(_ contextNamespace: String) -> String {
        resource.namespaced ? (namespace ?? contextNamespace) : ""
    }
}

/// One condition on a cluster's state; the shared vocabulary of manifest answers and live tasks.
public enum StateCheck: Sendable {
    /// The object exists (and is not being deleted).
    case exists(ObjectLocator)
    /// The object does not exist.
    case absent(ObjectLocator)
    /// The value at a path equals a scalar (quantities compare by value: `0.5` equals `500m`).
    case field(ObjectLocator, path: FieldPath, equals: String)
    /// A Deployment/ReplicaSet/StatefulSet reports exactly this many ready replicas.
    case readyReplicas(ObjectLocator, count: Int)
    /// A Service has this type and exposes this port (and target/node port when given).
    case service(ObjectLocator, type: String?, port: Int?, targetPort: String?, nodePort: Int?)
    /// At least `count` pods matching the selector are Ready.
    case podsReady(selector: String, namespace: String?, count: Int)
    /// The Service has exactly `count` ready endpoint addresses.
    case endpoints(ObjectLocator, count: Int)
}

/// The outcome of one check: whether it held, and what was found, in both languages.
public struct CheckOutcome: Sendable {
    /// True when the check held.
    public let passed: Bool
    /// What was expected and what was found.
    public let message: LocalizedText
}

/// Evaluates checks against a cluster.
public struct StateCheckEvaluator {
    /// The cluster to read.
    public let cluster: Cluster
    /// The namespace checks without one look in.
    public let contextNamespace: String

    /// An evaluator over `cluster` whose default namespace is `contextNamespace`.
    public init(cluster: Cluster, contextNamespace: String = "default") {
        self.cluster = cluster
        self.contextNamespace = contextNamespace
    }

    /// The outcome of every check, in order.
    public func evaluate(_ checks: [StateCheck]) -> [CheckOutcome] {
        checks.map(evaluate)
    }

    /// The outcome of one check.
    public func evaluate(_ check: StateCheck) -> CheckOutcome {
        switch check {
        case .exists(let reference):
            let found = object(reference) != nil
            return CheckOutcome(passed: found, message: found
                ? LocalizedText(en: "\(reference) exists", zh: "\(reference) 已存在")
                : LocalizedText(en: "\(reference) does not exist\(where_(reference))",
                                zh: "\(reference) 不存在\(whereZh(reference))"))
        case .absent(let reference):
            let gone = object(reference) == nil
            return CheckOutcome(passed: gone, message: gone
                ? LocalizedText(en: "\(reference) is gone", zh: "\(reference) 已不存在")
                : LocalizedText(en: "\(reference) still exists", zh: "\(reference) 仍然存在"))
        case .field(let reference, let path, let expected):
            return fieldOutcome(reference, path: path, expected: expected)
        case .readyReplicas(let reference, let count):
            return readyOutcome(reference, count: count)
        case .service(let reference, let type, let port, let targetPort, let nodePort):
            return ServiceCheck(evaluator: self).outcome(reference, type: type, port: port, targetPort: targetPort,
                                                         nodePort: nodePort)
        case .podsReady(let selector, let namespace, let count):
            return podsReadyOutcome(selector: selector, namespace: namespace ?? contextNamespace, count: count)
        case .endpoints(let reference, let count):
            return endpointsOutcome(reference, count: count)
        }
    }

    /// The object as JSON, or nil when it does not exist or is being deleted.
    func object(_ reference: ObjectLocator) -> JSONValue? {
        let key = ObjectKey(namespace: reference.effectiveNamespace(contextNamespace), name: reference.name)
        guard let stored = cluster.store.getAny(resource: reference.resource.name, key),
              !stored.metadata.isDeleting else { return nil }
        return try? TreeEncoder().encode(stored)
    }

    private func where_(_ reference: ObjectLocator) -> String {
        reference.resource.namespaced ? " in namespace \(reference.effectiveNamespace(contextNamespace))" : ""
    }

    private func whereZh(_ reference: ObjectLocator) -> String {
        reference.resource.namespaced ? "（namespace \(reference.effectiveNamespace(contextNamespace))）" : ""
    }

    private func fieldOutcome(_ reference: ObjectLocator, path: FieldPath, expected: String) -> CheckOutcome {
        guard let json = object(reference) else {
            return CheckOutcome(passed: false, message: LocalizedText(
                en: "\(reference) does not exist\(where_(reference))", zh: "\(reference) 不存在\(whereZh(reference))"))
        }
        guard let found = path.value(in: json), !found.isNull else {
            return CheckOutcome(passed: false, message: LocalizedText(
                en: "\(reference) has no \(path), expected \(expected)", zh: "\(reference) 沒有 \(path)，應為 \(expected)"))
        }
        let text = Self.scalarText(found)
        let passed = Self.sameScalar(text, expected)
        return CheckOutcome(passed: passed, message: passed
            ? LocalizedText(en: "\(reference) \(path) is \(expected)", zh: "\(reference) 的 \(path) 是 \(expected)")
            : LocalizedText(en: "\(reference) \(path) is \(text), expected \(expected)",
                            zh: "\(reference) 的 \(path) 是 \(text)，應為 \(expected)"))
    }

    private func readyOutcome(_ reference: ObjectLocator, count: Int) -> CheckOutcome {
        guard let json = object(reference) else {
            return CheckOutcome(passed: false, message: LocalizedText(
                en: "\(reference) does not exist\(where_(reference))", zh: "\(reference) 不存在\(whereZh(reference))"))
        }
        let ready = Int(json.value(at: ["status", "readyReplicas"])?.intValue ?? 0)
        let passed = ready == count
        return CheckOutcome(passed: passed, message: LocalizedText(
            en: "\(reference) has \(ready) ready replicas" + (passed ? "" : ", expected \(count)"),
            zh: "\(reference) 有 \(ready) 個 ready 副本" + (passed ? "" : "，應為 \(count)")))
    }

    private func podsReadyOutcome(selector: String, namespace: String, count: Int) -> CheckOutcome {
        guard let parsed = try? LabelSelector(parsing: selector) else {
            return CheckOutcome(passed: false, message: LocalizedText(en: "bad selector \(selector)", zh: "selector 錯誤：\(selector)"))
        }
        let ready = cluster.store.list(Pod.self, namespace: namespace).filter { pod in
            !pod.metadata.isDeleting && parsed.matches(pod.metadata.labelMap)
                && (pod.status.conditions ?? []).contains { $0.type == "Ready" && $0.status == "True" }
        }.count
        let passed = ready >= count
        return CheckOutcome(passed: passed, message: LocalizedText(
            en: "\(ready) ready pods match \(selector)" + (passed ? "" : ", expected at least \(count)"),
            zh: "符合 \(selector) 且 ready 的 Pod 有 \(ready) 個" + (passed ? "" : "，至少要 \(count) 個")))
    }

    private func endpointsOutcome(_ reference: ObjectLocator, count: Int) -> CheckOutcome {
        let key = ObjectKey(namespace: reference.effectiveNamespace(contextNamespace), name: reference.name)
        let ready = cluster.store.get(Endpoints.self, key)?.subsets?.reduce(0) { $0 + ($1.addresses?.count ?? 0) } ?? 0
        let passed = ready == count
        return CheckOutcome(passed: passed, message: LocalizedText(
            en: "\(reference) has \(ready) ready endpoints" + (passed ? "" : ", expected \(count)"),
            zh: "\(reference) 有 \(ready) 個 ready 的 endpoint" + (passed ? "" : "，應為 \(count)")))
    }

    /// A scalar as checks compare it: strings as they are, numbers and booleans as YAML writes them.
    static func scalarText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return number.rounded() == number ? String(Int64(number)) : String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        default: return value.compactJSON()
        }
    }

    /// True when two scalars are the same text, or the same quantity (`1Gi` and `1024Mi`).
    static func sameScalar(_ found: String, _ expected: String) -> Bool {
        if found == expected { return true }
        guard let left = Quantity.parse(found), let right = Quantity.parse(expected) else { return false }
        return left == right
    }
}

/// The Service check: type, port, target port and node port.
private struct ServiceCheck {
    let evaluator: StateCheckEvaluator

    func outcome(_ reference: ObjectLocator, type: String?, port: Int?, targetPort: String?, nodePort: Int?) -> CheckOutcome {
        guard let json = evaluator.object(reference) else {
            return CheckOutcome(passed: false, message: LocalizedText(
                en: "\(reference) does not exist", zh: "\(reference) 不存在"))
        }
        let foundType = json.value(at: ["spec", "type"])?.stringValue ?? "ClusterIP"
        if let type, type != foundType {
            return CheckOutcome(passed: false, message: LocalizedText(
                en: "\(reference) is of type \(foundType), expected \(type)", zh: "\(reference) 的 type 是 \(foundType)，應為 \(type)"))
        }
        let ports = json.value(at: ["spec", "ports"])?.arrayValue ?? []
        guard let port else { return pass(reference, foundType) }
        guard let entry = ports.first(where: { $0["port"]?.intValue == Int64(port) }) else {
            let listed = ports.compactMap { $0["port"]?.intValue }.map(String.init).joined(separator: ", ")
            return CheckOutcome(passed: false, message: LocalizedText(
                en: "\(reference) does not expose port \(port) (ports: \(listed.isEmpty ? "none" : listed))",
                zh: "\(reference) 沒有開放 port \(port)（目前：\(listed.isEmpty ? "無" : listed)）"))
        }
        if let targetPort {
            let found = entry["targetPort"].map(StateCheckEvaluator.scalarText) ?? String(port)
            if found != targetPort {
                return CheckOutcome(passed: false, message: LocalizedText(
                    en: "\(reference) port \(port) targets \(found), expected \(targetPort)",
                    zh: "\(reference) 的 port \(port) 轉到 \(found)，應為 \(targetPort)"))
            }
        }
        if let nodePort, entry["nodePort"]?.intValue != Int64(nodePort) {
            let found = entry["nodePort"]?.intValue.map(String.init) ?? "none"
            return CheckOutcome(passed: false, message: LocalizedText(
                en: "\(reference) port \(port) has node port \(found), expected \(nodePort)",
                zh: "\(reference) 的 port \(port) nodePort 是 \(found)，應為 \(nodePort)"))
        }
        return pass(reference, foundType)
    }

    private func pass(_ reference: ObjectLocator, _ type: String) -> CheckOutcome {
        CheckOutcome(passed: true, message: LocalizedText(en: "\(reference) is a \(type) service as asked",
                                                          zh: "\(reference) 是符合要求的 \(type) Service"))
    }
}
