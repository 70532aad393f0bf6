@testable import KubeCluster
import XCTest

/// Each fault does what it says to a running deployment, and undoing it brings the deployment back.
final class FaultInjectorTests: XCTestCase {
    static let start: Double = 1_767_603_600

    /// A minikube cluster with deployment/web: 2 nginx pods with probes, a CPU request and a memory limit.
    func makeCluster(probes: Bool = true) throws -> Cluster {
        let cluster = Cluster.make(profile: .minikube, seed: 7, start: Self.start)
        let probeYAML = probes ? "        readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}\n"
            + "        livenessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}" : ""
        try cluster.createObjects(fromYAML: """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - name: web
                image: nginx:1.27
                ports: [{containerPort: 80}]
                resources: {requests: {cpu: 100m}, limits: {memory: 128Mi}}
        \(probeYAML)
        """)
        cluster.advance(by: 60)
        return cluster
    }

    /// `name STATUS ready restarts lastExit` for each pod of web, sorted by name.
    func pods(_ cluster: Cluster) -> [String] {
        cluster.store.list(Pod.self, namespace: "default").map { pod in
            let status = pod.status.containerStatuses?.first
            let state = status?.state.waiting?.reason ?? status?.state.terminated?.reason ?? (status?.state.running != nil ? "Running" : "-")
            return "\(state) ready=\(status?.ready ?? false) restarts=\(status?.restartCount ?? 0) last=\(status?.lastState.terminated?.reason ?? "-")"
        }
    }

    func testCrashReadinessOOMAndLivenessFaultsActAndUndo() throws {
        let cases: [(FaultSpec, after30s: String, lastLog: String?)] = [
            (.crash(namespace: "default", deployment: "web", message: "fatal: boom"), "CrashLoopBackOff ready=false restarts=2 last=Error", "fatal: boom"),
            (.readinessFailure(namespace: "default", deployment: "web"), "Running ready=false restarts=0 last=-", nil),
            (.memoryLeak(namespace: "default", deployment: "web"), "OOMKilled ready=false restarts=0 last=-", nil),
            (.livenessFailure(namespace: "default", deployment: "web"), "CrashLoopBackOff ready=false restarts=1 last=Completed", nil),
        ]
        for (spec, expected, lastLog) in cases {
            let cluster = try makeCluster()
            XCTAssertEqual(pods(cluster), Array(repeating: "Running ready=true restarts=0 last=-", count: 2), spec.word)
            let report = try cluster.faults.inject(spec)
            XCTAssertEqual(report.fault?.id, "f1")
            XCTAssertTrue(report.lines[0].hasPrefix("f1  \(spec.word): "), report.lines[0])
            cluster.advance(by: 30)
            XCTAssertEqual(pods(cluster), [expected, expected], spec.word)
            if let lastLog {
                let pod = try XCTUnwrap(cluster.store.list(Pod.self, namespace: "default").first)
                XCTAssertEqual(try cluster.logs(namespace: "default", pod: pod.name, previous: true).last?.text, lastLog)
            }
            try cluster.faults.undo("f1")
            XCTAssertEqual(cluster.faults.active, [])
            cluster.advance(by: 600)
            XCTAssertTrue(pods(cluster).allSatisfy { $0.hasPrefix("Running ready=true") }, "\(spec.word): \(pods(cluster))")
            let annotations = cluster.store.list(Pod.self, namespace: "default").flatMap { $0.metadata.annotationMap.keys }
            XCTAssertFalse(annotations.contains { $0.hasPrefix("kubetutor.io/") }, spec.word)
        }
    }

    func testNewPodsOfAFaultedDeploymentGetTheFault() throws {
        let cluster = try makeCluster()
        try cluster.faults.inject(.readinessFailure(namespace: "default", deployment: "web"))
        var deployment = try XCTUnwrap(cluster.store.get(Deployment.self, namespace: "default", name: "web"))
        deployment.spec.replicas = 3
        try cluster.api.update(deployment)
        cluster.advance(by: 60)
        XCTAssertEqual(pods(cluster), Array(repeating: "Running ready=false restarts=0 last=-", count: 3))
    }

    func testBadImageStallsTheRolloutAndUndoRestoresTheImage() throws {
        let cluster = try makeCluster()
        let report = try cluster.faults.inject(.badImage(namespace: "default", deployment: "web"))
        XCTAssertEqual(report.fault?.originalImages, [ContainerImageSetting(container: "web", image: "nginx:1.27")])
        cluster.advance(by: 60)
        let template = cluster.store.get(Deployment.self, namespace: "default", name: "web")?.spec.template.spec.containers[0].image
        XCTAssertEqual(template, "nginx:does-not-exist")
        XCTAssertTrue(pods(cluster).contains { $0.hasPrefix("ImagePullBackOff") || $0.hasPrefix("ErrImagePull") }, "\(pods(cluster))")
        let undo = try cluster.faults.undo("f1")
        XCTAssertEqual(undo.lines.last, "deployment/web uses web=nginx:1.27 again: the old ReplicaSet scales back up")
        cluster.advance(by: 60)
        XCTAssertEqual(pods(cluster), Array(repeating: "Running ready=true restarts=0 last=-", count: 2))
    }

