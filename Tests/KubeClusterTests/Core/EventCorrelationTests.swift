import XCTest
@testable import KubeCluster

/// The recorder's correlator, as client-go's `EventCorrelator` behaves with its defaults: similar events
/// (10 distinct messages within 10 minutes) combine into one, and a source may write 25 events about one
/// object before it is held to one every 5 minutes, the dropped ones still counted.
final class EventCorrelationTests: XCTestCase {
    private func replicaSet(_ cluster: Cluster) -> ReplicaSet {
        var rs = ReplicaSet()
        rs.metadata = ObjectMeta(name: "web-1", namespace: "default")
        rs.metadata.uid = "uid-rs"
        return rs
    }

    private func events(_ cluster: Cluster) -> [Event] {
        cluster.store.list(Event.self, namespace: "default").sorted { ($0.firstTimestamp, $0.name) < ($1.firstTimestamp, $1.name) }
    }

    func testTheTenthDistinctMessageBecomesACombinedEventThatCountsOn() {
        let cluster = Cluster(seed: 1, start: 1_000)
        let rs = replicaSet(cluster)
        for index in 1...12 {
            cluster.events.record(rs, reason: "SuccessfulCreate", message: "Created pod: web-1-\(index)",
                                  component: "replicaset-controller")
        }
        let recorded = events(cluster)
        XCTAssertEqual(recorded.count, 10)
        XCTAssertEqual(recorded.prefix(9).map(\.message), (1...9).map { "Created pod: web-1-\($0)" })
        let combined = recorded[9]
        XCTAssertEqual(combined.message, "(combined from similar events): Created pod: web-1-12")
        XCTAssertEqual(combined.count, 3)
        XCTAssertEqual(combined.reason, "SuccessfulCreate")
        XCTAssertEqual(combined.source?.component, "replicaset-controller")
        XCTAssertEqual(combined.reportingComponent, "", "upstream's combined event has no reporting controller")
        XCTAssertEqual(combined.reportingInstance, "")
        XCTAssertEqual(recorded.prefix(9).map(\.count), Array(repeating: 1, count: 9))
    }

    func testOneOfTheFirstNineMessagesRepeatedStillCountsOnItsOwnEvent() {
        let cluster = Cluster(seed: 1, start: 1_000)
        let rs = replicaSet(cluster)
        for index in 1...10 {
            cluster.events.record(rs, reason: "SuccessfulCreate", message: "m\(index)", component: "replicaset-controller")
        }
        cluster.events.record(rs, reason: "SuccessfulCreate", message: "m3", component: "replicaset-controller")
        let recorded = events(cluster)
        XCTAssertEqual(recorded.first { $0.message == "m3" }?.count, 2)
        XCTAssertEqual(recorded.filter(\.isCombined).map(\.count), [1])
    }

    func testAQuietGapOfOverTenMinutesStartsAFreshGroup() {
        for (gap, combines) in [(600.0, true), (601.0, false)] {
            let cluster = Cluster(seed: 1, start: 1_000)
            let rs = replicaSet(cluster)
            for index in 1...9 {
                cluster.events.record(rs, reason: "SuccessfulCreate", message: "m\(index)", component: "replicaset-controller")
            }
            cluster.advance(by: gap)
            cluster.events.record(rs, reason: "SuccessfulCreate", message: "m10", component: "replicaset-controller")
            XCTAssertEqual(events(cluster).count, 10)
            XCTAssertEqual(events(cluster).contains(where: \.isCombined), combines, "after a gap of \(gap) s")
        }
    }

    func testDifferentReasonsObjectsAndSourcesAreNotSimilar() {
        let cluster = Cluster(seed: 1, start: 1_000)
        let rs = replicaSet(cluster)
        for index in 1...6 {
            cluster.events.record(rs, reason: "SuccessfulCreate", message: "c\(index)", component: "replicaset-controller")
            cluster.events.record(rs, reason: "SuccessfulDelete", message: "d\(index)", component: "replicaset-controller")
            cluster.events.record(rs, reason: "SuccessfulCreate", message: "x\(index)", component: "other-controller")
        }
        XCTAssertEqual(events(cluster).count, 18)
        XCTAssertFalse(events(cluster).contains(where: \.isCombined))
    }

