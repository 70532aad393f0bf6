import KubeCluster
@testable import KubeCtl

/// Clusters in the states the pictures are meant to show, built the same way every time.
enum PictureScenarios {
    static let start: Double = 1_767_603_600

    /// A harness whose cluster has `yaml` created and `seconds` simulated afterwards, with a history
    /// recorder attached from the start.
    static func harness(_ yaml: String, profile: ClusterProfile = .minikube, workers: Int? = nil, seconds: Double = 60,
                        style: PictureStyle = .plain) -> (KubectlHarness, ClusterHistory) {
        let harness = KubectlHarness(profile: profile, workers: workers)
        let history = ClusterHistory(cluster: harness.cluster)
        install(on: harness, history: history, style: style)
        if !yaml.isEmpty {
            do { try harness.cluster.createObjects(fromYAML: yaml) } catch { preconditionFailure("scenario: \(error)") }
        }
        harness.cluster.advance(by: seconds)
        return (harness, history)
    }

    /// Adds `draw` and `why` to the harness's shell, as the sandbox does.
    static func install(on harness: KubectlHarness, history: ClusterHistory, style: PictureStyle) {
        harness.shell.extraCommands["draw"] = { [unowned harness] call in
            PictureCommands.draw(call.argv, session: harness.shell.kubectl, history: history, style: style, io: call.io)
        }
        harness.shell.extraCommands["why"] = { [unowned harness] call in
            PictureCommands.why(call.argv, session: harness.shell.kubectl, style: style, io: call.io)
        }
    }

