import Foundation

/// How to build a ready cluster: which profile, kind's cluster name, how many workers, and when "now" is.
public struct BootstrapOptions: Sendable {
    public var profile: ClusterProfile
    /// kind's `--name` (nodes are `<name>-control-plane`, `<name>-worker`, …).
    public var clusterName: String
    /// Worker nodes (kind/multi-node; minikube adds `minikube-m02`…); nil uses the profile's default.
    public var workers: Int?
    public var seed: UInt64
    /// The simulated "now" when the cluster is handed over.
    public var start: Double
    /// How long before `start` the cluster was created (nil: a seeded, profile-typical age).
    public var age: Double?

    public init(profile: ClusterProfile, clusterName: String = "kind", workers: Int? = nil, seed: UInt64, start: Double,
                age: Double? = nil) {
        self.profile = profile
        self.clusterName = clusterName
        self.workers = workers
        self.seed = seed
        self.start = start
        self.age = age
    }
}

extension Cluster {
    /// A ready cluster for `profile`: namespaces, nodes, control-plane static pods, kube-proxy (and kindnet),
    /// CoreDNS, the `kubernetes` and `kube-dns` Services, as they are `age` after the cluster was created
    /// (the last minutes run by the registered controllers, the rest by moving creation times back).
    public static func make(profile: ClusterProfile, seed: UInt64, start: Double, clusterName: String = "kind",
                            workers: Int? = nil, age: Double? = nil) -> Cluster {
        ClusterBootstrap.make(BootstrapOptions(profile: profile, clusterName: clusterName, workers: workers, seed: seed,
                                               start: start, age: age))
    }
}

/// Builds clusters as minikube, kind or a kubeadm multi-node setup leave them.
public enum ClusterBootstrap {
    /// Builds the cluster described by `options`.
    public static func make(_ options: BootstrapOptions) -> Cluster {
        var ageRandom = SeededRandom(seed: options.seed ^ 0x5EED_A6E)
        let age = options.age ?? defaultAge(options.profile, random: &ageRandom)
        let simulated = min(age, ClusterBootstrapAge.simulatedSeconds)
        let bootAt = (options.start - simulated).rounded(.down)
        let cluster = Cluster(seed: options.seed, start: bootAt)
        registerControllers(in: cluster)
        let plan = NodePlan.plan(options)
        createNamespaces(in: cluster)
        createSystemServiceAccounts(options: options, in: cluster)
        for (index, node) in plan.enumerated() {
            if index == 1 { cluster.advance(to: bootAt + 20) }
            createNode(node, options: options, in: cluster)
            if node.isControlPlane {
                cluster.advance(to: cluster.now + 4)
                createStaticPods(on: node, options: options, in: cluster)
                cluster.advance(to: cluster.now + 8)
                createServices(controlPlaneIP: node.internalIP, in: cluster)
                createAddons(options: options, in: cluster)
            }
        }
        if options.profile == .minikube { createStorageProvisioner(in: cluster) }
        cluster.advance(to: options.start)
        ClusterBootstrapAge.backdate(cluster, by: age - simulated, age: age)
        return cluster
    }

    /// The kube-system service accounts the add-ons run as (kubeadm and minikube create them with the add-ons).
    static func createSystemServiceAccounts(options: BootstrapOptions, in cluster: Cluster) {
        var names = ["coredns", "kube-proxy"]
        if options.profile == .kind { names.append("kindnet") }
        if options.profile == .minikube { names.append("storage-provisioner") }
        for name in names {
            var account = ServiceAccount()
            account.metadata = ObjectMeta(name: name, namespace: "kube-system")
            _ = try? cluster.api.create(account)
        }
    }

    /// Registers every controller of the simulated control plane and the kubelets.
    public static func registerControllers(in cluster: Cluster) {
        cluster.register(NamespaceController())
        cluster.register(NodeLifecycleController())
        cluster.register(DeploymentController())
        cluster.register(ReplicaSetController())
        cluster.register(DaemonSetController())
        cluster.register(JobController())
        cluster.register(SchedulerController())
        cluster.register(KubeletController())
        cluster.register(EndpointsController())
        cluster.register(EndpointSliceController())
        cluster.register(HorizontalPodAutoscalerController())
        cluster.metricsProvider = KubeletMetricsProvider(cluster: cluster)
    }

    private static func defaultAge(_ profile: ClusterProfile, random: inout SeededRandom) -> Double {
        switch profile {
        case .minikube: return 3 * 3600 + Double(random.int(in: 0...7200))
        case .kind: return 26 * 3600 + Double(random.int(in: 0...86_400))
        case .multiNode: return 12 * 86_400 + Double(random.int(in: 0...86_400))
        }
    }

