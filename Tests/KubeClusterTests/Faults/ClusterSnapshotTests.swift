@testable import KubeCluster
import XCTest

/// A snapshot restores every object and the kubelets' state, so a restored cluster carries on the way
/// the original does.
final class ClusterSnapshotTests: XCTestCase {
    /// A cluster with a healthy deployment, a crash-looping one, one stuck on a bad image, a pod that
    /// cannot be scheduled, a readiness fault and a worker node that is down.
    func busyCluster() throws -> Cluster {
        let cluster = Cluster.make(profile: .minikube, seed: 3, start: FaultInjectorTests.start, workers: 2)
        try cluster.createObjects(fromYAML: """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings}
        data: {MODE: test}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          replicas: 3
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - name: web
                image: nginx:1.27
                readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api}
        spec:
          replicas: 2
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec:
              containers:
              - name: api
                image: busybox:1.36
                command: [sh, -c, 'echo "mode $MODE"; sleep 3600']
                envFrom: [{configMapRef: {name: settings}}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: huge}
        spec:
          containers:
          - {name: huge, image: nginx:1.27, resources: {requests: {cpu: "64"}}}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          type: NodePort
          selector: {app: web}
          ports: [{port: 80}]
        """)
        cluster.advance(by: 120)
        try cluster.faults.inject(.crash(namespace: "default", deployment: "api", message: "fatal: gone"))
        try cluster.faults.inject(.readinessFailure(namespace: "default", deployment: "web"))
        cluster.advance(by: 50)
        try cluster.faults.inject(.nodeDown(node: "minikube-m03"))
        cluster.advance(by: 20)
        return cluster
    }

    /// Objects as JSON without their resourceVersion.
    func objects(_ snapshot: ClusterSnapshot) -> [String] {
        snapshot.objects.map { object in
            var copy = object
            copy["metadata"]?["resourceVersion"] = nil
            return copy.compactJSON()
        }
    }

    /// What a learner would see of each pod (generated name suffixes left out: pods created after a
    /// restore get names from the reseeded random stream).
    func summary(_ cluster: Cluster) -> [String] {
        cluster.store.list(Pod.self).map { pod -> String in
            let statuses = (pod.status.containerStatuses ?? []).map { status in
                "\(status.state.waiting?.reason ?? status.state.terminated?.reason ?? (status.state.running == nil ? "-" : "Running"))"
                    + " ready=\(status.ready) restarts=\(status.restartCount)"
            }
            let name = pod.metadata.generateName ?? pod.name
            return "\(pod.namespace)/\(name) \(pod.status.phase ?? "") \(pod.spec.nodeName ?? "-") \(statuses.joined(separator: ","))"
        }.sorted()
    }

    func testRestoreKeepsEveryObject() throws {
        let cluster = try busyCluster()
        let before = cluster.snapshot()
        let restored = try Cluster.restore(from: before)
        XCTAssertEqual(restored.now, cluster.now)
        let (again, original) = (objects(restored.snapshot()), objects(before))
        let isEvent = { (text: String) in text.hasPrefix("{\"kind\":\"Event\"") }
        XCTAssertEqual(again.filter { !isEvent($0) }, original.filter { !isEvent($0) })
        // Controllers restart level-triggered: the scheduler retries the unschedulable pod, and its
        // event counts on; every original event is still there, under its name.
        let eventNames = { (snapshot: ClusterSnapshot) in
            Set(snapshot.objects.filter { $0["kind"] == .string("Event") }.compactMap { $0["metadata"]?["name"]?.stringValue })
        }
        let originalEvents = eventNames(before)
        XCTAssertEqual(originalEvents.count, original.filter(isEvent).count)
        XCTAssertEqual(originalEvents.subtracting(eventNames(restored.snapshot())), [])
        XCTAssertEqual(restored.faults.active, cluster.faults.active)
        XCTAssertEqual(restored.faults.nextNumber, 4)
    }

    func testARestoredClusterCarriesOnLikeTheOriginal() throws {
        let cluster = try busyCluster()
        let restored = try Cluster.restore(from: cluster.snapshot())
        for step in [15.0, 60, 300, 100] {
            cluster.advance(by: step)
            restored.advance(by: step)
            XCTAssertEqual(summary(restored), summary(cluster), "after \(step)s more")
        }
        let pod = try XCTUnwrap(cluster.store.list(Pod.self, namespace: "default").first { $0.name.hasPrefix("api-") })
        XCTAssertEqual(try restored.logs(namespace: "default", pod: pod.name, previous: true).map(\.text),
                       try cluster.logs(namespace: "default", pod: pod.name, previous: true).map(\.text))
    }

    func testUndoingFaultsWorksAfterARestore() throws {
        let restored = try Cluster.restore(from: busyCluster().snapshot())
        XCTAssertEqual(restored.faults.undoAll().count, 3)
        restored.advance(by: 600)
        let pods = summary(restored).filter { $0.hasPrefix("default/api") || $0.hasPrefix("default/web") }
        XCTAssertTrue(pods.allSatisfy { $0.contains("Running ready=true") }, "\(pods)")
    }

    func testRestoreRefusesAnUnknownKind() {
        var snapshot = ClusterSnapshot(seed: 1, now: 0, objects: [["kind": "Gizmo", "apiVersion": "v1"]], runtime: .null)
        XCTAssertThrowsError(try Cluster.restore(from: snapshot))
        snapshot.runtime = (try? TreeEncoder().encode(RuntimeSnapshot(kubelet: KubeletSnapshot(), faults: [], nextFaultNumber: 1))) ?? .null
        XCTAssertThrowsError(try Cluster.restore(from: snapshot)) {
            XCTAssertEqual("\($0)", "object 1: no simulated kind \"Gizmo\"")
        }
    }
}
