import KubeCluster

/// The `Pod Template:` block shared by the Deployment, ReplicaSet, DaemonSet and Job describers.
enum PodTemplateDescriber {
    static func write(_ out: inout DescribeWriter, _ template: PodTemplateSpec) {
        out.line(0, "Pod Template:")
        out.list(1, "Labels", DescribeText.labels(template.metadata.labels))
        let annotations = DescribeText.annotations(template.metadata.annotations)
        if !annotations.isEmpty { out.list(1, "Annotations", annotations) }
        if let account = template.spec.serviceAccountName, !account.isEmpty { out.field(1, "Service Account", account) }
        if let initContainers = template.spec.initContainers, !initContainers.isEmpty {
            out.line(1, "Init Containers:")
            for container in initContainers { ContainerDescriber.write(&out, container, status: nil, template: true) }
        }
        out.line(1, "Containers:")
        for container in template.spec.containers { ContainerDescriber.write(&out, container, status: nil, template: true) }
        PodDescriber.writeVolumes(&out, template.spec.volumes ?? [], template: true)
        if let priorityClass = template.spec.priorityClassName, !priorityClass.isEmpty {
            out.field(1, "Priority Class Name", priorityClass)
        }
        out.list(1, "Node-Selectors", DescribeText.labels(template.spec.nodeSelector))
        out.list(1, "Tolerations", PodDescriber.tolerationLines(template.spec.tolerations))
    }
}

/// `kubectl describe deployment`.
public enum DeploymentDescriber {
    public static func describe(_ deployment: Deployment, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        let spec = deployment.spec
        let status = deployment.status
        out.field(0, "Name", deployment.name)
        out.field(0, "Namespace", deployment.namespace)
        out.field(0, "CreationTimestamp", DescribeText.date(deployment.metadata.creationTimestamp))
        out.list(0, "Labels", DescribeText.labels(deployment.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(deployment.metadata.annotations))
        out.field(0, "Selector", SelectorText.format(spec.selector))
        out.field(0, "Replicas", "\(spec.replicas ?? 0) desired | \(status.updatedReplicas ?? 0) updated | "
            + "\(status.replicas ?? 0) total | \(status.availableReplicas ?? 0) available | \(status.unavailableReplicas ?? 0) unavailable")
        out.field(0, "StrategyType", spec.strategy.type ?? "")
        out.field(0, "MinReadySeconds", String(spec.minReadySeconds ?? 0))
        if spec.strategy.type == "RollingUpdate", let rolling = spec.strategy.rollingUpdate {
            out.field(0, "RollingUpdateStrategy", "\(text(rolling.maxUnavailable)) max unavailable, \(text(rolling.maxSurge)) max surge")
        }
        PodTemplateDescriber.write(&out, spec.template)
        if let conditions = status.conditions, !conditions.isEmpty {
            out.line(0, "Conditions:")
            out.line(1, "Type\tStatus\tReason")
            out.line(1, "----\t------\t------")
            for condition in conditions { out.line(1, "\(condition.type) \t\(condition.status)\t\(condition.reason ?? "")") }
        }
        let owned = store.list(ReplicaSet.self, namespace: deployment.namespace)
            .filter { $0.metadata.controllerReference?.uid == deployment.metadata.uid }
        let revision = { (rs: ReplicaSet) in Int(rs.metadata.annotationMap["deployment.kubernetes.io/revision"] ?? "") ?? 0 }
        let newest = owned.max { revision($0) < revision($1) }
        let newRS = owned.first { $0.spec.template.spec == spec.template.spec } ?? newest
        func label(_ rs: ReplicaSet) -> String { "\(rs.name) (\(rs.status.replicas)/\(rs.spec.replicas ?? 0) replicas created)" }
        let old = owned.filter { $0.name != newRS?.name }
        out.field(0, "OldReplicaSets", old.isEmpty ? "<none>" : old.map(label).joined(separator: ", "))
        out.field(0, "NewReplicaSet", newRS.map(label) ?? "<none>")
        EventsSection.write(&out, store: store, now: now, namespace: deployment.namespace, kind: Deployment.kind,
                            name: deployment.name, uid: deployment.metadata.uid)
        return out.render()
    }

    static func text(_ value: IntOrString?) -> String {
        switch value {
        case .int(let number)?: return String(number)
        case .string(let text)?: return text
        case nil: return "0"
        }
    }
}

/// `kubectl describe replicaset`.
public enum ReplicaSetDescriber {
    public static func describe(_ replicaSet: ReplicaSet, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", replicaSet.name)
        out.field(0, "Namespace", replicaSet.namespace)
        out.field(0, "Selector", SelectorText.format(replicaSet.spec.selector))
        out.list(0, "Labels", DescribeText.labels(replicaSet.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(replicaSet.metadata.annotations))
        if let owner = replicaSet.metadata.controllerReference { out.field(0, "Controlled By", "\(owner.kind)/\(owner.name)") }
        out.field(0, "Replicas", "\(replicaSet.status.replicas) current / \(replicaSet.spec.replicas ?? 0) desired")
        let pods = store.list(Pod.self, namespace: replicaSet.namespace)
            .filter { $0.metadata.controllerReference?.uid == replicaSet.metadata.uid }
        out.field(0, "Pods Status", PodPhaseCounts(pods).text)
        PodTemplateDescriber.write(&out, replicaSet.spec.template)
        EventsSection.write(&out, store: store, now: now, namespace: replicaSet.namespace, kind: ReplicaSet.kind,
                            name: replicaSet.name, uid: replicaSet.metadata.uid)
        return out.render()
    }
}

/// `N Running / N Waiting / N Succeeded / N Failed` for a set of pods.
struct PodPhaseCounts {
    var running = 0, waiting = 0, succeeded = 0, failed = 0
    init(_ pods: [Pod]) {
        for pod in pods {
            switch pod.status.phase {
            case "Running": running += 1
            case "Succeeded": succeeded += 1
            case "Failed": failed += 1
            default: waiting += 1
            }
        }
    }
    var text: String { "\(running) Running / \(waiting) Waiting / \(succeeded) Succeeded / \(failed) Failed" }
}
