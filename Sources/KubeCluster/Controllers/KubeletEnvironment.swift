import Foundation

/// What a container sees: environment variables (explicit, from ConfigMaps/Secrets, service links) and
/// files (mounted ConfigMaps/Secrets, /etc/hostname, /etc/resolv.conf).
extension KubeletController {
    /// The kubelet's reason not to create the container (`CreateContainerConfigError`), if any.
    func configurationError(for container: Container, pod: Pod, in cluster: Cluster) -> String? {
        for variable in container.env ?? [] {
            guard let source = variable.valueFrom else { continue }
            if let reference = source.configMapKeyRef, reference.optional != true {
                let name = reference.name ?? ""
                guard let map = cluster.store.get(ConfigMap.self, namespace: pod.namespace, name: name) else {
                    return "configmap \"\(name)\" not found"
                }
                if map.data?[reference.key] == nil { return "couldn't find key \(reference.key) in ConfigMap \(pod.namespace)/\(name)" }
            }
            if let reference = source.secretKeyRef, reference.optional != true {
                let name = reference.name ?? ""
                guard let secret = cluster.store.get(Secret.self, namespace: pod.namespace, name: name) else {
                    return "secret \"\(name)\" not found"
                }
                if secret.data?[reference.key] == nil, secret.stringData?[reference.key] == nil {
                    return "couldn't find key \(reference.key) in Secret \(pod.namespace)/\(name)"
                }
            }
        }
        for source in container.envFrom ?? [] {
            for (field, kind) in [("configMapRef", "configmap"), ("secretRef", "secret")] {
                guard let reference = source[field], reference["optional"]?.boolValue != true,
                      let name = reference["name"]?.stringValue else { continue }
                let exists = kind == "configmap" ? cluster.store.get(ConfigMap.self, namespace: pod.namespace, name: name) != nil
                    : cluster.store.get(Secret.self, namespace: pod.namespace, name: name) != nil
                if !exists { return "\(kind) \"\(name)\" not found" }
            }
        }
        return nil
    }

    /// The inputs from which a container instance's behaviour is derived.
    func behaviourInputs(for container: ContainerRuntime, pod: Pod, runtime: PodRuntime, in cluster: Cluster) -> BehaviourInputs {
        let files = ContainerFiles(pod: pod, container: container.spec, podIP: runtime.podIP ?? "", cluster: cluster)
        var inputs = BehaviourInputs(podName: pod.name, podIP: runtime.podIP ?? "", container: container.spec,
                               annotations: pod.metadata.annotationMap,
                               environment: environment(for: container.spec, pod: pod, podIP: runtime.podIP ?? "", in: cluster),
                               readFile: files.read, listDirectory: files.list, restartCount: Int(container.restartCount),
                               catalogue: catalogue, kubeletAddresses: { [unowned cluster] in cluster.kubeletAddresses() },
                               kernelVersion: cluster.store.get(Node.self, namespace: "", name: pod.spec.nodeName ?? "")?
                                   .status.nodeInfo?.kernelVersion ?? "6.8.0-1021-gcp")
        inputs.serverStepsCache = serverStepsCache
        return inputs
    }

    /// The variables the kubelet passes: envFrom, env (resolved), then service links, in that order.
    func environment(for container: Container, pod: Pod, podIP: String, in cluster: Cluster) -> [(String, String)] {
        var result: [(String, String)] = []
        func set(_ name: String, _ value: String) {
            if let index = result.firstIndex(where: { $0.0 == name }) { result[index].1 = value } else { result.append((name, value)) }
        }
        for source in container.envFrom ?? [] {
            let prefix = source["prefix"]?.stringValue ?? ""
            if let name = source["configMapRef"]?["name"]?.stringValue,
               let map = cluster.store.get(ConfigMap.self, namespace: pod.namespace, name: name) {
                for key in (map.data ?? [:]).keys.sorted() { set(prefix + key, map.data?[key] ?? "") }
            }
            if let name = source["secretRef"]?["name"]?.stringValue,
               let secret = cluster.store.get(Secret.self, namespace: pod.namespace, name: name) {
                for key in (secret.data ?? [:]).keys.sorted() { set(prefix + key, decodeSecret(secret.data?[key])) }
            }
        }
        for variable in container.env ?? [] {
            if let value = variable.value { set(variable.name, expandReferences(value, result)); continue }
            guard let source = variable.valueFrom else { set(variable.name, ""); continue }
            if let reference = source.configMapKeyRef {
                set(variable.name, cluster.store.get(ConfigMap.self, namespace: pod.namespace, name: reference.name ?? "")?.data?[reference.key] ?? "")
            } else if let reference = source.secretKeyRef {
                set(variable.name, decodeSecret(cluster.store.get(Secret.self, namespace: pod.namespace, name: reference.name ?? "")?.data?[reference.key]))
            } else if let path = source.fieldRef?["fieldPath"]?.stringValue {
                set(variable.name, fieldValue(path, pod: pod, podIP: podIP, in: cluster))
            } else if let resource = source.resourceFieldRef?["resource"]?.stringValue {
                set(variable.name, resourceValue(resource, container: container))
            }
        }
        if pod.spec.enableServiceLinks != false {
            for (name, value) in serviceLinks(namespace: pod.namespace, in: cluster) where !result.contains(where: { $0.0 == name }) {
                result.append((name, value))
            }
        }
        return result
    }

