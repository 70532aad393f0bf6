import XCTest
@testable import KubeCluster

/// The `replica_calculator_test.go` vectors (k8s-semantics.md §5.5): each pod has two identical
/// containers, every request is per container, usage levels are per container in millicores.
final class ReplicaCalculatorTests: XCTestCase {
    /// How a test pod looks to the calculator.
    enum Kind { case ready, unready, hot, unreadyHot, pending, failed, deleting }

    struct Vector {
        var name: String
        var current: Int32
        var levels: [Int64]
        var target: Int32
        var requests: [String]? = nil
        var kinds: [Kind] = []
        var podCount: Int? = nil
        var metricNames: [String]? = nil
        var expectedReplicas: Int32? = nil
        var expectedUtilization: Int32? = nil
        var expectedRaw: Int64? = nil
        var expectedError: String? = nil
    }

    static let now = testEpoch + 10_000

    static let vectors: [Vector] = [
        Vector(name: "ScaleUp", current: 3, levels: [300, 500, 700], target: 30,
               expectedReplicas: 5, expectedUtilization: 50, expectedRaw: 2 * 500),
        Vector(name: "ScaleUpUnreadyLessScale", current: 3, levels: [300, 500, 700], target: 30, kinds: [.unready, .ready, .ready],
               expectedReplicas: 4, expectedUtilization: 60, expectedRaw: 2 * 600),
        Vector(name: "ScaleUpHotCpuLessScale", current: 3, levels: [300, 500, 700], target: 30, kinds: [.hot, .ready, .ready],
               expectedReplicas: 4, expectedUtilization: 60, expectedRaw: 2 * 600),
        Vector(name: "ScaleUpUnreadyNoScale", current: 3, levels: [400, 500, 700], target: 30, kinds: [.ready, .unready, .unready],
               expectedReplicas: 3, expectedUtilization: 40, expectedRaw: 2 * 400),
        Vector(name: "ScaleHotCpuNoScale", current: 3, levels: [400, 500, 700], target: 30, kinds: [.ready, .unreadyHot, .unreadyHot],
               expectedReplicas: 3, expectedUtilization: 40, expectedRaw: 2 * 400),
        Vector(name: "ScaleUpIgnoresFailedPods", current: 2, levels: [500, 700], target: 30, kinds: [.ready, .ready, .failed, .failed],
               expectedReplicas: 4, expectedUtilization: 60, expectedRaw: 2 * 600),
        Vector(name: "ScaleUpIgnoresDeletionPods", current: 2, levels: [500, 700], target: 30,
               kinds: [.ready, .ready, .deleting, .deleting], expectedReplicas: 4, expectedUtilization: 60, expectedRaw: 2 * 600),
        Vector(name: "ScaleDown", current: 5, levels: [100, 300, 500, 250, 250], target: 50,
               expectedReplicas: 3, expectedUtilization: 28, expectedRaw: 2 * 280),
        Vector(name: "ScaleDownExcludeUnreadyPods", current: 5, levels: [100, 300, 500, 250, 250], target: 50,
               kinds: [.ready, .ready, .ready, .unready, .unready], expectedReplicas: 2, expectedUtilization: 30, expectedRaw: 2 * 300),
        Vector(name: "ScaleDownExcludeUnscheduledPods", current: 5, levels: [100], target: 50,
               kinds: [.ready, .pending, .pending, .pending, .pending], expectedReplicas: 1, expectedUtilization: 10, expectedRaw: 2 * 100),
        Vector(name: "ScaleDownIgnoreHotCpuPods", current: 5, levels: [100, 300, 500, 250, 250], target: 50,
               kinds: [.ready, .ready, .ready, .hot, .hot], expectedReplicas: 2, expectedUtilization: 30, expectedRaw: 2 * 300),
        Vector(name: "ScaleDownIgnoresFailedPods", current: 5, levels: [100, 300, 500, 250, 250], target: 50,
               kinds: [.ready, .ready, .ready, .ready, .ready, .failed, .failed],
               expectedReplicas: 3, expectedUtilization: 28, expectedRaw: 2 * 280),
        Vector(name: "ScaleDownIgnoresDeletionPods", current: 5, levels: [100, 300, 500, 250, 250], target: 50,
               kinds: [.ready, .ready, .ready, .ready, .ready, .deleting, .deleting],
               expectedReplicas: 3, expectedUtilization: 28, expectedRaw: 2 * 280),
        Vector(name: "Tolerance", current: 3, levels: [1010, 1030, 1020], target: 100, requests: ["0.9", "1.0", "1.1"],
               expectedReplicas: 3, expectedUtilization: 102, expectedRaw: 2 * 1020),
        Vector(name: "SuperfluousMetrics", current: 4, levels: [4000, 9500, 3000, 7000, 3200, 2000], target: 100, podCount: 4,
               expectedReplicas: 24, expectedUtilization: 587, expectedRaw: 2 * 5875),
        Vector(name: "MissingMetrics", current: 4, levels: [400, 95], target: 100, podCount: 4,
               expectedReplicas: 3, expectedUtilization: 24, expectedRaw: 495),
        Vector(name: "MissingMetricsNoChangeEq", current: 2, levels: [1000], target: 100, podCount: 2,
               expectedReplicas: 2, expectedUtilization: 100, expectedRaw: 2 * 1000),
        Vector(name: "MissingMetricsNoChangeGt", current: 2, levels: [1900], target: 100, podCount: 2,
               expectedReplicas: 2, expectedUtilization: 190, expectedRaw: 2 * 1900),
        Vector(name: "MissingMetricsNoChangeLt", current: 2, levels: [600], target: 100, podCount: 2,
               expectedReplicas: 2, expectedUtilization: 60, expectedRaw: 2 * 600),
        Vector(name: "MissingMetricsUnreadyChange", current: 3, levels: [100, 450], target: 50, kinds: [.unready, .ready, .ready],
               expectedReplicas: 3, expectedUtilization: 45, expectedRaw: 2 * 450),
        Vector(name: "MissingMetricsHotCpuNoChange", current: 3, levels: [100, 450], target: 50, kinds: [.hot, .ready, .ready],
               expectedReplicas: 3, expectedUtilization: 45, expectedRaw: 2 * 450),
        Vector(name: "MissingMetricsUnreadyScaleUp", current: 3, levels: [100, 2000], target: 50, kinds: [.unready, .ready, .ready],
               expectedReplicas: 4, expectedUtilization: 200, expectedRaw: 2 * 2000),
        Vector(name: "MissingMetricsHotCpuScaleUp", current: 3, levels: [100, 2000], target: 50, kinds: [.unreadyHot, .ready, .ready],
               expectedReplicas: 4, expectedUtilization: 200, expectedRaw: 2 * 2000),
        Vector(name: "MissingMetricsUnreadyScaleDown", current: 4, levels: [100, 100, 100], target: 50,
               kinds: [.unready, .ready, .ready, .ready], expectedReplicas: 3, expectedUtilization: 10, expectedRaw: 2 * 100),
        Vector(name: "MissingMetricsScaleDownTargetOver100", current: 4, levels: [200, 100, 100], target: 300,
               requests: ["1.0", "1.0", "2.0", "2.0"], kinds: [.unready, .ready, .ready, .ready],
               expectedReplicas: 2, expectedUtilization: 6, expectedRaw: 2 * 100),
        Vector(name: "DuringRollingUpdateWithMaxSurge", current: 2, levels: [100, 100], target: 50, podCount: 3,
               expectedReplicas: 2, expectedUtilization: 10, expectedRaw: 2 * 100),
        Vector(name: "DisjointResourcesMetrics", current: 1, levels: [100], target: 100, metricNames: ["an-older-pod-name"],
               expectedError: "no metrics returned matched known pods"),
        Vector(name: "EmptyCPURequest", current: 1, levels: [200], target: 100, requests: [],
               expectedError: "missing request for cpu in container container0 of Pod test-pod-0"),
    ]

