import XCTest

/// Every fuzz target as a test: a short deterministic run in `swift test` / `make test` (each target's
/// default number of cases, the same cases every time), a long one with `make fuzz`
/// (`KUBETUTOR_FUZZ_SECONDS` per target). Cases run in a child process; see `FuzzRunner`.
final class FuzzTests: XCTestCase {
    func testCommandLines() throws { try FuzzRunner.check(SessionTargets.commandLines) }
    func testKubectlArguments() throws { try FuzzRunner.check(SessionTargets.kubectlArguments) }
    func testShellSyntax() throws { try FuzzRunner.check(SessionTargets.shellSyntax) }
    func testTextTools() throws { try FuzzRunner.check(SessionTargets.textTools) }
    func testApplyFromStandardInput() throws { try FuzzRunner.check(SessionTargets.applyFromStandardInput) }
    func testOutputFlags() throws { try FuzzRunner.check(SessionTargets.outputFlags) }
    func testDocuments() throws { try FuzzRunner.check(ParserTargets.documents) }
    func testHostileDocuments() throws { try FuzzRunner.check(ParserTargets.hostileDocuments) }
    func testJSONPath() throws { try FuzzRunner.check(ParserTargets.jsonPath) }
    func testGoTemplate() throws { try FuzzRunner.check(ParserTargets.goTemplate) }
    func testCustomColumns() throws { try FuzzRunner.check(ParserTargets.customColumns) }
    func testSelectors() throws { try FuzzRunner.check(ParserTargets.selectors) }
    func testLessonFiles() throws { try FuzzRunner.check(FileTargets.lessonFiles) }
    func testQuestionFiles() throws { try FuzzRunner.check(FileTargets.questionFiles) }
    func testProgressFiles() throws { try FuzzRunner.check(FileTargets.progressFiles) }
    func testSavedSandboxes() throws { try FuzzRunner.check(FileTargets.savedSandboxes) }
    func testMutatedObjects() throws { try FuzzRunner.check(ManifestTargets.mutatedObjects) }
    func testRecordedCommands() throws { try FuzzRunner.check(ManifestTargets.recordedCommands) }

    /// With `KUBETUTOR_FUZZ_VERBOSE=1` and `KUBETUTOR_FUZZ_TARGETS=NAME`: runs a few cases of that target in
    /// this process, printing what they do (to look at a target, not to test it).
    func testVerbose() throws {
        guard FuzzSandbox.verbose, let name = ProcessInfo.processInfo.environment["KUBETUTOR_FUZZ_TARGETS"],
              let target = FuzzTargets.named(name) else { throw XCTSkip("set KUBETUTOR_FUZZ_VERBOSE=1 and KUBETUTOR_FUZZ_TARGETS") }
        let runCase = target.prepare()
        let start = Int(ProcessInfo.processInfo.environment["KUBETUTOR_FUZZ_START"] ?? "") ?? 0
        for index in start..<(start + (FuzzSettings.cases ?? 5)) {
            var fuzzCase = FuzzCase(index: index, random: FuzzRandom(seed: FuzzSettings.seed, target: name, index: index))
            runCase(&fuzzCase)
            for failure in fuzzCase.failures { print("FAIL \(failure)") }
        }
    }

    /// Every target has its test above.
    func testEveryTargetIsTested() {
        XCTAssertEqual(FuzzTargets.all.count, 18)
        XCTAssertEqual(Set(FuzzTargets.all.map(\.name)).count, FuzzTargets.all.count, "two targets share a name")
    }

    /// The runner itself: a trap and a hang in the child are reported with their inputs, a property
    /// failure with its message, and the run goes on after each.
    func testTheRunnerReportsCrashesHangsAndFailuresWithTheirInputs() throws {
        let findings = try FuzzRunner.run(FuzzTargets.runnerCheck, cases: 8)
        XCTAssertEqual(findings.cases, 8, "the run did not go on after the crash and the hang")
        XCTAssertEqual(findings.problems.count, 3, findings.problems.joined(separator: "\n\n"))
        XCTAssertTrue(findings.problems.contains { $0.contains("case 2: crash on input:\ntrap here") }, "\(findings.problems)")
        XCTAssertTrue(findings.problems.contains { $0.contains("Fatal error") }, "the child's stderr is shown: \(findings.problems)")
        XCTAssertTrue(findings.problems.contains { $0.contains("case 4: hang on input:\nhang here") }, "\(findings.problems)")
        XCTAssertTrue(findings.problems.contains { $0.contains("case 6: a property failed") && $0.contains("input: \"six\"") },
                      "\(findings.problems)")
    }
}

/// All fuzz targets, by area.
enum FuzzTargets {
    static let all = SessionTargets.all + ParserTargets.all + FileTargets.all + ManifestTargets.all

    /// A target that traps at case 2, hangs at case 4 and fails a property at case 6 (for the runner's own test;
    /// found by the child through `named`).
    static let runnerCheck = FuzzTarget(name: "RunnerCheck", defaultCases: 8, hangSeconds: 2) {
        { fuzzCase in
            switch fuzzCase.index {
            case 2:
                fuzzCase.running("trap here")
                let empty: [Int] = []
                _ = empty[fuzzCase.index]
            case 4:
                fuzzCase.running("hang here")
                while true { sleep(1) }
            case 6: fuzzCase.fail("a property failed", input: "six")
            default: fuzzCase.running("fine")
            }
        }
    }

    /// The target called `name` (the child process looks its target up by name).
    static func named(_ name: String) -> FuzzTarget? {
        (all + [runnerCheck]).first { $0.name == name }
    }
}
