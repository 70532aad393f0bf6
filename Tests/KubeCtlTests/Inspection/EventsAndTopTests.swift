import XCTest
import KubeCluster
@testable import KubeCtl

/// `kubectl events` (time order, `(xN over M)`, `Kind/name`, filters, `-w`) and `kubectl top` (the metrics
/// printer's tab-terminated cells, sorting, containers, sums, and the errors before metrics exist).
final class EventsAndTopTests: XCTestCase {
    func testEventsTableOrderAndFilters() {
        let harness = LogsWorld.make()
        let crashy = harness.run("kubectl events --for pod/crashy").out.split(separator: "\n").map(String.init)
        XCTAssertEqual(crashy.first, "LAST SEEN          TYPE      REASON      OBJECT       MESSAGE")
        XCTAssertEqual(crashy[1], "90s                Normal    Scheduled   Pod/crashy   Successfully assigned default/crashy to minikube")
        XCTAssertTrue(crashy.contains { $0.hasPrefix("7s (x5 over 78s)   Normal    Created     Pod/crashy   Created container: crashy") },
                      crashy.joined(separator: "\n"))
        XCTAssertTrue(crashy.last?.contains("Warning   BackOff     Pod/crashy   Back-off restarting failed container crashy") ?? false)
        let warnings = harness.run("kubectl events --types=warning").out.split(separator: "\n").dropFirst()
        XCTAssertFalse(warnings.isEmpty)
        XCTAssertTrue(warnings.allSatisfy { $0.contains(" Warning ") }, warnings.joined(separator: "\n"))
        let all = harness.run("kubectl events -A").out
        XCTAssertTrue(all.hasPrefix("NAMESPACE     LAST SEEN"), all)
        XCTAssertTrue(all.contains("\nkube-system   "), all)
        XCTAssertEqual(harness.transcript(["kubectl events -n kube-public", "kubectl events --for nope/x", "kubectl events --types=Info",
                                           "kubectl events --for pod"]), """
        $ kubectl events -n kube-public
        No events found in kube-public namespace.
        $ kubectl events --for nope/x
        error: the server doesn't have a resource type "nope"
        $ kubectl events --types=Info
        error: valid --types are Normal or Warning
        $ kubectl events --for pod
        error: --for must be in resource/name form

        """)
    }

    func testEventsIntervalAndSortingRules() {
        var event = Event(involvedObject: ObjectReference(kind: "Pod", namespace: "default", name: "web", uid: "u"))
        event.firstTimestamp = Timestamp(seconds: 1000)
        event.lastTimestamp = Timestamp(seconds: 1700)
        event.count = 6
        XCTAssertEqual(EventsVerb.interval(event, now: 1800), "100s (x6 over 13m)")
        event.count = 1
        XCTAssertEqual(EventsVerb.interval(event, now: 1800), "13m")
        event.message = "first line\nsecond"
        XCTAssertEqual(EventsVerb.row(event, now: 1800, allNamespaces: false).last, "first line...")
        var older = event
        older.lastTimestamp = Timestamp(seconds: 900)
        XCTAssertEqual(EventsVerb.sorted([event, older]).map(\.lastTimestamp.seconds), [900, 1700])
    }

    func testEventsWatchPrintsNewEventsAsTimePasses() {
        let harness = LogsWorld.make()
        let watched = harness.run("kubectl events --for pod/crashy -w --request-timeout=60s").out
        let lines = watched.split(separator: "\n")
        XCTAssertEqual(lines.first, "LAST SEEN          TYPE      REASON      OBJECT       MESSAGE")
        XCTAssertGreaterThan(lines.count, 8, watched)
        XCTAssertTrue(lines.dropFirst(8).contains { $0.contains("BackOff") || $0.contains("Started") }, watched)
    }

    func testTopBeforeMetricsServer() {
        let harness = LogsWorld.make(metrics: false)
        XCTAssertEqual(harness.transcript(["kubectl top pods", "kubectl top nodes", "kubectl top pod --sort-by=age"]), """
        $ kubectl top pods
        error: Metrics API not available
        $ kubectl top nodes
        error: Metrics API not available
        $ kubectl top pod --sort-by=age
        error: --sort-by accepts only cpu or memory

        """)
    }

    func testTopTablesHaveTabTerminatedCells() throws {
        let harness = LogsWorld.make()
        let names = harness.podNames("web-")
        let pods = harness.run("kubectl top pods").out
        XCTAssertTrue(pods.hasPrefix("NAME                   CPU(cores)   MEMORY(bytes)   \nmulti                  "), pods)
        for line in pods.split(separator: "\n") { XCTAssertTrue(line.hasSuffix("   "), "no trailing padding: \(line)") }
        XCTAssertEqual(pods.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != " " }) }, ["multi"] + names)
        let containers = harness.run("kubectl top pod multi --containers").out.split(separator: "\n").map(String.init)
        XCTAssertEqual(containers.first, "POD     NAME      CPU(cores)   MEMORY(bytes)   ")
        XCTAssertTrue(containers[1].hasPrefix("multi   app       "))
        XCTAssertTrue(containers[2].hasPrefix("multi   sidecar   "))
        let byMemory = harness.run("kubectl top pods -A --sort-by=memory --no-headers").out.split(separator: "\n")
        let memory = byMemory.compactMap { line in line.split(separator: " ").last.flatMap { Int($0.dropLast(2)) } }
        XCTAssertEqual(memory, memory.sorted(by: >))
        let summed = harness.run("kubectl top pods --sum").out.split(separator: "\n").suffix(2)
        XCTAssertEqual(summed.first, "                       ________     ________        ")
        XCTAssertEqual(harness.run("kubectl top pod nope").err,
                       "Error from server (NotFound): podmetrics.metrics.k8s.io \"default/nope\" not found\n")
        let node = harness.run("kubectl top nodes").out.split(separator: "\n").map(String.init)
        XCTAssertEqual(node.first, "NAME       CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   ")
        let cells = node[1].split(separator: " ")
        XCTAssertEqual(cells.first, "minikube")
        XCTAssertTrue(cells[1].hasSuffix("m") && cells[2].hasSuffix("%") && cells[3].hasSuffix("Mi") && cells[4].hasSuffix("%"))
        XCTAssertEqual(harness.run("kubectl top node nope").err, "Error from server (NotFound): nodemetrics.metrics.k8s.io \"nope\" not found\n")
    }

    func testTopWhenPodsHaveNoMetricsYet() {
        let harness = LogsWorld.make()
        harness.pod("waiting", containers: [KubectlHarness.container("waiting", "nginx:does-not-exist")], namespace: "kube-public")
        XCTAssertEqual(harness.run("kubectl top pods -n kube-public").err, "error: metrics not available yet\n")
        harness.wait(180)
        XCTAssertTrue(harness.run("kubectl top pods -n kube-public").err
            .hasPrefix("error: Metrics not available for pod kube-public/waiting, age: 3m"))
        XCTAssertEqual(harness.run("kubectl top pods -n kube-node-lease").err, "No resources found in kube-node-lease namespace.\n")
    }
}