    func testUpstreamVectors() {
        for vector in Self.vectors {
            let pods = Self.pods(for: vector)
            let metrics = Self.metrics(for: vector)
            do {
                let result = try ReplicaCalculator().resourceReplicas(
                    currentReplicas: vector.current, targetUtilization: vector.target, resource: "cpu",
                    metrics: .success(FetchedPodMetrics(samples: metrics, timestamp: Self.now)), pods: pods, now: Self.now)
                XCTAssertNil(vector.expectedError, "\(vector.name): expected an error")
                XCTAssertEqual(result.replicas, vector.expectedReplicas, "\(vector.name) replicas")
                XCTAssertEqual(result.utilization, vector.expectedUtilization, "\(vector.name) utilization")
                XCTAssertEqual(result.rawAverage, vector.expectedRaw, "\(vector.name) raw value")
                XCTAssertEqual(result.timestamp, Self.now, "\(vector.name) timestamp")
            } catch {
                XCTAssertEqual("\(error)", vector.expectedError, "\(vector.name)")
            }
        }
    }

    func testEmptyMetricsError() {
        let vector = Vector(name: "EmptyMetrics", current: 4, levels: [], target: 100, podCount: 3)
        XCTAssertThrowsError(try ReplicaCalculator().resourceReplicas(
            currentReplicas: 4, targetUtilization: 100, resource: "cpu",
            metrics: .failure(ReplicaCalculationError("no metrics returned from resource metrics API")),
            pods: Self.pods(for: vector), now: Self.now)) { error in
            XCTAssertEqual("\(error)", "unable to get metrics for resource cpu: no metrics returned from resource metrics API")
        }
    }

