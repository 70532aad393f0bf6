import XCTest
@testable import KubeCluster

/// `BackoffTable` against client-go's flowcontrol/backoff_test.go vectors (k8s-semantics §3.2).
final class BackoffTests: XCTestCase {
    func testSlowBackoff() {
        var table = BackoffTable(initial: 1, maximum: 50)
        var now = 0.0
        var seen: [Double] = []
        for _ in 0..<10 {
            now += 1
            seen.append(table.delay("id"))
            table.next("id", eventTime: now, now: now)
        }
        XCTAssertEqual(seen, [0, 1, 2, 4, 8, 16, 32, 50, 50, 50])
        table.reset("id")
        XCTAssertEqual(table.delay("id"), 0)
    }

    func testResetAfterTwiceMaximum() {
        var table = BackoffTable(initial: 1, maximum: 5)
        var now = 0.0
        for _ in 0..<6 { table.next("id", eventTime: now, now: now); now += 0 }
        XCTAssertTrue(table.isInBackOffSince("id", eventTime: now, now: now))
        let last = table.lastUpdate("id") ?? 0
        now += 11
        XCTAssertFalse(table.isInBackOffSince("id", eventTime: last, now: now))
    }

    func testHighWaterMarkKeepsMaximum() {
        var table = BackoffTable(initial: 1, maximum: 5)
        var now = 0.0
        for _ in 0..<5 { table.next("id", eventTime: now, now: now) }
        XCTAssertEqual(table.delay("id"), 5)
        now += 6
        table.next("id", eventTime: now, now: now)
        XCTAssertEqual(table.delay("id"), 5)
    }

    func testGarbageCollection() {
        var table = BackoffTable(initial: 1, maximum: 5)
        table.next("id", eventTime: 0, now: 0)
        table.collectGarbage(now: 6)
        XCTAssertEqual(table.delay("id"), 1)
        table.collectGarbage(now: 12)
        XCTAssertEqual(table.delay("id"), 0)
    }

    func testIsInBackOffSinceUpdate() {
        let expected: [(Double, Bool, Double)] = [
            (0, false, 0), (1, false, 1), (2, true, 2), (3, false, 2), (4, true, 4), (5, true, 4), (6, true, 4), (7, false, 4),
            (8, true, 8), (14, true, 8), (15, false, 8), (16, true, 10), (24, true, 10), (25, false, 10), (26, true, 10),
            (34, true, 10), (35, false, 10),
        ]
        var table = BackoffTable(initial: 1, maximum: 10)
        var tick = 0.0
        for (at, inBackOff, value) in expected {
            while tick < at {
                if !table.isInBackOffSinceUpdate("id", eventTime: tick, now: tick) { table.next("id", eventTime: tick, now: tick) }
                tick += 1
            }
            XCTAssertEqual(table.isInBackOffSinceUpdate("id", eventTime: at, now: at), inBackOff, "tick \(at)")
            XCTAssertEqual(table.delay("id"), value, "tick \(at)")
        }
    }

    func testGoDurations() {
        let cases: [(Double, String)] = [(10, "10s"), (20, "20s"), (80, "1m20s"), (160, "2m40s"), (300, "5m0s"), (2.345, "2.345s"),
                                         (0.612, "612ms"), (0.6129, "612ms"), (3600, "1h0m0s"), (0, "0s"), (61.5, "1m1.5s")]
        for (seconds, text) in cases { XCTAssertEqual(GoDuration(seconds: seconds).description, text, "\(seconds)") }
    }
}
