import XCTest
@testable import KubeCluster

/// Upstream vectors from `deployment_util_test.go` (k8s-semantics.md §1.3, §1.4, §1.9, §1.10, §1.11).
final class DeploymentRolloutMathTests: XCTestCase {
    func testResolveFenceposts() {
        let cases: [(IntOrString?, IntOrString?, Int32, Int32, Int32, Bool)] = [
            (.string("0%"), .string("0%"), 0, 0, 1, false),
            (.string("39%"), .string("39%"), 10, 4, 3, false),
            (.string("oops"), .string("39%"), 10, 0, 0, true),
            (.string("55%"), .string("urg"), 10, 0, 0, true),
            (nil, .string("39%"), 10, 0, 3, false),
            (.string("39%"), nil, 10, 4, 0, false),
            (nil, nil, 10, 0, 1, false),
        ]
        for (surge, unavailable, desired, wantSurge, wantUnavailable, wantError) in cases {
            let result = try? DeploymentRolloutMath.resolveFenceposts(maxSurge: surge, maxUnavailable: unavailable, desired: desired)
            XCTAssertEqual(result == nil, wantError, "\(String(describing: surge)) \(String(describing: unavailable))")
            if let result {
                XCTAssertEqual(result.surge, wantSurge)
                XCTAssertEqual(result.unavailable, wantUnavailable)
            }
        }
    }

    func testMaxUnavailable() {
        let cases: [(Int32, IntOrString?, Int32)] = [
            (10, .int(5), 5), (10, .int(10), 10), (5, .int(10), 5), (0, .int(10), 0),
            (10, .string("50%"), 5), (10, .string("100%"), 10), (5, .string("100%"), 5),
        ]
        for (replicas, unavailable, want) in cases {
            let deployment = Deployment.fixture(replicas: replicas, maxSurge: .int(1), maxUnavailable: unavailable)
            XCTAssertEqual(DeploymentRolloutMath.maxUnavailable(deployment), want, "\(replicas) \(String(describing: unavailable))")
        }
        var recreate = Deployment.fixture(replicas: 10)
        recreate.spec.strategy = DeploymentStrategy()
        recreate.spec.strategy.type = "Recreate"
        XCTAssertEqual(DeploymentRolloutMath.maxUnavailable(recreate), 0)
    }

    func testMinAvailable() {
        let cases: [(Int32, IntOrString?, Int32)] = [
            (10, .int(5), 5), (10, .int(10), 0), (5, .int(10), 0), (0, .int(10), 0),
            (10, .string("60%"), 4), (10, .string("100%"), 0), (5, .string("100%"), 0),
        ]
        for (replicas, unavailable, want) in cases {
            let deployment = Deployment.fixture(replicas: replicas, maxSurge: .int(1), maxUnavailable: unavailable)
            XCTAssertEqual(DeploymentRolloutMath.minAvailable(deployment), want, "\(replicas) \(String(describing: unavailable))")
        }
        var recreate = Deployment.fixture(replicas: 10)
        recreate.spec.strategy.type = "Recreate"
        recreate.spec.strategy.rollingUpdate = nil
        XCTAssertEqual(DeploymentRolloutMath.minAvailable(recreate), 0)
    }

    func testDefaultFencepostsFromTheReference() {
        let expected: [Int32: (Int32, Int32)] = [1: (1, 0), 2: (1, 0), 3: (1, 0), 4: (1, 1), 5: (2, 1), 10: (3, 2)]
        for (replicas, (surge, unavailable)) in expected.sorted(by: { $0.key < $1.key }) {
            let deployment = Deployment.fixture(replicas: replicas, maxSurge: .string("25%"), maxUnavailable: .string("25%"))
            XCTAssertEqual(DeploymentRolloutMath.maxSurge(deployment), surge, "surge for \(replicas)")
            XCTAssertEqual(DeploymentRolloutMath.maxUnavailable(deployment), unavailable, "unavailable for \(replicas)")
        }
    }

    func testNewRSNewReplicas() throws {
        let cases: [(String, String, Int32, Int32, Int32, Int32)] = [
            ("can not scale up - to newRSReplicas", "RollingUpdate", 1, 5, 1, 5),
            ("scale up - to depReplicas", "RollingUpdate", 6, 2, 10, 6),
            ("recreate - to depReplicas", "Recreate", 3, 1, 1, 3),
        ]
        let old = ReplicaSet.fixture("rs5", replicas: 5)
        for (name, strategy, replicas, newReplicas, surge, want) in cases {
            var deployment = Deployment.fixture(replicas: replicas, maxSurge: .int(surge), maxUnavailable: .int(1))
            deployment.spec.strategy.type = strategy
            let newRS = ReplicaSet.fixture("new", replicas: newReplicas)
            XCTAssertEqual(try DeploymentRolloutMath.newRSNewReplicas(deployment, allRSs: [newRS, old], newRS: newRS), want, name)
        }
    }

