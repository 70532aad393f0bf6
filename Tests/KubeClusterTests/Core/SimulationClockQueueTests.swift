import XCTest
@testable import KubeCluster

/// Timer queues (event expiry) run in the same order as heap timers would: by due instant, then by
/// scheduling order across both kinds.
final class SimulationClockQueueTests: XCTestCase {
    func testQueuedAndHeapTimersRunInDueThenSchedulingOrder() {
        let clock = SimulationClock(start: 100)
        var ran: [String] = []
        let queue = clock.makeQueue(delay: 10) { ran.append("q:\($0.name)") }
        clock.schedule(after: 10) { ran.append("h1") }          // due 110, sequence 1
        clock.schedule(ObjectKey(namespace: "n", name: "a"), in: queue) // due 110, sequence 2
        clock.schedule(after: 5) { ran.append("h2") }           // due 105, sequence 3
        clock.schedule(after: 10) { ran.append("h3") }          // due 110, sequence 4
        clock.move(to: 103)
        clock.schedule(ObjectKey(namespace: "n", name: "b"), in: queue) // due 113, sequence 5
        XCTAssertEqual(clock.pendingCount, 5)
        XCTAssertEqual(clock.nextDue, 105)
        while let action = clock.popDue(notAfter: 112) { action() }
        XCTAssertEqual(ran, ["h2", "h1", "q:a", "h3"])
        XCTAssertEqual(clock.now, 110)
        XCTAssertEqual(clock.nextDue, 113)
        while let action = clock.popDue(notAfter: 200) { action() }
        XCTAssertEqual(ran.last, "q:b")
        XCTAssertEqual(clock.pendingCount, 0)
    }

    func testRepeatedEventIsAggregatedThenExpiresAnHourAfterLastSeen() {
        let cluster = Cluster(seed: 1, start: 1_000)
        var pod = Pod()
        pod.metadata = ObjectMeta(name: "web", namespace: "default")
        pod.metadata.uid = "uid-1"
        cluster.events.record(pod, reason: "Pulled", message: "same", component: "kubelet")
        cluster.advance(by: 1_800)
        cluster.events.record(pod, reason: "Pulled", message: "same", component: "kubelet")
        cluster.events.record(pod, reason: "Pulled", message: "other", component: "kubelet")
        let events = cluster.store.list(Event.self, namespace: "default")
        XCTAssertEqual(events.map { $0.count ?? 0 }.sorted(), [1, 2])
        cluster.advance(by: 1_800)   // an hour after the first sighting: the bumped event stays
        XCTAssertEqual(cluster.store.count(resource: "events"), 2)
        cluster.advance(by: 1_800)
        XCTAssertEqual(cluster.store.count(resource: "events"), 0)
        cluster.events.record(pod, reason: "Pulled", message: "same", component: "kubelet")
        XCTAssertEqual(cluster.store.list(Event.self, namespace: "default").map { $0.count ?? 0 }, [1])
    }
}
