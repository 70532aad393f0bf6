import Foundation
import KubeCluster

/// `kubectl describe node`: identity, taints, lease, conditions, addresses, capacity, system info,
/// non-terminated pods with their share of allocatable, allocated totals and events.
public enum NodeDescriber {
    public static func describe(_ node: Node, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", node.name)
        out.field(0, "Roles", joinedOrNone(NodeTablePrinter.roles(of: node)))
        out.list(0, "Labels", DescribeText.labels(node.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(node.metadata.annotations))
        out.field(0, "CreationTimestamp", DescribeText.date(node.metadata.creationTimestamp))
        out.list(0, "Taints", (node.spec.taints ?? []).map { "\($0.key)\($0.value.map { "=\($0)" } ?? ""):\($0.effect)" })
        out.field(0, "Unschedulable", node.spec.unschedulable == true ? "true" : "false")
        out.line(0, "Lease:")
        out.field(1, "HolderIdentity", node.name)
        out.field(1, "AcquireTime", "<unset>")
        let heartbeat = node.status.condition("Ready")?.lastHeartbeatTime
        out.field(1, "RenewTime", heartbeat.map(DescribeText.date) ?? "<unset>")
        out.line(0, "Conditions:")
        out.line(1, "Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage")
        out.line(1, "----\t------\t-----------------\t------------------\t------\t-------")
        for condition in node.status.conditions ?? [] {
            out.line(1, "\(condition.type) \t\(condition.status) \t\(condition.lastHeartbeatTime.map(DescribeText.date) ?? "") \t"
                + "\(condition.lastTransitionTime.map(DescribeText.date) ?? "") \t\(condition.reason ?? "") \t\(condition.message ?? "")")
        }
        out.line(0, "Addresses:")
        for address in node.status.addresses ?? [] { out.field(1, address.type, address.address) }
        writeResources(&out, "Capacity", node.status.capacity)
        writeResources(&out, "Allocatable", node.status.allocatable)
        if let info = node.status.nodeInfo {
            out.line(0, "System Info:")
            out.field(1, "Machine ID", info.machineID)
            out.field(1, "System UUID", info.systemUUID)
            out.field(1, "Boot ID", info.bootID)
            out.field(1, "Kernel Version", info.kernelVersion)
            out.field(1, "OS Image", info.osImage)
            out.field(1, "Operating System", info.operatingSystem)
            out.field(1, "Architecture", info.architecture)
            out.field(1, "Container Runtime Version", info.containerRuntimeVersion)
            out.field(1, "Kubelet Version", info.kubeletVersion)
            out.field(1, "Kube-Proxy Version", info.kubeProxyVersion)
        }
        if let cidr = node.spec.podCIDR { out.field(0, "PodCIDR", cidr) }
        if let cidrs = node.spec.podCIDRs { out.field(0, "PodCIDRs", cidrs.joined(separator: ",")) }
        if let provider = node.spec.providerID { out.field(0, "ProviderID", provider) }
        NodeAllocation.write(&out, node: node, store: store, now: now)
        EventsSection.write(&out, store: store, now: now, namespace: "", kind: Node.kind, name: node.name, uid: node.metadata.uid)
        return out.render()
    }

    static func writeResources(_ out: inout DescribeWriter, _ label: String, _ list: [String: Quantity]?) {
        out.line(0, "\(label):")
        for (name, quantity) in (list ?? [:]).sorted(by: { $0.key < $1.key }) { out.field(1, name, quantity.description) }
    }
}

/// `kubectl describe namespace`.
public enum NamespaceDescriber {
    public static func describe(_ namespace: Namespace, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", namespace.name)
        out.list(0, "Labels", DescribeText.labels(namespace.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(namespace.metadata.annotations))
        out.field(0, "Status", namespace.status.phase ?? "")
        out.line(0, "")
        out.line(0, "No resource quota.")
        out.line(0, "")
        out.line(0, "No LimitRange resource.")
        return out.render()
    }
}

/// `kubectl describe configmap`: each key, a `----` rule and the value, then BinaryData and events.
public enum ConfigMapDescriber {
    public static func describe(_ configMap: ConfigMap, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", configMap.name)
        out.field(0, "Namespace", configMap.namespace)
        out.list(0, "Labels", DescribeText.labels(configMap.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(configMap.metadata.annotations))
        out.line(0, "")
        out.line(0, "Data")
        out.line(0, "====")
        for (key, value) in (configMap.data ?? [:]).sorted(by: { $0.key < $1.key }) {
            out.line(0, "\(key):")
            out.line(0, "----")
            out.line(0, value)
            out.line(0, "")
        }
        out.line(0, "")
        out.line(0, "BinaryData")
        out.line(0, "====")
        for (key, value) in (configMap.binaryData ?? [:]).sorted(by: { $0.key < $1.key }) {
            out.line(0, "\(key): \(value.count * 3 / 4) bytes")
        }
        out.line(0, "")
        EventsSection.write(&out, store: store, now: now, namespace: configMap.namespace, kind: ConfigMap.kind,
                            name: configMap.name, uid: configMap.metadata.uid)
        return out.render()
    }
}

/// `kubectl describe secret`: keys and their decoded sizes, never the values.
public enum SecretDescriber {
    public static func describe(_ secret: Secret, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", secret.name)
        out.field(0, "Namespace", secret.namespace)
        out.list(0, "Labels", DescribeText.labels(secret.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(secret.metadata.annotations))
        out.line(0, "")
        out.field(0, "Type", secret.type ?? "")
        out.line(0, "")
        out.line(0, "Data")
        out.line(0, "====")
        for (key, value) in (secret.data ?? [:]).sorted(by: { $0.key < $1.key }) {
            let size = Data(base64Encoded: value)?.count ?? 0
            out.field(0, key, "\(size) bytes")
        }
        return out.render()
    }
}

/// `kubectl describe serviceaccount`.
public enum ServiceAccountDescriber {
    public static func describe(_ account: ServiceAccount, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", account.name)
        out.field(0, "Namespace", account.namespace)
        out.list(0, "Labels", DescribeText.labels(account.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(account.metadata.annotations))
        out.field(0, "Image pull secrets", "<none>")
        out.list(0, "Mountable secrets", (account.secrets ?? []).compactMap(\.name))
        out.field(0, "Tokens", "<none>")
        EventsSection.write(&out, store: store, now: now, namespace: account.namespace, kind: ServiceAccount.kind,
                            name: account.name, uid: account.metadata.uid)
        return out.render()
    }
}

/// `kubectl describe endpoints`.
public enum EndpointsDescriber {
    public static func describe(_ endpoints: Endpoints, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", endpoints.name)
        out.field(0, "Namespace", endpoints.namespace)
        out.list(0, "Labels", DescribeText.labels(endpoints.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(endpoints.metadata.annotations))
        let subsets = endpoints.subsets ?? []
        out.line(0, "Subsets:")
        for subset in subsets {
            out.field(1, "Addresses", joinedOrNone((subset.addresses ?? []).map(\.ip)))
            out.field(1, "NotReadyAddresses", joinedOrNone((subset.notReadyAddresses ?? []).map(\.ip)))
            if let ports = subset.ports, !ports.isEmpty {
                out.line(1, "Ports:")
                out.line(2, "Name\tPort\tProtocol")
                out.line(2, "----\t----\t--------")
                for port in ports {
                    out.line(2, "\((port.name ?? "").isEmpty ? "<unset>" : port.name ?? "")\t\(port.port)\t\(port.protocol ?? "TCP")")
                }
            }
            out.line(0, "")
        }
        EventsSection.write(&out, store: store, now: now, namespace: endpoints.namespace, kind: Endpoints.kind,
                            name: endpoints.name, uid: endpoints.metadata.uid)
        return out.render()
    }
}