    func testMissingImageNames() {
        let table = [("nginx:1.27", "nginx:does-not-exist"), ("nginx", "nginx:does-not-exist"),
                     ("localhost:5000/app:v1", "localhost:5000/app:does-not-exist"),
                     ("busybox@sha256:abc", "busybox:does-not-exist")]
        for (image, expected) in table { XCTAssertEqual(FaultInjector.missingImage(image), expected, image) }
    }

    func testKillRestartsOneContainerOnce() throws {
        let cluster = try makeCluster()
        let pod = try XCTUnwrap(cluster.store.list(Pod.self, namespace: "default").first)
        let report = try cluster.faults.inject(.kill(namespace: "default", pod: pod.name, container: nil))
        XCTAssertNil(report.fault)
        XCTAssertEqual(report.lines.first, "killed container web of pod/\(pod.name) once (exit code 137, like kill -9)")
        cluster.advance(by: 30)
        XCTAssertEqual(pods(cluster).sorted(), ["Running ready=true restarts=0 last=-", "Running ready=true restarts=1 last=Error"])
        XCTAssertThrowsError(try cluster.faults.inject(.kill(namespace: "default", pod: "nope", container: nil))) { error in
            XCTAssertEqual("\(error)", "Error from server (NotFound): pods \"nope\" not found")
        }
    }

    func testNodeDownAndUp() throws {
        let cluster = try makeCluster()
        try cluster.faults.inject(.nodeDown(node: "minikube"))
        cluster.advance(by: 60)
        let ready = { cluster.store.get(Node.self, namespace: "", name: "minikube")?.status.conditions?.first { $0.type == "Ready" }?.status }
        XCTAssertEqual(ready(), "Unknown")
        XCTAssertThrowsError(try cluster.faults.inject(.nodeDown(node: "minikube")))
        try cluster.faults.undo("f1")
        cluster.advance(by: 5)
        XCTAssertEqual(ready(), "True")
    }

    func testCPULoadIsSharedByTheRunningPods() throws {
        let cluster = try makeCluster()
        try cluster.createObjects(fromYAML: """
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
        """)
        try cluster.faults.inject(.cpuLoad(namespace: "default", deployment: "web", milliCPU: 500))
        cluster.advance(by: 60)
        let usage = cluster.store.list(Pod.self, namespace: "default").compactMap { pod in
            ResourceMetricsAPI.podMetrics(for: pod, in: cluster)?.containers.first?.cpuMillicores
        }
        XCTAssertEqual(usage, [250, 250])
        try cluster.faults.undo("f1")
        cluster.advance(by: 30)
        let after = cluster.store.list(Pod.self, namespace: "default").compactMap { pod in
            ResourceMetricsAPI.podMetrics(for: pod, in: cluster)?.containers.first?.cpuMillicores
        }
        XCTAssertEqual(after, [0, 0])
    }

    func testRefusals() throws {
        let cluster = try makeCluster()
        var deployment = try XCTUnwrap(cluster.store.get(Deployment.self, namespace: "default", name: "web"))
        deployment.spec.template.spec.containers[0].resources.limits = nil
        try cluster.api.update(deployment)
        let cases: [(FaultSpec, String)] = [
            (.crash(namespace: "default", deployment: "nope", message: "x"), "Error from server (NotFound): deployments.apps \"nope\" not found"),
            (.memoryLeak(namespace: "default", deployment: "web"),
             "deployment/web has no memory limit, so it cannot be OOMKilled (it would just keep growing). "
                + "Give it one first, e.g. kubectl set resources deployment web --limits=memory=128Mi"),
            (.nodeDown(node: "nope"), "Error from server (NotFound): nodes \"nope\" not found"),
        ]
        for (spec, message) in cases {
            XCTAssertThrowsError(try cluster.faults.inject(spec)) { XCTAssertEqual("\($0)", message) }
        }
        try cluster.faults.inject(.readinessFailure(namespace: "default", deployment: "web"))
        XCTAssertThrowsError(try cluster.faults.inject(.readinessFailure(namespace: "default", deployment: "web"))) {
            XCTAssertEqual("\($0)", "f1 already does that to deployment/web (`fix f1` undoes it)")
        }
        XCTAssertThrowsError(try cluster.faults.undo("f9")) { XCTAssertEqual("\($0)", "no active fault \"f9\"; active: f1") }
    }

    func testSameSeedAndFaultsGiveTheSameCluster() throws {
        func run() throws -> [String] {
            let cluster = try makeCluster()
            try cluster.faults.inject(.crash(namespace: "default", deployment: "web", message: "boom"))
            cluster.advance(by: 200)
            try cluster.faults.inject(.badImage(namespace: "default", deployment: "web"))
            cluster.advance(by: 100)
            return cluster.store.list(Pod.self).map { "\($0.name) \((try? TreeEncoder().encode($0.status))?.compactJSON() ?? "")" }
        }
        XCTAssertEqual(try run(), try run())
    }
}
