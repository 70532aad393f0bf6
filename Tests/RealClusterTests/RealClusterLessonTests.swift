import Foundation
import KubeCluster
import KubeCtl
import KubeServe
import RealCluster
@testable import Tutor
import XCTest

/// Every lesson's reference solution, played on a "real" cluster: `kubetutor serve` reached through the upstream
/// kubectl 1.32. Setup objects are applied for real in a lesson namespace, the learner's lines run the real
/// kubectl, the checks read the mirror, and steps that need a node failure or an HTTP request from here are
/// skipped with their plain message. The lesson namespace is gone (terminating) after `close`.
final class RealClusterLessonTests: XCTestCase {
    func testClusterTour() throws { try play("cluster-tour") }
    func testCrashloop() throws { try play("crashloop") }
    func testDeployments() throws { try play("deployments") }
    func testHPA() throws { try play("hpa") }
    func testLabels() throws { try play("labels") }
    func testNamespaces() throws { try play("namespaces") }
    func testNodeFailureSkipsTheFaultSteps() throws {
        try play("node-failure", skipped: ["not-ready", "eviction", "node-back"])
    }
    func testPods() throws { try play("pods") }
    func testProbes() throws { try play("probes") }
    func testResources() throws { try play("resources") }
    func testRollingUpdates() throws { try play("rolling-updates") }
    func testScalingSkipsTheNodePortRequest() throws { try play("scaling", skipped: ["balance"]) }
    func testServicesSkipsTheNodePortRequest() throws { try play("services", skipped: ["curl-nodeport"]) }
    func testTroubleshooting() throws { try play("troubleshooting") }

    func testEveryLessonIsPlayedHere() {
        let played = ["cluster-tour", "crashloop", "deployments", "hpa", "labels", "namespaces", "node-failure", "pods", "probes",
                      "resources", "rolling-updates", "scaling", "services", "troubleshooting"]
        XCTAssertEqual(ServedLessonHarness.library.lessons.map(\.id).sorted(), played)
    }

    func testAProductionLookingContextIsRefusedUntilConfirmed() throws {
        try ServedLessonHarness.requireKubectl()
        guard case .success(let lesson) = ServedLessonHarness.library.lesson(named: "pods") else { return XCTFail("no lesson") }
        let harness = try ServedLessonHarness(lesson, contextName: "acme-prod")
        guard case .failure(let refusal) = harness.open() else { return XCTFail("a context named acme-prod was accepted") }
        XCTAssertTrue(refusal.canConfirm)
        XCTAssertTrue(refusal.description.hasSuffix("confirm with --confirm-cluster acme-prod"), refusal.description)
        XCTAssertNil(harness.served.store.get(Namespace.self, namespace: "", name: "kubetutor-pods-test"), "nothing is created before confirming")
        guard case .failure = harness.open(confirmed: "acme") else { return XCTFail("a wrong confirmation was accepted") }
        guard case .success(let link) = harness.open(confirmed: "acme-prod") else { return XCTFail("the confirmation was not taken") }
        XCTAssertNotNil(harness.served.store.get(Namespace.self, namespace: "", name: "kubetutor-pods-test"))
        _ = link.close()
    }

    func testAnUnknownContextIsReportedWithKubectlsMessage() throws {
        try ServedLessonHarness.requireKubectl()
        guard case .success(let lesson) = ServedLessonHarness.library.lesson(named: "pods") else { return XCTFail("no lesson") }
        let harness = try ServedLessonHarness(lesson)
        let result = RealClusterLink.open(lesson: "pods", contextName: "nowhere", kubectl: harness.kubectl, folder: harness.folder,
                                          confirmed: nil, suffix: "test", start: 0)
        guard case .failure(let refusal) = result else { return XCTFail("an unknown context was accepted") }
        XCTAssertEqual(refusal.description, "cannot read the context nowhere from your kubeconfig: error: cannot locate context nowhere")
    }

    func testANamespaceThatLostKubetutorsLabelIsLeftAlone() throws {
        try ServedLessonHarness.requireKubectl()
        guard case .success(let lesson) = ServedLessonHarness.library.lesson(named: "pods") else { return XCTFail("no lesson") }
        let harness = try ServedLessonHarness(lesson)
        guard case .success(let link) = harness.open() else { return XCTFail("not opened") }
        XCTAssertEqual(link.kubectl.capture(["label", "namespace", "kubetutor-pods-test", "app.kubernetes.io/managed-by-"]).status, 0)
        XCTAssertEqual(link.close(), "kubetutor left the namespace kubetutor-pods-test alone: it no longer carries kubetutor's label.\n")
        let namespace = harness.served.store.get(Namespace.self, namespace: "", name: "kubetutor-pods-test")
        XCTAssertNotNil(namespace)
        XCTAssertNil(namespace?.metadata.deletionTimestamp)
    }

    /// Plays `name`'s reference solutions step by step; the steps in `skipped` must be skipped with their message.
    private func play(_ name: String, skipped: Set<String> = []) throws {
        try ServedLessonHarness.requireKubectl()
        guard case .success(let lesson) = ServedLessonHarness.library.lesson(named: name) else { return XCTFail("no lesson \(name)") }
        let harness = try ServedLessonHarness(lesson)
        let link: RealClusterLink
        switch harness.open() {
        case .success(let opened): link = opened
        case .failure(let refusal): return XCTFail("the served cluster was refused: \(refusal)")
        }
        let player = RealLessonPlayer(try harness.session(link))
        XCTAssertTrue(player.transcript.contains("in the namespace kubetutor-\(name)-test that kubetutor created"), player.transcript)
        let namespace = harness.served.store.get(Namespace.self, namespace: "", name: "kubetutor-\(name)-test")
        XCTAssertEqual(namespace?.metadata.labelMap["app.kubernetes.io/managed-by"], "kubetutor")
        for (index, step) in lesson.steps.enumerated() {
            if skipped.contains(step.id) {
                XCTAssertTrue(player.session.isFinished || player.session.currentStepIndex > index,
                              "\(name) step \(step.id) should have been skipped:\n" + player.report())
                continue
            }
            XCTAssertEqual(player.session.currentStepIndex, index, "\(name): expected to be at step \(step.id)\n" + player.report())
            guard player.session.currentStepIndex == index else { return }
            for line in step.solution { player.runSolution(line) }
            let done = player.session.isFinished || player.session.currentStepIndex > index
            XCTAssertTrue(done, "\(name) step \(step.id): the reference solution did not complete it on the served cluster:\n" + player.report())
            if !done { return }
        }
        XCTAssertTrue(player.session.isFinished, "\(name) did not finish")
        XCTAssertTrue(player.transcript.contains("★ Lesson complete"), "\(name): no summary")
        for _ in skipped { XCTAssertTrue(player.transcript.contains("skipped"), player.transcript) }
        XCTAssertEqual(link.close(), "Deleted the lesson namespace kubetutor-\(name)-test (and everything in it).\n")
        harness.server.settle()
        let after = harness.served.store.get(Namespace.self, namespace: "", name: "kubetutor-\(name)-test")
        XCTAssertTrue(after == nil || after?.metadata.deletionTimestamp != nil, "\(name): the lesson namespace was not deleted")
        XCTAssertFalse(FileManager.default.fileExists(atPath: link.kubeconfigPath), "the lesson kubeconfig was not removed")
    }
}
