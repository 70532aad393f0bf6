import KubeCluster

/// `kubectl describe pod`: identity, node, labels, status and IPs, each container's image, ports, state,
/// resources, probes, environment and mounts, conditions, volumes, QoS, tolerations and events.
public enum PodDescriber {
    public static func describe(_ pod: Pod, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", pod.name)
        out.field(0, "Namespace", pod.namespace)
        out.field(0, "Priority", String(pod.spec.priority ?? 0))
        if let priorityClass = pod.spec.priorityClassName, !priorityClass.isEmpty { out.field(0, "Priority Class Name", priorityClass) }
        if let account = pod.spec.serviceAccountName, !account.isEmpty { out.field(0, "Service Account", account) }
        if let node = pod.spec.nodeName, !node.isEmpty {
            out.field(0, "Node", "\(node)/\(pod.status.hostIP ?? "")")
        } else {
            out.field(0, "Node", "<none>")
        }
        if let start = pod.status.startTime { out.field(0, "Start Time", DescribeText.date(start)) }
        out.list(0, "Labels", DescribeText.labels(pod.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(pod.metadata.annotations))
        if let deletion = pod.metadata.deletionTimestamp {
            out.field(0, "Status", "Terminating (lasts \(HumanDuration.format(seconds: now - deletion.instant)))")
            out.field(0, "Termination Grace Period", "\(pod.metadata.deletionGracePeriodSeconds ?? 30)s")
        } else {
            out.field(0, "Status", pod.status.phase ?? "")
        }
        if let reason = pod.status.reason, !reason.isEmpty { out.field(0, "Reason", reason) }
        if let message = pod.status.message, !message.isEmpty { out.field(0, "Message", message) }
        writeSeccompProfile(&out, 0, pod.spec.securityContext)
        out.field(0, "IP", pod.status.podIP ?? "")
        if let ips = pod.status.podIPs, !ips.isEmpty {
            out.line(0, "IPs:")
            for ip in ips { out.field(1, "IP", ip.ip) }
        } else {
            out.field(0, "IPs", "<none>")
        }
        if let owner = pod.metadata.controllerReference { out.field(0, "Controlled By", "\(owner.kind)/\(owner.name)") }
        if let initContainers = pod.spec.initContainers, !initContainers.isEmpty {
            out.line(0, "Init Containers:")
            for container in initContainers {
                ContainerDescriber.write(&out, container, status: pod.status.initContainerStatuses?.first { $0.name == container.name })
            }
        }
        out.line(0, "Containers:")
        for container in pod.spec.containers {
            ContainerDescriber.write(&out, container, status: pod.status.containerStatuses?.first { $0.name == container.name })
        }
        if let conditions = pod.status.conditions, !conditions.isEmpty {
            out.line(0, "Conditions:")
            out.line(1, "Type\tStatus")
            for condition in conditions { out.line(1, "\(condition.type) \t\(condition.status) ") }
        }
        writeVolumes(&out, pod.spec.volumes ?? [])
        out.field(0, "QoS Class", pod.status.qosClass ?? "")
        out.list(0, "Node-Selectors", DescribeText.labels(pod.spec.nodeSelector))
        out.list(0, "Tolerations", tolerationLines(pod.spec.tolerations))
        EventsSection.write(&out, store: store, now: now, namespace: pod.namespace, kind: nil, name: pod.name, uid: pod.metadata.uid)
        return out.render()
    }

    /// `SeccompProfile:` (and `LocalhostProfile:`) of a pod or container security context, when one is set.
    static func writeSeccompProfile(_ out: inout DescribeWriter, _ level: Int, _ securityContext: JSONValue?) {
        guard let profile = securityContext?["seccompProfile"], let type = profile["type"]?.stringValue else { return }
        out.field(level, "SeccompProfile", type)
        if type == "Localhost" { out.field(level + 1, "LocalhostProfile", profile["localhostProfile"]?.stringValue ?? "") }
    }

    /// The `Volumes:` block; in a pod template (`template`) it sits one level in and names get one more space.
    static func writeVolumes(_ out: inout DescribeWriter, _ volumes: [Volume], template: Bool = false) {
        let level = template ? 1 : 0
        guard !volumes.isEmpty else { return out.field(level, "Volumes", "<none>") }
        out.line(level, "Volumes:")
        for volume in volumes {
            out.line(1, (template ? " " : "") + "\(volume.name):")
            if let hostPath = volume.hostPath {
                out.field(2, "Type", "HostPath (bare host directory volume)")
                out.field(2, "Path", hostPath["path"]?.stringValue ?? "")
                out.field(2, "HostPathType", hostPath["type"]?.stringValue ?? "<none>")
            } else if let claim = volume.persistentVolumeClaim {
                out.field(2, "Type", "PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)")
                out.field(2, "ClaimName", claim["claimName"]?.stringValue ?? "")
                out.field(2, "ReadOnly", claim["readOnly"]?.boolValue == true ? "true" : "false")
            } else if volume.projected != nil {
                out.field(2, "Type", "Projected (a volume that contains injected data from multiple sources)")
                out.field(2, "TokenExpirationSeconds", "3607")
                out.field(2, "ConfigMapName", "kube-root-ca.crt")
                out.field(2, "ConfigMapOptional", "<nil>")
                out.field(2, "DownwardAPI", "true")
            } else if let configMap = volume.configMap {
                out.field(2, "Type", "ConfigMap (a volume populated by a ConfigMap)")
                out.field(2, "Name", configMap["name"]?.stringValue ?? "")
                out.field(2, "Optional", configMap["optional"]?.boolValue == true ? "true" : "false")
            } else if let secret = volume.secret {
                out.field(2, "Type", "Secret (a volume populated by a Secret)")
                out.field(2, "SecretName", secret["secretName"]?.stringValue ?? "")
                out.field(2, "Optional", secret["optional"]?.boolValue == true ? "true" : "false")
            } else if let emptyDir = volume.emptyDir {
                out.field(2, "Type", "EmptyDir (a temporary directory that shares a pod's lifetime)")
                out.field(2, "Medium", emptyDir["medium"]?.stringValue ?? "")
                out.field(2, "SizeLimit", emptyDir["sizeLimit"]?.stringValue ?? "<unset>")
            } else {
                out.field(2, "Type", "<unknown>")
            }
        }
    }

    /// The `Tolerations:` lines: sorted by key with Go's `sort.Slice` (so equal keys keep kubectl's order).
    static func tolerationLines(_ tolerations: [Toleration]?) -> [String] {
        var sorted = tolerations ?? []
        try? GoSort.sort(count: sorted.count, less: { (sorted[$0].key ?? "") < (sorted[$1].key ?? "") },
                         swap: { sorted.swapAt($0, $1) })
        return sorted.map(tolerationText)
    }

    /// `key:Effect op=Exists for 300s` / `key=value:Effect`; a bare `op=Exists` tolerates everything.
    static func tolerationText(_ toleration: Toleration) -> String {
        let key = toleration.key ?? "", effect = toleration.effect ?? ""
        var text = key
        if let value = toleration.value, !value.isEmpty { text += "=\(value)" }
        if !effect.isEmpty { text += ":\(effect)" }
        if toleration.operator == "Exists", (toleration.value ?? "").isEmpty {
            text += key.isEmpty && effect.isEmpty ? "op=Exists" : " op=Exists"
        }
        if let seconds = toleration.tolerationSeconds { text += " for \(seconds)s" }
        return text
    }
}
