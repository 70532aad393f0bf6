import Foundation
import KubeCluster
import KubeCtl
import Terminal
import Tutor
import XCTest

/// Thousands of commands in one sandbox session, over hours of simulated time: what the session keeps
/// (objects, events, timers, the pictures' memory, the history) levels off at the cluster's own size
/// instead of growing with the number of commands. Counts, not times: nothing here depends on speed.
final class LongSessionTests: XCTestCase {
    /// What the session holds at one moment.
    private struct Footprint: CustomStringConvertible {
        var objects = 0
        var events = 0
        var timers = 0
        var rolloutHistories = 0
        var description: String { "objects \(objects), events \(events), timers \(timers), rollout histories \(rolloutHistories)" }
    }

    func testThousandsOfCommandsLeaveTheSessionTheSizeOfItsCluster() {
        let session = SandboxFactory.make(SandboxOptions(profile: .minikube, seed: 11, start: SandboxFactory.fixedStart,
                                                         files: InMemorySessionFiles()))
        let quiet = ShellIO(stdout: { _ in }, stderr: { _ in })
        for line in ["kubectl create deployment web --image=nginx:1.27 --replicas=2", "kubectl expose deployment web --port=80",
                     "kubectl create deployment crash --image=busybox -- false", "sleep 60"] {
            _ = session.run(line: line, io: quiet)
        }
        var checkpoint = Footprint()
        var commands = 0
        for round in 0..<200 {
            for line in Self.commands(round) {
                _ = session.run(line: line, io: quiet)
                commands += 1
            }
            if round == 100 { checkpoint = footprint(session) }
        }
        let end = footprint(session)
        XCTAssertGreaterThan(session.cluster.now - SandboxFactory.fixedStart, 2 * 3600, "the session should span hours")
        XCTAssertGreaterThanOrEqual(commands, 2000)
        XCTAssertLessThanOrEqual(end.objects, checkpoint.objects + 10, "objects grow: \(checkpoint) → \(end)")
        XCTAssertLessThanOrEqual(end.events, checkpoint.events + checkpoint.events / 5 + 20, "events grow: \(checkpoint) → \(end)")
        XCTAssertLessThanOrEqual(end.timers, checkpoint.timers + checkpoint.timers / 5 + 20, "timers grow: \(checkpoint) → \(end)")
        XCTAssertLessThanOrEqual(end.rolloutHistories, checkpoint.rolloutHistories + 2, "pictures grow: \(checkpoint) → \(end)")
        XCTAssertLessThan(end.events, 2000, "events are not expiring after an hour: \(end)")
    }

    /// One round: a deployment made, used, scaled and deleted, with simulated time passing; every tenth round
    /// also the heavier listings and an autoscaler.
    private static func commands(_ round: Int) -> [String] {
        let name = "d\(round)"
        var lines = ["kubectl create deployment \(name) --image=nginx:1.27 --replicas=2", "kubectl get deploy \(name) -o name",
                     "kubectl logs deploy/web --tail=5", "curl -s http://web", "kubectl scale deployment \(name) --replicas=1",
                     "sleep 40", "kubectl config current-context", "echo round \(round)", "kubectl get svc web",
                     "kubectl delete deployment \(name)"]
        if round % 10 == 0 {
            lines += ["kubectl autoscale deployment web --max=3", "kubectl get pods -A", "kubectl describe deployment web",
                      "kubectl get events -A --no-headers | wc -l", "kubectl delete hpa web"]
        }
        return lines
    }

    private func footprint(_ session: SandboxSession) -> Footprint {
        let store = session.cluster.store
        let objects = store.resources.map { store.count(resource: $0) }.reduce(0, +)
        return Footprint(objects: objects, events: store.count(resource: "events"), timers: session.cluster.clock.pendingCount,
                         rolloutHistories: session.history.rollouts.count + session.history.autoscalers.count)
    }

    /// The command history keeps its newest `limit` entries however many lines are typed.
    func testTheHistoryKeepsItsLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-long-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var history = HistoryStore(file: folder.appendingPathComponent("history"), limit: 500)
        for number in 0..<20_000 {
            history.record("kubectl get pod p\(number)")
            if number % 1000 == 999 { try history.save() }
        }
        XCTAssertEqual(history.entries.count, 500)
        XCTAssertEqual(history.entries.last, "kubectl get pod p19999")
        XCTAssertEqual(HistoryStore(file: folder.appendingPathComponent("history"), limit: 500).entries.count, 500)
    }
}