    func testASourceWritesTwentyFiveEventsAboutAnObjectThenOneEveryFiveMinutes() {
        let cluster = Cluster(seed: 1, start: 1_000)
        var pod = Pod()
        pod.metadata = ObjectMeta(name: "crash", namespace: "default")
        pod.metadata.uid = "uid-pod"
        func backOff() {
            cluster.events.record(pod, type: "Warning", reason: "BackOff", message: "Back-off restarting failed container",
                                  component: "kubelet", host: "node-1")
        }
        for index in 1...24 {
            cluster.events.record(pod, reason: "Note", message: "n\(index % 3)", component: "kubelet", host: "node-1")
        }
        backOff()                       // the 25th event: written
        cluster.advance(by: 10)
        backOff()                       // over the budget: dropped, but counted
        backOff()
        var stored = events(cluster).first { $0.reason == "BackOff" }
        XCTAssertEqual(stored?.count, 1)
        XCTAssertEqual(stored?.lastTimestamp.instant, 1_000)
        cluster.advance(by: 290)        // 300 s after the last accepted event: one token again
        backOff()
        stored = events(cluster).first { $0.reason == "BackOff" }
        XCTAssertEqual(stored?.count, 4, "the dropped repeats are counted in the next write")
        XCTAssertEqual(stored?.lastTimestamp.instant, 1_300)
        backOff()
        XCTAssertEqual(events(cluster).first { $0.reason == "BackOff" }?.count, 4)
        // Another source has its own budget about the same object.
        cluster.events.record(pod, reason: "Killing", message: "Stopping container app", component: "node-controller")
        XCTAssertNotNil(events(cluster).first { $0.reason == "Killing" })
    }

    func testAnEventFirstDroppedIsCreatedLaterUnderItsFirstNameWithItsFullCount() {
        let cluster = Cluster(seed: 1, start: 1_000)
        var pod = Pod()
        pod.metadata = ObjectMeta(name: "p", namespace: "default")
        pod.metadata.uid = "uid-p"
        for index in 1...25 {
            cluster.events.record(pod, reason: "Note", message: "n\(index % 5)", component: "kubelet", host: "node-1")
        }
        cluster.advance(by: 100)
        cluster.events.record(pod, reason: "Unhealthy", message: "probe failed", component: "kubelet", host: "node-1")
        cluster.advance(by: 100)
        cluster.events.record(pod, reason: "Unhealthy", message: "probe failed", component: "kubelet", host: "node-1")
        XCTAssertNil(events(cluster).first { $0.reason == "Unhealthy" })
        cluster.advance(by: 100)
        cluster.events.record(pod, reason: "Unhealthy", message: "probe failed", component: "kubelet", host: "node-1")
        let event = events(cluster).first { $0.reason == "Unhealthy" }
        XCTAssertEqual(event?.count, 3)
        XCTAssertEqual(event?.firstTimestamp.instant, 1_100)
        XCTAssertEqual(event?.lastTimestamp.instant, 1_300)
    }

    func testTheSchedulerIsNeitherCombinedNorThrottled() {
        let cluster = Cluster(seed: 1, start: 1_000)
        var pod = Pod()
        pod.metadata = ObjectMeta(name: "pending", namespace: "default")
        pod.metadata.uid = "uid-pending"
        for index in 1...30 {
            cluster.events.record(pod, type: "Warning", reason: "FailedScheduling", message: "attempt \(index)",
                                  component: "default-scheduler")
        }
        XCTAssertEqual(events(cluster).count, 30)
        XCTAssertFalse(events(cluster).contains(where: \.isCombined))
    }

    func testAnEventEditedToTheLargestCountStaysThereWhenRepeated() throws {
        let cluster = Cluster(seed: 1, start: 1_000)
        let rs = replicaSet(cluster)
        cluster.events.record(rs, reason: "SuccessfulCreate", message: "same", component: "replicaset-controller")
        var event = try XCTUnwrap(events(cluster).first)
        event.count = .max
        cluster.store.put(event)
        cluster.events.record(rs, reason: "SuccessfulCreate", message: "same", component: "replicaset-controller")
        XCTAssertEqual(events(cluster).map(\.count), [.max])
    }
}
