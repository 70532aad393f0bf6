import XCTest
@testable import KubeCluster

/// `Cluster.shouldStop` (Ctrl-C from the front end) and `Cluster.settleLimit` (a controller loop): the cluster
/// stops between two timers or two reconciles — never inside one — and carries on from there afterwards.
final class ClusterStopTests: XCTestCase {
    /// A controller that reconciles keys "0", "1", … and enqueues the next one until `last`; with `last` nil
    /// it never stops (a loop).
    private final class ChainController: Controller {
        let name = "chain"
        let last: Int?
        private(set) var reconciled: [Int] = []
        init(last: Int?) { self.last = last }
        func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] { [] }
        func reconcile(_ key: ObjectKey, in cluster: Cluster) {
            let number = Int(key.name) ?? 0
            reconciled.append(number)
            if last.map({ number < $0 }) ?? true { cluster.enqueue(self, ObjectKey(namespace: "", name: String(number + 1))) }
        }
    }

    private func clusterWithTimers(_ count: Int, fired: @escaping (Int) -> Void) -> Cluster {
        let cluster = Cluster(seed: 1, start: 0)
        for index in 1...count { cluster.clock.schedule(at: Double(index)) { fired(index) } }
        return cluster
    }

    func testAdvanceStopsAfterTheTimerThatSawTheRequestAndResumesFromThere() {
        var fired: [Int] = []
        let cluster = clusterWithTimers(100) { fired.append($0) }
        cluster.shouldStop = { fired.count >= 10 }
        XCTAssertFalse(cluster.advance(by: 1000), "stopped before the end")
        XCTAssertEqual(fired, Array(1...10), "every timer before the request ran whole, none after")
        XCTAssertEqual(cluster.now, 10, "time stays at the last timer that ran")
        XCTAssertTrue(cluster.wasStopped)
        XCTAssertEqual(cluster.clock.pendingCount, 90)
        cluster.shouldStop = { false }
        XCTAssertTrue(cluster.advance(to: 1000))
        XCTAssertFalse(cluster.wasStopped)
        XCTAssertEqual(fired, Array(1...100), "the rest runs later, in order")
        XCTAssertEqual(cluster.now, 1000)
    }

    func testAdvanceUpToStopsLikeAdvance() {
        var fired: [Int] = []
        let cluster = clusterWithTimers(100) { fired.append($0) }
        cluster.shouldStop = { fired.count >= 25 }
        XCTAssertFalse(cluster.advance(upTo: 3600) { false })
        XCTAssertEqual(fired.count, 25)
        XCTAssertEqual(cluster.now, 25)
        XCTAssertTrue(cluster.wasStopped)
        cluster.shouldStop = { false }
        XCTAssertTrue(cluster.advance(upTo: 3600) { fired.count == 40 }, "the condition is met after the stop")
        XCTAssertEqual(cluster.now, 40)
    }

    func testSettleStopsBetweenReconcilesAndFinishesTheQueueLater() {
        let cluster = Cluster(seed: 1, start: 0)
        let chain = ChainController(last: 999)
        cluster.register(chain)
        cluster.enqueue(chain, ObjectKey(namespace: "", name: "0"))
        cluster.shouldStop = { chain.reconciled.count >= 100 }
        XCTAssertFalse(cluster.settle(), "work is left queued")
        XCTAssertTrue(cluster.wasStopped)
        XCTAssertEqual(chain.reconciled.count % Cluster.reconcilesPerPoll, 0, "polled every \(Cluster.reconcilesPerPoll) reconciles")
        XCTAssertLessThan(chain.reconciled.count, 200)
        XCTAssertFalse(cluster.advance(by: 10), "an advance asked to stop first settles only as far as allowed")
        XCTAssertEqual(cluster.now, 0, "time does not move while the queue is cut short")
        cluster.shouldStop = { false }
        XCTAssertTrue(cluster.settle())
        XCTAssertEqual(chain.reconciled, Array(0...999), "nothing lost, nothing run twice")
    }

    func testAControllerLoopStopsAtTheSettleLimitWithAReport() {
        let cluster = Cluster(seed: 1, start: 0)
        let loop = ChainController(last: nil)
        cluster.register(loop)
        cluster.settleLimit = 5000
        var fired = false
        cluster.clock.schedule(at: 30) { fired = true }
        cluster.enqueue(loop, ObjectKey(namespace: "", name: "0"))
        XCTAssertFalse(cluster.advance(by: 60), "the advance ends instead of hanging")
        XCTAssertEqual(loop.reconciled.count, 5000)
        XCTAssertFalse(fired, "time did not move past the stall")
        XCTAssertEqual(cluster.now, 0)
        let stall = cluster.takeStall()
        XCTAssertEqual(stall, SettleStall(reconciles: 5000, stillQueued: 1, at: 0))
        XCTAssertEqual(stall?.message, "kubetutor: the simulated controllers did not settle after 5000 reconciles (1 still queued): "
            + "a controller loop? Simulated time stopped here; the cluster is consistent but may lag behind.")
        XCTAssertNil(cluster.takeStall(), "reported once")
    }

    func testTheStandardLimitIsFarAboveWhatRealWorkloadsNeedAndFarBelowTheOldGuard() {
        // 30,800 reconciles: the largest settle of the 10,000-pod scale benchmark (100 Deployments created at once).
        XCTAssertGreaterThanOrEqual(Cluster.standardSettleLimit, 3 * 30_800)
        XCTAssertLessThanOrEqual(Cluster.standardSettleLimit, 200_000)
        XCTAssertEqual(Cluster(seed: 1, start: 0).settleLimit, Cluster.standardSettleLimit)
    }
}
