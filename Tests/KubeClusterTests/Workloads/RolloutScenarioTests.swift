import XCTest
@testable import KubeCluster

/// Whole rollouts over simulated time: the deployment and ReplicaSet controllers with a fake kubelet
/// that makes pods Ready two seconds after they are bound.
final class RolloutScenarioTests: XCTestCase {
    private func createAndWait(_ cluster: Cluster, _ deployment: Deployment, limit: Double = 120) throws {
        try cluster.api.create(deployment)
        XCTAssertTrue(cluster.advance(upTo: limit) { Workloads.rolloutComplete(cluster, deployment.name) }, "initial rollout of \(deployment.name)")
    }

    private func rollout(_ cluster: Cluster, _ name: String, to image: String, limit: Double = 300) throws {
        try Workloads.setImage(cluster, name, image)
        XCTAssertTrue(cluster.advance(upTo: limit) { Workloads.rolloutComplete(cluster, name) }, "rollout of \(name) to \(image)")
    }

    private func scalingEvents(_ cluster: Cluster) -> [String] {
        Workloads.events(cluster, reason: "ScalingReplicaSet")
    }

    func testSurgeOneUnavailableZeroKeepsFourAvailableAndAtMostFivePods() throws {
        let cluster = Workloads.cluster()
        try createAndWait(cluster, Workloads.deployment("web", replicas: 4, maxSurge: .int(1), maxUnavailable: .int(0)))
        var most = 0, fewestAvailable = Int.max, observations = 0
        cluster.store.watch { _ in
            let active = Workloads.activePods(cluster, app: "web")
            most = max(most, active.count)
            fewestAvailable = min(fewestAvailable, active.filter(PodReadiness.isReady).count)
            observations += 1
        }
        try rollout(cluster, "web", to: "nginx:1.28")
        XCTAssertGreaterThan(observations, 20)
        XCTAssertEqual(most, 5)
        XCTAssertEqual(fewestAvailable, 4)
        let sets = Workloads.replicaSets(cluster, of: "web")
        XCTAssertEqual(sets.map(\.desiredReplicas), [0, 4])
        let (old, new) = (sets[0].name, sets[1].name)
        XCTAssertEqual(scalingEvents(cluster), [
            "Scaled up replica set \(old) to 4", "Scaled up replica set \(new) to 1", "Scaled down replica set \(old) to 3 from 4",
            "Scaled up replica set \(new) to 2 from 1", "Scaled down replica set \(old) to 2 from 3", "Scaled up replica set \(new) to 3 from 2",
            "Scaled down replica set \(old) to 1 from 2", "Scaled up replica set \(new) to 4 from 3", "Scaled down replica set \(old) to 0 from 1",
        ])
    }

    func testDefaultStrategyRolloutOfThreeReplicas() throws {
        let cluster = Workloads.cluster()
        try createAndWait(cluster, Workloads.deployment("web", replicas: 3))
        var deployment = try XCTUnwrap(Workloads.stored(cluster, "web"))
        XCTAssertEqual(deployment.metadata.annotations?[DeploymentAnnotations.revision], "1")
        XCTAssertEqual(deployment.status.conditions?.map(\.reason), ["MinimumReplicasAvailable", "NewReplicaSetAvailable"])
        try rollout(cluster, "web", to: "nginx:1.28")
        let sets = Workloads.replicaSets(cluster, of: "web")
        let (old, new) = (sets[0].name, sets[1].name)
        XCTAssertEqual(scalingEvents(cluster), [
            "Scaled up replica set \(old) to 3", "Scaled up replica set \(new) to 1", "Scaled down replica set \(old) to 2 from 3",
            "Scaled up replica set \(new) to 2 from 1", "Scaled down replica set \(old) to 1 from 2", "Scaled up replica set \(new) to 3 from 2",
            "Scaled down replica set \(old) to 0 from 1",
        ])
        XCTAssertTrue(new.hasPrefix("web-") && new.dropFirst(4).allSatisfy { "456789bcdf".contains($0) }, new)
        deployment = try XCTUnwrap(Workloads.stored(cluster, "web"))
        XCTAssertEqual(deployment.metadata.annotations?[DeploymentAnnotations.revision], "2")
        XCTAssertEqual(sets[1].metadata.annotations, [DeploymentAnnotations.revision: "2", DeploymentAnnotations.desiredReplicas: "3",
                                                      DeploymentAnnotations.maxReplicas: "4"])
        XCTAssertEqual(sets[1].spec.selector?.matchLabels?[PodTemplateHash.labelKey], String(new.dropFirst(4)))
        let progressing = try XCTUnwrap(deployment.status.condition("Progressing"))
        XCTAssertEqual(progressing.message, "ReplicaSet \"\(new)\" has successfully progressed.")
        XCTAssertEqual(deployment.status.replicas, 3)
        XCTAssertEqual(deployment.status.updatedReplicas, 3)
        XCTAssertEqual(deployment.status.availableReplicas, 3)
        XCTAssertNil(deployment.status.unavailableReplicas)
        XCTAssertEqual(deployment.status.observedGeneration, 2)
        let pod = try XCTUnwrap(Workloads.activePods(cluster, app: "web").first)
        XCTAssertTrue(pod.name.hasPrefix(new + "-"))
    }

