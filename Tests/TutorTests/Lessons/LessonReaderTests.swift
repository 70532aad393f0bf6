import XCTest
import KubeCluster
@testable import Tutor

/// Lesson files are read with every problem reported at its file and line, and the linter adds what
/// reading cannot see (setup that fails, solutions kubectl would reject).
final class LessonReaderTests: XCTestCase {
    private let header = """
        id: broken
        title: {en: Broken, zh-TW: 壞掉}
        """

    private func issues(_ body: String) -> [String] {
        LessonReader.read(header + "\n" + body, file: "broken.yaml").issues.map(\.description)
    }

    private let goodStep = """
          - id: one
            title: {en: One, zh-TW: 一}
            text: {en: Text., zh-TW: 文字。}
            task: {en: Task., zh-TW: 任務。}
            checks: [{exists: deployment/web}]
            hints: [{en: Hint., zh-TW: 提示。}]
            solution: [kubectl get pods]
            explanation: {en: Done., zh-TW: 完成。}
        """

    func testAGoodLessonReadsWithoutIssues() {
        XCTAssertEqual(issues("steps:\n" + goodStep), [])
    }

    func testUnknownKeysAreReportedAtTheirLineWithASuggestion() {
        XCTAssertEqual(issues("minuets: 5\nsteps:\n" + goodStep),
                       ["broken.yaml:3: error: the lesson: unknown key \"minuets\"; did you mean \"minutes\"? (allowed: id, order, title, "
                        + "summary, topics, prerequisites, minutes, profile, workers, clusterAge, namespace, setup, steps, next)"])
    }

    func testMissingPartsOfAStepAreErrorsAndMissingTranslationsWarnings() {
        let found = issues("""
            steps:
              - id: one
                title: Only English
                text: {en: Text., zh-TW: 文字。}
                task: {en: Task., zh-TW: 任務。}
                checks: [{exists: deployment/web}]
                explanation: {en: Done., zh-TW: 完成。}
            """)
        XCTAssertEqual(found, [
            "broken.yaml:4: error: step one needs at least one hint",
            "broken.yaml:4: error: step one needs a reference solution (the commands)",
        ])
        let warned = LessonReader.read(header + "\nsteps:\n" + goodStep.replacingOccurrences(of: "{en: Task., zh-TW: 任務。}", with: "{en: Task.}"),
                                       file: "broken.yaml")
        XCTAssertNotNil(warned.lesson, "a missing translation is only a warning")
        XCTAssertEqual(warned.issues.map(\.description), ["broken.yaml:7: warning: step one: task has no zh-TW text"])
    }

    func testBadChecksPointAtTheirLine() {
        var found = issues("""
            steps:
              - id: one
                title: {en: One, zh-TW: 一}
                text: {en: Text., zh-TW: 文字。}
                task: {en: Task., zh-TW: 任務。}
                checks:
                  - exists: deploymnt/web
                  - field: {object: deployment/web, path: "{.spec.replicas", equals: "1"}
                  - count: {of: "@pod(app=web)", status: Running}
                  - command: kubectl scale deployment web
                  - exists: deployment/web
                    rolledOut: web
                hints: [{en: Hint., zh-TW: 提示。}]
                solution: [kubectl get pods]
                explanation: {en: Done., zh-TW: 完成。}
            """)
        XCTAssertEqual(found.count, 6, found.joined(separator: "\n"))
        XCTAssertEqual(found.removeFirst(), "broken.yaml:4: error: step one needs checks (or a question)")
        XCTAssertTrue(found[0].hasPrefix("broken.yaml:9: error: deploymnt/web: \"deploymnt\" is not a resource type kubectl knows"), found[0])
        XCTAssertEqual(found[1], "broken.yaml:10: error: path {.spec.replicas is not a valid jsonpath: unclosed action")
        XCTAssertEqual(found[2], "broken.yaml:11: error: give exactly one of equals, atLeast, atMost")
        XCTAssertTrue(found[3].hasPrefix("broken.yaml:12: error: command kubectl scale deployment web: kubectl does not accept this command: "
                                         + "error: required flag(s) \"replicas\" not set"), found[3])
        XCTAssertTrue(found[4].hasPrefix("broken.yaml:13: error: a check needs exactly one of:"), found[4])
    }

    func testManifestErrorsPointIntoTheObjectsBlock() {
        let found = issues("""
            setup:
              objects: |
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                ---
                apiVersion: v1
                kind: Gadget
                metadata: {name: g}
            steps:
            """ + "\n" + goodStep)
        XCTAssertEqual(found, ["broken.yaml:9: error: objects: kind Gadget is not simulated by kubetutor"])
    }

    func testYAMLSyntaxErrorsHaveALine() {
        let found = issues("steps:\n  - id: one\n    title: [unclosed\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasPrefix("broken.yaml:"), found[0])
        XCTAssertTrue(found[0].contains("error: YAML:"), found[0])
    }

    func testTheLinterBuildsTheSetupAndParsesSolutions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = header.replacingOccurrences(of: "id: broken", with: "id: lintme") + "\nprerequisites: [nowhere]\nsteps:\n"
            + goodStep.replacingOccurrences(of: "solution: [kubectl get pods]", with: "solution: [\"kubectl get pods --bogus\", \"echo 'open\"]")
        try lesson.write(to: folder.appendingPathComponent("lintme.yaml"), atomically: true, encoding: .utf8)
        try lesson.write(to: folder.appendingPathComponent("other-name.yaml"), atomically: true, encoding: .utf8)
        let found = LessonLinter.lint(paths: [folder.path]).map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        XCTAssertTrue(found.contains("lintme.yaml:1: error: prerequisite \"nowhere\" is not a lesson"), found.joined(separator: "\n"))
        XCTAssertTrue(found.contains("other-name.yaml:1: error: the id \"lintme\" should match the file name other-name"),
                      found.joined(separator: "\n"))
        XCTAssertTrue(found.contains { $0.hasPrefix("lintme.yaml:5: error: step one, solution line 1: kubectl get pods --bogus: "
                                                     + "error: unknown flag: --bogus") }, found.joined(separator: "\n"))
        XCTAssertTrue(found.contains { $0.hasPrefix("lintme.yaml:5: error: step one, solution line 2: bash:") }, found.joined(separator: "\n"))
    }
}

/// The complete example in lessons/README.md is a valid lesson.
final class LessonReadmeExampleTests: XCTestCase {
    func testTheReadmeExampleReadsAndLintsClean() throws {
        let readme = try String(contentsOf: LessonFixtures.lessonsDirectory.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try XCTUnwrap(readme.range(of: "## A complete example"))
        let rest = readme[section.upperBound...]
        let start = try XCTUnwrap(rest.range(of: "```yaml\n"))
        let end = try XCTUnwrap(rest[start.upperBound...].range(of: "```"))
        let yaml = String(rest[start.upperBound..<end.lowerBound])
        let (lesson, issues) = LessonReader.read(yaml, file: "README.md")
        XCTAssertEqual(issues.map(\.description), [])
        let example = try XCTUnwrap(lesson)
        XCTAssertEqual(LessonLinter.lint(example).map(\.description), [])
    }
}
