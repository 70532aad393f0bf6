import XCTest
import KubeCluster
@testable import KubeCtl

/// `kubectl logs`: the texts of the reference (§5) and the errors learners meet, against the shared sandbox.
final class LogsVerbTests: XCTestCase {
    /// The web pod `logs deploy/web` must pick: all are ready, so the one ready longest.
    func readyLongest(_ harness: KubectlHarness) -> String {
        let pods = harness.cluster.store.list(Pod.self, namespace: "default").filter { $0.name.hasPrefix("web-") }
        let ready = pods.map { ($0.name, $0.status.condition("Ready")?.lastTransitionTime.seconds ?? .max) }
        return ready.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0 ?? ""
    }

    func testErrorsLearnersMeet() {
        let harness = LogsWorld.make()
        let web = harness.podNames("web-")[0]
        XCTAssertEqual(harness.transcript([
            "kubectl logs web", "kubectl logs deploy/nope", "kubectl logs multi -c nope", "kubectl logs \(web) -p",
            "kubectl logs pending-img", "kubectl logs multi -c app sidecar", "kubectl logs cm/kube-root-ca.crt",
            "kubectl logs -f -l app=web --max-log-requests=2", "kubectl logs web --tail=-2",
        ]), """
        $ kubectl logs web
        error: error from server (NotFound): pods "web" not found in namespace "default"
        $ kubectl logs deploy/nope
        error: error from server (NotFound): deployments.apps "nope" not found in namespace "default"
        $ kubectl logs multi -c nope
        error: container nope is not valid for pod multi
        $ kubectl logs \(web) -p
        Error from server (BadRequest): previous terminated container "web" in pod "\(web)" not found
        $ kubectl logs pending-img
        Error from server (BadRequest): container "pending-img" in pod "pending-img" is waiting to start: trying and failing to pull image
        $ kubectl logs multi -c app sidecar
        error: only one of -c or an inline [CONTAINER] arg is allowed
        $ kubectl logs cm/kube-root-ca.crt
        error: cannot get the logs from *v1.ConfigMap: selector for *v1.ConfigMap not implemented
        $ kubectl logs -f -l app=web --max-log-requests=2
        error: you are attempting to follow 3 log streams, but maximum allowed concurrency is 2, use --max-log-requests to increase the limit
        $ kubectl logs web --tail=-2
        error: error from server (NotFound): pods "web" not found in namespace "default"

        """)
        harness.pod("fresh", containers: [KubectlHarness.container("fresh", "nginx:1.27")])
        XCTAssertEqual(harness.run("kubectl logs fresh").err,
                       "Error from server (BadRequest): container \"fresh\" in pod \"fresh\" is waiting to start: ContainerCreating\n")
    }

    func testOwnersDefaultsAndPrevious() {
        let harness = LogsWorld.make()
        let chosen = readyLongest(harness)
        let last = harness.run("kubectl logs \(chosen) --tail=1").out
        for owner in ["deploy/web", "deployment/web", "svc/web", "rs/\(chosen.split(separator: "-").dropLast().joined(separator: "-"))"] {
            let result = harness.run("kubectl logs \(owner) --tail=1")
            XCTAssertEqual(result.err, "Found 3 pods, using pod/\(chosen)\n", owner)
            XCTAssertEqual(result.out, last, owner)
        }
        let multi = harness.run("kubectl logs multi --tail=1")
        XCTAssertEqual(multi.err, "Defaulted container \"app\" out of: app, sidecar\n")
        XCTAssertEqual(harness.transcript(["kubectl logs crashy --previous", "kubectl logs multi sidecar --tail=1",
                                           "kubectl logs multi -c sidecar --limit-bytes=7; echo", "kubectl logs multi --all-containers --tail=1 --prefix | tail -1"]), """
        $ kubectl logs crashy --previous
        starting
        fatal: config not found
        $ kubectl logs multi sidecar --tail=1
        tick
        $ kubectl logs multi -c sidecar --limit-bytes=7; echo
        tick
        ti
        $ kubectl logs multi --all-containers --tail=1 --prefix | tail -1
        [pod/multi/sidecar] tick

        """)
    }

    func testSelectorPrefixSinceAndTimestamps() throws {
        let harness = LogsWorld.make()
        let selected = harness.run("kubectl logs -l app=web --prefix --tail=1").out.split(separator: "\n")
        XCTAssertEqual(selected.map { $0.split(separator: "]").first.map(String.init) ?? "" },
                       harness.podNames("web-").map { "[pod/\($0)/web" })
        // Without --tail, a selector shows the last ten lines of each pod.
        XCTAssertEqual(harness.run("kubectl logs -l app=web").out.split(separator: "\n").count, 30)
        XCTAssertEqual(harness.run("kubectl logs -l app=nope").err, "No resources found in default namespace.\n")
        let recent = harness.run("kubectl logs multi -c sidecar --since=12s").out
        XCTAssertTrue(["tick\ntick\n", "tick\ntick\ntick\n"].contains(recent), recent)
        let stamped = harness.run("kubectl logs multi -c sidecar --tail=2 --timestamps").out
        let pattern = try NSRegularExpression(pattern: "^(2026-01-05T09:0[0-9]:[0-9]{2}\\.[0-9]{9}Z tick\\n){2}$")
        XCTAssertEqual(pattern.numberOfMatches(in: stamped, range: NSRange(stamped.startIndex..., in: stamped)), 1, stamped)
        XCTAssertEqual(LogTimestamp.format(1_767_603_601.25), "2026-01-05T09:00:01.250000000Z")
        XCTAssertEqual(LogTimestamp.format(1_767_603_601), "2026-01-05T09:00:01.000000000Z")
    }

    func testFollowPrintsNewLinesAsTimePasses() {
        let harness = LogsWorld.make()
        let before = harness.cluster.now
        let followed = harness.run("kubectl logs multi -c sidecar --tail=1 -f --request-timeout=12s")
        XCTAssertEqual(harness.cluster.now - before, 12, accuracy: 0.001)
        let lines = followed.out.split(separator: "\n")
        XCTAssertTrue((3...4).contains(lines.count), followed.out)
        XCTAssertTrue(lines.allSatisfy { $0 == "tick" })
        // Without a timeout, following ends when the container stops.
        harness.pod("counter", containers: [KubectlHarness.container("counter", "busybox:1.36",
                                                                     command: ["sh", "-c", "echo one; sleep 3; echo two; sleep 3; echo three"])],
                    restartPolicy: "Never")
        harness.wait(20)
        harness.pod("counter2", containers: [KubectlHarness.container("counter2", "busybox:1.36",
                                                                      command: ["sh", "-c", "echo one; sleep 3; echo two; sleep 3; echo three"])],
                    restartPolicy: "Never")
        _ = harness.cluster.advance(upTo: 60) {
            harness.cluster.store.get(Pod.self, namespace: "default", name: "counter2")?.status.containerStatuses?.first?.state.running != nil
        }
        let start = harness.cluster.now
        XCTAssertEqual(harness.run("kubectl logs -f counter2").out, "one\ntwo\nthree\n")
        XCTAssertLessThan(harness.cluster.now - start, 10)
        XCTAssertEqual(harness.run("kubectl logs -f counter").out, "one\ntwo\nthree\n")
    }
}