    func testRecreateNeverRunsOldAndNewPodsTogether() throws {
        let cluster = Workloads.cluster()
        try createAndWait(cluster, Workloads.deployment("web", replicas: 3, strategy: "Recreate"))
        let oldHash = try XCTUnwrap(Workloads.replicaSets(cluster, of: "web").first?.spec.selector?.matchLabels?[PodTemplateHash.labelKey])
        var overlap = false
        cluster.store.watch { _ in
            let hashes = Set(cluster.store.list(Pod.self, namespace: "default").compactMap { $0.metadata.labels?[PodTemplateHash.labelKey] })
            if hashes.count > 1 && hashes.contains(oldHash) { overlap = true }
        }
        try rollout(cluster, "web", to: "nginx:1.28")
        XCTAssertFalse(overlap)
        let sets = Workloads.replicaSets(cluster, of: "web")
        XCTAssertEqual(scalingEvents(cluster), ["Scaled up replica set \(sets[0].name) to 3", "Scaled down replica set \(sets[0].name) to 0 from 3",
                                                "Scaled up replica set \(sets[1].name) to 3"])
        XCTAssertEqual(Workloads.stored(cluster, "web")?.status.conditions?.first { $0.type == "Available" }?.status, "True")
    }

    func testProportionalScalingMidRollout() throws {
        let cluster = Workloads.cluster()
        try createAndWait(cluster, Workloads.deployment("web", replicas: 10))
        try Workloads.setImage(cluster, "web", "nginx:1.28")
        cluster.settle()
        var sets = Workloads.replicaSets(cluster, of: "web")
        // Created at 3 with the old scaled 10→8 in the same pass; the next pass grows it to 13 − 8 = 5.
        XCTAssertEqual(sets.map(\.desiredReplicas), [8, 5])
        XCTAssertEqual(scalingEvents(cluster).suffix(3), ["Scaled up replica set \(sets[1].name) to 3",
                                                          "Scaled down replica set \(sets[0].name) to 8 from 10",
                                                          "Scaled up replica set \(sets[1].name) to 5 from 3"])
        try Workloads.setReplicas(cluster, "web", 20)
        cluster.settle()
        sets = Workloads.replicaSets(cluster, of: "web")
        // 20 + surge 5 = 25 shared by the annotated max of 13: round(8·25/13) = 15, round(5·25/13) = 10.
        XCTAssertEqual(sets.map(\.desiredReplicas), [15, 10])
        XCTAssertEqual(sets.map { $0.metadata.annotations?[DeploymentAnnotations.maxReplicas] }, ["25", "25"])
        try Workloads.setReplicas(cluster, "web", 5)
        cluster.settle()
        sets = Workloads.replicaSets(cluster, of: "web")
        // 5 + surge 2 = 7: round(15·7/25) = 4, round(10·7/25) = 3.
        XCTAssertEqual(sets.map(\.desiredReplicas), [4, 3])
        XCTAssertTrue(cluster.advance(upTo: 300) { Workloads.rolloutComplete(cluster, "web") })
        XCTAssertEqual(Workloads.replicaSets(cluster, of: "web").map(\.desiredReplicas), [0, 5])
        XCTAssertEqual(Workloads.activePods(cluster, app: "web").count, 5)
        XCTAssertTrue(scalingEvents(cluster).contains("Scaled up replica set \(sets[0].name) to 15 from 8"))
        XCTAssertTrue(scalingEvents(cluster).contains("Scaled down replica set \(sets[1].name) to 3 from 10"))
    }

