import Collections

/// A Pod's API rules: the defaults every pod spec gets plus the pod-only ones (`SetDefaults_Pod`), the
/// admission plugins that shape a new pod (ServiceAccount with its `kube-api-access-*` token volume,
/// Priority, DefaultTolerationSeconds), the create-time status (`Pending` + QoS class), and validation
/// on create (`ValidatePodCreate`) and update (`ValidatePodUpdate`).
extension Pod: APIObjectRules {
    /// The annotation that orders pods for scale-down (`controller.kubernetes.io/pod-deletion-cost`).
    public static let deletionCostAnnotation = "controller.kubernetes.io/pod-deletion-cost"
    /// Where the service account token is mounted in every container.
    public static let serviceAccountTokenMountPath = "/var/run/secrets/kubernetes.io/serviceaccount"

    /// Spec defaults, pod-only defaults and default tolerations; on update keeps status and priority.
    public mutating func applyDefaults(in cluster: Cluster) {
        PodSpecDefaults.apply(to: &spec)
        for index in spec.containers.indices { Pod.copyLimitsToRequests(&spec.containers[index]) }
        if var initContainers = spec.initContainers {
            for index in initContainers.indices { Pod.copyLimitsToRequests(&initContainers[index]) }
            spec.initContainers = initContainers
        }
        if spec.enableServiceLinks == nil { spec.enableServiceLinks = true }
        if spec.hostNetwork == true { Pod.defaultHostNetworkPorts(&spec) }
        Pod.addDefaultTolerations(&spec)
        if let old = cluster.store.get(Pod.self, key), old.metadata.uid != nil, old.metadata.uid == metadata.uid {
            // An update: the status is the kubelet's (PrepareForUpdate) and Priority admission keeps the
            // values it computed at creation.
            status = old.status
            if spec.priority == nil { spec.priority = old.spec.priority }
            if spec.preemptionPolicy == nil { spec.preemptionPolicy = old.spec.preemptionPolicy }
        }
    }

    /// `ValidatePodCreate`, or `ValidatePodUpdate` when `old` is given.
    public func validationErrors(old: Pod?, in cluster: Cluster) -> [FieldError] {
        if let old { return PodUpdateValidation.errors(new: self, old: old) }
        return Pod.annotationErrors(metadata.annotations) + PodSpecValidation.errors(spec, path: "spec", isPod: true)
    }

    /// ServiceAccount and Priority admission, then the create-time status (`Pending`, QoS class).
    public mutating func admit(in cluster: Cluster) throws {
        try admitServiceAccount(in: cluster)
        try admitPriority()
        status = PodStatus()
        status.phase = "Pending"
        status.qosClass = Pod.qosClass(of: spec)
    }

    /// The pod-deletion-cost annotation must be a 32-bit integer.
    static func annotationErrors(_ annotations: [String: String]?) -> [FieldError] {
        guard let cost = annotations?[deletionCostAnnotation], Int32(cost) == nil else { return [] }
        return [FieldError(.invalid, "metadata.annotations[\(deletionCostAnnotation)]", value: FieldError.quote(cost),
                           "must be a 32bit integer")]
    }

    /// The name admission errors call the pod by: its generateName while the name is still generated.
    private var admissionName: String {
        if let prefix = metadata.generateName, !prefix.isEmpty, name.hasPrefix(prefix), name.count == prefix.count + 5 {
            return prefix
        }
        return name
    }

    /// ServiceAccount admission: default the account, check it exists, mount the projected API token.
    private mutating func admitServiceAccount(in cluster: Cluster) throws {
        if metadata.annotations?["kubernetes.io/config.mirror"] != nil { return }
        let account = spec.serviceAccountName.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        spec.serviceAccountName = account
        spec.serviceAccount = account
        let stored = cluster.store.get(ServiceAccount.self, namespace: namespace, name: account)
        if stored == nil && account != "default" {
            throw APIError.forbidden("pods \(FieldError.quote(admissionName)) is forbidden: error looking up service account "
                + "\(namespace)/\(account): serviceaccount \(FieldError.quote(account)) not found")
        }
        if stored?.automountServiceAccountToken == false { return }
        mountServiceAccountToken(volumeName: "kube-api-access-" + cluster.random.nameSuffix(5))
    }

    /// Mounts the token volume in every container that has nothing at the token path, and adds the
    /// volume when some container needed it (`mountServiceAccountToken`).
    private mutating func mountServiceAccountToken(volumeName generated: String) {
        let existing = spec.volumes?.first { $0.name.hasPrefix("kube-api-access-") }?.name
        let volumeName = existing ?? generated
        var mount = VolumeMount(name: volumeName, mountPath: Pod.serviceAccountTokenMountPath)
        mount.readOnly = true
        var needsVolume = false
        func mountIn(_ containers: inout [Container]) {
            for index in containers.indices
            where !(containers[index].volumeMounts ?? []).contains(where: { $0.mountPath == Pod.serviceAccountTokenMountPath }) {
                containers[index].volumeMounts = (containers[index].volumeMounts ?? []) + [mount]
                needsVolume = true
            }
        }
        if var initContainers = spec.initContainers {
            mountIn(&initContainers)
            spec.initContainers = initContainers
        }
        mountIn(&spec.containers)
        guard existing == nil, needsVolume else { return }
        var volume = Pod.tokenVolume
        volume.name = volumeName
        spec.volumes = (spec.volumes ?? []) + [volume]
    }

