import XCTest
@testable import KubeCluster

/// The HPA controller against a fake Deployment keeper, fake kubelet and fake metrics.
final class HPAControllerTests: XCTestCase {
    struct Rig {
        let cluster: Cluster
        let metrics: FakeMetricsProvider
        let hpa: HorizontalPodAutoscalerController
    }

    /// A cluster with the HPA controller, a Deployment `web` (pods request 200m CPU) and, optionally, metrics-server.
    func makeRig(replicas: Int32 = 1, metricsServer: Bool = true, request: String? = "200m") throws -> Rig {
        let cluster = try makeTestCluster()
        let metrics = FakeMetricsProvider()
        metrics.cluster = cluster
        cluster.metricsProvider = metrics
        let hpa = HorizontalPodAutoscalerController()
        cluster.register(FakeReplicaKeeper())
        cluster.register(AutoscalingFakeKubelet())
        cluster.register(hpa)
        if metricsServer { try installMetricsServer(in: cluster) }
        var deployment = Deployment()
        deployment.metadata = ObjectMeta(name: "web", namespace: "default", labels: ["app": "web"])
        deployment.spec.replicas = replicas
        deployment.spec.selector = LabelSelectorSpec(matchLabels: ["app": "web"])
        deployment.spec.template.metadata.labels = ["app": "web"]
        deployment.spec.template.spec.containers = [container("app", cpu: request)]
        try cluster.api.create(deployment)
        cluster.settle()
        return Rig(cluster: cluster, metrics: metrics, hpa: hpa)
    }

    func makeHPA(min: Int32? = 1, max: Int32 = 10, cpu: Int32 = 50, behavior: JSONValue? = nil,
                 target: String = "web", in cluster: Cluster) throws -> HorizontalPodAutoscaler {
        var hpa = HorizontalPodAutoscaler()
        hpa.metadata = ObjectMeta(name: "web", namespace: "default")
        hpa.spec.scaleTargetRef.apiVersion = "apps/v1"
        hpa.spec.scaleTargetRef.kind = "Deployment"
        hpa.spec.scaleTargetRef.name = target
        hpa.spec.minReplicas = min
        hpa.spec.maxReplicas = max
        hpa.spec.metrics = [MetricSpec(type: "Resource", resource: ResourceMetricSource(name: "cpu",
                                                                                        target: MetricTarget(type: "Utilization", averageUtilization: cpu)))]
        hpa.spec.behavior = behavior
        return try cluster.api.create(hpa)
    }

    func stored(_ cluster: Cluster) -> HorizontalPodAutoscaler? {
        cluster.store.get(HorizontalPodAutoscaler.self, namespace: "default", name: "web")
    }

    func condition(_ type: String, _ cluster: Cluster) -> String? {
        guard let condition = stored(cluster)?.status.conditions?.first(where: { $0.type == type }) else { return nil }
        return "\(condition.status) \(condition.reason ?? "") \(condition.message ?? "")"
    }

    func replicas(_ cluster: Cluster) -> Int32? {
        cluster.store.get(Deployment.self, namespace: "default", name: "web")?.spec.replicas
    }

    /// The worked example (§5.5): 3 pods at 180m of 200m requested, target 50 % → 90 % → 6.
    func testWorkedExampleScalesUpWithEventAndStatus() throws {
        let rig = try makeRig(replicas: 3)
        rig.metrics.cpuPerPod = { _, _ in 180 }
        rig.cluster.advance(by: 60)
        _ = try makeHPA(in: rig.cluster)
        rig.cluster.advance(by: 14)
        XCTAssertEqual(stored(rig.cluster)?.status.desiredReplicas, 0, "first sync comes 15 s after creation")
        XCTAssertNil(stored(rig.cluster)?.status.conditions)
        rig.cluster.advance(by: 1)
        XCTAssertEqual(replicas(rig.cluster), 6)
        XCTAssertEqual(eventLines(about: "web", in: rig.cluster).filter { $0.contains("Rescale") },
                       ["Normal SuccessfulRescale New size: 6; reason: cpu resource utilization (percentage of request) above target"])
        let status = try XCTUnwrap(stored(rig.cluster)?.status)
        XCTAssertEqual(status.currentReplicas, 3)
        XCTAssertEqual(status.desiredReplicas, 6)
        XCTAssertEqual(status.lastScaleTime, Timestamp(testEpoch + 75))
        XCTAssertEqual(status.currentMetrics?.first?.resource?.current.averageUtilization, 90)
        XCTAssertEqual(status.currentMetrics?.first?.resource?.current.averageValue?.description, "180m")
        XCTAssertEqual(condition("AbleToScale", rig.cluster), "True SucceededRescale the HPA controller was able to update the target scale to 6")
        XCTAssertEqual(condition("ScalingActive", rig.cluster),
                       "True ValidMetricFound the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)")
        XCTAssertEqual(condition("ScalingLimited", rig.cluster), "False DesiredWithinRange the desired count is within the acceptable range")
        XCTAssertEqual(stored(rig.cluster)?.status.conditions?.map(\.type), ["AbleToScale", "ScalingActive", "ScalingLimited"])
    }

