import KubeCluster

/// One condition a challenge's goal needs, read from the cluster's state (never from what was typed).
///
/// The vocabulary (each a one-key map in the challenge file; `namespace` defaults to `default`):
/// - `deploymentAvailable: {name}` — the rollout is complete: every replica up to date and available.
/// - `podsReady: {selector: app=web, min: 2}` — at least `min` (default 1) matching pods are Ready.
/// - `serviceEndpoints: {service, min: 1}` — the Service has at least `min` ready endpoint addresses.
/// - `httpGet: {url, from: default, status: 200}` — a request from a pod in `from` gets that status.
/// - `hpaMetrics: {name}` — the autoscaler reads its metric (no `<unknown>`).
/// - `exists: {kind, name}` / `absent: {kind, name}` — an object is (not) there.
struct ChallengeCheck: Equatable {
    /// The check words a challenge file may use.
    enum Kind: String, CaseIterable {
        case deploymentAvailable, podsReady, serviceEndpoints, httpGet, hpaMetrics, exists, absent
    }

    var kind: Kind
    var namespace: String
    var name: String
    var selector: [String: String] = [:]
    var minimum: Int = 1
    var status: Int = 200
    var objectKind: String = ""

    /// Reads `{kind: {params}}`.
    static func read(_ value: JSONValue) throws -> ChallengeCheck {
        guard let members = value.objectValue, members.count == 1, let entry = members.elements.first else {
            throw ChallengeCheckError("a check is a map with one key, e.g. {podsReady: {selector: app=web}}")
        }
        let (key, params) = (entry.key, entry.value)
        guard let kind = Kind(rawValue: key) else {
            throw ChallengeCheckError("unknown check \"\(key)\" (known: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var check = ChallengeCheck(kind: kind, namespace: params["namespace"]?.stringValue ?? "default",
                                   name: params["name"]?.stringValue ?? params["service"]?.stringValue ?? params["url"]?.stringValue ?? "")
        if let selector = params["selector"]?.stringValue {
            for pair in selector.split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else { throw ChallengeCheckError("selector \"\(selector)\" is not key=value,…") }
                check.selector[parts[0]] = parts[1]
            }
        }
        check.minimum = Int(params["min"]?.intValue ?? 1)
        check.status = Int(params["status"]?.intValue ?? 200)
        check.objectKind = params["kind"]?.stringValue ?? ""
        if kind == .httpGet { check.namespace = params["from"]?.stringValue ?? check.namespace }
        let needsName: Set<Kind> = [.deploymentAvailable, .serviceEndpoints, .httpGet, .hpaMetrics, .exists, .absent]
        if needsName.contains(kind), check.name.isEmpty { throw ChallengeCheckError("\(key) needs a name") }
        if kind == .podsReady, check.selector.isEmpty { throw ChallengeCheckError("podsReady needs a selector") }
        if kind == .exists || kind == .absent, KindRegistry.type(forKind: check.objectKind) == nil {
            throw ChallengeCheckError("\(key) needs a known kind (got \"\(check.objectKind)\")")
        }
        return check
    }

    /// Whether the check holds now, and a sentence saying what was found.
    func evaluate(in cluster: Cluster) -> (passed: Bool, detail: String) {
        let ns = namespace == "default" ? "" : " in namespace \(namespace)"
        switch kind {
        case .deploymentAvailable:
            guard let deployment = cluster.store.get(Deployment.self, namespace: namespace, name: name) else {
                return (false, "deployment/\(name)\(ns) does not exist")
            }
            let want = deployment.spec.replicas ?? 1
            let updated = deployment.status.updatedReplicas ?? 0
            let available = deployment.status.availableReplicas ?? 0
            let observed = (deployment.status.observedGeneration ?? 0) >= (deployment.metadata.generation ?? 0)
            let done = observed && updated == want && available == want && (deployment.status.replicas ?? 0) == want
            return (done, "deployment/\(name)\(ns): \(available)/\(want) available, \(updated)/\(want) up to date")
        case .podsReady:
            let pods = cluster.store.list(Pod.self, namespace: namespace).filter { pod in
                selector.allSatisfy { pod.metadata.labelMap[$0.key] == $0.value } && !pod.metadata.isDeleting
            }
            let ready = pods.filter { $0.status.condition("Ready")?.status == "True" }.count
            let text = selector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            return (ready >= minimum, "\(ready) ready pod(s) with \(text)\(ns) (want at least \(minimum))")
        case .serviceEndpoints:
            guard cluster.store.get(Service.self, namespace: namespace, name: name) != nil else {
                return (false, "service/\(name)\(ns) does not exist")
            }
            let endpoints = cluster.store.get(Endpoints.self, namespace: namespace, name: name)
            let count = (endpoints?.subsets ?? []).reduce(0) { $0 + ($1.addresses?.count ?? 0) }
            return (count >= minimum, "service/\(name)\(ns) has \(count) ready endpoint(s) (want at least \(minimum))")
        case .httpGet:
            switch cluster.request(url: name, from: namespace, request: HTTPRequestSim(path: "/", host: name)) {
            case .success(let response):
                return (response.status == status, "GET \(name) answered \(response.status) (want \(status))")
            case .failure(let failure):
                return (false, "GET \(name) failed: \(Self.text(failure))")
            }
        case .hpaMetrics:
            guard let hpa = cluster.store.get(HorizontalPodAutoscaler.self, namespace: namespace, name: name) else {
                return (false, "hpa/\(name)\(ns) does not exist")
            }
            let value = hpa.status.currentMetrics?.first?.resource?.current.averageUtilization
            return (value != nil, "hpa/\(name)\(ns) reads " + (value.map { "\($0)%" } ?? "<unknown>"))
        case .exists, .absent:
            let resource = KindRegistry.type(forKind: objectKind)?.resource ?? ""
            let key = ObjectKey(namespace: (KindRegistry.type(forKind: objectKind)?.isNamespaced ?? true) ? namespace : "", name: name)
            let present = cluster.store.getAny(resource: resource, key) != nil
            let words = "\(objectKind.lowercased())/\(name)\(ns)"
            return (kind == .exists ? present : !present, present ? "\(words) exists" : "\(words) does not exist")
        }
    }

    private static func text(_ failure: ConnectionFailure) -> String {
        switch failure {
        case .refused(let host, let port): return "connection to \(host):\(port) refused"
        case .unknownHost(let host): return "could not resolve \(host)"
        case .timedOut(let host, let port): return "\(host):\(port) did not answer"
        case .noEndpoints(let service): return "service \(service) has no ready endpoints"
        }
    }
}

/// A malformed check in a challenge file.
struct ChallengeCheckError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
