import KubeCluster

/// How kubectl's logs, exec, attach and port-forward turn `POD` or `TYPE/NAME` into one pod
/// (`polymorphichelpers`: `SelectorsForObject`, `GetFirstPod`, and the `ByLogging` / `ActivePods` orders).
enum PodSelection {
    /// The pod a `TYPE/NAME` owner stands for, or why there is none.
    enum Outcome {
        /// One pod; `matched` is how many pods the owner's selector matched (1 for a pod argument).
        case pod(Pod, matched: Int)
        /// A message kubectl prints as `error: …`.
        case message(String)
        /// An API error, printed the API way.
        case apiError(APIError)
    }

    /// Which order picks the first pod: `logs` prefers the pod whose logs are most useful, `exec`,
    /// `attach` and `port-forward` the most active pod.
    enum Preference { case logging, active }

    /// The object an argument names: a pod by default, or `TYPE/NAME`.
    static func resolveObject(_ argument: String, namespace: String, store: ObjectStore) -> Result<(resource: APIResource, object: any APIObject), SelectionFailure> {
        var typeName = "pods"
        var name = argument
        if let slash = argument.firstIndex(of: "/") {
            typeName = String(argument[..<slash])
            name = String(argument[argument.index(after: slash)...])
            guard !name.contains("/") else { return .failure(.message("arguments in resource/name form may not have more than one slash")) }
            guard !typeName.isEmpty, !name.isEmpty else {
                return .failure(.message("arguments in resource/name form must have a single resource and name"))
            }
        }
        guard let resolution = ResourceCatalog.standard.resolve(typeName) else {
            return .failure(.message("the server doesn't have a resource type \"\(ResourceCatalog.splitGroupResource(typeName).resource)\""))
        }
        let resource = resolution.resource
        let key = ObjectKey(namespace: resource.namespaced ? namespace : "", name: name)
        guard let object = store.getAny(resource: resource.name, key) else {
            return .failure(.notFound(APIError.notFound(resource.qualifiedName, name)))
        }
        return .success((resource, object))
    }

    /// Why an argument does not lead to an object.
    enum SelectionFailure: Error {
        case message(String)
        case notFound(APIError)
    }

    /// The label selector of a pod owner (`SelectorsForObject`), or the error kubectl prints for other kinds.
    static func selector(of object: any APIObject) -> Result<LabelSelector, KubectlMessage> {
        func fromSpec(_ spec: LabelSelectorSpec?) -> Result<LabelSelector, KubectlMessage> {
            do { return .success(try LabelSelectorSpec.selector(for: spec)) } catch { return .failure(KubectlMessage("\(error)")) }
        }
        switch object {
        case let deployment as Deployment: return fromSpec(deployment.spec.selector)
        case let replicaSet as ReplicaSet: return fromSpec(replicaSet.spec.selector)
        case let daemonSet as DaemonSet: return fromSpec(daemonSet.spec.selector)
        case let job as Job: return fromSpec(job.spec.selector)
        case let service as Service:
            guard let labels = service.spec.selector, !labels.isEmpty else {
                return .failure(KubectlMessage("invalid service '\(service.name)': Service is defined without a selector"))
            }
            return .success(LabelSelector(matchLabels: labels))
        default:
            let kind = Swift.type(of: object).kind
            let version = Swift.type(of: object).apiVersion.split(separator: "/").last.map(String.init) ?? "v1"
            return .failure(KubectlMessage("selector for *\(version).\(kind) not implemented"))
        }
    }

    /// The pods of `namespace` matching `selector`, first by `preference`.
    static func rankedPods(in namespace: String, matching selector: LabelSelector, store: ObjectStore, preference: Preference) -> [Pod] {
        let pods = store.list(Pod.self, namespace: namespace).filter { selector.matches($0.metadata.labelMap) }
        return stableSorted(pods) { preference == .logging ? loggingOrder($0, $1) : activeFirst($0, $1) }
    }