    /// Load arrives, the HPA scales up (legacy limit 2× per sync), load leaves, and it scales down only
    /// once every recommendation of the last 5 minutes is lower.
    func testScaleUpUnderLoadThenDownAfterStabilizationWindow() throws {
        let rig = try makeRig(replicas: 1)
        var demand: Int64 = 50
        rig.metrics.cpuPerPod = { _, pods in demand / Int64(pods) }
        rig.cluster.advance(by: 60)
        _ = try makeHPA(in: rig.cluster)
        rig.cluster.advance(by: 60)
        XCTAssertEqual(replicas(rig.cluster), 1)
        demand = 900
        var timeline: [(Double, Int32)] = []
        for _ in 0..<60 {
            rig.cluster.advance(by: 15)
            let now = rig.cluster.now - testEpoch
            if let count = replicas(rig.cluster), timeline.last?.1 != count { timeline.append((now, count)) }
        }
        XCTAssertEqual(timeline.first?.1, 4, "1 pod at 450 % wants 9; the legacy limit allows 4")
        // New pods report metrics from the second scrape after they start; then 4 pods at 112 % want 9, capped at 8.
        XCTAssertEqual(timeline.map(\.0), [135, 150, 165])
        XCTAssertEqual(timeline.map(\.1), [4, 8, 9])
        XCTAssertEqual(replicas(rig.cluster), 9, "900m over 200m requests at 50 % needs 9 pods")
        let loadLeft = rig.cluster.now
        demand = 100
        var scaledDownAt: Double?
        for _ in 0..<40 {
            rig.cluster.advance(by: 15)
            if scaledDownAt == nil, let count = replicas(rig.cluster), count < 9 { scaledDownAt = rig.cluster.now }
        }
        let waited = try XCTUnwrap(scaledDownAt) - loadLeft
        XCTAssertEqual(waited, 315, "the last high recommendation (taken as the load left) must be older than 300 s")
        XCTAssertEqual(replicas(rig.cluster), 1)
        XCTAssertTrue(eventLines(about: "web", in: rig.cluster).contains("Normal SuccessfulRescale New size: 1; reason: All metrics below target"))
    }

    func testMetricsAPINotInstalled() throws {
        let rig = try makeRig(metricsServer: false)
        _ = try makeHPA(in: rig.cluster)
        rig.cluster.advance(by: 15)
        let text = "unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: "
            + "the server could not find the requested resource (get pods.metrics.k8s.io)"
        XCTAssertEqual(condition("AbleToScale", rig.cluster), "True SucceededGetScale the HPA controller was able to get the target's current scale")
        XCTAssertEqual(condition("ScalingActive", rig.cluster),
                       "False FailedGetResourceMetric the HPA was unable to compute the replica count: failed to get cpu utilization: \(text)")
        XCTAssertEqual(eventLines(about: "web", in: rig.cluster), [
            "Warning FailedGetResourceMetric failed to get cpu utilization: \(text)",
            "Warning FailedComputeMetricsReplicas invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: \(text)",
        ])
        let status = try XCTUnwrap(stored(rig.cluster)?.status)
        XCTAssertEqual(status.currentReplicas, 1)
        XCTAssertEqual(status.desiredReplicas, 0)
        XCTAssertEqual(status.currentMetrics, [MetricStatus(type: "", resource: nil)])
        rig.cluster.advance(by: 30)
        XCTAssertEqual(rig.cluster.store.list(Event.self).first { $0.reason == "FailedComputeMetricsReplicas" }?.count, 3)
    }

