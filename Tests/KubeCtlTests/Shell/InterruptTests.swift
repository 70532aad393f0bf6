import KubeCluster
@testable import KubeCtl
import XCTest

/// Ctrl-C while a command lets simulated time pass: the command stops at the next timer, prints nothing
/// more (as kubectl dies of SIGINT), the line's status is 130, the rest of a `;` list is not run, and the
/// cluster carries on normally from where time stopped. "Ctrl-C" here is pressed at a simulated instant,
/// so the tests are deterministic; time stops at the first timer after it (in a quiet cluster that can be
/// minutes of simulated time later — no wall time at all).
final class InterruptTests: XCTestCase {
    /// A Ctrl-C key pressed once simulated time reaches `at` (nil: not pressed); `clear()` is the REPL
    /// lowering the flag before the next prompt.
    private final class SimulatedCtrlC {
        let cluster: Cluster
        var at: Double?
        init(cluster: Cluster) { self.cluster = cluster }
        var isPressed: Bool { at.map { cluster.now >= $0 } ?? false }
    }

    private func run(_ harness: KubectlHarness, _ line: String, key: SimulatedCtrlC) -> (out: String, err: String, status: Int32) {
        var out = ""
        var err = ""
        let io = ShellIO(stdout: { out += $0 }, stderr: { err += $0 }, interruption: { key.isPressed })
        let status = harness.shell.run(line: line, io: io)
        return (out, err, status)
    }

    func testWaitForAConditionThatNeverHoldsStopsSilently() {
        let harness = KubectlHarness()
        let key = SimulatedCtrlC(cluster: harness.cluster)
        XCTAssertEqual(run(harness, "kubectl run never --image=busybox -- sh -c 'exit 1'", key: key).out, "pod/never created\n")
        let start = harness.cluster.now
        key.at = start + 120
        let result = run(harness, "kubectl wait --for=condition=Ready pod/never --timeout=1h; echo not reached", key: key)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(result.err, "", "kubectl says nothing on Ctrl-C")
        XCTAssertEqual(result.status, 130)
        XCTAssertGreaterThanOrEqual(harness.cluster.now, start + 120)
        XCTAssertLessThan(harness.cluster.now, start + 180, "time stopped at the first timer after Ctrl-C, not after the hour")
        key.at = nil
        XCTAssertEqual(run(harness, "echo $?", key: key).out, "130\n")
        XCTAssertEqual(run(harness, "kubectl get pod never -o name", key: key).out, "pod/never\n",
                       "the cluster answers as usual afterwards")
    }

    func testWatchAndFollowStopWithStatus130() {
        let harness = KubectlHarness()
        let key = SimulatedCtrlC(cluster: harness.cluster)
        _ = run(harness, "kubectl create deployment web --image=nginx --replicas=3", key: key)
        for line in ["kubectl get pods -w --request-timeout=1h", "kubectl get events -w --request-timeout=1h",
                     "watch -n 5 kubectl get pods", "sleep 7d"] {
            let start = harness.cluster.now
            key.at = start + 20
            let result = run(harness, line + "; echo not reached", key: key)
            XCTAssertEqual(result.status, 130, line)
            XCTAssertFalse(result.out.contains("not reached"), line)
            XCTAssertEqual(result.err, "", line)
            XCTAssertLessThan(harness.cluster.now, start + 3600, "\(line): time stopped at the first timer after Ctrl-C")
            key.at = nil
        }
        let sleep = run(harness, "sleep 60; echo $?", key: key)
        XCTAssertEqual(sleep.out, "0\n", "time moves normally once the flag is lowered")
    }

    func testLogsFollowAndRolloutStatusStop() {
        let harness = KubectlHarness()
        let key = SimulatedCtrlC(cluster: harness.cluster)
        _ = run(harness, "kubectl run ticker --image=busybox -- sh -c 'while true; do date; sleep 1; done'", key: key)
        _ = run(harness, "sleep 30", key: key)
        let start = harness.cluster.now
        key.at = start + 10
        let follow = run(harness, "kubectl logs -f ticker --request-timeout=1h", key: key)
        XCTAssertEqual(follow.status, 130)
        XCTAssertLessThan(harness.cluster.now, start + 3600)
        key.at = nil
        _ = run(harness, "kubectl create deployment slow --image=nosuch.example/missing:1", key: key)
        let rolloutStart = harness.cluster.now
        key.at = rolloutStart + 30
        let rollout = run(harness, "kubectl rollout status deployment/slow --timeout=1h", key: key)
        XCTAssertEqual(rollout.status, 130)
        XCTAssertFalse(rollout.err.contains("timed out"), rollout.err)
        XCTAssertLessThan(harness.cluster.now, rolloutStart + 3600)
    }

    func testTheListStopsInsideAShellInAPodToo() {
        let harness = KubectlHarness()
        let key = SimulatedCtrlC(cluster: harness.cluster)
        _ = run(harness, "kubectl run bb --image=busybox -- sleep 100000", key: key)
        _ = run(harness, "sleep 30", key: key)
        _ = run(harness, "kubectl exec -it bb -- sh", key: key)
        XCTAssertTrue(harness.shell.isAttached)
        let start = harness.cluster.now
        key.at = start + 20
        let result = run(harness, "sleep 5000; echo not reached", key: key)
        XCTAssertEqual(result.out, "")
        XCTAssertLessThan(harness.cluster.now, start + 3600)
        key.at = nil
        XCTAssertEqual(run(harness, "echo $?", key: key).out, "130\n")
        XCTAssertTrue(harness.shell.isAttached, "Ctrl-C stops the command, not the shell in the pod")
    }

    /// A controller that keeps enqueueing itself: the settle limit stops it with a message, and the session
    /// goes on (kubectl answers, the stalled work stays queued).
    func testAControllerLoopEndsTheLineWithAMessageInsteadOfHanging() {
        final class Loop: Controller {
            let name = "loop"
            var runs = 0
            func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] { [] }
            func reconcile(_ key: ObjectKey, in cluster: Cluster) {
                runs += 1
                cluster.enqueue(self, key)
            }
        }
        let harness = KubectlHarness()
        let loop = Loop()
        harness.cluster.register(loop)
        harness.cluster.settleLimit = 2000
        harness.cluster.enqueue(loop, ObjectKey(namespace: "", name: "x"))
        let start = harness.cluster.now
        let result = harness.run("sleep 10")
        XCTAssertEqual(result.err, "kubetutor: the simulated controllers did not settle after 2000 reconciles (1 still queued): "
            + "a controller loop? Simulated time stopped here; the cluster is consistent but may lag behind.\n")
        XCTAssertEqual(loop.runs, 2000)
        XCTAssertEqual(harness.cluster.now, start)
        XCTAssertTrue(harness.run("kubectl get nodes -o name").out.hasPrefix("node/minikube"))
    }
}