    /// A stable sort (ties keep the API's name order, as Go's insertion sort does for short lists).
    static func stableSorted(_ pods: [Pod], by less: (Pod, Pod) -> Bool) -> [Pod] {
        pods.enumerated().sorted { left, right in
            if less(left.element, right.element) { return true }
            if less(right.element, left.element) { return false }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// `podutils.ByLogging`: assigned first; Running < Unknown < Pending; ready first; ready longer first;
    /// more restarts first; older first.
    static func loggingOrder(_ left: Pod, _ right: Pod) -> Bool {
        let leftNode = left.spec.nodeName ?? "", rightNode = right.spec.nodeName ?? ""
        if leftNode != rightNode && (leftNode.isEmpty || rightNode.isEmpty) { return !leftNode.isEmpty }
        let phaseRank = ["Running": 0, "Unknown": 1, "Pending": 2]
        let leftPhase = phaseRank[left.status.phase ?? ""] ?? 0, rightPhase = phaseRank[right.status.phase ?? ""] ?? 0
        if leftPhase != rightPhase { return leftPhase < rightPhase }
        if isReady(left) != isReady(right) { return isReady(left) }
        if isReady(left), isReady(right), readyTime(left) != readyTime(right) {
            return afterOrZero(readyTime(right), readyTime(left))
        }
        if maxRestarts(left) != maxRestarts(right) { return maxRestarts(left) > maxRestarts(right) }
        let leftCreated = left.metadata.creationTimestamp, rightCreated = right.metadata.creationTimestamp
        if leftCreated != rightCreated { return afterOrZero(rightCreated, leftCreated) }
        return false
    }

    /// `sort.Reverse(podutils.ActivePods)`: the most active pod first (assigned, Running, ready, ready longer,
    /// fewer restarts, older).
    static func activeFirst(_ left: Pod, _ right: Pod) -> Bool { lessActive(right, left) }

    /// `podutils.ActivePods.Less`.
    static func lessActive(_ left: Pod, _ right: Pod) -> Bool {
        let leftNode = left.spec.nodeName ?? "", rightNode = right.spec.nodeName ?? ""
        if leftNode != rightNode && (leftNode.isEmpty || rightNode.isEmpty) { return leftNode.isEmpty }
        let phaseRank = ["Pending": 0, "Unknown": 1, "Running": 2]
        let leftPhase = phaseRank[left.status.phase ?? ""] ?? 0, rightPhase = phaseRank[right.status.phase ?? ""] ?? 0
        if leftPhase != rightPhase { return leftPhase < rightPhase }
        if isReady(left) != isReady(right) { return !isReady(left) }
        if isReady(left), isReady(right), readyTime(left) != readyTime(right) {
            return afterOrZero(readyTime(left), readyTime(right))
        }
        if maxRestarts(left) != maxRestarts(right) { return maxRestarts(left) > maxRestarts(right) }
        let leftCreated = left.metadata.creationTimestamp, rightCreated = right.metadata.creationTimestamp
        if leftCreated != rightCreated { return afterOrZero(leftCreated, rightCreated) }
        return false
    }

    static func isReady(_ pod: Pod) -> Bool { pod.status.condition("Ready")?.status == "True" }

    static func readyTime(_ pod: Pod) -> Timestamp {
        guard let condition = pod.status.condition("Ready"), condition.status == "True" else { return .zero }
        return condition.lastTransitionTime
    }

    static func maxRestarts(_ pod: Pod) -> Int32 { (pod.status.containerStatuses ?? []).map(\.restartCount).max() ?? 0 }

    /// Go's `afterOrZero(t1, t2)`: a zero time sorts last; otherwise whether t1 is after t2.
    static func afterOrZero(_ first: Timestamp, _ second: Timestamp) -> Bool {
        if first.isZero || second.isZero { return first.isZero }
        return first > second
    }

    /// The pod for `argument` (`POD` or `TYPE/NAME`). Owners with no pods yet are waited for up to
    /// `timeout` simulated seconds (`--pod-running-timeout`), as `GetFirstPod` watches for one.
    /// `selectorFailure` words the error for kinds without a pod selector (`cannot get the logs from *v1.ConfigMap: …`).
    static func pod(for argument: String, namespace: String, cluster: Cluster, preference: Preference, timeout: Double,
                    selectorFailure: (String, String) -> String) -> Outcome {
        let found: (resource: APIResource, object: any APIObject)
        switch resolveObject(argument, namespace: namespace, store: cluster.store) {
        case .success(let value): found = value
        case .failure(.message(let text)): return .message(text)
        case .failure(.notFound(let error)): return .apiError(error)
        }
        if let pod = found.object as? Pod { return .pod(pod, matched: 1) }
        let selector: LabelSelector
        switch PodSelection.selector(of: found.object) {
        case .success(let value): selector = value
        case .failure(let message):
            let text = message.text
            return .message(selectorFailure("*\(found.resource.preferredVersion).\(found.resource.kind)", text))
        }
        var pods = rankedPods(in: found.object.namespace, matching: selector, store: cluster.store, preference: preference)
        if pods.isEmpty {
            _ = cluster.advance(upTo: max(0, timeout)) {
                !rankedPods(in: found.object.namespace, matching: selector, store: cluster.store, preference: preference).isEmpty
            }
            pods = rankedPods(in: found.object.namespace, matching: selector, store: cluster.store, preference: preference)
        }
        guard let first = pods.first else { return .message("timed out waiting for the condition") }
        return .pod(first, matched: pods.count)
    }

    /// The containers of a pod as `podcmd.AllContainerNames` lists them: containers, then `x (init)`.
    static func allContainerNames(_ pod: Pod) -> String {
        (pod.spec.containers.map(\.name) + (pod.spec.initContainers ?? []).map { "\($0.name) (init)" }).joined(separator: ", ")
    }

    /// The container kubectl uses when none is named: the `kubectl.kubernetes.io/default-container` annotation,
    /// else the first container, with the `Defaulted container …` notice when the pod has several.
    static func defaultContainer(of pod: Pod, notice: (String) -> Void) -> String? {
        if let annotated = pod.metadata.annotationMap["kubectl.kubernetes.io/default-container"], !annotated.isEmpty,
           pod.spec.allContainers.contains(where: { $0.name == annotated }) {
            return annotated
        }
        guard let first = pod.spec.containers.first else { return nil }
        if pod.spec.containers.count > 1 || !(pod.spec.initContainers ?? []).isEmpty {
            notice("Defaulted container \"\(first.name)\" out of: \(allContainerNames(pod))")
        }
        return first.name
    }
}