    /// A bare pod with `labels` and extra container lines.
    static func pod(_ name: String, labels: String, image: String = "nginx:1.27", container: String = "") -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: \(name), labels: \(labels)}
        spec:
          containers:
          - name: \(name)
            image: \(image)
        \(container.replacingOccurrences(of: "        ", with: "    "))
        ---

        """
    }

    static func deployment(_ name: String, replicas: Int = 2, image: String = "nginx:1.27", labels: String? = nil,
                           container: String = "") -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: \(name)}
        spec:
          replicas: \(replicas)
          selector: {matchLabels: {app: \(name)}}
          template:
            metadata: {labels: \(labels ?? "{app: \(name)}")}
            spec:
              containers:
              - name: \(name)
                image: \(image)
        \(container)
        ---

        """
    }

    static func service(_ name: String, selector: String, port: Int = 80, targetPort: Int = 80, nodePort: Int? = nil) -> String {
        """
        apiVersion: v1
        kind: Service
        metadata: {name: \(name)}
        spec:
          type: \(nodePort == nil ? "ClusterIP" : "NodePort")
          selector: \(selector)
          ports:
          - port: \(port)
            targetPort: \(targetPort)
        \(nodePort.map { "    nodePort: \($0)" } ?? "")
        ---

        """
    }

    static let metricsServer = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: metrics-server, namespace: kube-system}
        spec:
          selector: {matchLabels: {k8s-app: metrics-server}}
          template:
            metadata: {labels: {k8s-app: metrics-server}}
            spec:
              containers:
              - {name: metrics-server, image: "registry.k8s.io/metrics-server/metrics-server:v0.7.2"}
        ---

        """

    static func hpa(_ name: String, target: Int = 50, max: Int = 6) -> String {
        """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: \(name)}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: \(name)}
          minReplicas: 1
          maxReplicas: \(max)
          metrics:
          - type: Resource
            resource: {name: cpu, target: {type: Utilization, averageUtilization: \(target)}}
        ---

        """
    }

    /// A readiness probe on the wrong port, as container lines.
    static let wrongProbe = "        readinessProbe: {httpGet: {path: /, port: 8080}, periodSeconds: 5}"
    /// A CPU request of 100m, as container lines.
    static let cpuRequest = "        resources: {requests: {cpu: 100m}, limits: {memory: 64Mi}}"

    // MARK: The golden scenarios (each returns a batch-style transcript)

    /// Every golden scenario by name.
    static let all: [(name: String, run: (PictureStyle) throws -> String)] = [
        ("service", service), ("serviceProblems", serviceProblems), ("rollout", rollout), ("rolloutStuck", rolloutStuck),
        ("hpa", hpaScaling), ("hpaUnknown", hpaUnknown), ("nodes", nodes), ("nodeDown", nodeDown), ("why", why),
        ("whyMore", whyMore), ("fastForward", fastForward),
    ]

    static func service(_ style: PictureStyle) -> String {
        let (harness, _) = harness(deployment("web") + service("web", selector: "{app: web}")
            + pod("canary", labels: "{app: web, track: canary}", container: wrongProbe), style: style)
        return harness.transcript(["draw service web"])
    }

    static func serviceProblems(_ style: PictureStyle) -> String {
        let (harness, _) = harness(deployment("echo", image: "kicbase/echo-server:1.0")
            + service("echo", selector: "{app: echo}", nodePort: 30080) + service("lost", selector: "{app: ecko}"), style: style)
        return harness.transcript(["draw service echo", "draw service lost", "draw svc/nope", "draw", "draw pods"])
    }

    static func rollout(_ style: PictureStyle) throws -> String {
        let (harness, _) = harness(deployment("web", replicas: 4, image: "nginx:1.26"), seconds: 30, style: style)
        try setImage(harness.cluster, "web", "nginx:1.27")
        harness.cluster.advance(by: 60)
        return harness.transcript(["draw rollout web"])
    }

    static func rolloutStuck(_ style: PictureStyle) throws -> String {
        let (harness, _) = harness(deployment("web", replicas: 3), seconds: 30, style: style)
        try harness.cluster.faults.inject(.badImage(namespace: "default", deployment: "web"))
        harness.cluster.advance(by: 120)
        let early = harness.transcript(["draw rollout web"])
        harness.cluster.advance(by: 600)
        return early + harness.transcript(["draw deploy/web"])
    }

    static func hpaScaling(_ style: PictureStyle) throws -> String {
        let (harness, _) = harness(metricsServer + deployment("web", replicas: 1, container: cpuRequest) + hpa("web"), style: style)
        try harness.cluster.faults.inject(.cpuLoad(namespace: "default", deployment: "web", milliCPU: 300))
        harness.cluster.advance(by: 300)
        try harness.cluster.faults.undo("f1")
        harness.cluster.advance(by: 420)
        return harness.transcript(["draw hpa web"])
    }

    static func hpaUnknown(_ style: PictureStyle) -> String {
        let (harness, _) = harness(metricsServer + deployment("php", replicas: 1) + hpa("php"), seconds: 120, style: style)
        return harness.transcript(["draw hpa php", "draw hpa nope"])
    }

    static func nodes(_ style: PictureStyle) -> String {
        let (harness, _) = harness(deployment("web", replicas: 3)
            + pod("huge", labels: "{app: huge}", container: "        resources: {requests: {cpu: \"64\"}}")
            + pod("crash", labels: "{app: crash}", image: "busybox:1.36", container: "        command: [sh, -c, 'echo fatal: no config; exit 3']"),
            workers: 1, seconds: 90, style: style)
        return harness.transcript(["draw nodes", "draw nodes -A"])
    }

    static func nodeDown(_ style: PictureStyle) throws -> String {
        let (harness, _) = harness(deployment("web", replicas: 2), workers: 1, seconds: 30, style: style)
        try harness.cluster.faults.inject(.nodeDown(node: "minikube-m02"))
        harness.cluster.advance(by: 60)
        let pod = harness.cluster.store.list(Pod.self, namespace: "default").first { $0.spec.nodeName == "minikube-m02" }
        return harness.transcript(["draw nodes", "why \(pod?.name ?? "")"])
    }

    static func why(_ style: PictureStyle) -> String {
        let (harness, _) = harness(deployment("web", replicas: 1)
            + pod("crash", labels: "{app: crash}", image: "busybox:1.36", container: "        command: [sh, -c, 'echo fatal: no config; exit 3']")
            + pod("huge", labels: "{app: huge}", container: "        resources: {requests: {cpu: \"64\"}}")
            + pod("badimage", labels: "{app: x}", image: "nginx:1.72")
            + pod("noconfig", labels: "{app: x}", container: "        envFrom: [{configMapRef: {name: settings}}]")
            + pod("unready", labels: "{app: web}", container: wrongProbe), seconds: 90, style: style)
        return harness.transcript(["why crash", "why huge", "why badimage", "why noconfig", "why unready", "why web",
                                   "why web-6ffb5b9cb4-xxxxx", "why coredns-7b88d856f9-x", "why nope -n kube-system", "why",
                                   "why -x"])
    }

    static func whyMore(_ style: PictureStyle) throws -> String {
        let (harness, _) = harness(deployment("web", replicas: 1, container: "        resources: {limits: {memory: 64Mi}}"),
                                   profile: .kind, seconds: 30, style: style)
        let web = harness.cluster.store.list(Pod.self, namespace: "default").first { $0.name.hasPrefix("web-") }
        let name = web?.name ?? ""
        var text = harness.transcript(["why \(name)", "why pod/\(name) -n default"])
        try harness.cluster.faults.inject(.memoryLeak(namespace: "default", deployment: "web"))
        harness.cluster.advance(by: 45)
        text += harness.transcript(["why \(name)"])
        try harness.cluster.faults.undo("f1")
        try harness.cluster.faults.inject(.badImage(namespace: "default", deployment: "web"))
        harness.cluster.advance(by: 30)
        let broken = harness.cluster.store.list(Pod.self, namespace: "default").first { $0.spec.containers[0].image == "nginx:does-not-exist" }
        text += harness.transcript(["why \(broken?.name ?? "")"])
        if let web { try harness.cluster.api.delete(Pod.self, web.key) }
        return text + harness.transcript(["why \(name)"])
    }

    static func fastForward(_ style: PictureStyle) throws -> String {
        let (harness, _) = harness(deployment("web", replicas: 3, image: "nginx:1.26"), seconds: 30, style: style)
        try setImage(harness.cluster, "web", "nginx:1.27")
        var lines = FastForwardLog(cluster: harness.cluster).run(seconds: 60, closing: true, style: style)
        try harness.cluster.faults.inject(.crash(namespace: "default", deployment: "web", message: "fatal: boom"))
        lines += FastForwardLog(cluster: harness.cluster).run(seconds: 120, closing: true, style: style)
        lines += FastForwardLog(cluster: harness.cluster).run(seconds: 5, closing: false, style: style)
        lines += FastForwardLog(cluster: harness.cluster).run(seconds: 600, limit: 4, closing: true, style: style)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func setImage(_ cluster: Cluster, _ name: String, _ image: String) throws {
        guard var deployment = cluster.store.get(Deployment.self, namespace: "default", name: name) else { return }
        deployment.spec.template.spec.containers[0].image = image
        try cluster.api.update(deployment)
        cluster.settle()
    }
}
