import KubeCluster

/// The objects the benchmark creates, built as `kubectl create`/`apply` would send them.
enum BenchWorkloads {
    /// A Deployment `name` in `default` with `replicas` pods of `image` (labelled app=name).
    static func deployment(_ name: String, replicas: Int32, image: String = "nginx:1.27", command: [String]? = nil,
                           cpuRequest: String? = nil) -> Deployment {
        var deployment = Deployment()
        deployment.metadata = ObjectMeta(name: name, namespace: "default", labels: ["app": name])
        deployment.spec.replicas = replicas
        deployment.spec.selector = LabelSelectorSpec(matchLabels: ["app": name])
        deployment.spec.template.metadata.labels = ["app": name]
        var container = Container(name: name, image: image)
        container.command = command
        if let cpuRequest, let request = try? Quantity(cpuRequest), let limit = try? Quantity("500m") {
            container.resources = ResourceRequirements(limits: ["cpu": limit], requests: ["cpu": request])
        }
        deployment.spec.template.spec = PodSpec(containers: [container])
        return deployment
    }

    /// A ClusterIP Service `name` selecting app=name on port 80.
    static func service(_ name: String) -> Service {
        var service = Service()
        service.metadata = ObjectMeta(name: name, namespace: "default", labels: ["app": name])
        service.spec.selector = ["app": name]
        service.spec.ports = [ServicePort(port: 80, targetPort: .int(80))]
        return service
    }

    /// An autoscaling/v2 HPA on Deployment `target`: 50 % CPU, 1…10 replicas.
    static func autoscaler(_ target: String) -> HorizontalPodAutoscaler {
        var hpa = HorizontalPodAutoscaler()
        hpa.metadata = ObjectMeta(name: target, namespace: "default")
        hpa.spec.scaleTargetRef.kind = "Deployment"
        hpa.spec.scaleTargetRef.name = target
        hpa.spec.scaleTargetRef.apiVersion = "apps/v1"
        hpa.spec.minReplicas = 1
        hpa.spec.maxReplicas = 10
        hpa.spec.metrics = [MetricSpec(type: "Resource", resource: ResourceMetricSource(
            name: "cpu", target: MetricTarget(type: "Utilization", averageUtilization: 50)))]
        return hpa
    }

    /// metrics-server in kube-system, started with --kubelet-insecure-tls so it becomes ready on kind.
    static func metricsServer() -> Deployment {
        var server = deployment("metrics-server", replicas: 1, image: "registry.k8s.io/metrics-server/metrics-server:v0.7.2")
        server.metadata = ObjectMeta(name: "metrics-server", namespace: "kube-system", labels: ["k8s-app": "metrics-server"])
        server.spec.selector = LabelSelectorSpec(matchLabels: ["k8s-app": "metrics-server"])
        server.spec.template.metadata.labels = ["k8s-app": "metrics-server"]
        server.spec.template.spec.containers[0].name = "metrics-server"
        server.spec.template.spec.containers[0].args = ["--cert-dir=/tmp", "--secure-port=10250", "--kubelet-insecure-tls",
                                                       "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname",
                                                       "--metric-resolution=15s"]
        return server
    }

    /// The busybox load generator of the HPA walkthrough, hitting `service` in a loop.
    static func loadGenerator(for service: String) -> Pod {
        var container = Container(name: "load-generator", image: "busybox:1.28")
        container.command = ["/bin/sh", "-c", "while sleep 0.01; do wget -q -O- http://\(service); done"]
        var spec = PodSpec(containers: [container])
        spec.restartPolicy = "Never"
        return Pod(metadata: ObjectMeta(name: "load-generator", namespace: "default", labels: ["run": "load-generator"]), spec: spec)
    }

    /// A Deployment manifest for `kubectl apply -f -`.
    static func manifest(name: String, replicas: Int) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: \(name)
          labels:
            app: \(name)
        spec:
          replicas: \(replicas)
          selector:
            matchLabels:
              app: \(name)
          template:
            metadata:
              labels:
                app: \(name)
            spec:
              containers:
              - name: web
                image: nginx:1.27
                ports:
                - containerPort: 80
        """
    }
}

extension Cluster {
    /// Advances simulated time in `step`-second steps until every Deployment in `default` reports all
    /// its replicas ready, or `limit` seconds pass; returns the simulated seconds it took (nil on timeout).
    func advanceUntilDeploymentsReady(step: Double = 5, limit: Double = 1800) -> Double? {
        let begin = now
        while now - begin <= limit {
            let ready = store.list(Deployment.self, namespace: "default").allSatisfy {
                ($0.status.readyReplicas ?? 0) == ($0.spec.replicas ?? 1) && ($0.status.replicas ?? 0) == ($0.spec.replicas ?? 1)
            }
            if ready { return now - begin }
            advance(by: step)
        }
        return nil
    }

    /// How many pods are Running (phase) and how many exist.
    /// (Counted over the type-erased list: a `[Pod]` copy of 10,000 pods, and its filtered copy, would
    /// add their own transient megabytes to the peak-memory figure read right after.)
    var podCounts: (running: Int, total: Int) {
        let pods = store.listAny(resource: Pod.resource)
        return (pods.reduce(0) { $0 + (($1 as? Pod)?.status.phase == "Running" ? 1 : 0) }, pods.count)
    }
}
