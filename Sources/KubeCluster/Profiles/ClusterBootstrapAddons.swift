import Foundation

/// CoreDNS, kube-proxy, kindnet and minikube's storage-provisioner as a fresh cluster has them.
extension ClusterBootstrap {
    static let defaultTolerations = [
        Toleration(key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
        Toleration(key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
    ]

    static func selector(_ labels: [String: String]) -> LabelSelectorSpec {
        LabelSelectorSpec(matchLabels: labels, matchExpressions: nil)
    }

    static func createAddons(options: BootstrapOptions, in cluster: Cluster) {
        var corefile = ConfigMap()
        corefile.metadata = ObjectMeta(name: "coredns", namespace: "kube-system")
        corefile.data = ["Corefile": """
        .:53 {
            errors
            health {
               lameduck 5s
            }
            ready
            kubernetes cluster.local in-addr.arpa ip6.arpa {
               pods insecure
               fallthrough in-addr.arpa ip6.arpa
               ttl 30
            }
            prometheus :9153
            forward . /etc/resolv.conf {
               max_concurrent 1000
            }
            cache 30 {
               disable success cluster.local
               disable denial cluster.local
            }
            loop
            reload
            loadbalance
        }

        """]
        _ = try? cluster.api.create(corefile)
        _ = try? cluster.api.create(coreDNSDeployment(replicas: options.profile == .minikube ? 1 : 2))
        _ = try? cluster.api.create(daemonSet(name: "kube-proxy", image: "registry.k8s.io/kube-proxy:\(version)",
                                              command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf",
                                                        "--hostname-override=$(NODE_NAME)"],
                                              requests: [:], priorityClass: "system-node-critical"))
        if options.profile == .kind {
            _ = try? cluster.api.create(daemonSet(name: "kindnet", image: "docker.io/kindest/kindnetd:v20241108-5c6d2daf",
                                                  command: ["/bin/kindnetd"], requests: ["cpu": "100m", "memory": "50Mi"],
                                                  priorityClass: nil))
        }
    }

    private static func coreDNSDeployment(replicas: Int32) -> Deployment {
        var container = Container(name: "coredns", image: "registry.k8s.io/coredns/coredns:v1.11.3")
        container.args = ["-conf", "/etc/coredns/Corefile"]
        container.imagePullPolicy = "IfNotPresent"
        container.ports = [ContainerPort(containerPort: 53, name: "dns", protocol: "UDP"),
                           ContainerPort(containerPort: 53, name: "dns-tcp", protocol: "TCP"),
                           ContainerPort(containerPort: 9153, name: "metrics", protocol: "TCP")]
        container.resources = ResourceRequirements(limits: quantities(["memory": "170Mi"]), requests: quantities(["cpu": "100m", "memory": "70Mi"]))
        container.livenessProbe = httpProbe(path: "/health", port: 8080, delay: 60, period: 10, failure: 5, timeout: 5)
        container.readinessProbe = httpProbe(path: "/ready", port: 8181, delay: 0, period: 10, failure: 3, timeout: 1)
        container.volumeMounts = [VolumeMount(name: "config-volume", readOnly: true, mountPath: "/etc/coredns", subPath: nil)]
        container.terminationMessagePath = "/dev/termination-log"
        container.terminationMessagePolicy = "File"
        var deployment = Deployment()
        let labels = ["k8s-app": "kube-dns"]
        deployment.metadata = ObjectMeta(name: "coredns", namespace: "kube-system", labels: labels)
        deployment.spec.replicas = replicas
        deployment.spec.selector = selector(labels)
        deployment.spec.strategy.type = "RollingUpdate"
        deployment.spec.strategy.rollingUpdate = RollingUpdateParameters(maxUnavailable: .int(1), maxSurge: .string("25%"))
        deployment.spec.template.metadata = ObjectMeta(name: "", labels: labels)
        deployment.spec.template.metadata.name = nil
        var spec = PodSpec(containers: [container])
        var volume = Volume(name: "config-volume")
        volume.configMap = .object(["name": .string("coredns"), "items": .array([.object(["key": "Corefile", "path": "Corefile"])]),
                                    "defaultMode": .int(420)])
        spec.volumes = [volume]
        spec.dnsPolicy = "Default"
        spec.nodeSelector = ["kubernetes.io/os": "linux"]
        spec.priorityClassName = "system-cluster-critical"
        spec.serviceAccountName = "coredns"
        spec.restartPolicy = "Always"
        spec.terminationGracePeriodSeconds = 30
        spec.tolerations = [Toleration(key: "CriticalAddonsOnly", operator: "Exists", effect: nil),
                            Toleration(key: "node-role.kubernetes.io/control-plane", operator: nil, effect: "NoSchedule")]
        deployment.spec.template.spec = spec
        deployment.spec.progressDeadlineSeconds = 600
        deployment.spec.revisionHistoryLimit = 10
        return deployment
    }

    private static func daemonSet(name: String, image: String, command: [String], requests: [String: String],
                                  priorityClass: String?) -> DaemonSet {
        var container = Container(name: name == "kindnet" ? "kindnet-cni" : name, image: image)
        container.command = command
        container.imagePullPolicy = "IfNotPresent"
        var nodeName = EnvVar(name: "NODE_NAME", value: nil)
        nodeName.valueFrom = EnvVarSource(fieldRef: .object(["apiVersion": "v1", "fieldPath": "spec.nodeName"]),
                                          resourceFieldRef: nil, configMapKeyRef: nil, secretKeyRef: nil)
        container.env = [nodeName]
        if !requests.isEmpty { container.resources = ResourceRequirements(limits: quantities(requests), requests: quantities(requests)) }
        container.terminationMessagePath = "/dev/termination-log"
        container.terminationMessagePolicy = "File"
        var daemonSet = DaemonSet()
        let labels = ["k8s-app": name]
        daemonSet.metadata = ObjectMeta(name: name, namespace: "kube-system", labels: name == "kindnet" ? ["app": "kindnet", "k8s-app": "kindnet", "tier": "node"] : labels)
        daemonSet.spec.selector = selector(name == "kindnet" ? ["app": "kindnet"] : labels)
        daemonSet.spec.template.metadata = ObjectMeta(name: "", labels: name == "kindnet" ? ["app": "kindnet", "k8s-app": "kindnet", "tier": "node"] : labels)
        daemonSet.spec.template.metadata.name = nil
        var spec = PodSpec(containers: [container])
        spec.hostNetwork = true
        spec.nodeSelector = ["kubernetes.io/os": "linux"]
        spec.priorityClassName = priorityClass
        spec.serviceAccountName = name
        spec.restartPolicy = "Always"
        spec.terminationGracePeriodSeconds = 30
        spec.tolerations = [Toleration(key: nil, operator: "Exists", effect: nil)]
        daemonSet.spec.template.spec = spec
        daemonSet.spec.updateStrategy = .object(["type": "RollingUpdate",
                                                 "rollingUpdate": .object(["maxUnavailable": .int(1), "maxSurge": .int(0)])])
        daemonSet.spec.revisionHistoryLimit = 10
        return daemonSet
    }


    static func createStorageProvisioner(in cluster: Cluster) {
        var container = Container(name: "storage-provisioner", image: "gcr.io/k8s-minikube/storage-provisioner:v5")
        container.command = ["/storage-provisioner"]
        container.imagePullPolicy = "IfNotPresent"
        container.volumeMounts = [VolumeMount(name: "tmp", readOnly: nil, mountPath: "/tmp", subPath: nil)]
        container.terminationMessagePath = "/dev/termination-log"
        container.terminationMessagePolicy = "File"
        var pod = Pod(metadata: ObjectMeta(name: "storage-provisioner", namespace: "kube-system",
                                           labels: ["addonmanager.kubernetes.io/mode": "Reconcile", "integration-test": "storage-provisioner"]),
                      spec: PodSpec(containers: [container]))
        var volume = Volume(name: "tmp")
        volume.hostPath = .object(["path": "/tmp", "type": "Directory"])
        pod.spec.volumes = [volume]
        pod.spec.hostNetwork = true
        pod.spec.serviceAccountName = "storage-provisioner"
        pod.spec.restartPolicy = "Always"
        pod.spec.terminationGracePeriodSeconds = 30
        pod.spec.tolerations = defaultTolerations
        pod.status.phase = "Pending"
        _ = try? cluster.api.create(pod)
    }
}
