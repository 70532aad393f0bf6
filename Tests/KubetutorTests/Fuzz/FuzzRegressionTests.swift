import Foundation
import KubeCluster
import KubeCtl
import Tutor
import XCTest

/// Every problem the fuzzers found, kept as a test of its own (the input, reduced, and what must happen).
final class FuzzRegressionTests: XCTestCase {
    /// SavedSandboxes, seed 101, case 426 (a hang): a saved sandbox whose coredns Deployment template lost
    /// its readiness probe's `periodSeconds` made the deployment controller create ReplicaSets without end
    /// while loading (the ReplicaSets were defaulted by the API, the restored Deployment was not). Fixed
    /// by defaulting objects as they are restored, as the API server does with what it reads from storage.
    func testARestoredTemplateMissingADefaultedFieldDoesNotLoopTheDeploymentController() throws {
        let cluster = Cluster.make(profile: .minikube, seed: 3, start: SandboxFactory.fixedStart)
        var snapshot = cluster.snapshot()
        var removed = 0
        snapshot.objects = snapshot.objects.map { object in
            guard object["kind"]?.stringValue == "Deployment", var containers = object["spec"]?["template"]?["spec"]?["containers"]?.arrayValue
            else { return object }
            for index in containers.indices where containers[index]["readinessProbe"]?["periodSeconds"] != nil {
                guard case .object(var probe)? = containers[index]["readinessProbe"] else { continue }
                probe.removeValue(forKey: "periodSeconds")
                containers[index]["readinessProbe"] = .object(probe)
                removed += 1
            }
            var copy = object
            copy["spec"]?["template"]?["spec"]?["containers"] = .array(containers)
            return copy
        }
        XCTAssertGreaterThan(removed, 0, "the minikube cluster has no deployment with a readiness probe any more")
        let edited = snapshot.objects.filter { $0["kind"]?.stringValue == "Deployment" }
            .compactMap { $0["spec"]?["template"]?["spec"]?["containers"]?[0]?["readinessProbe"] }
        XCTAssertTrue(edited.allSatisfy { $0["periodSeconds"] == nil }, "the edit did not reach the snapshot")
        let restored = try Cluster.restore(from: snapshot)
        restored.advance(by: 60)
        let coredns = restored.store.list(ReplicaSet.self).filter { $0.name.hasPrefix("coredns-") }
        XCTAssertEqual(coredns.count, 1, coredns.map(\.name).joined(separator: ", "))
    }

    /// CommandLines, seed 202, case 2573 (a hang): `sleep 9223372036854775808` fast-forwarded a whole year,
    /// every timer of the cluster on the way, which took minutes. Now `sleep` and `ff` move at most a week
    /// at once and say so.
    func testAHugeSleepMovesAWeekAndSaysSo() {
        let session = SandboxFactory.make(SandboxOptions(profile: .minikube, seed: 1, start: SandboxFactory.fixedStart,
                                                         files: InMemorySessionFiles()))
        var out = ""
        for line in ["\tsleep 9223372036854775808"] {
            let before = session.cluster.now
            _ = session.run(line: line, io: ShellIO(stdout: { out += $0 }, stderr: { out += $0 }))
            XCTAssertEqual(session.cluster.now - before, SleepCommand.longestWait, line)
        }
        XCTAssertTrue(out.contains("(time moves at most 7 days at once; repeat to go further)"), out)
        let shell = TutorialShell(kubectl: KubectlSession(cluster: Cluster.make(profile: .kind, seed: 1, start: SandboxFactory.fixedStart), profile: .kind,
                                                          files: InMemorySessionFiles()))
        let before = shell.kubectl.cluster.now
        shell.run(line: "sleep 1e18", io: ShellIO(stdout: { _ in }, stderr: { _ in }))
        XCTAssertEqual(shell.kubectl.cluster.now - before, SleepCommand.longestWait)
    }

    /// MutatedObjects, seed 20261130, case 13393 (a crash): a pod with `terminationGracePeriodSeconds:
    /// 9223372036854775807`, then `kubectl delete pod`: its deletion timestamp (now + the grace period) did not
    /// fit an Int64 and trapped. Timestamps are now kept within the years RFC 3339 shows (1–9999).
    func testAHugeGracePeriodDeletesWithoutTrapping() {
        let session = SandboxFactory.make(SandboxOptions(profile: .minikube, seed: 1, start: SandboxFactory.fixedStart,
                                                         files: InMemorySessionFiles()))
        var out = ""
        for line in ["kubectl run p --image=nginx --overrides='{\"spec\":{\"terminationGracePeriodSeconds\":9223372036854775807}}'",
                     "sleep 5", "kubectl delete pod p --wait=false", "kubectl get pods",
                     "kubectl get pod p -o jsonpath='{.metadata.deletionTimestamp}'"] {
            _ = session.run(line: line, io: ShellIO(stdout: { out += $0 }, stderr: { out += $0 }))
        }
        XCTAssertTrue(out.contains("pod \"p\" deleted"), out)
        XCTAssertTrue(out.contains("Terminating"), out)
        XCTAssertTrue(out.hasSuffix("9999-12-31T23:59:59Z"), out)
        XCTAssertEqual(Timestamp(.infinity).seconds, Timestamp.latestSeconds)
        XCTAssertEqual(Timestamp(-.infinity).seconds, Timestamp.earliestSeconds)
        XCTAssertEqual(Timestamp(.nan).seconds, 0)
    }

    /// SavedSandboxes, seed 202, case 44 (a hang): a saved sandbox whose coredns Deployment lost its
    /// `template:` line (so no containers) looped the deployment controller while loading. Restored objects
    /// are now validated as the API server validates them, and such a file is refused with the reason.
    func testARestoredObjectTheAPIWouldRefuseIsRefusedWithTheReason() {
        let cluster = Cluster.make(profile: .minikube, seed: 3, start: SandboxFactory.fixedStart)
        var snapshot = cluster.snapshot()
        snapshot.objects = snapshot.objects.map { object in
            guard object["kind"]?.stringValue == "Deployment" else { return object }
            var copy = object
            copy["spec"]?["template"] = .object([:])
            return copy
        }
        XCTAssertThrowsError(try Cluster.restore(from: snapshot)) { error in
            XCTAssertTrue("\(error)".contains("(Deployment kube-system/coredns) is not valid: "), "\(error)")
            XCTAssertTrue("\(error)".contains("spec.template.spec.containers: Required value"), "\(error)")
        }
    }
}