    /// The token volume every pod copies (and names): the copies share its sources.
    static let tokenVolume: Volume = {
        var volume = Volume(name: "")
        volume.projected = tokenVolumeSource
        return volume
    }()

    /// The projected volume with the service account token, the cluster CA and the namespace.
    static let tokenVolumeSource: JSONValue = [
        "sources": [
            ["serviceAccountToken": ["expirationSeconds": 3607, "path": "token"]],
            ["configMap": ["name": "kube-root-ca.crt", "items": [["key": "ca.crt", "path": "ca.crt"]]]],
            ["downwardAPI": ["items": [["path": "namespace", "fieldRef": ["apiVersion": "v1", "fieldPath": "metadata.namespace"]]]]],
        ],
        "defaultMode": 420,
    ]

    /// The built-in priority classes (there are no PriorityClass objects in the simulation).
    static let builtInPriorityClasses: [String: Int32] = ["system-cluster-critical": 2_000_000_000, "system-node-critical": 2_000_001_000]

    /// Priority admission: resolve the class name to a priority and preemption policy.
    private mutating func admitPriority() throws {
        var priority: Int32 = 0
        if let className = spec.priorityClassName, !className.isEmpty {
            guard let value = Pod.builtInPriorityClasses[className] else {
                throw APIError.forbidden("pods \(FieldError.quote(admissionName)) is forbidden: no PriorityClass with name \(className) was found")
            }
            priority = value
        }
        if let given = spec.priority, given != priority {
            throw APIError.forbidden("pods \(FieldError.quote(admissionName)) is forbidden: the integer value of priority (\(given)) must not "
                + "be provided in pod spec; priority admission controller computed \(priority) from the given PriorityClass name")
        }
        spec.priority = priority
        if let given = spec.preemptionPolicy, given != "PreemptLowerPriority" {
            throw APIError.forbidden("pods \(FieldError.quote(admissionName)) is forbidden: the string value of PreemptionPolicy (\(given)) "
                + "must not be provided in pod spec; priority admission controller computed PreemptLowerPriority from the given PriorityClass name")
        }
        spec.preemptionPolicy = "PreemptLowerPriority"
    }

    /// `SetDefaults_Pod`: a resource with a limit but no request gets the limit as its request.
    static func copyLimitsToRequests(_ container: inout Container) {
        guard let limits = container.resources.limits else { return }
        var requests = container.resources.requests ?? [:]
        for (name, quantity) in limits where requests[name] == nil { requests[name] = quantity }
        container.resources.requests = requests
    }

    /// Host-network pods: every port's hostPort defaults to its containerPort.
    static func defaultHostNetworkPorts(_ spec: inout PodSpec) {
        func apply(_ containers: inout [Container]) {
            for index in containers.indices {
                containers[index].ports = containers[index].ports?.map { port in
                    var port = port
                    if (port.hostPort ?? 0) == 0 { port.hostPort = port.containerPort }
                    return port
                }
            }
        }
        apply(&spec.containers)
        if var initContainers = spec.initContainers {
            apply(&initContainers)
            spec.initContainers = initContainers
        }
    }

    /// DefaultTolerationSeconds admission: tolerate not-ready and unreachable nodes for 300 s unless the
    /// pod already tolerates them.
    static func addDefaultTolerations(_ spec: inout PodSpec) {
        var tolerations = spec.tolerations ?? []
        func tolerates(_ key: String) -> Bool {
            tolerations.contains { (($0.key ?? "") == key || ($0.key ?? "").isEmpty) && (($0.effect ?? "") == "NoExecute" || ($0.effect ?? "").isEmpty) }
        }
        let notReady = tolerates("node.kubernetes.io/not-ready")
        let unreachable = tolerates("node.kubernetes.io/unreachable")
        if !notReady {
            tolerations.append(Toleration(key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300))
        }
        if !unreachable {
            tolerations.append(Toleration(key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300))
        }
        // The usual outcome (no tolerations of its own) shares one array across pods.
        spec.tolerations = tolerations.isEmpty ? nil : tolerations == Pod.defaultTolerations ? Pod.defaultTolerations : tolerations
    }

    /// The two tolerations a pod without tolerations of its own gets.
    static let defaultTolerations = [
        Toleration(key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
        Toleration(key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
    ]

    /// The QoS class (`qos.ComputePodQOS`) from the cpu/memory requests and limits of all containers.
    static func qosClass(of spec: PodSpec) -> String {
        var requests: [String: Quantity] = [:]
        var limits: [String: Quantity] = [:]
        var guaranteed = true
        for container in spec.allContainers {
            for (name, quantity) in container.resources.requests ?? [:] where ["cpu", "memory"].contains(name) && quantity.sign == 1 {
                requests[name] = (requests[name] ?? .zero) + quantity
            }
            var limited = Set<String>()
            for (name, quantity) in container.resources.limits ?? [:] where ["cpu", "memory"].contains(name) && quantity.sign == 1 {
                limits[name] = (limits[name] ?? .zero) + quantity
                limited.insert(name)
            }
            if limited != ["cpu", "memory"] { guaranteed = false }
        }
        if requests.isEmpty && limits.isEmpty { return "BestEffort" }
        if guaranteed && requests.count == limits.count && requests.allSatisfy({ limits[$0.key] == $0.value }) {
            return "Guaranteed"
        }
        return "Burstable"
    }
}
