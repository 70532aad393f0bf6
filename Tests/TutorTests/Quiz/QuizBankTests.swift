import XCTest
@testable import Tutor

/// The shipped bank: size, coverage of every seed topic, both languages, and a clean lint.
final class QuizBankTests: XCTestCase {
    func testBankHasEnoughQuestionsInEveryKind() {
        let bank = QuizTestSupport.bank
        XCTAssertGreaterThanOrEqual(bank.questions.count, 150)
        for kind in QuestionKind.allCases {
            XCTAssertFalse(bank.questions.filter { $0.kind == kind }.isEmpty, "no \(kind.rawValue) questions")
        }
    }

    func testEverySeedTopicIsCovered() {
        let topics = Set(QuizTestSupport.bank.questions.flatMap(\.topics))
        let required = ["kubernetes", "architecture", "control-plane", "node-components", "pods", "pod-phases",
                        "init-containers", "static-pods", "probes", "deployments", "rollouts", "services", "labels",
                        "namespaces", "contexts", "resources", "autoscaling", "troubleshooting", "node-failure", "kubectl"]
        for topic in required { XCTAssertTrue(topics.contains(topic), "topic \(topic) has no question") }
        let seeds = Set(QuizTestSupport.bank.questions.map(\.seed))
        XCTAssertEqual(seeds, ["000", "001", "002", "003", "004"])
    }

    func testEveryQuestionHasBothLanguagesAndWrongExamples() {
        for question in QuizTestSupport.bank.questions {
            XCTAssertFalse(question.prompt.english.isEmpty, question.id)
            XCTAssertTrue(question.prompt.chinese.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(question.id) zh-TW prompt")
            XCTAssertTrue(question.explanation.chinese.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(question.id) zh-TW explanation")
            XCTAssertFalse(question.wrongExamples.isEmpty, question.id)
        }
    }

    /// Errors fail; warnings are only allowed for live tasks whose kubectl verbs are not simulated yet.
    func testBankLintsClean() {
        let problems = QuizLint.check(bank: QuizTestSupport.bank)
        let errors = problems.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.description), [])
        for warning in problems where warning.severity == .warning {
            XCTAssertTrue(warning.message.hasPrefix("not verified yet"), warning.description)
        }
    }
}
