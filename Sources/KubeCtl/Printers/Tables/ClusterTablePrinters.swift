import KubeCluster

/// `kubectl get nodes`: NAME STATUS ROLES AGE VERSION, wide INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION
/// CONTAINER-RUNTIME.
public enum NodeTablePrinter: TablePrinter {
    public static let columns = [
        TableColumn("NAME", isName: true), TableColumn("STATUS"), TableColumn("ROLES"), TableColumn("AGE"),
        TableColumn("VERSION"), TableColumn("INTERNAL-IP", wide: true), TableColumn("EXTERNAL-IP", wide: true),
        TableColumn("OS-IMAGE", wide: true), TableColumn("KERNEL-VERSION", wide: true),
        TableColumn("CONTAINER-RUNTIME", wide: true),
    ]

    public static func cells(_ node: Node, _ context: TableContext) -> [String] {
        let info = node.status.nodeInfo
        func address(_ type: String) -> String { node.status.addresses?.first { $0.type == type }?.address ?? "<none>" }
        return [node.metadata.nameValue, status(of: node), joinedOrNone(roles(of: node)), context.age(node.metadata.creationTimestamp),
                info?.kubeletVersion ?? "", address("InternalIP"), address("ExternalIP"), info?.osImage ?? "<unknown>",
                info?.kernelVersion ?? "<unknown>", info?.containerRuntimeVersion ?? "<unknown>"]
    }

    /// `Ready`, `NotReady` or `Unknown`, plus `,SchedulingDisabled` when cordoned.
    public static func status(of node: Node) -> String {
        var text: String
        switch node.status.condition("Ready")?.status {
        case "True": text = "Ready"
        case .some: text = "NotReady"
        case .none: text = "Unknown"
        }
        if node.spec.unschedulable == true { text += ",SchedulingDisabled" }
        return text
    }

    /// The roles from `node-role.kubernetes.io/X` labels and `kubernetes.io/role`, sorted.
    public static func roles(of node: Node) -> [String] {
        var roles = Set<String>()
        for (key, value) in node.metadata.labelMap {
            if key.hasPrefix("node-role.kubernetes.io/") {
                let role = String(key.dropFirst("node-role.kubernetes.io/".count))
                if !role.isEmpty { roles.insert(role) }
            } else if key == "kubernetes.io/role", !value.isEmpty {
                roles.insert(value)
            }
        }
        return roles.sorted()
    }
}

/// `kubectl get namespaces`: NAME STATUS AGE.
public enum NamespaceTablePrinter: TablePrinter {
    public static let columns = [TableColumn("NAME", isName: true), TableColumn("STATUS"), TableColumn("AGE")]
    public static func cells(_ namespace: Namespace, _ context: TableContext) -> [String] {
        [namespace.metadata.nameValue, namespace.status.phase ?? "", context.age(namespace.metadata.creationTimestamp)]
    }
}

/// `kubectl get events`: LAST SEEN TYPE REASON OBJECT MESSAGE with wide columns interleaved.
public enum EventTablePrinter: TablePrinter {
    public static let columns = [
        TableColumn("LAST SEEN"), TableColumn("TYPE"), TableColumn("REASON"), TableColumn("OBJECT"),
        TableColumn("SUBOBJECT", wide: true), TableColumn("SOURCE", wide: true), TableColumn("MESSAGE"),
        TableColumn("FIRST SEEN", wide: true), TableColumn("COUNT", wide: true), TableColumn("NAME", wide: true, isName: true),
    ]

    public static func cells(_ event: Event, _ context: TableContext) -> [String] {
        let first = event.firstTimestamp.isZero ? event.eventTime : event.firstTimestamp
        let last = event.lastTimestamp.isZero ? first : event.lastTimestamp
        let involved = event.involvedObject
        let kind = (involved.kind ?? "").lowercased()
        let object = (involved.name ?? "").isEmpty ? kind : "\(kind)/\(involved.name ?? "")"
        var source = event.source?.component ?? event.reportingComponent
        if let host = event.source?.host, !host.isEmpty { source += ", \(host)" }
        return [context.age(last), event.type ?? "", event.reason ?? "", object, involved.fieldPath ?? "", source,
                (event.message ?? "").trimmingCharacters(in: .whitespacesAndNewlines), context.age(first),
                String(event.count ?? 1), event.metadata.nameValue]
    }
}

/// `kubectl get hpa`: NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE (1.32's `cpu: 30%/50%` targets).
public enum HorizontalPodAutoscalerTablePrinter: TablePrinter {
    public static let columns = [
        TableColumn("NAME", isName: true), TableColumn("REFERENCE"), TableColumn("TARGETS"), TableColumn("MINPODS"),
        TableColumn("MAXPODS"), TableColumn("REPLICAS"), TableColumn("AGE"),
    ]

    public static func cells(_ hpa: HorizontalPodAutoscaler, _ context: TableContext) -> [String] {
        let reference = "\(hpa.spec.scaleTargetRef.kind)/\(hpa.spec.scaleTargetRef.name)"
        return [hpa.metadata.nameValue, reference, targets(hpa), hpa.spec.minReplicas.map(String.init) ?? "<unset>",
                String(hpa.spec.maxReplicas), String(hpa.status.currentReplicas ?? 0),
                context.age(hpa.metadata.creationTimestamp)]
    }

    /// The TARGETS cell (`formatHPAMetrics`).
    public static func targets(_ hpa: HorizontalPodAutoscaler) -> String {
        let specs = hpa.spec.metrics ?? []
        guard !specs.isEmpty else { return "<none>" }
        var entries: [String] = []
        for (index, spec) in specs.enumerated() {
            guard spec.type == "Resource", let resource = spec.resource else { continue }
            let current = hpa.status.currentMetrics?.indices.contains(index) == true ? hpa.status.currentMetrics?[index].resource : nil
            if let utilization = resource.target.averageUtilization {
                let now = current?.current.averageUtilization.map { "\($0)%" } ?? "<unknown>"
                entries.append("\(resource.name): \(now)/\(utilization)%")
            } else {
                let target = resource.target.averageValue?.description ?? "<auto>"
                let now = current?.current.averageValue?.description ?? "<unknown>"
                entries.append("\(resource.name): \(now)/\(target)")
            }
        }
        if entries.count > 2 { return entries.prefix(2).joined(separator: ", ") + " + \(entries.count - 2) more..." }
        return entries.joined(separator: ", ")
    }
}