    private func expandReferences(_ value: String, _ defined: [(String, String)]) -> String {
        guard value.contains("$(") else { return value }
        var text = value
        for (name, replacement) in defined { text = text.replacingOccurrences(of: "$(\(name))", with: replacement) }
        return text
    }

    private func decodeSecret(_ value: String?) -> String {
        guard let value, let data = Data(base64Encoded: value) else { return value ?? "" }
        return String(decoding: data, as: UTF8.self)
    }

    private func fieldValue(_ path: String, pod: Pod, podIP: String, in cluster: Cluster) -> String {
        switch path {
        case "metadata.name": return pod.name
        case "metadata.namespace": return pod.namespace
        case "metadata.uid": return pod.metadata.uid ?? ""
        case "spec.nodeName": return pod.spec.nodeName ?? ""
        case "spec.serviceAccountName": return pod.spec.serviceAccountName ?? "default"
        case "status.podIP": return podIP
        case "status.hostIP":
            return cluster.store.get(Node.self, namespace: "", name: pod.spec.nodeName ?? "")?
                .status.addresses?.first { $0.type == "InternalIP" }?.address ?? ""
        default:
            if path.hasPrefix("metadata.labels['"), let key = path.split(separator: "'").dropFirst().first {
                return pod.metadata.labelMap[String(key)] ?? ""
            }
            return ""
        }
    }

    private func resourceValue(_ resource: String, container: Container) -> String {
        let parts = resource.split(separator: ".")
        guard parts.count == 2 else { return "" }
        let table = parts[0] == "limits" ? container.resources.limits : container.resources.requests
        guard let quantity = table?[String(parts[1])] else { return parts[1] == "cpu" ? "2" : "0" }
        if parts[1] == "cpu" { return String((quantity.milliValue + 999) / 1000) }
        return String(quantity.value)
    }

    /// Docker-link style variables for every Service in the namespace (`WEB_SERVICE_HOST`, …) plus `kubernetes`.
    func serviceLinks(namespace: String, in cluster: Cluster) -> [(String, String)] {
        var services = cluster.store.list(Service.self, namespace: namespace)
        if namespace != "default", let kubernetes = cluster.store.get(Service.self, namespace: "default", name: "kubernetes") {
            services.append(kubernetes)
        }
        // Every container of the namespace gets the same variables: built once per set of Service versions.
        let signature = services.map { "\($0.namespace)/\($0.name)@\($0.metadata.resourceVersion ?? "")" }
        if let cached = serviceLinkCache[namespace], cached.signature == signature { return cached.links }
        var result: [(String, String)] = []
        for service in services.sorted(by: { $0.name < $1.name }) {
            guard let ip = service.spec.clusterIP, ip != "None", !ip.isEmpty, let ports = service.spec.ports, let first = ports.first else { continue }
            let prefix = service.name.uppercased().replacingOccurrences(of: "-", with: "_")
            result.append(("\(prefix)_SERVICE_HOST", ip))
            result.append(("\(prefix)_SERVICE_PORT", String(first.port)))
            for port in ports { if let name = port.name, !name.isEmpty {
                result.append(("\(prefix)_SERVICE_PORT_\(name.uppercased().replacingOccurrences(of: "-", with: "_"))", String(port.port)))
            } }
            let proto = (first.protocol ?? "TCP").lowercased()
            result.append(("\(prefix)_PORT", "\(proto)://\(ip):\(first.port)"))
            for port in ports {
                let portProto = port.protocol ?? "TCP"
                let base = "\(prefix)_PORT_\(port.port)_\(portProto)"
                result.append((base, "\(portProto.lowercased())://\(ip):\(port.port)"))
                result.append(("\(base)_PROTO", portProto.lowercased()))
                result.append(("\(base)_PORT", String(port.port)))
                result.append(("\(base)_ADDR", ip))
            }
        }
        serviceLinkCache[namespace] = (signature, result)
        return result
    }
}