    func testMetricsServerNotReadyAndNewPodsWithoutMetrics() throws {
        let rig = try makeRig(metricsServer: false)
        try installMetricsServer(in: rig.cluster, ready: false)
        _ = try makeHPA(in: rig.cluster)
        rig.cluster.advance(by: 15)
        XCTAssertTrue(condition("ScalingActive", rig.cluster)?.hasSuffix(
            "the server is currently unable to handle the request (get pods.metrics.k8s.io)") ?? false)
        // Once it is ready, a pod started now has no metrics until the second scrape after its start.
        var server = try XCTUnwrap(rig.cluster.store.get(Deployment.self, namespace: "kube-system", name: "metrics-server"))
        server.status.readyReplicas = 1
        rig.cluster.api.updateStatus(server)
        XCTAssertTrue(metricsAPIAvailable(in: rig.cluster))
        var deployment = try XCTUnwrap(rig.cluster.store.get(Deployment.self, namespace: "default", name: "web"))
        deployment.spec.replicas = 2
        try rig.cluster.api.update(deployment)
        rig.cluster.settle()
        let newPod = try XCTUnwrap(rig.cluster.store.list(Pod.self, namespace: "default").first { $0.status.startTime == Timestamp(testEpoch + 15) })
        rig.cluster.advance(by: 14)
        XCTAssertNil(ResourceMetricsAPI.podMetrics(for: newPod, in: rig.cluster))
        rig.cluster.advance(by: 1)
        XCTAssertEqual(ResourceMetricsAPI.podMetrics(for: newPod, in: rig.cluster)?.timestamp, testEpoch + 30)
    }

    func testMissingTargetAndMissingRequest() throws {
        let rig = try makeRig(request: nil)
        _ = try makeHPA(target: "nope", in: rig.cluster)
        rig.cluster.advance(by: 15)
        XCTAssertEqual(condition("AbleToScale", rig.cluster),
                       "False FailedGetScale the HPA controller was unable to get the target's current scale: deployments.apps \"nope\" not found")
        XCTAssertEqual(eventLines(about: "web", in: rig.cluster), ["Warning FailedGetScale deployments.apps \"nope\" not found"])
        var hpa = try XCTUnwrap(stored(rig.cluster))
        hpa.spec.scaleTargetRef.name = "web"
        try rig.cluster.api.update(hpa)
        rig.cluster.advance(by: 60)
        let pod = try XCTUnwrap(rig.cluster.store.list(Pod.self, namespace: "default").first)
        XCTAssertEqual(condition("ScalingActive", rig.cluster), "False FailedGetResourceMetric the HPA was unable to compute the "
            + "replica count: failed to get cpu utilization: missing request for cpu in container app of Pod \(pod.name)")
    }

    /// With a behavior block, scale-up follows the default policies: 1 → max(1+4, 2) = 5.
    func testBehaviorDefaultsScaleUpRate() throws {
        let rig = try makeRig(replicas: 1)
        rig.metrics.cpuPerPod = { _, _ in 1000 }
        rig.cluster.advance(by: 60)
        _ = try makeHPA(max: 20, behavior: ["scaleDown": ["stabilizationWindowSeconds": 60]], in: rig.cluster)
        XCTAssertEqual(stored(rig.cluster)?.spec.behavior?["scaleUp"]?["policies"]?.arrayValue?.count, 2)
        rig.cluster.advance(by: 15)
        XCTAssertEqual(replicas(rig.cluster), 5)
        XCTAssertEqual(condition("ScalingLimited", rig.cluster),
                       "True ScaleUpLimit the desired replica count is increasing faster than the maximum scale rate")
    }

    func testOutOfRangeReplicasAndScalingDisabled() throws {
        let rig = try makeRig(replicas: 15)
        rig.cluster.advance(by: 60)
        _ = try makeHPA(max: 10, in: rig.cluster)
        rig.cluster.advance(by: 15)
        XCTAssertEqual(replicas(rig.cluster), 10)
        XCTAssertEqual(eventLines(about: "web", in: rig.cluster).last,
                       "Normal SuccessfulRescale New size: 10; reason: Current number of replicas above Spec.MaxReplicas")
        var deployment = try XCTUnwrap(rig.cluster.store.get(Deployment.self, namespace: "default", name: "web"))
        deployment.spec.replicas = 0
        try rig.cluster.api.update(deployment)
        rig.cluster.advance(by: 15)
        XCTAssertEqual(replicas(rig.cluster), 0)
        XCTAssertEqual(condition("ScalingActive", rig.cluster),
                       "False ScalingDisabled scaling is disabled since the replica count of the target is zero")
    }

