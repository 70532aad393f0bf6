import XCTest
import KubeCluster
import KubeCtl
@testable import Tutor

/// Plays every lesson in `lessons/` through the engine in batch mode: each step's reference solution
/// must complete it (and the step must not be complete before), every alternative path must complete
/// its step, and every known mistake must print its message without completing the step. Verbs the
/// solutions need that this build lacks are reported by name.
final class LessonReplayTests: XCTestCase {
    /// Verbs found missing during one test, by lesson: reported once at the end of the test.
    private var missing: [String: Set<String>] = [:]

    override func tearDown() {
        for lesson in missing.keys.sorted() {
            XCTFail("\(lesson): the lesson needs kubectl verbs this build does not simulate yet: "
                    + "\(missing[lesson, default: []].sorted().joined(separator: ", ")) — steps using them could not be checked; "
                    + "merge the verbs and run again")
        }
        missing = [:]
        super.tearDown()
    }

    func testLessonFilesReadWithoutErrors() {
        let library = LessonFixtures.library
        XCTAssertFalse(library.lessons.isEmpty, "no lessons found in \(LessonFixtures.lessonsDirectory.path)")
        let problems = library.issues.map(\.description)
        XCTAssertEqual(problems, [], "lesson files have problems (warnings too: every text needs zh-TW)")
    }

    func testLessonsLintClean() {
        for lesson in LessonFixtures.library.lessons {
            XCTAssertEqual(LessonLinter.lint(lesson).map(\.description), [], lesson.id)
        }
    }

    func testEveryReferenceSolutionCompletesEveryStep() throws {
        for lesson in LessonFixtures.library.lessons {
            try playReference(lesson)
        }
    }

    func testEveryAlternativePathCompletesItsStep() throws {
        for lesson in LessonFixtures.library.lessons {
            for (index, step) in lesson.steps.enumerated() {
                for alternative in step.alternatives {
                    let player = try LessonPlayer(lesson, startStep: index)
                    for line in alternative { player.runSolution(line) }
                    if reportMissingVerbs(player, lesson: lesson, what: "step \(step.id) alternative") { continue }
                    XCTAssertTrue(player.session.currentStepIndex > index || player.session.isFinished,
                                  "\(lesson.id) step \(step.id): the alternative \(alternative) did not complete it:\n"
                                    + player.report())
                }
            }
        }
    }

    func testEveryKnownMistakeGivesItsMessageAndDoesNotCompleteTheStep() throws {
        for lesson in LessonFixtures.library.lessons {
            for (index, step) in lesson.steps.enumerated() {
                for mistake in step.mistakes {
                    let player = try LessonPlayer(lesson, startStep: index)
                    var output = ""
                    for line in mistake.example { output += player.runSolution(line) }
                    if reportMissingVerbs(player, lesson: lesson, what: "step \(step.id) mistake example") { continue }
                    let message = mistake.message.text(in: .english).trimmingCharacters(in: .newlines)
                    XCTAssertTrue(output.contains(message), "\(lesson.id) step \(step.id): \(mistake.example) did not print \"\(message)\"."
                                    + "\nTranscript:\n\(player.transcript)")
                    XCTAssertEqual(player.session.currentStepIndex, index, "\(lesson.id) step \(step.id): the mistake completed the step")
                    XCTAssertFalse(player.session.isFinished)
                }
            }
        }
    }

    private func playReference(_ lesson: Lesson) throws {
        let player = try LessonPlayer(lesson)
        for (index, step) in lesson.steps.enumerated() {
            XCTAssertEqual(player.session.currentStepIndex, index, "\(lesson.id): expected to be at step \(step.id)")
            let before = player.session.evaluateCurrentStep()
            XCTAssertFalse(before.allSatisfy(\.holds), "\(lesson.id) step \(step.id) is complete before the learner does anything")
            for line in step.solution { player.runSolution(line) }
            if reportMissingVerbs(player, lesson: lesson, what: "step \(step.id)") { return }
            let done = player.session.isFinished || player.session.currentStepIndex > index
            XCTAssertTrue(done, "\(lesson.id) step \(step.id): the reference solution did not complete it:\n" + player.report())
            if !done { return }
        }
        XCTAssertTrue(player.session.isFinished, "\(lesson.id) did not finish")
        XCTAssertTrue(player.transcript.contains("★ Lesson complete"), "\(lesson.id): no summary")
    }

    /// Notes the kubectl verbs the player ran that are not implemented (reported in `tearDown`); returns
    /// whether there were any, so the caller skips assertions that could only fail because of them.
    private func reportMissingVerbs(_ player: LessonPlayer, lesson: Lesson, what: String) -> Bool {
        let verbs = player.session.missingVerbs
        guard !verbs.isEmpty else { return false }
        missing[lesson.id, default: []].formUnion(verbs)
        return true
    }
}

extension LessonPlayer {
    /// The current step's checks and the transcript, for failure messages.
    func report() -> String {
        let checks = LessonRenderer(lesson: session.lesson, language: .english).report(session.evaluateCurrentStep())
        return "Checks now:\n\(checks)\nTranscript:\n\(transcript)"
    }
}
