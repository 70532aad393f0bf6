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

    /// Every target has its test above.
    func testEveryTargetIsTested() {
        XCTAssertEqual(FuzzTargets.all.count, 16)
        XCTAssertEqual(Set(FuzzTargets.all.map(\.name)).count, FuzzTargets.all.count, "two targets share a name")
    }
}

/// All fuzz targets, by area.
enum FuzzTargets {
    static let all = SessionTargets.all + ParserTargets.all + FileTargets.all
}