    static func createNamespaces(in cluster: Cluster) {
        for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
            var namespace = Namespace()
            namespace.metadata = ObjectMeta(name: name, labels: ["kubernetes.io/metadata.name": name])
            namespace.status.phase = "Active"
            _ = try? cluster.api.create(namespace)
        }
        for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
            var account = ServiceAccount()
            account.metadata = ObjectMeta(name: "default", namespace: name)
            _ = try? cluster.api.create(account)
            var rootCA = ConfigMap()
            rootCA.metadata = ObjectMeta(name: "kube-root-ca.crt", namespace: name)
            rootCA.metadata.annotations = ["kubernetes.io/description": "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters."]
            rootCA.data = ["ca.crt": "-----BEGIN CERTIFICATE-----\nMIIDBjCCAe6gAwIBAgIBATANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwptaW5p\n-----END CERTIFICATE-----\n"]
            _ = try? cluster.api.create(rootCA)
        }
    }

    static func createServices(controlPlaneIP: String, in cluster: Cluster) {
        var kubernetes = Service()
        kubernetes.metadata = ObjectMeta(name: "kubernetes", namespace: "default", labels: ["component": "apiserver", "provider": "kubernetes"])
        kubernetes.spec.ports = [ServicePort(name: "https", port: 443, targetPort: .int(6443))]
        kubernetes.spec.clusterIP = "10.96.0.1"
        kubernetes.spec.clusterIPs = ["10.96.0.1"]
        kubernetes.spec.type = "ClusterIP"
        kubernetes.spec.sessionAffinity = "None"
        kubernetes.spec.ipFamilies = ["IPv4"]
        kubernetes.spec.ipFamilyPolicy = "SingleStack"
        kubernetes.spec.internalTrafficPolicy = "Cluster"
        _ = try? cluster.api.create(kubernetes)
        _ = cluster.addresses.reserveClusterIP("10.96.0.1")
        var endpoints = Endpoints()
        endpoints.metadata = ObjectMeta(name: "kubernetes", namespace: "default", labels: ["endpointslice.kubernetes.io/skip-mirror": "true"])
        var subset = EndpointSubset()
        subset.addresses = [EndpointAddress(ip: controlPlaneIP, nodeName: nil, targetRef: nil)]
        subset.ports = [EndpointPort(name: "https", port: 6443, protocol: "TCP")]
        endpoints.subsets = [subset]
        let storedEndpoints = try? cluster.api.create(endpoints)
        createKubernetesSlice(controlPlaneIP: controlPlaneIP, beside: storedEndpoints, in: cluster)

        var dns = Service()
        dns.metadata = ObjectMeta(name: "kube-dns", namespace: "kube-system",
                                  labels: ["k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS"])
        dns.metadata.annotations = ["prometheus.io/port": "9153", "prometheus.io/scrape": "true"]
        dns.spec.ports = [ServicePort(name: "dns", protocol: "UDP", port: 53, targetPort: .int(53)),
                          ServicePort(name: "dns-tcp", protocol: "TCP", port: 53, targetPort: .int(53)),
                          ServicePort(name: "metrics", protocol: "TCP", port: 9153, targetPort: .int(9153))]
        dns.spec.selector = ["k8s-app": "kube-dns"]
        dns.spec.clusterIP = "10.96.0.10"
        dns.spec.clusterIPs = ["10.96.0.10"]
        dns.spec.type = "ClusterIP"
        dns.spec.sessionAffinity = "None"
        dns.spec.ipFamilies = ["IPv4"]
        dns.spec.ipFamilyPolicy = "SingleStack"
        dns.spec.internalTrafficPolicy = "Cluster"
        _ = try? cluster.api.create(dns)
        _ = cluster.addresses.reserveClusterIP("10.96.0.10")
    }
}

extension ClusterBootstrap {
    /// The `kubernetes` EndpointSlice the API server keeps beside its Endpoints (same name, no owner, only `ready`).
    /// It is stored directly with a uid derived from the Endpoints' one, so the bootstrap's random stream (which
    /// names every later object) is the same as without it.
    static func createKubernetesSlice(controlPlaneIP: String, beside endpoints: Endpoints?, in cluster: Cluster) {
        var slice = EndpointSlice()
        slice.metadata = ObjectMeta(name: "kubernetes", namespace: "default",
                                    labels: [EndpointSliceController.serviceNameLabel: "kubernetes"])
        let source = endpoints?.metadata.uid ?? "00000000-0000-4000-8000-000000000000"
        slice.metadata.uid = String(source.dropLast(12)) + String(source.suffix(12).reversed())
        slice.metadata.creationTimestamp = endpoints?.metadata.creationTimestamp ?? cluster.timestamp
        var endpoint = SliceEndpoint(addresses: [controlPlaneIP])
        endpoint.conditions.ready = true
        slice.endpoints = [endpoint]
        slice.ports = [EndpointPort(name: "https", port: 6443, protocol: "TCP")]
        _ = cluster.store.put(slice)
    }
}

/// One node to create: its name, role, addresses and machine facts.
struct NodePlan {
    var name: String
    var isControlPlane: Bool
    var index: Int
    var internalIP: String
    var tainted: Bool

    static func plan(_ options: BootstrapOptions) -> [NodePlan] {
        let names = options.profile.nodeNames(clusterName: options.clusterName, workers: options.workers)
        return names.enumerated().map { index, name in
            let ip: String
            switch options.profile {
            case .minikube: ip = "192.168.49.\(index + 2)"
            case .kind: ip = "172.18.0.\(index + 2)"
            case .multiNode: ip = "10.0.0.\(index + 10)"
            }
            let tainted = index == 0 && options.profile != .minikube && names.count > 1
            return NodePlan(name: name, isControlPlane: index == 0, index: index, internalIP: ip, tainted: tainted)
        }
    }
}
