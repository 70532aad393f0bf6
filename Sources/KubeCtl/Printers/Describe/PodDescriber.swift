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
        out.field(0, "Service Account", pod.spec.serviceAccountName ?? "")
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
        out.list(0, "Tolerations", (pod.spec.tolerations ?? []).map(tolerationText))
        EventsSection.write(&out, store: store, now: now, namespace: pod.namespace, kind: nil, name: pod.name, uid: pod.metadata.uid)
        return out.render()
    }

    static func writeVolumes(_ out: inout DescribeWriter, _ volumes: [Volume]) {
        guard !volumes.isEmpty else { return out.field(0, "Volumes", "<none>") }
        out.line(0, "Volumes:")
        for volume in volumes {
            out.line(1, "\(volume.name):")
            if volume.projected != nil {
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

    /// `key:Effect op=Exists for 300s` / `key=value:Effect`.
    static func tolerationText(_ toleration: Toleration) -> String {
        var text = toleration.key ?? ""
        if let value = toleration.value, !value.isEmpty { text += "=\(value)" }
        if let effect = toleration.effect, !effect.isEmpty { text += ":\(effect)" }
        if toleration.operator == "Exists" { text += " op=Exists" }
        if let seconds = toleration.tolerationSeconds { text += " for \(seconds)s" }
        return text
    }
}
