import XCTest
@testable import KubeCluster

/// Upstream vectors from `rolling_test.go` and `sync_test.go` (k8s-semantics.md §1.4, §1.5, §1.9, §1.11),
/// run against a store without controllers so only the deployment controller's own updates happen.
final class DeploymentReconcileTests: XCTestCase {
    private func setUp(_ deployment: Deployment, _ sets: [ReplicaSet]) -> (Cluster, Deployment, [ReplicaSet]) {
        let cluster = Workloads.cluster(controllers: false)
        let stored = cluster.store.put(deployment)
        return (cluster, stored, sets.map { cluster.store.put($0) })
    }

    private func size(_ cluster: Cluster, _ name: String) -> Int32? {
        cluster.store.get(ReplicaSet.self, namespace: "default", name: name)?.spec.replicas
    }

    func testReconcileNewReplicaSet() throws {
        // (deploymentReplicas, maxSurge, old, new, scaled?, new replicas)
        let cases: [(Int32, Int32, Int32, Int32, Bool, Int32)] = [
            (10, 0, 10, 0, false, 0), (10, 2, 10, 0, true, 2), (10, 2, 5, 0, true, 7), (10, 2, 10, 2, false, 2), (10, 2, 2, 11, true, 10),
        ]
        for (replicas, surge, old, new, wantScaled, want) in cases {
            let (cluster, deployment, sets) = setUp(Deployment.fixture(replicas: replicas, maxSurge: .int(surge), maxUnavailable: .int(0)),
                                                    [ReplicaSet.fixture("foo-old", replicas: old), ReplicaSet.fixture("foo-new", replicas: new)])
            let scaled = try DeploymentController().reconcileNewReplicaSet(sets, newRS: sets[1], deployment, in: cluster)
            XCTAssertEqual(scaled, wantScaled, "\(replicas) \(surge) \(old) \(new)")
            XCTAssertEqual(size(cluster, "foo-new"), want)
        }
    }

    func testReconcileOldReplicaSets() throws {
        // (deploymentReplicas, maxUnavailable, old, new, oldAvailable, newAvailable, scaled?, old replicas)
        let cases: [(Int32, Int32, Int32, Int32, Int32, Int32, Bool, Int32)] = [
            (10, 0, 10, 0, 10, 0, true, 9), (10, 2, 10, 0, 10, 0, true, 8), (10, 2, 10, 0, 8, 0, true, 8),
            (10, 2, 10, 0, 9, 0, true, 8), (10, 2, 8, 2, 8, 0, false, 8),
        ]
        for (replicas, unavailable, old, new, oldAvailable, newAvailable, wantScaled, want) in cases {
            let (cluster, deployment, sets) = setUp(
                Deployment.fixture(replicas: replicas, maxSurge: .int(0), maxUnavailable: .int(unavailable)),
                [ReplicaSet.fixture("foo-old", replicas: old, available: oldAvailable),
                 ReplicaSet.fixture("foo-new", replicas: new, available: newAvailable)])
            let scaled = try DeploymentController().reconcileOldReplicaSets(sets, oldRSs: [sets[0]], newRS: sets[1], deployment, in: cluster)
            XCTAssertEqual(scaled, wantScaled, "\(replicas) \(unavailable) \(old) \(new) \(oldAvailable)")
            XCTAssertEqual(size(cluster, "foo-old"), want)
        }
    }

    func testCleanupUnhealthyReplicas() throws {
        // (available, maxCleanupCount, cleaned up) for an old ReplicaSet of 10
        let cases: [(Int32, Int32, Int32)] = [(8, 1, 1), (8, 3, 2), (8, 0, 0), (10, 3, 0)]
        for (available, budget, want) in cases {
            let (cluster, deployment, sets) = setUp(Deployment.fixture(replicas: 10, maxSurge: .int(2), maxUnavailable: .int(2)),
                                                    [ReplicaSet.fixture("foo-v2", replicas: 10, available: available)])
            let result = try DeploymentController().cleanupUnhealthyReplicas(sets, deployment, maxCleanupCount: budget, in: cluster)
            XCTAssertEqual(result.count, want, "available \(available) budget \(budget)")
            XCTAssertEqual(size(cluster, "foo-v2"), 10 - want)
        }
    }

