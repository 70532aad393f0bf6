import Foundation

/// The objects a fresh cluster holds: nodes as kubeadm/kind/minikube register them, control-plane
/// static pods, kube-proxy/kindnet DaemonSets and their pods, CoreDNS, minikube's storage-provisioner.
extension ClusterBootstrap {
    static let version = KubeClusterInfo.kubernetesVersion

    static func machine(_ profile: ClusterProfile) -> (os: String, kernel: String, runtime: String, cpu: String, memory: String) {
        switch profile {
        case .minikube: return ("Ubuntu 22.04.5 LTS", "5.15.0-126-generic", "containerd://1.7.22", "4", "16365200Ki")
        case .kind: return ("Debian GNU/Linux 12 (bookworm)", "6.8.0-1021-gcp", "containerd://1.7.24", "8", "16365200Ki")
        case .multiNode: return ("Ubuntu 22.04.5 LTS", "5.15.0-126-generic", "containerd://1.7.22", "4", "16353416Ki")
        }
    }

    static func createNode(_ plan: NodePlan, options: BootstrapOptions, in cluster: Cluster) {
        var node = Node()
        var labels = ["beta.kubernetes.io/arch": "amd64", "beta.kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
                      "kubernetes.io/hostname": plan.name, "kubernetes.io/os": "linux"]
        if plan.isControlPlane {
            labels["node-role.kubernetes.io/control-plane"] = ""
            labels["node.kubernetes.io/exclude-from-external-load-balancers"] = ""
        }
        if options.profile == .minikube {
            labels["minikube.k8s.io/commit"] = "dd5d320e41b5451cdf3c01891bc4e13d189586ed-dirty"
            labels["minikube.k8s.io/name"] = "minikube"
            labels["minikube.k8s.io/primary"] = plan.isControlPlane ? "true" : "false"
            labels["minikube.k8s.io/updated_at"] = minikubeStamp(cluster.now)
            labels["minikube.k8s.io/version"] = "v1.35.0"
        }
        node.metadata = ObjectMeta(name: plan.name, labels: labels)
        node.metadata.annotations = ["kubeadm.alpha.kubernetes.io/cri-socket": "unix:///run/containerd/containerd.sock",
                                     "node.alpha.kubernetes.io/ttl": "0",
                                     "volumes.kubernetes.io/controller-managed-attach-detach": "true"]
        let cidr = "10.244.\(plan.index).0/24"
        node.spec.podCIDR = cidr
        node.spec.podCIDRs = [cidr]
        if options.profile == .kind { node.spec.providerID = "kind://docker/\(options.clusterName)/\(plan.name)" }
        if plan.tainted { node.spec.taints = [Taint(key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule")] }
        let facts = machine(options.profile)
        let resources = quantities(["cpu": facts.cpu, "ephemeral-storage": "102625208Ki", "hugepages-1Gi": "0",
                                          "hugepages-2Mi": "0", "memory": facts.memory, "pods": "110"])
        node.status.capacity = resources
        node.status.allocatable = resources
        node.status.addresses = [NodeAddress(type: "InternalIP", address: plan.internalIP), NodeAddress(type: "Hostname", address: plan.name)]
        node.status.daemonEndpoints = .object(["kubeletEndpoint": .object(["Port": .int(10250)])])
        node.status.nodeInfo = NodeSystemInfo(machineID: cluster.random.hex(32), systemUUID: cluster.random.uuid(), bootID: cluster.random.uuid(),
                                              kernelVersion: facts.kernel, osImage: facts.os, containerRuntimeVersion: facts.runtime,
                                              kubeletVersion: version, kubeProxyVersion: version, operatingSystem: "linux", architecture: "amd64")
        guard (try? cluster.api.create(node)) != nil, let kubelet = cluster.kubelet else { return }
        kubelet.postNodeStatus(plan.name, in: cluster)
        kubelet.preload(preloadedImages(options.profile, controlPlane: plan.isControlPlane), on: plan.name, in: cluster)
    }

    private static func minikubeStamp(_ instant: Double) -> String {
        let stamp = ClockText.format(instant, .iso8601Millis)
        return stamp.prefix(10).replacingOccurrences(of: "-", with: "_") + "T" + stamp.dropFirst(11).prefix(8).replacingOccurrences(of: ":", with: "_") + "_0700"
    }

    static func preloadedImages(_ profile: ClusterProfile, controlPlane: Bool) -> [String] {
        var images = ["registry.k8s.io/kube-proxy:\(version)", "registry.k8s.io/pause:3.10", "registry.k8s.io/coredns/coredns:v1.11.3"]
        if controlPlane || profile != .multiNode {
            images += ["registry.k8s.io/etcd:3.5.16-0", "registry.k8s.io/kube-apiserver:\(version)",
                       "registry.k8s.io/kube-controller-manager:\(version)", "registry.k8s.io/kube-scheduler:\(version)"]
        }
        if profile == .kind { images.append("docker.io/kindest/kindnetd:v20241108-5c6d2daf") }
        if profile == .minikube { images.append("gcr.io/k8s-minikube/storage-provisioner:v5") }
        return images
    }

    /// A resource map (`cpu: 4`, `memory: 16Gi`) from canonical texts (entries that do not parse are left out).
    static func quantities(_ values: [String: String]) -> [String: Quantity] { values.compactMapValues(Quantity.parse) }

    static func httpProbe(path: String, port: Int32, scheme: String = "HTTP", delay: Int32 = 10, period: Int32 = 10,
                          failure: Int32 = 8, timeout: Int32 = 15) -> Probe {
        var probe = Probe()
        var action = HTTPGetAction(port: .int(port))
        action.path = path
        action.scheme = scheme
        action.host = nil
        probe.httpGet = action
        probe.initialDelaySeconds = delay
        probe.periodSeconds = period
        probe.failureThreshold = failure
        probe.timeoutSeconds = timeout
        probe.successThreshold = 1
        return probe
    }

    static func createStaticPods(on plan: NodePlan, options: BootstrapOptions, in cluster: Cluster) {
        guard let node = cluster.store.get(Node.self, namespace: "", name: plan.name) else { return }
        let ip = plan.internalIP
        let components: [(String, String, [String], [String: String], Probe)] = [
            ("etcd", "registry.k8s.io/etcd:3.5.16-0",
             etcdCommand(ip: ip, name: plan.name, profile: options.profile),
             ["cpu": "100m", "memory": "100Mi"], httpProbe(path: "/livez", port: 2381)),
            ("kube-apiserver", "registry.k8s.io/kube-apiserver:\(version)",
             ["kube-apiserver", "--advertise-address=\(ip)", "--secure-port=8443", "--service-cluster-ip-range=10.96.0.0/12"],
             ["cpu": "250m"], httpProbe(path: "/livez", port: 8443, scheme: "HTTPS")),
            ("kube-controller-manager", "registry.k8s.io/kube-controller-manager:\(version)",
             ["kube-controller-manager", "--allocate-node-cidrs=true", "--cluster-cidr=10.244.0.0/16", "--leader-elect=false"],
             ["cpu": "200m"], httpProbe(path: "/healthz", port: 10257, scheme: "HTTPS")),
            ("kube-scheduler", "registry.k8s.io/kube-scheduler:\(version)",
             ["kube-scheduler", "--bind-address=127.0.0.1", "--leader-elect=false"],
             ["cpu": "100m"], httpProbe(path: "/livez", port: 10259, scheme: "HTTPS")),
        ]
        for (component, image, command, requests, probe) in components {
            var container = Container(name: component, image: image)
            container.command = command
            container.imagePullPolicy = "IfNotPresent"
            container.resources = ResourceRequirements(limits: nil, requests: quantities(requests))
            kubeadmProbes(&container, component: component, liveness: probe, ip: ip)
            if component == "etcd" { etcdVolumes(&container, profile: options.profile) }
            container.terminationMessagePath = "/dev/termination-log"
            container.terminationMessagePolicy = "File"
            var pod = Pod(metadata: ObjectMeta(name: "\(component)-\(plan.name)", namespace: "kube-system",
                                               labels: ["component": component, "tier": "control-plane"]),
                          spec: PodSpec(containers: [container]))
            let hash = cluster.random.hex(32)
            pod.metadata.annotations = ["kubernetes.io/config.hash": hash, "kubernetes.io/config.mirror": hash,
                                        "kubernetes.io/config.seen": ClockText.format(cluster.now, .iso8601Millis).replacingOccurrences(of: "Z", with: "312Z"),
                                        "kubernetes.io/config.source": "file"]
            if component == "etcd" { pod.metadata.annotations?["kubeadm.kubernetes.io/etcd.advertise-client-urls"] = "https://\(ip):2379" }
            if component == "kube-apiserver" {
                pod.metadata.annotations?["kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint"] = "\(ip):8443"
            }
            pod.metadata.ownerReferences = [OwnerReference(apiVersion: "v1", kind: "Node", name: plan.name, uid: node.metadata.uid ?? "",
                                                           controller: true, blockOwnerDeletion: nil)]
            pod.spec.nodeName = plan.name
            pod.spec.hostNetwork = true
            pod.spec.priority = 2_000_001_000
            pod.spec.priorityClassName = "system-node-critical"
            pod.spec.restartPolicy = "Always"
            pod.spec.dnsPolicy = "ClusterFirst"
            pod.spec.schedulerName = "default-scheduler"
            pod.spec.terminationGracePeriodSeconds = 30
            pod.spec.enableServiceLinks = true
            pod.spec.preemptionPolicy = "PreemptLowerPriority"
            pod.spec.tolerations = [Toleration(key: nil, operator: "Exists", effect: "NoExecute")]
            pod.spec.securityContext = .object(["seccompProfile": .object(["type": .string("RuntimeDefault")])])
            if component == "etcd" { pod.spec.volumes = etcdVolumeSources(profile: options.profile) }
            pod.status.phase = "Pending"
            pod.status.qosClass = "Burstable"
            _ = try? cluster.api.create(pod)
        }
    }

    /// kubeadm's probes: liveness on 127.0.0.1 (the API server on its advertise address), a startup probe
    /// allowing 24 failures (etcd's on /readyz), and the API server's 1 s readiness probe on /readyz.
    static func kubeadmProbes(_ container: inout Container, component: String, liveness: Probe, ip: String) {
        var live = liveness
        live.httpGet?.host = component == "kube-apiserver" ? ip : "127.0.0.1"
        var startup = live
        startup.failureThreshold = 24
        if component == "etcd" { startup.httpGet?.path = "/readyz" }
        container.livenessProbe = live
        container.startupProbe = startup
        if component == "kube-apiserver" {
            var ready = live
            ready.httpGet?.path = "/readyz"
            ready.initialDelaySeconds = nil
            ready.periodSeconds = 1
            ready.failureThreshold = 3
            container.readinessProbe = ready
        }
    }

    /// etcd's data and certificate directories on the node (minikube keeps them under /var/lib/minikube).
    static func etcdPaths(_ profile: ClusterProfile) -> (certs: String, data: String) {
        profile == .minikube ? ("/var/lib/minikube/certs/etcd", "/var/lib/minikube/etcd") : ("/etc/kubernetes/pki/etcd", "/var/lib/etcd")
    }

    /// The etcd command line kubeadm writes into etcd.yaml (minikube adds `--proxy-refresh-interval`).
    static func etcdCommand(ip: String, name: String, profile: ClusterProfile) -> [String] {
        let paths = etcdPaths(profile)
        var command = ["etcd", "--advertise-client-urls=https://\(ip):2379", "--cert-file=\(paths.certs)/server.crt",
                       "--client-cert-auth=true", "--data-dir=\(paths.data)", "--experimental-initial-corrupt-check=true",
                       "--experimental-watch-progress-notify-interval=5s", "--initial-advertise-peer-urls=https://\(ip):2380",
                       "--initial-cluster=\(name)=https://\(ip):2380", "--key-file=\(paths.certs)/server.key",
                       "--listen-client-urls=https://127.0.0.1:2379,https://\(ip):2379", "--listen-metrics-urls=http://127.0.0.1:2381",
                       "--listen-peer-urls=https://\(ip):2380", "--name=\(name)", "--peer-cert-file=\(paths.certs)/peer.crt",
                       "--peer-client-cert-auth=true", "--peer-key-file=\(paths.certs)/peer.key",
                       "--peer-trusted-ca-file=\(paths.certs)/ca.crt"]
        if profile == .minikube { command.append("--proxy-refresh-interval=70000") }
        return command + ["--snapshot-count=10000", "--trusted-ca-file=\(paths.certs)/ca.crt"]
    }

    static func etcdVolumes(_ container: inout Container, profile: ClusterProfile) {
        let paths = etcdPaths(profile)
        container.volumeMounts = [VolumeMount(name: "etcd-data", mountPath: paths.data),
                                  VolumeMount(name: "etcd-certs", mountPath: paths.certs)]
    }

    static func etcdVolumeSources(profile: ClusterProfile) -> [Volume] {
        let paths = etcdPaths(profile)
        return [("etcd-certs", paths.certs), ("etcd-data", paths.data)].map { name, path in
            var volume = Volume(name: name)
            volume.hostPath = .object(["path": .string(path), "type": .string("DirectoryOrCreate")])
            return volume
        }
    }
}
