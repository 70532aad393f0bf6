import XCTest
@testable import Tutor

/// The linter reports broken questions with file:line: wrong examples that pass, commands that do not
/// parse, manifests that do not apply, missing translations, bad YAML.
final class QuizLintTests: XCTestCase {
    static let header = "questions:\n"

    func problems(_ body: String, file: String = "bad.yaml") -> [LintProblem] {
        QuizLint.check(bank: QuizTestSupport.bank([file: Self.header + body]))
    }

    func testWrongExampleThatPassesIsReported() {
        let found = problems("""
            - id: q1
              topics: [pods]
              difficulty: 1
              seed: "004"
              kind: true-false
              prompt: {en: Pods are small., zh-TW: Pod 很小。}
              explanation: {en: They are., zh-TW: 是的。}
              answer: true
              wrong: [t]
            """)
        XCTAssertEqual(found.map(\.description), ["bad.yaml:2: error: [q1] wrong example `t` passes"])
    }

    func testCommandThatDoesNotParseIsReported() {
        let found = problems("""
            - id: q2
              topics: [kubectl]
              difficulty: 1
              seed: "004"
              kind: command
              prompt: {en: List pods., zh-TW: 列出 Pod。}
              explanation: {en: Easy., zh-TW: 簡單。}
              answer: kubectl get pods --no-such-flag
              wrong: [kubectl get nodes]
            """)
        XCTAssertTrue(found.contains { $0.message.contains("does not parse: kubectl would refuse it (unknown flag: --no-such-flag)") },
                      found.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(found.allSatisfy { $0.location.line == 2 })
    }

    func testManifestThatDoesNotApplyIsReported() {
        let found = problems("""
            - id: q3
              topics: [pods]
              difficulty: 1
              seed: "004"
              kind: manifest
              prompt: {en: Write a pod., zh-TW: 寫一個 Pod。}
              explanation: {en: Like this., zh-TW: 像這樣。}
              solution: |
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                spec:
                  containerz: []
              checks:
              - exists: pod/p
              wrong: ["apiVersion: v1"]
            """)
        XCTAssertTrue(found.contains { $0.message.contains("unknown field \"spec.containerz\"") },
                      found.map(\.description).joined(separator: "\n"))
    }

    func testMissingTranslationAndBadFieldsAreReportedWithLines() {
        let found = problems("""
            - id: q4
              topics: [pods]
              difficulty: 5
              seed: "4"
              kind: single
              prompt: {en: Which?}
              explanation: {en: This., zh-TW: 這個。}
              choices:
              - {en: A, zh-TW: 甲}
              - {en: B, zh-TW: 乙}
              answer: c
              wrong: [a]
            """)
        let texts = found.map(\.description)
        XCTAssertTrue(texts.contains("bad.yaml:4: error: [q4] `difficulty` must be 1, 2 or 3"), texts.joined(separator: "\n"))
        XCTAssertTrue(texts.contains("bad.yaml:7: error: [q4] `prompt` needs both `en` and `zh-TW` texts"), texts.joined(separator: "\n"))
        XCTAssertTrue(texts.contains("bad.yaml:12: error: [q4] `answer` must name choices by letter (a, b, …)"), texts.joined(separator: "\n"))
    }

    func testYAMLSyntaxErrorHasItsLine() {
        let found = problems("- id: q5\n  prompt: {en: a: b\n")
        XCTAssertEqual(found.first?.location.line, 3, found.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(found.first?.message.hasPrefix("not valid YAML") ?? false)
    }

    func testLiveTaskThatAlreadyPassesIsReported() {
        let found = problems("""
            - id: q6
              topics: [deployments]
              difficulty: 1
              seed: "002"
              kind: task
              prompt: {en: Nothing to do., zh-TW: 沒事可做。}
              explanation: {en: Already done., zh-TW: 已經完成。}
              setup: |
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
              solution: [kubectl get configmaps]
              checks:
              - exists: configmap/settings
              wrong: [kubectl get pods]
            """)
        XCTAssertTrue(found.contains { $0.message == "the task's checks already pass before anything is done" },
                      found.map(\.description).joined(separator: "\n"))
    }

    func testDuplicateIDsAreReported() {
        let question = """
            - id: same
              topics: [pods]
              difficulty: 1
              seed: "004"
              kind: true-false
              prompt: {en: Yes?, zh-TW: 是嗎？}
              explanation: {en: Yes., zh-TW: 是。}
              answer: true
              wrong: [false]

            """
        let found = problems(question + question)
        XCTAssertTrue(found.contains { $0.message == "duplicate id (first used at bad.yaml:2)" && $0.location.line == 11 },
                      found.map(\.description).joined(separator: "\n"))
    }
}