    func testScaleDownOldReplicaSetsForRollingUpdate() throws {
        // (deploymentReplicas, maxUnavailable, available, old replicas, scaled?, old replicas after)
        let cases: [(Int32, Int32, Int32, Int32, Bool, Int32)] = [
            (10, 0, 10, 10, true, 9), (10, 2, 10, 10, true, 8), (10, 2, 8, 10, false, 10), (10, 2, 10, 0, false, 0), (10, 2, 1, 10, false, 10),
        ]
        for (replicas, unavailable, available, old, wantScaled, want) in cases {
            let (cluster, deployment, sets) = setUp(Deployment.fixture(replicas: replicas, maxSurge: .int(0), maxUnavailable: .int(unavailable)),
                                                    [ReplicaSet.fixture("foo-old", replicas: old, available: available)])
            let count = try DeploymentController().scaleDownOldReplicaSetsForRollingUpdate(sets, oldRSs: sets, deployment, in: cluster)
            XCTAssertEqual(count > 0, wantScaled, "\(replicas) \(unavailable) \(available) \(old)")
            XCTAssertEqual(size(cluster, "foo-old"), want)
        }
    }

    /// `TestScale`: RS annotations come from the old deployment; sizes are checked after `scale`.
    func testScale() throws {
        let newer = Workloads.start + 7200, old = Workloads.start + 3600, older = Workloads.start
        struct Case {
            let name: String
            let from: Deployment
            let to: Deployment
            let newRS: (String, Int32, Int32?)?
            let oldRSs: [(String, Int32, Double)]
            let expected: [String: Int32]
            var desiredAnnotations: [String: Int32] = [:]
        }
        func d(_ replicas: Int32, surge: Int32 = 0, unavailable: Int32 = 0) -> Deployment {
            Deployment.fixture(replicas: replicas, maxSurge: .int(surge), maxUnavailable: .int(unavailable))
        }
        let cases = [
            Case(name: "10 -> 12", from: d(10), to: d(12), newRS: ("foo-v1", 10, nil), oldRSs: [], expected: ["foo-v1": 12]),
            Case(name: "10 -> 5", from: d(10), to: d(5), newRS: ("foo-v1", 10, nil), oldRSs: [], expected: ["foo-v1": 5]),
            Case(name: "5 -> 10", from: d(5), to: d(10), newRS: ("foo-v2", 2, nil), oldRSs: [("foo-v1", 3, old)],
                 expected: ["foo-v2": 4, "foo-v1": 6]),
            Case(name: "5 -> 3", from: d(5), to: d(3), newRS: ("foo-v2", 2, nil), oldRSs: [("foo-v1", 3, old)],
                 expected: ["foo-v2": 1, "foo-v1": 2]),
            Case(name: "9 -> 4", from: d(9), to: d(4), newRS: ("foo-v2", 8, nil), oldRSs: [("foo-v1", 1, old)],
                 expected: ["foo-v2": 4, "foo-v1": 0]),
            Case(name: "7 -> 10", from: d(7), to: d(10), newRS: ("foo-v3", 2, nil), oldRSs: [("foo-v2", 3, old), ("foo-v1", 2, older)],
                 expected: ["foo-v3": 3, "foo-v2": 4, "foo-v1": 3]),
            Case(name: "13 -> 8", from: d(13), to: d(8), newRS: ("foo-v3", 2, nil), oldRSs: [("foo-v2", 8, old), ("foo-v1", 3, older)],
                 expected: ["foo-v3": 1, "foo-v2": 5, "foo-v1": 2]),
            Case(name: "leftover 3 -> 4", from: d(3), to: d(4), newRS: ("foo-v3", 1, nil), oldRSs: [("foo-v2", 1, old), ("foo-v1", 1, older)],
                 expected: ["foo-v3": 2, "foo-v2": 1, "foo-v1": 1]),
            Case(name: "leftover 3 -> 2", from: d(3), to: d(2), newRS: ("foo-v3", 1, nil), oldRSs: [("foo-v2", 1, old), ("foo-v1", 1, older)],
                 expected: ["foo-v3": 1, "foo-v2": 1, "foo-v1": 0]),
            Case(name: "no new rs 4 -> 5", from: d(4), to: d(5), newRS: nil, oldRSs: [("foo-v2", 2, old), ("foo-v1", 2, older)],
                 expected: ["foo-v2": 3, "foo-v1": 2]),
            Case(name: "6 -> 0", from: d(6), to: d(0), newRS: ("foo-v3", 3, nil), oldRSs: [("foo-v2", 2, old), ("foo-v1", 1, older)],
                 expected: ["foo-v3": 0, "foo-v2": 0, "foo-v1": 0]),
            Case(name: "0 -> 6", from: d(6), to: d(6), newRS: ("foo-v3", 0, nil), oldRSs: [("foo-v2", 0, old), ("foo-v1", 0, older)],
                 expected: ["foo-v3": 6, "foo-v2": 0, "foo-v1": 0]),
            Case(name: "failed rs update", from: d(5), to: d(5), newRS: ("foo-v3", 2, nil), oldRSs: [("foo-v2", 1, old), ("foo-v1", 1, older)],
                 expected: ["foo-v3": 2, "foo-v2": 2, "foo-v1": 1], desiredAnnotations: ["foo-v2": 3]),
            Case(name: "surge pods", from: d(10, surge: 2), to: d(20, surge: 2), newRS: ("foo-v2", 6, nil), oldRSs: [("foo-v1", 6, old)],
                 expected: ["foo-v2": 11, "foo-v1": 11]),
            Case(name: "surge and size", from: d(10, surge: 3), to: d(50, surge: 6), newRS: ("foo-v2", 5, nil), oldRSs: [("foo-v1", 8, old)],
                 expected: ["foo-v2": 22, "foo-v1": 34]),
            Case(name: "size and template", from: d(10), to: d(14), newRS: nil, oldRSs: [("foo-v2", 7, newer), ("foo-v1", 3, old)],
                 expected: ["foo-v2": 10, "foo-v1": 4]),
            Case(name: "saturated but broken", from: d(2, surge: 1, unavailable: 1), to: d(2, surge: 1, unavailable: 1),
                 newRS: ("foo-v2", 2, 0), oldRSs: [("foo-v1", 1, old)], expected: ["foo-v2": 2, "foo-v1": 1]),
        ]
        for test in cases {
            func annotated(_ name: String, _ size: Int32, _ created: Double, available: Int32) -> ReplicaSet {
                var rs = ReplicaSet.fixture(name, replicas: size, available: available, created: created)
                let desired = test.desiredAnnotations[name] ?? test.from.desiredReplicas
                _ = DeploymentController.setReplicasAnnotations(&rs, desired: desired, max: desired + DeploymentRolloutMath.maxSurge(test.from))
                return rs
            }
            let newRS = test.newRS.map { annotated($0.0, $0.1, newer, available: $0.2 ?? $0.1) }
            let oldRSs = test.oldRSs.map { annotated($0.0, $0.1, $0.2, available: $0.1) }
            let (cluster, deployment, stored) = setUp(test.to, (newRS.map { [$0] } ?? []) + oldRSs)
            let storedNew = newRS == nil ? nil : stored.first
            let storedOld = newRS == nil ? stored : Array(stored.dropFirst())
            try DeploymentController().scale(deployment, newRS: storedNew, oldRSs: storedOld, in: cluster)
            for (name, want) in test.expected {
                XCTAssertEqual(size(cluster, name), want, "\(test.name): \(name)")
            }
        }
    }