/// The files a container can read: its volume mounts (ConfigMap and Secret keys) and the files the
/// kubelet writes (`/etc/hostname`, `/etc/hosts`, `/etc/resolv.conf`).
///
/// A class, so the `read` and `list` closures an instance keeps for its lifetime share one small record.
final class ContainerFiles {
    /// The pod's name and namespace.
    let podName: String
    let namespace: String
    /// The pod's volumes and the container's mounts (only these parts are kept: instances hold their
    /// files for their lifetime).
    let volumes: [Volume]
    let volumeMounts: [VolumeMount]
    let podIP: String
    unowned let cluster: Cluster

    init(pod: Pod, container: Container, podIP: String, cluster: Cluster) {
        podName = pod.name
        namespace = pod.namespace
        volumes = pod.spec.volumes ?? []
        volumeMounts = container.volumeMounts ?? []
        self.podIP = podIP
        self.cluster = cluster
    }

    /// The contents of `path`, or nil when it does not exist.
    func read(_ path: String) -> String? {
        switch path {
        case "/etc/hostname": return podName + "\n"
        case "/etc/resolv.conf":
            return "search \(namespace).svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n"
        case "/etc/hosts":
            return "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n\(podIP)\t\(podName)\n"
        default: break
        }
        for (mountPath, data) in mounts() {
            let prefix = mountPath.hasSuffix("/") ? mountPath : mountPath + "/"
            if path.hasPrefix(prefix) { return data[String(path.dropFirst(prefix.count))] }
        }
        return nil
    }

    /// The entries of directory `path`, or nil when it is not a mounted directory.
    func list(_ path: String) -> [String]? {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        for (mountPath, data) in mounts() where mountPath == trimmed { return data.keys.sorted() }
        if trimmed == "/" { return ["bin", "dev", "etc", "home", "proc", "root", "sys", "tmp", "usr", "var"] }
        return nil
    }

    /// Each mount path with the files (key → content) of its volume.
    private func mounts() -> [(String, [String: String])] {
        var result: [(String, [String: String])] = []
        for mount in volumeMounts {
            guard let volume = volumes.first(where: { $0.name == mount.name }) else { continue }
            var data: [String: String] = [:]
            if let name = volume.configMap?["name"]?.stringValue,
               let map = cluster.store.get(ConfigMap.self, namespace: namespace, name: name) {
                data = map.data ?? [:]
                data = remap(data, items: volume.configMap?["items"])
            } else if let name = volume.secret?["secretName"]?.stringValue,
                      let secret = cluster.store.get(Secret.self, namespace: namespace, name: name) {
                data = (secret.data ?? [:]).mapValues { value in
                    Data(base64Encoded: value).map { String(decoding: $0, as: UTF8.self) } ?? value
                }
                data = remap(data, items: volume.secret?["items"])
            }
            if let subPath = mount.subPath {
                if let content = data[subPath] { result.append((mount.mountPath.split(separator: "/").dropLast().joined(separator: "/").prefixSlash,
                                                                [(mount.mountPath as NSString).lastPathComponent: content])) }
            } else {
                result.append((mount.mountPath, data))
            }
        }
        return result
    }

    private func remap(_ data: [String: String], items: JSONValue?) -> [String: String] {
        guard let list = items?.arrayValue, !list.isEmpty else { return data }
        var mapped: [String: String] = [:]
        for item in list {
            if let key = item["key"]?.stringValue, let path = item["path"]?.stringValue, let value = data[key] { mapped[path] = value }
        }
        return mapped
    }
}

private extension String {
    var prefixSlash: String { hasPrefix("/") ? self : "/" + self }
}
