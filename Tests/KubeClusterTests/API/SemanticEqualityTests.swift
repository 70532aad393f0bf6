import Foundation
import XCTest
@testable import KubeCluster

/// `SemanticEquality.tree` (built with TreeEncoder) gives exactly the tree of a JSON text round trip
/// (`rawTree` then `pruned`), which is what it replaced, for real objects and for numbers JSON reshapes.
final class SemanticEqualityTests: XCTestCase {
    private func assertSameAsJSONRoundTrip<T: Encodable>(_ value: T, _ label: String, file: StaticString = #filePath,
                                                        line: UInt = #line) {
        let viaJSON = SemanticEquality.rawTree(value).flatMap(SemanticEquality.pruned)
        XCTAssertEqual(SemanticEquality.tree(value), viaJSON, label, file: file, line: line)
    }

    func testBootstrappedObjectsGiveTheJSONRoundTripTree() {
        for profile in ClusterProfile.allCases {
            let cluster = Cluster.make(profile: profile, seed: 5, start: 1_800_000_000, workers: 1, age: 900)
            for pod in cluster.store.list(Pod.self) {
                assertSameAsJSONRoundTrip(pod, "pod \(pod.name)")
                assertSameAsJSONRoundTrip(pod.spec, "pod spec \(pod.name)")
            }
            for deployment in cluster.store.list(Deployment.self) {
                assertSameAsJSONRoundTrip(deployment.spec.template, "template of \(deployment.name)")
            }
            for daemonSet in cluster.store.list(DaemonSet.self) {
                assertSameAsJSONRoundTrip(daemonSet.spec.template, "template of \(daemonSet.name)")
            }
            for node in cluster.store.list(Node.self) { assertSameAsJSONRoundTrip(node, "node \(node.name)") }
        }
    }

    func testNumbersInFreeFormFieldsAreShapedAsJSONTextShapesThem() {
        let numbers: [JSONValue] = [.double(1), .double(1.5), .double(-0.0), .double(0), .double(1e20), .double(0.1),
                                    .double(-3), .double(9_007_199_254_740_993), .int(1), .int(-7), .int(Int64.max)]
        for number in numbers {
            var spec = PodSpec()
            spec.securityContext = .object(["runAsUser": number, "nested": .array([number, .object(["n": number])])])
            assertSameAsJSONRoundTrip(spec, "securityContext \(number)")
        }
    }

    func testIntegralDoublesEqualIntegersAsAfterAJSONRoundTrip() {
        var asDouble = PodSpec()
        asDouble.securityContext = .object(["runAsUser": .double(1000)])
        var asInteger = PodSpec()
        asInteger.securityContext = .object(["runAsUser": .int(1000)])
        XCTAssertTrue(SemanticEquality.equal(asDouble, asInteger))
        var fraction = PodSpec()
        fraction.securityContext = .object(["runAsUser": .double(1000.5)])
        XCTAssertFalse(SemanticEquality.equal(fraction, asInteger))
    }

    func testEmptyAndMissingCollectionsAreEqualButValuesAreNot() {
        var empty = PodSpec()
        empty.volumes = []
        empty.securityContext = .object([:])
        XCTAssertTrue(SemanticEquality.equal(empty, PodSpec()))
        var named = PodSpec()
        named.hostname = "web"
        XCTAssertFalse(SemanticEquality.equal(named, PodSpec()))
        XCTAssertEqual(SemanticEquality.tree(LabelSelectorSpec?.none), nil)
        assertSameAsJSONRoundTrip(LabelSelectorSpec?.none, "nil selector")
        assertSameAsJSONRoundTrip(LabelSelectorSpec(matchLabels: ["app": "web"], matchExpressions: nil), "selector")
    }
}
