import XCTest
@testable import KubeCluster

/// Init containers, probes and graceful termination.
final class PodLifecycleTests: XCTestCase {
    func testInitContainersRunInOrder() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "init-demo", containers: [KubeletFixture.container("app", image: "nginx:1.27")],
                                     initContainers: [
                                        KubeletFixture.container("first", image: "busybox:1.36", command: ["sh", "-c", "echo one; sleep 5"]),
                                        KubeletFixture.container("second", image: "busybox:1.36", command: ["sh", "-c", "echo two; sleep 3"]),
                                     ])
        var initializedFalseMessage: String?
        KubeletFixture.step(cluster, seconds: 3) { _ in
            initializedFalseMessage = KubeletFixture.pod(cluster, "init-demo")?.status.condition("Initialized")?.message ?? initializedFalseMessage
        }
        XCTAssertEqual(initializedFalseMessage, "containers with incomplete status: [first second]")
        XCTAssertEqual(KubeletFixture.pod(cluster, "init-demo")?.status.containerStatuses?.first?.state.waiting?.reason, "PodInitializing")
        cluster.advance(by: 40)
        let pod = try XCTUnwrap(KubeletFixture.pod(cluster, "init-demo"))
        let inits = try XCTUnwrap(pod.status.initContainerStatuses)
        let first = try XCTUnwrap(inits[0].state.terminated)
        let second = try XCTUnwrap(inits[1].state.terminated)
        let app = try XCTUnwrap(pod.status.containerStatuses?.first?.state.running)
        XCTAssertEqual(first.reason, "Completed")
        XCTAssertLessThanOrEqual(first.finishedAt, second.startedAt)
        XCTAssertEqual(second.finishedAt.seconds - second.startedAt.seconds, 3)
        XCTAssertLessThanOrEqual(second.finishedAt, app.startedAt)
        XCTAssertEqual(pod.status.phase, "Running")
        XCTAssertEqual(pod.status.conditions?.map(\.type), ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"])
        XCTAssertEqual(try cluster.logs(namespace: "default", pod: "init-demo", container: "second").map(\.text), ["two"])
    }

    func testLivenessExecProbeRestartsContainer() throws {
        let cluster = KubeletFixture.cluster()
        var container = KubeletFixture.container("liveness", image: "busybox:1.36",
                                                 command: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"])
        var probe = Probe()
        probe.exec = ExecAction(command: ["cat", "/tmp/healthy"])
        probe.initialDelaySeconds = 5
        probe.periodSeconds = 5
        container.livenessProbe = probe
        try KubeletFixture.createPod(cluster, name: "liveness-exec", containers: [container])
        cluster.advance(by: 90)
        let killing = try XCTUnwrap(KubeletFixture.events(cluster, about: "liveness-exec", reason: "Killing").first)
        XCTAssertEqual(killing.message, "Container liveness failed liveness probe, will be restarted")
        let unhealthy = try XCTUnwrap(KubeletFixture.events(cluster, about: "liveness-exec", reason: "Unhealthy").first)
        XCTAssertEqual(unhealthy.message, "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory")
        XCTAssertEqual(unhealthy.count, 3)
        let status = try XCTUnwrap(KubeletFixture.pod(cluster, "liveness-exec")?.status.containerStatuses?.first)
        XCTAssertEqual(status.restartCount, 1)
        XCTAssertEqual(status.lastState.terminated?.exitCode, 137)
    }

    func testReadinessProbeGatesReady() throws {
        let cluster = KubeletFixture.cluster()
        func web(_ name: String, port: Int32) -> Container {
            var container = KubeletFixture.container("web", image: "nginx:1.27")
            var probe = Probe()
            probe.httpGet = HTTPGetAction(path: "/", port: .int(port))
            probe.periodSeconds = 5
            container.readinessProbe = probe
            return container
        }
        try KubeletFixture.createPod(cluster, name: "good", containers: [web("good", port: 80)])
        try KubeletFixture.createPod(cluster, name: "wrong-port", containers: [web("bad", port: 8080)])
        try KubeletFixture.createPod(cluster, name: "forced", containers: [web("forced", port: 80)],
                                     annotations: [BehaviourAnnotation.readiness: "fail"])
        cluster.advance(by: 60)
        XCTAssertEqual(KubeletFixture.pod(cluster, "good")?.status.condition("Ready")?.status, "True")
        let wrong = try XCTUnwrap(KubeletFixture.pod(cluster, "wrong-port"))
        XCTAssertEqual(wrong.status.condition("Ready")?.status, "False")
        XCTAssertEqual(wrong.status.condition("Ready")?.message, "containers with unready status: [web]")
        XCTAssertEqual(wrong.status.containerStatuses?.first?.ready, false)
        let ip = wrong.status.podIP ?? ""
        XCTAssertEqual(KubeletFixture.events(cluster, about: "wrong-port", reason: "Unhealthy").first?.message,
                       "Readiness probe failed: Get \"http://\(ip):8080/\": dial tcp \(ip):8080: connect: connection refused")
        XCTAssertEqual(KubeletFixture.events(cluster, about: "forced", reason: "Unhealthy").first?.message,
                       "Readiness probe failed: HTTP probe failed with statuscode: 503")
    }

    func testGracefulTerminationTiming() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "web", containers: [KubeletFixture.container("web", image: "nginx:1.27")])
        try KubeletFixture.createPod(cluster, name: "sleeper", containers: [
            KubeletFixture.container("sleeper", image: "busybox:1.36", command: ["sh", "-c", "sleep 3600"]),
        ])
        try KubeletFixture.createPod(cluster, name: "short", containers: [
            KubeletFixture.container("sleeper", image: "busybox:1.36", command: ["sleep", "3600"]),
        ]) { $0.spec.terminationGracePeriodSeconds = 5 }
        cluster.advance(by: 30)
        let ip = KubeletFixture.pod(cluster, "sleeper")?.status.podIP
        let deletedAt = cluster.now
        for name in ["web", "sleeper", "short"] { try cluster.api.delete(Pod.self, ObjectKey(namespace: "default", name: name)) }
        cluster.settle()
        XCTAssertEqual(KubeletFixture.events(cluster, about: "web", reason: "Killing").first?.message, "Stopping container web")
        var gone: [String: Double] = [:]
        KubeletFixture.step(cluster, seconds: 40) { now in
            for name in ["web", "sleeper", "short"] where gone[name] == nil && KubeletFixture.pod(cluster, name) == nil {
                gone[name] = now - deletedAt
            }
        }
        XCTAssertEqual(gone["web"], 1)
        XCTAssertEqual(gone["short"], 5)
        XCTAssertEqual(gone["sleeper"], 30)
        XCTAssertNotNil(ip)
    }
}