    func testRollbackReusesTheOldReplicaSetWithABumpedRevision() throws {
        let cluster = Workloads.cluster()
        try createAndWait(cluster, Workloads.deployment("web", replicas: 2, image: "nginx:1.27"))
        try rollout(cluster, "web", to: "nginx:1.28")
        let before = Workloads.replicaSets(cluster, of: "web")
        // What `kubectl rollout undo` sends: revision 1's template without the pod-template-hash label.
        try rollout(cluster, "web", to: "nginx:1.27")
        let after = Workloads.replicaSets(cluster, of: "web")
        XCTAssertEqual(after.map(\.name), before.map(\.name), "no new ReplicaSet")
        XCTAssertEqual(after.map(\.desiredReplicas), [2, 0])
        XCTAssertEqual(after[0].metadata.annotations?[DeploymentAnnotations.revision], "3")
        XCTAssertEqual(after[0].metadata.annotations?[DeploymentAnnotations.revisionHistory], "1")
        XCTAssertEqual(after[1].metadata.annotations?[DeploymentAnnotations.revision], "2")
        XCTAssertEqual(Workloads.stored(cluster, "web")?.metadata.annotations?[DeploymentAnnotations.revision], "3")
        XCTAssertTrue(scalingEvents(cluster).contains("Scaled up replica set \(after[0].name) to 1 from 0"))
    }

    func testRevisionHistoryLimitRemovesTheOldestEmptyReplicaSets() throws {
        let cluster = Workloads.cluster()
        var deployment = Workloads.deployment("web", replicas: 1, image: "nginx:1.21")
        deployment.spec.revisionHistoryLimit = 2
        try createAndWait(cluster, deployment)
        for minor in 22...25 { try rollout(cluster, "web", to: "nginx:1.\(minor)") }
        cluster.advance(by: 5)
        let sets = Workloads.replicaSets(cluster, of: "web")
        XCTAssertEqual(sets.compactMap { $0.metadata.annotations?[DeploymentAnnotations.revision] }, ["3", "4", "5"])
        XCTAssertEqual(sets.map { $0.spec.template.spec.containers[0].image }, ["nginx:1.23", "nginx:1.24", "nginx:1.25"])
    }

    func testStuckRolloutExceedsItsProgressDeadline() throws {
        let cluster = Workloads.cluster()
        var deployment = Workloads.deployment("web", replicas: 3)
        deployment.spec.progressDeadlineSeconds = 30
        try createAndWait(cluster, deployment)
        try Workloads.setImage(cluster, "web", "nginx:broken")
        cluster.advance(by: 30)
        var condition = try XCTUnwrap(Workloads.stored(cluster, "web")?.status.condition("Progressing"))
        XCTAssertEqual(condition.reason, "ReplicaSetUpdated")
        cluster.advance(by: 5)
        let stored = try XCTUnwrap(Workloads.stored(cluster, "web"))
        condition = try XCTUnwrap(stored.status.condition("Progressing"))
        let newRS = try XCTUnwrap(Workloads.replicaSets(cluster, of: "web").last)
        XCTAssertEqual([condition.status, condition.reason, condition.message],
                       ["False", "ProgressDeadlineExceeded", "ReplicaSet \"\(newRS.name)\" has timed out progressing."])
        XCTAssertEqual(stored.status.condition("Available")?.reason, "MinimumReplicasAvailable")
        XCTAssertEqual(stored.status.unavailableReplicas, 1)
        XCTAssertEqual(Workloads.activePods(cluster, app: "web").filter(PodReadiness.isReady).count, 3)
    }

    func testPauseHoldsTheRolloutUntilResumed() throws {
        let cluster = Workloads.cluster()
        try createAndWait(cluster, Workloads.deployment("web", replicas: 2))
        var deployment = try XCTUnwrap(Workloads.stored(cluster, "web"))
        deployment.spec.paused = true
        try cluster.api.update(deployment)
        try Workloads.setImage(cluster, "web", "nginx:1.28")
        cluster.advance(by: 30)
        XCTAssertEqual(Workloads.replicaSets(cluster, of: "web").count, 1)
        XCTAssertEqual(Workloads.stored(cluster, "web")?.status.condition("Progressing")?.reason, "DeploymentPaused")
        XCTAssertEqual(Workloads.stored(cluster, "web")?.status.condition("Progressing")?.status, "Unknown")
        deployment = try XCTUnwrap(Workloads.stored(cluster, "web"))
        deployment.spec.paused = nil
        try cluster.api.update(deployment)
        XCTAssertTrue(cluster.advance(upTo: 120) { Workloads.rolloutComplete(cluster, "web") })
        XCTAssertEqual(Workloads.replicaSets(cluster, of: "web").map(\.desiredReplicas), [0, 2])
    }