    /// `TestDeploymentController_cleanupDeployment`.
    func testCleanupDeployment() throws {
        // ([(spec, status)], limit, deletions, first set already being deleted)
        let cases: [([(Int32, Int32)], Int32, Int, Bool)] = [
            ([(0, 0), (0, 0), (0, 0)], 1, 2, false), ([(0, 0), (0, 1), (1, 0), (1, 1)], 0, 1, false), ([(0, 0), (0, 0)], 0, 2, false),
            ([(1, 1), (1, 1)], 0, 0, false), ([(0, 0)], 0, 0, true), ([(0, 0), (0, 0), (0, 0)], Int32.max, 0, false),
        ]
        for (index, (sets, limit, want, deleting)) in cases.enumerated() {
            let fixtures = sets.enumerated().map { position, sizes -> ReplicaSet in
                var rs = ReplicaSet.fixture("foo-\(position + 1)", replicas: sizes.0, created: Workloads.start + Double(position))
                rs.status.replicas = sizes.1
                if deleting && position == 0 { rs.metadata.deletionTimestamp = Timestamp(Workloads.start) }
                return rs
            }
            let (cluster, deployment, stored) = setUp(Deployment.fixture(replicas: 1, revisionHistoryLimit: limit), fixtures)
            try DeploymentController().cleanupDeployment(stored, deployment, in: cluster)
            XCTAssertEqual(sets.count - cluster.store.count(resource: "replicasets"), want, "case \(index)")
        }
    }
}