    func testReplicaSetFraction() {
        // (d.replicas, d.status.replicas, maxSurge, rs.replicas, max-replicas annotation, fraction)
        let cases: [(Int32, Int32?, Int32, Int32, String?, Int32)] = [
            (0, nil, 0, 10, nil, -10), (10, 0, 0, 5, nil, 0), (10, 0, 0, 5, "0", 0), (120, 100, 0, 50, nil, 10),
            (120, 100, 0, 50, "0", 10), (120, nil, 0, 50, "100", 10), (120, nil, 10, 50, "110", 9), (10, nil, 0, 6, "12", -1),
            (100, nil, 10, 50, "130", -8),
        ]
        for (replicas, statusReplicas, surge, rsReplicas, annotation, want) in cases {
            var deployment = Deployment.fixture(replicas: replicas, maxSurge: .int(surge), maxUnavailable: .int(1))
            deployment.status.replicas = statusReplicas
            var rs = ReplicaSet.fixture("rs", replicas: rsReplicas)
            rs.metadata.setAnnotation(DeploymentAnnotations.maxReplicas, annotation)
            XCTAssertEqual(DeploymentRolloutMath.replicaSetFraction(rs, deployment), want,
                           "\(replicas)/\(String(describing: statusReplicas)) surge \(surge) rs \(rsReplicas) \(String(describing: annotation))")
        }
    }

    private func status(current: Int32, updated: Int32, ready: Int32 = 0, available: Int32) -> DeploymentStatus {
        var status = DeploymentStatus()
        status.replicas = current
        status.updatedReplicas = updated
        status.readyReplicas = ready
        status.availableReplicas = available
        return status
    }

    func testDeploymentComplete() {
        // (desired, current, updated, available, maxUnavailable, maxSurge) → complete
        let cases: [(Int32, Int32, Int32, Int32, Int32, Int32, Bool)] = [
            (5, 5, 5, 4, 1, 0, false), (5, 5, 5, 3, 1, 0, false), (5, 5, 5, 5, 0, 0, true),
            (5, 5, 4, 5, 0, 0, false), (1, 2, 1, 1, 0, 1, false), (1, 1, 1, 0, 1, 1, false),
        ]
        for (desired, current, updated, available, unavailable, surge, want) in cases {
            var deployment = Deployment.fixture(replicas: desired, maxSurge: .int(surge), maxUnavailable: .int(unavailable))
            deployment.status = status(current: current, updated: updated, available: available)
            deployment.status.observedGeneration = 1
            XCTAssertEqual(DeploymentRolloutMath.deploymentComplete(deployment, deployment.status), want,
                           "\(desired) \(current) \(updated) \(available)")
        }
    }

    func testDeploymentProgressing() {
        let cases: [((Int32, Int32, Int32, Int32), (Int32, Int32, Int32, Int32), Bool)] = [
            ((10, 4, 4, 4), (10, 6, 4, 4), true), ((10, 4, 4, 4), (10, 4, 4, 4), false), ((10, 4, 6, 6), (8, 4, 6, 6), true),
            ((10, 7, 3, 3), (10, 6, 3, 3), false), ((10, 4, 7, 7), (8, 8, 5, 5), true), ((10, 10, 9, 8), (10, 10, 10, 8), true),
            ((10, 10, 10, 9), (10, 10, 10, 10), true),
        ]
        for (old, new, want) in cases {
            var deployment = Deployment.fixture(replicas: 10)
            deployment.status = status(current: old.0, updated: old.1, ready: old.2, available: old.3)
            let newStatus = status(current: new.0, updated: new.1, ready: new.2, available: new.3)
            XCTAssertEqual(DeploymentRolloutMath.deploymentProgressing(deployment, newStatus), want, "\(old) → \(new)")
        }
    }