    func testNoPodsAndAllUnreadyErrors() {
        XCTAssertThrowsError(try ReplicaCalculator().resourceReplicas(
            currentReplicas: 1, targetUtilization: 50, resource: "cpu",
            metrics: .success(FetchedPodMetrics(samples: [:], timestamp: Self.now)), pods: [], now: Self.now)) { error in
            XCTAssertEqual("\(error)", "no pods returned by selector while calculating replica count")
        }
        let vector = Vector(name: "AllUnready", current: 2, levels: [100, 100], target: 50, kinds: [.unready, .unready])
        XCTAssertThrowsError(try ReplicaCalculator().resourceReplicas(
            currentReplicas: 2, targetUtilization: 50, resource: "cpu",
            metrics: .success(FetchedPodMetrics(samples: Self.metrics(for: vector), timestamp: Self.now)),
            pods: Self.pods(for: vector), now: Self.now)) { error in
            XCTAssertEqual("\(error)", "did not receive metrics for targeted pods (pods might be unready)")
        }
    }

    /// `TestReplicaCalcComputedToleranceAlgImplementation`: a target just past the tolerance scales down,
    /// one just inside it does not.
    func testComputedToleranceAlgorithm() {
        let startPods: Int32 = 10
        let totalUsed: Int64 = Int64(startPods) * 150
        let totalRequested = 2 * totalUsed
        let requestedToUsed = Double(totalRequested / totalUsed)
        let perPod = totalRequested / Int64(startPods)
        let requests = [perPod + 100, perPod - 100, perPod + 10, perPod - 10, perPod + 2, perPod - 2, perPod + 1, perPod - 1, perPod, perPod]
            .map { "\($0)m" }
        func run(margin: Double) -> ResourceReplicaProposal? {
            let target = abs(1 / (requestedToUsed * (1 - 0.1))) + margin
            let vector = Vector(name: "ComputedTolerance", current: startPods, levels: Array(repeating: totalUsed / 10, count: 10),
                                target: Int32(target * 100), requests: requests)
            return try? ReplicaCalculator().resourceReplicas(
                currentReplicas: startPods, targetUtilization: Int32(target * 100), resource: "cpu",
                metrics: .success(FetchedPodMetrics(samples: Self.metrics(for: vector), timestamp: Self.now)),
                pods: Self.pods(for: vector), now: Self.now)
        }
        let target = abs(1 / (requestedToUsed * (1 - 0.1))) + 0.01
        let usedRatio = Double(totalUsed) / (Double(totalRequested) * target)
        XCTAssertEqual(run(margin: 0.01)?.replicas, Int32((usedRatio * Double(startPods)).rounded(.up)))
        XCTAssertEqual(run(margin: 0.01)?.utilization, Int32(totalUsed * 100 / totalRequested))
        XCTAssertEqual(run(margin: 0.004)?.replicas, startPods)
    }

    /// The custom-metric vectors, replayed as memory AverageValue targets (non-CPU: no readiness rules).
    func testAverageValueVectors() throws {
        let cases: [(String, Int32, [Int64], Int64, [Kind], Int32, Int64)] = [
            ("ScaleUpCM", 3, [20000, 10000, 30000], 15000, [], 4, 20000),
            ("ScaleDownCM", 5, [12000, 12000, 12000, 12000, 12000], 20000, [], 3, 12000),
            ("ToleranceCM", 3, [20000, 21000, 21000], 20000, [], 3, 20666),
            ("CMUnreadyHotCpuNoLessScale", 3, [50000, 10000, 30000], 15000, [.ready, .ready, .unreadyHot], 6, 30000),
        ]
        for (name, current, levels, target, kinds, replicas, usage) in cases {
            let vector = Vector(name: name, current: current, levels: levels, target: 0, kinds: kinds)
            var samples: [String: PodMetricSample] = [:]
            for (index, level) in levels.enumerated() {
                samples["test-pod-\(index)"] = PodMetricSample(value: level, timestamp: Self.now, window: 60)
            }
            let result = try ReplicaCalculator().rawResourceReplicas(
                currentReplicas: current, targetAverageValue: target, resource: "memory",
                metrics: .success(FetchedPodMetrics(samples: samples, timestamp: Self.now)), pods: Self.pods(for: vector), now: Self.now)
            XCTAssertEqual(result.replicas, replicas, name)
            XCTAssertEqual(result.usage, usage, name)
        }
    }