    func testHashCollisionBumpsCollisionCount() throws {
        let scratch = Workloads.cluster(controllers: false)
        let defaulted = try scratch.api.create(Workloads.deployment("web", replicas: 1)).spec.template
        let hash = PodTemplateHash.compute(defaulted, collisionCount: nil)
        let cluster = Workloads.cluster()
        var squatter = ReplicaSet()
        squatter.metadata = ObjectMeta(name: "web-\(hash)", namespace: "default")
        squatter.spec.replicas = 0
        squatter.spec.selector = LabelSelectorSpec(matchLabels: ["app": "other"])
        squatter.spec.template = Workloads.template(app: "other", image: "busybox")
        try cluster.api.create(squatter)
        try createAndWait(cluster, Workloads.deployment("web", replicas: 1))
        let deployment = try XCTUnwrap(Workloads.stored(cluster, "web"))
        XCTAssertEqual(deployment.status.collisionCount, 1)
        let owned = Workloads.replicaSets(cluster, of: "web")
        XCTAssertEqual(owned.map(\.name), ["web-\(PodTemplateHash.compute(defaulted, collisionCount: 1))"])
        XCTAssertNil(cluster.store.get(ReplicaSet.self, namespace: "default", name: "web-\(hash)")?.metadata.ownerReferences)
    }

    func testLegacyRollbackAnnotation() throws {
        let cluster = Workloads.cluster()
        try createAndWait(cluster, Workloads.deployment("web", replicas: 1, image: "nginx:1.27"))
        try rollout(cluster, "web", to: "nginx:1.28")
        var deployment = try XCTUnwrap(Workloads.stored(cluster, "web"))
        deployment.metadata.setAnnotation(DeploymentAnnotations.rollbackTo, "1")
        try cluster.api.update(deployment)
        XCTAssertTrue(cluster.advance(upTo: 60) { Workloads.rolloutComplete(cluster, "web") })
        deployment = try XCTUnwrap(Workloads.stored(cluster, "web"))
        XCTAssertNil(deployment.metadata.annotations?[DeploymentAnnotations.rollbackTo])
        XCTAssertEqual(deployment.spec.template.spec.containers.first?.image, "nginx:1.27")
        XCTAssertEqual(deployment.metadata.annotations?[DeploymentAnnotations.revision], "3")
        XCTAssertEqual(Workloads.events(cluster, reason: "DeploymentRollback"), ["Rolled back deployment \"web\" to revision 1"])
        XCTAssertEqual(Workloads.replicaSets(cluster, of: "web").count, 2)
    }

    func testRecreatedDeploymentAdoptsOrphanedReplicaSetAndPods() throws {
        let cluster = Workloads.cluster()
        try createAndWait(cluster, Workloads.deployment("web", replicas: 2))
        let rsName = try XCTUnwrap(Workloads.replicaSets(cluster, of: "web").first?.name)
        let podNames = Workloads.activePods(cluster, app: "web").map(\.name)
        try cluster.api.delete(Deployment.self, ObjectKey(namespace: "default", name: "web"), propagation: .orphan)
        cluster.advance(by: 5)
        XCTAssertNil(cluster.store.get(ReplicaSet.self, namespace: "default", name: rsName)?.metadata.ownerReferences)
        XCTAssertEqual(Workloads.activePods(cluster, app: "web").map(\.name), podNames)
        try createAndWait(cluster, Workloads.deployment("web", replicas: 2))
        let uid = Workloads.stored(cluster, "web")?.metadata.uid
        XCTAssertEqual(cluster.store.list(ReplicaSet.self, namespace: "default").map(\.name), [rsName])
        XCTAssertEqual(cluster.store.get(ReplicaSet.self, namespace: "default", name: rsName)?.metadata.controllerReference?.uid, uid)
        XCTAssertEqual(Workloads.activePods(cluster, app: "web").map(\.name), podNames)
        XCTAssertEqual(Workloads.stored(cluster, "web")?.metadata.annotations?[DeploymentAnnotations.revision], "1")
    }

    private func scriptedRun(seed: UInt64) throws -> String {
        let cluster = Workloads.cluster(seed: seed)
        try createAndWait(cluster, Workloads.deployment("web", replicas: 4))
        try Workloads.setImage(cluster, "web", "nginx:1.28")
        cluster.advance(by: 3)
        try Workloads.setReplicas(cluster, "web", 7)
        cluster.advance(by: 3)
        var rs = ReplicaSet()
        rs.metadata = ObjectMeta(name: "cache", namespace: "default")
        rs.spec.replicas = 3
        rs.spec.selector = LabelSelectorSpec(matchLabels: ["app": "cache"])
        rs.spec.template = Workloads.template(app: "cache", image: "redis:7")
        try cluster.api.create(rs)
        cluster.advance(by: 120)
        return Workloads.dump(cluster)
    }

    func testSameSeedGivesIdenticalStoreDumps() throws {
        let first = try scriptedRun(seed: 42)
        let second = try scriptedRun(seed: 42)
        XCTAssertEqual(first, second)
        XCTAssertGreaterThan(first.count, 10_000)
        XCTAssertNotEqual(first, try scriptedRun(seed: 43), "another seed names pods differently")
    }
}
