import XCTest
@testable import KubeCluster

/// Container restarts: CrashLoopBackOff timing, reasons and events (k8s-semantics §3.2–3.4).
final class CrashLoopTests: XCTestCase {
    /// Each instance's start and exit, read from the pod status once per simulated second.
    private func runs(_ cluster: Cluster, pod name: String, seconds: Int) -> [(start: Double, end: Double?)] {
        var runs: [String: (Double, Double?)] = [:]
        var order: [String] = []
        KubeletFixture.step(cluster, seconds: seconds) { _ in
            guard let status = KubeletFixture.pod(cluster, name)?.status.containerStatuses?.first else { return }
            for state in [status.state, status.lastState] {
                if let running = state.running, let id = status.containerID, state == status.state {
                    if runs[id] == nil { order.append(id) }
                    runs[id] = (running.startedAt.instant, runs[id]?.1)
                }
                if let terminated = state.terminated, let id = terminated.containerID {
                    if runs[id] == nil { order.append(id) }
                    runs[id] = (terminated.startedAt.instant, terminated.finishedAt.instant)
                }
            }
        }
        return order.compactMap { runs[$0] }.map { (start: $0.0, end: $0.1) }
    }

    func testRestartDelaysDoubleToFiveMinutes() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "crashy", containers: [
            KubeletFixture.container("crashy", image: "busybox:1.36", command: ["sh", "-c", "echo starting; sleep 5; echo 'fatal: config not found'; exit 1"]),
        ])
        let observed = runs(cluster, pod: "crashy", seconds: 1500)
        var waits: [Double] = []
        for index in 1..<observed.count {
            guard let end = observed[index - 1].end else { continue }
            waits.append(observed[index].start - end)
        }
        XCTAssertEqual(Array(waits.prefix(8)), [1, 10, 20, 40, 80, 160, 300, 300])
        let pod = try XCTUnwrap(KubeletFixture.pod(cluster, "crashy"))
        let status = try XCTUnwrap(pod.status.containerStatuses?.first)
        XCTAssertEqual(status.lastState.terminated?.reason, "Error")
        XCTAssertEqual(status.lastState.terminated?.exitCode, 1)
        XCTAssertEqual(pod.status.phase, "Running")
        let logs = try cluster.logs(namespace: "default", pod: "crashy", previous: true).map(\.text)
        XCTAssertEqual(logs, ["starting", "fatal: config not found"])
    }

    func testCrashLoopBackOffWaitingMessageAndEvent() throws {
        let cluster = KubeletFixture.cluster()
        let pod = try KubeletFixture.createPod(cluster, name: "crash", containers: [
            KubeletFixture.container("app", image: "busybox:1.36", command: ["sh", "-c", "exit 3"]),
        ])
        var sawError = false
        var message: String?
        KubeletFixture.step(cluster, seconds: 40) { _ in
            let status = KubeletFixture.pod(cluster, "crash")?.status.containerStatuses?.first
            if status?.state.terminated?.reason == "Error" { sawError = true }
            if let waiting = status?.state.waiting, waiting.reason == "CrashLoopBackOff", message == nil { message = waiting.message }
        }
        XCTAssertTrue(sawError)
        let uid = pod.metadata.uid ?? ""
        XCTAssertEqual(message, "back-off 10s restarting failed container=app pod=crash_default(\(uid))")
        let backOff = try XCTUnwrap(KubeletFixture.events(cluster, about: "crash", reason: "BackOff").first)
        XCTAssertEqual(backOff.type, "Warning")
        XCTAssertEqual(backOff.message, "Back-off restarting failed container app in pod crash_default(\(uid))")
        XCTAssertEqual(KubeletFixture.events(cluster, about: "crash", reason: "Created").first?.message, "Created container: app")
        XCTAssertEqual(KubeletFixture.events(cluster, about: "crash", reason: "Started").first?.message, "Started container app")
    }

    func testRestartPolicies() throws {
        let cluster = KubeletFixture.cluster()
        let table: [(String, String, String, String)] = [
            ("never-ok", "Never", "exit 0", "Succeeded"), ("never-fail", "Never", "exit 2", "Failed"),
            ("onfailure-ok", "OnFailure", "exit 0", "Succeeded"), ("onfailure-fail", "OnFailure", "exit 2", "Running"),
            ("always-ok", "Always", "exit 0", "Running"),
        ]
        for (name, policy, script, _) in table {
            try KubeletFixture.createPod(cluster, name: name, containers: [
                KubeletFixture.container("c", image: "busybox:1.36", command: ["sh", "-c", script]),
            ], restartPolicy: policy)
        }
        cluster.advance(by: 60)
        for (name, _, _, phase) in table {
            XCTAssertEqual(KubeletFixture.pod(cluster, name)?.status.phase, phase, name)
        }
        let done = try XCTUnwrap(KubeletFixture.pod(cluster, "never-ok"))
        XCTAssertEqual(done.status.containerStatuses?.first?.state.terminated?.reason, "Completed")
        XCTAssertEqual(done.status.condition("Ready")?.reason, "PodCompleted")
        XCTAssertEqual(KubeletFixture.pod(cluster, "always-ok")?.status.containerStatuses?.first?.lastState.terminated?.reason, "Completed")
    }

    func testOOMKilled() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "leaky", containers: [{
            var container = KubeletFixture.container("app", image: "nginx:1.27")
            container.resources = ResourceRequirements(limits: resourceMap(["memory": "64Mi"]), requests: nil)
            return container
        }()], annotations: [BehaviourAnnotation.memoryLeak: "1Mi/s"])
        cluster.advance(by: 120)
        let status = try XCTUnwrap(KubeletFixture.pod(cluster, "leaky")?.status.containerStatuses?.first)
        let last = try XCTUnwrap(status.lastState.terminated ?? status.state.terminated)
        XCTAssertEqual(last.reason, "OOMKilled")
        XCTAssertEqual(last.exitCode, 137)
        XCTAssertGreaterThanOrEqual(status.restartCount, 1)
    }

    func testCrashAfterAnnotation() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "flaky", containers: [KubeletFixture.container("web", image: "nginx:1.27")],
                                     annotations: [BehaviourAnnotation.crashAfter: "30s", BehaviourAnnotation.exitCode: "2",
                                                   BehaviourAnnotation.crashMessage: "panic: boom"])
        cluster.advance(by: 45)
        let status = try XCTUnwrap(KubeletFixture.pod(cluster, "flaky")?.status.containerStatuses?.first)
        XCTAssertEqual(status.restartCount, 1)
        XCTAssertEqual(status.lastState.terminated?.exitCode, 2)
        let previous = try cluster.logs(namespace: "default", pod: "flaky", previous: true).map(\.text)
        XCTAssertEqual(previous.last, "panic: boom")
        XCTAssertEqual(previous.first, "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration")
    }
}