    func testGroupPodsInitializationRules() {
        let calculator = ReplicaCalculator()
        var pod = Self.pod(index: 0, kind: .ready, requests: "1")
        pod.status.startTime = Timestamp(Self.now - 60)
        pod.status.conditions = [PodCondition(type: "Ready", status: "True", lastTransitionTime: Timestamp(Self.now - 30))]
        let fresh = ["test-pod-0": PodMetricSample(value: 1, timestamp: Self.now, window: 30)]
        let stale = ["test-pod-0": PodMetricSample(value: 1, timestamp: Self.now, window: 60)]
        XCTAssertEqual(calculator.groupPods([pod], metrics: fresh, resource: "cpu", now: Self.now).readyCount, 1)
        XCTAssertEqual(calculator.groupPods([pod], metrics: stale, resource: "cpu", now: Self.now).unready, ["test-pod-0"])
        XCTAssertEqual(calculator.groupPods([pod], metrics: stale, resource: "memory", now: Self.now).readyCount, 1)
        // After the initialization period an unready pod still counts if it was ready once after the readiness delay.
        pod.status.startTime = Timestamp(Self.now - 600)
        pod.status.conditions = [PodCondition(type: "Ready", status: "False", lastTransitionTime: Timestamp(Self.now - 60))]
        XCTAssertEqual(calculator.groupPods([pod], metrics: stale, resource: "cpu", now: Self.now).readyCount, 1)
        pod.status.conditions = [PodCondition(type: "Ready", status: "False", lastTransitionTime: Timestamp(Self.now - 590))]
        XCTAssertEqual(calculator.groupPods([pod], metrics: stale, resource: "cpu", now: Self.now).unready, ["test-pod-0"])
    }

    // MARK: - Building the vectors

    static func pods(for vector: Vector) -> [Pod] {
        let count = vector.podCount ?? max(vector.kinds.count, Int(vector.current))
        return (0..<count).map { index in
            let request = vector.requests.map { $0.indices.contains(index) ? $0[index] : nil } ?? "1.0"
            return pod(index: index, kind: vector.kinds.indices.contains(index) ? vector.kinds[index] : .ready, requests: request)
        }
    }

    static func metrics(for vector: Vector) -> [String: PodMetricSample] {
        var samples: [String: PodMetricSample] = [:]
        for (index, level) in vector.levels.enumerated() {
            let name = vector.metricNames.map { $0.indices.contains(index) ? $0[index] : "test-pod-\(index)" } ?? "test-pod-\(index)"
            samples[name] = PodMetricSample(value: 2 * level, timestamp: now, window: 60)
        }
        return samples
    }

    static func pod(index: Int, kind: Kind, requests: String?) -> Pod {
        var pod = Pod(metadata: ObjectMeta(name: "test-pod-\(index)", namespace: "test-namespace", labels: ["name": "test-pod"]),
                      spec: PodSpec(containers: [container("container0", cpu: requests), container("container1", cpu: requests)]))
        let cool = Timestamp(now - 3600)
        let hot = Timestamp(now - 60)
        pod.status.phase = "Running"
        switch kind {
        case .ready:
            pod.status.startTime = cool
            pod.status.conditions = [PodCondition(type: "Ready", status: "True", lastTransitionTime: Timestamp(now - 3500))]
        case .unready, .pending, .failed:
            pod.status.startTime = cool
            pod.status.conditions = [PodCondition(type: "Ready", status: "False", lastTransitionTime: cool)]
            if kind == .pending { pod.status.phase = "Pending" }
            if kind == .failed { pod.status.phase = "Failed" }
        case .hot:
            pod.status.startTime = hot
            pod.status.conditions = [PodCondition(type: "Ready", status: "True", lastTransitionTime: Timestamp(now - 30))]
        case .unreadyHot:
            pod.status.startTime = hot
            pod.status.conditions = [PodCondition(type: "Ready", status: "False", lastTransitionTime: hot)]
        case .deleting:
            pod.status.startTime = cool
            pod.status.conditions = [PodCondition(type: "Ready", status: "False", lastTransitionTime: cool)]
            pod.metadata.deletionTimestamp = Timestamp(now)
        }
        return pod
    }
}