    func testDefaultsAndValidation() throws {
        let cluster = try makeTestCluster()
        var hpa = HorizontalPodAutoscaler()
        hpa.metadata = ObjectMeta(name: "web", namespace: "default")
        hpa.spec.scaleTargetRef.kind = "Deployment"
        hpa.spec.scaleTargetRef.name = "web"
        hpa.spec.scaleTargetRef.apiVersion = "apps/v1"
        hpa.spec.maxReplicas = 3
        let created = try cluster.api.create(hpa)
        XCTAssertEqual(created.spec.minReplicas, 1)
        XCTAssertEqual(created.spec.metrics, [MetricSpec(type: "Resource", resource: ResourceMetricSource(
            name: "cpu", target: MetricTarget(type: "Utilization", averageUtilization: 80)))])
        XCTAssertNil(created.spec.behavior)
        hpa.metadata.name = "bad"
        hpa.spec.minReplicas = 5
        hpa.spec.maxReplicas = 0
        hpa.spec.scaleTargetRef.name = ""
        XCTAssertThrowsError(try cluster.api.create(hpa)) { error in
            XCTAssertEqual((error as? APIError)?.message, "HorizontalPodAutoscaler.autoscaling \"bad\" is invalid: ["
                + "spec.maxReplicas: Invalid value: 0: must be greater than 0, "
                + "spec.maxReplicas: Invalid value: 0: must be greater than or equal to `minReplicas`, "
                + "spec.scaleTargetRef.name: Required value]")
        }
    }

    func testScrapeTimingAndAvailability() throws {
        let rig = try makeRig()
        let pod = try XCTUnwrap(rig.cluster.store.list(Pod.self, namespace: "default").first)
        rig.metrics.cpuPerPod = { time, _ in Int64(time - testEpoch) }
        rig.cluster.advance(by: 14)
        XCTAssertNil(ResourceMetricsAPI.podMetrics(for: pod, in: rig.cluster), "started at 0 s: scrapes at 0 and 15, visible from 15")
        rig.cluster.advance(by: 15)
        let now = try XCTUnwrap(rig.cluster.store.get(Pod.self, pod.key))
        XCTAssertEqual(ResourceMetricsAPI.podMetrics(for: now, in: rig.cluster)?.containers.first?.cpuMillicores, 15)
        rig.cluster.advance(by: 15)
        let sample = try XCTUnwrap(ResourceMetricsAPI.podMetrics(for: now, in: rig.cluster))
        XCTAssertEqual(sample.timestamp, testEpoch + 30, "the value of the last scrape, not of now (44 s)")
        XCTAssertEqual(sample.containers.first?.cpuMillicores, 30)
        XCTAssertTrue(metricsAPIAvailable(in: rig.cluster))
        // The metric values the HPA reports are `NewMilliQuantity(v, DecimalSI)`; requests are read with MilliValue().
        XCTAssertEqual(Quantity(milli: 250).description, "250m")
        XCTAssertEqual(Quantity(milli: 104_857_600_000).description, "104857600")
        XCTAssertEqual(Quantity(milli: 3_000_000_000).description, "3M")
        XCTAssertEqual(quantity("128Mi").milliValue, 134_217_728_000)
        XCTAssertEqual(quantity("0.5").milliValue, 500)
        XCTAssertEqual(quantity("1e3").milliValue, 1_000_000)
    }

    /// Same seed, same actions: byte-identical objects (names, uids, statuses, events).
    func testDeterministicAcrossRuns() throws {
        func run() throws -> [String] {
            let rig = try makeRig(replicas: 2)
            var demand: Int64 = 800
            rig.metrics.cpuPerPod = { _, pods in demand / Int64(pods) }
            rig.cluster.register(JobController())
            rig.cluster.register(DaemonSetController())
            var node = Node()
            node.metadata = ObjectMeta(name: "node-1")
            try rig.cluster.api.create(node)
            var job = Job()
            job.metadata = ObjectMeta(name: "batch", namespace: "default")
            job.spec.template.spec.containers = [container("batch")]
            job.spec.template.spec.restartPolicy = "Never"
            try rig.cluster.api.create(job)
            rig.cluster.advance(by: 30)
            _ = try makeHPA(in: rig.cluster)
            rig.cluster.advance(by: 120)
            demand = 50
            rig.cluster.advance(by: 400)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return try rig.cluster.store.resources.flatMap { resource in
                try rig.cluster.store.listAny(resource: resource).map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            }
        }
        let first = try run()
        XCTAssertEqual(first, try run())
        XCTAssertTrue(first.contains { $0.contains("SuccessfulRescale") })
    }
}
