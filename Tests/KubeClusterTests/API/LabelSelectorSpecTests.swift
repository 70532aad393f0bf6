import Foundation
import XCTest
import KubeCluster

final class LabelSelectorSpecTests: XCTestCase {
    func testFormatAsKubectlWideSelectorColumn() {
        let table: [(LabelSelectorSpec?, String)] = [
            (LabelSelectorSpec(matchLabels: ["pod-template-hash": "5d4b7c9f8", "app": "nginx"]), "app=nginx,pod-template-hash=5d4b7c9f8"),
            (nil, "<none>"),
            (LabelSelectorSpec(), "<none>"),
            (LabelSelectorSpec(matchLabels: ["app": "web"], matchExpressions: [
                LabelSelectorRequirementSpec(key: "tier", operator: "In", values: ["front", "back"]),
                LabelSelectorRequirementSpec(key: "canary", operator: "DoesNotExist"),
            ]), "app=web,!canary,tier in (back,front)"),
            (LabelSelectorSpec(matchExpressions: [LabelSelectorRequirementSpec(key: "a", operator: "Bogus")]), "<error>"),
            (LabelSelectorSpec(matchExpressions: [LabelSelectorRequirementSpec(key: "a", operator: "In")]), "<error>"),
            (LabelSelectorSpec(matchExpressions: [LabelSelectorRequirementSpec(key: "a", operator: "Exists", values: ["x"])]), "<error>"),
        ]
        for (spec, expected) in table {
            XCTAssertEqual(LabelSelectorSpec.format(spec), expected)
        }
    }

    func testCompiledSelectorMatches() throws {
        let spec = LabelSelectorSpec(matchLabels: ["app": "web"], matchExpressions: [
            LabelSelectorRequirementSpec(key: "env", operator: "NotIn", values: ["prod"]),
        ])
        let selector = try spec.selector()
        XCTAssertTrue(selector.matches(["app": "web", "env": "dev"]))
        XCTAssertTrue(selector.matches(["app": "web"]))
        XCTAssertFalse(selector.matches(["app": "web", "env": "prod"]))
        XCTAssertFalse(try LabelSelectorSpec.selector(for: nil).matches(["app": "web"]))
        XCTAssertTrue(try LabelSelectorSpec.selector(for: LabelSelectorSpec()).matches(["app": "web"]))
        XCTAssertThrowsError(try LabelSelectorSpec(matchExpressions: [LabelSelectorRequirementSpec(key: "a", operator: "in")]).selector()) {
            XCTAssertEqual(($0 as? LabelSelectorError)?.message, "\"in\" is not a valid label selector operator")
        }
    }

    func testCodableUsesGoFieldNamesAndOmitsEmpty() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let spec = LabelSelectorSpec(matchLabels: ["app": "web"], matchExpressions: [
            LabelSelectorRequirementSpec(key: "tier", operator: "Exists", values: []),
        ])
        XCTAssertEqual(String(decoding: try encoder.encode(spec), as: UTF8.self),
                       #"{"matchExpressions":[{"key":"tier","operator":"Exists"}],"matchLabels":{"app":"web"}}"#)
        XCTAssertEqual(String(decoding: try encoder.encode(LabelSelectorSpec(matchLabels: [:])), as: UTF8.self), "{}")
        let decoded = try JSONDecoder().decode(LabelSelectorSpec.self, from: Data(
            #"{"matchLabels":{"app":"web"},"matchExpressions":[{"key":"k","operator":"In","values":["a","b"]}]}"#.utf8))
        XCTAssertEqual(decoded, LabelSelectorSpec(matchLabels: ["app": "web"], matchExpressions: [
            LabelSelectorRequirementSpec(key: "k", operator: "In", values: ["a", "b"]),
        ]))
    }
}
