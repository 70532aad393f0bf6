import Foundation
import KubeCluster
import KubeCtl
@testable import RealCluster
@testable import Tutor
import XCTest

/// The parts of the real-cluster path that need no kubectl: the safety rules, the kubeconfig copy, the mirror,
/// the namespace name and which lesson steps a real cluster cannot do.
final class RealClusterUnitTests: XCTestCase {
    private func context(_ name: String, _ server: String) -> LearnerContext {
        let config: JSONValue = .object([
            "apiVersion": "v1", "kind": "Config", "current-context": .string(name),
            "clusters": .array([.object(["name": "c", "cluster": .object(["server": .string(server)])])]),
            "contexts": .array([.object(["name": .string(name), "context": .object(["cluster": "c", "user": "u"])])]),
            "users": .array([.object(["name": "u", "user": .object(["token": "t"])])]),
        ])
        return LearnerContext(name: name, server: server, config: config)
    }

    func testSafetyRules() {
        let table: [(name: String, server: String, refused: Bool)] = [
            ("kind-kind", "https://127.0.0.1:41235", false),
            ("docker-desktop", "https://localhost:6443", false),
            ("local", "https://[::1]:6443", false),
            ("minikube", "https://192.168.49.2:8443", true),
            ("kind-prod", "https://127.0.0.1:41235", true),
            ("gke_acme_europe-west1_Production", "https://127.0.0.1:1", true),
            ("staging", "https://34.120.1.9", true),
        ]
        for row in table {
            XCTAssertEqual(context(row.name, row.server).safetyConcern != nil, row.refused, "\(row.name) at \(row.server)")
        }
        XCTAssertEqual(context("kind-prod", "https://127.0.0.1:1").safetyConcern?.description,
                       "the context kind-prod looks like a production cluster (its name says prod). Lessons create, change and delete "
                       + "objects; use a practice cluster (kind, minikube), or, if this one is really for practice, confirm with "
                       + "--confirm-cluster kind-prod")
    }

    func testLessonKubeconfigSetsTheNamespaceOnlyInTheCopy() throws {
        let original = context("kind-kind", "https://127.0.0.1:4000")
        let copy = original.lessonKubeconfig(namespace: "kubetutor-pods-abcde")
        XCTAssertEqual(copy["contexts"]?[0]?["context"]?["namespace"]?.stringValue, "kubetutor-pods-abcde")
        XCTAssertNil(original.config["contexts"]?[0]?["context"]?["namespace"])
        let position = KubeconfigPosition.read(copy.jsonText())
        XCTAssertEqual(position, KubeconfigPosition(context: "kind-kind", namespace: "kubetutor-pods-abcde"))
        let yaml = "apiVersion: v1\ncurrent-context: b\ncontexts:\n- name: a\n  context: {namespace: x}\n- name: b\n  context: {cluster: c}\n"
        XCTAssertEqual(KubeconfigPosition.read(yaml), KubeconfigPosition(context: "b", namespace: "default"))
    }

    func testNamespaceNames() {
        let kubectl = HostKubectl(executable: "/nonexistent")
        XCTAssertEqual(LessonNamespace(lesson: "rolling-updates", suffix: "x2b4z", kubectl: kubectl).name, "kubetutor-rolling-updates-x2b4z")
        let long = LessonNamespace(lesson: String(repeating: "a", count: 80), suffix: "abcde", kubectl: kubectl).name
        XCTAssertEqual(long.count, 63)
        XCTAssertTrue(long.hasSuffix("-abcde"))
        XCTAssertEqual(LessonNamespace.randomSuffix().count, 5)
    }

    func testNamespaceIsDeletedOnlyWhenThisRunCreatedIt() {
        let namespace = LessonNamespace(lesson: "pods", suffix: "abcde", kubectl: HostKubectl(executable: "/nonexistent"))
        XCTAssertEqual(namespace.delete(), "", "a namespace this run did not create must not be touched")
    }

    func testMirrorStoresChangesAndRemovesWhatIsGone() throws {
        let mirror = ClusterMirror(start: 0)
        var seen: [String] = []
        _ = mirror.cluster.store.watch { seen.append("\($0.type.rawValue) \($0.key.name)") }
        let pod = { (name: String, version: String) -> JSONValue in
            .object(["apiVersion": "v1", "kind": "Pod",
                     "metadata": .object(["name": .string(name), "namespace": "ns", "resourceVersion": .string(version)]),
                     "spec": .object(["containers": .array([.object(["name": "c", "image": "nginx"])])])])
        }
        mirror.apply([pod("a", "1"), pod("b", "2")], scope: "ns")
        mirror.apply([pod("a", "1"), pod("b", "3")], scope: "ns")
        mirror.apply([pod("b", "3")], scope: "ns")
        XCTAssertEqual(seen, ["ADDED a", "ADDED b", "MODIFIED b", "DELETED a"])
        XCTAssertEqual(mirror.cluster.store.list(Pod.self).map(\.name), ["b"])
        mirror.apply([], scope: "other")
        XCTAssertEqual(mirror.cluster.store.list(Pod.self).map(\.name), ["b"], "another namespace's refresh keeps ns's objects")
    }

    func testStepsARealClusterCannotDo() throws {
        guard case .success(let lesson) = ServedLessonHarness.library.lesson(named: "node-failure") else { return XCTFail("no lesson") }
        let verdicts = lesson.steps.indices.map { RealClusterTexts.unsupported(lesson, step: $0) != nil }
        XCTAssertEqual(zip(lesson.steps.map(\.id), verdicts).filter(\.1).map(\.0), ["not-ready", "eviction", "node-back"])
        guard case .success(let scaling) = ServedLessonHarness.library.lesson(named: "scaling") else { return XCTFail("no lesson") }
        let balance = try XCTUnwrap(scaling.steps.firstIndex { $0.id == "balance" })
        XCTAssertEqual(RealClusterTexts.unsupported(scaling, step: balance)?.playSolution, true)
    }

    func testSleepOperands() {
        XCTAssertEqual(RealClusterTexts.seconds("30"), 30)
        XCTAssertEqual(RealClusterTexts.seconds("2m"), 120)
        XCTAssertEqual(RealClusterTexts.seconds("1.5h"), 5400)
        XCTAssertNil(RealClusterTexts.seconds("soon"))
    }
}