    func testDeploymentTimedOut() {
        let base = Workloads.start
        let cases: [(Int32?, Double, String, Bool)] = [
            (nil, 69, "ReplicaSetUpdated", false), (Int32.max, 69, "ReplicaSetUpdated", false), (10, 69, "ReplicaSetUpdated", true),
            (10, 71, "ReplicaSetUpdated", false), (nil, 69, "NewReplicaSetAvailable", false), (10, 79, "NewReplicaSetAvailable", false),
        ]
        for (deadline, lastUpdate, reason, want) in cases {
            var deployment = Deployment.fixture(replicas: 1)
            deployment.spec.progressDeadlineSeconds = deadline
            let stamp = Timestamp(base + lastUpdate)
            deployment.status.conditions = [WorkloadCondition(type: "Progressing", status: "True", lastUpdateTime: stamp,
                                                              lastTransitionTime: stamp, reason: reason, message: "")]
            XCTAssertEqual(DeploymentRolloutMath.deploymentTimedOut(deployment, deployment.status, now: base + 80), want,
                           "\(String(describing: deadline)) \(lastUpdate) \(reason)")
        }
    }

    /// `TestAnnotationUtils`: with a 5-character history budget only the last two revisions fit.
    func testRevisionHistoryAnnotationIsBounded() {
        let deployment = Deployment.fixture(replicas: 1)
        var rs = ReplicaSet.fixture("rs", replicas: 1)
        for revision in 10..<20 {
            let next = String(revision + 1)
            _ = DeploymentController.setNewReplicaSetAnnotations(deployment, &rs, newRevision: next, exists: true, limitInChars: 5)
            if revision >= 12 {
                XCTAssertEqual(rs.metadata.annotations?[DeploymentAnnotations.revisionHistory], "\(revision - 1),\(revision)")
            }
            XCTAssertEqual(rs.metadata.annotations?[DeploymentAnnotations.revision], next)
        }
    }

    func testAnnotationsCopiedToReplicaSetSkipTheControllerOnes() {
        var deployment = Deployment.fixture(replicas: 3)
        deployment.metadata.annotations = ["kubernetes.io/change-cause": "set image", DeploymentAnnotations.revision: "7",
                                           DeploymentAnnotations.lastApplied: "{}"]
        var rs = ReplicaSet.fixture("rs", replicas: 0)
        XCTAssertTrue(DeploymentController.setNewReplicaSetAnnotations(deployment, &rs, newRevision: "2", exists: false, limitInChars: 2000))
        XCTAssertEqual(rs.metadata.annotations, ["kubernetes.io/change-cause": "set image", DeploymentAnnotations.revision: "2",
                                                 DeploymentAnnotations.desiredReplicas: "3", DeploymentAnnotations.maxReplicas: "3"])
    }

    func testPodTemplateHashAlphabetAndStability() {
        let template = Workloads.template(app: "web", image: "nginx:1.27")
        let hash = PodTemplateHash.compute(template, collisionCount: nil)
        XCTAssertEqual(hash, PodTemplateHash.compute(template, collisionCount: nil))
        XCTAssertTrue(hash.allSatisfy { "456789bcdf".contains($0) }, hash)
        XCTAssertTrue((1...10).contains(hash.count))
        XCTAssertNotEqual(hash, PodTemplateHash.compute(Workloads.template(app: "web", image: "nginx:1.28"), collisionCount: nil))
        // `TestComputeHash`: different collision counts give different hashes.
        XCTAssertNotEqual(PodTemplateHash.compute(PodTemplateSpec(), collisionCount: 1), PodTemplateHash.compute(PodTemplateSpec(), collisionCount: 2))
        XCTAssertNotEqual(PodTemplateHash.compute(PodTemplateSpec(), collisionCount: nil),
                          PodTemplateHash.compute(PodTemplateSpec(), collisionCount: Int32.max))
        // SafeEncodeString maps decimal digits onto a fixed alphabet slice.
        XCTAssertEqual(PodTemplateHash.safeEncode("0123456789"), "456789bcdf")
        XCTAssertEqual(PodTemplateHash.fnv1a32(Array("a".utf8)), 0xE40C_292C)
    }

    func testEqualIgnoringHash() {
        var withHash = Workloads.template(app: "web", image: "nginx")
        withHash.metadata.setLabel(PodTemplateHash.labelKey, "7c5ddbdf54")
        XCTAssertTrue(DeploymentRolloutMath.equalIgnoringHash(withHash, Workloads.template(app: "web", image: "nginx")))
        XCTAssertFalse(DeploymentRolloutMath.equalIgnoringHash(withHash, Workloads.template(app: "web", image: "nginx:2")))
    }
}
