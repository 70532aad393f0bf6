import XCTest
import KubeCtl
@testable import Tutor

/// Whole rounds driven line by line as batch mode does: a 20-question interview in English and
/// Traditional Chinese with a per-topic score, missed questions returning in review, exams with tasks and
/// a time limit.
final class QuizSessionTests: XCTestCase {
    let bank = QuizTestSupport.bank

    /// What a learner types for `answer` to `question` (manifests go through a heredoc).
    func typed(_ answer: String, for question: Question) -> String {
        if question.kind == .manifest && !answer.contains("<<") { return "apply <<EOF\n\(answer)\nEOF" }
        return answer
    }

    /// Feeds text to the session the way batch mode reads stdin: physical lines joined until the shell
    /// says the command is complete (heredocs), each echoed as `$ command`.
    func feed(_ session: QuizSession, _ script: [String], output: QuizTestSupport.Output) {
        var pending = ""
        for line in script.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            pending += pending.isEmpty ? line : "\n" + line
            guard ShellScriptReader.isComplete(pending) else { continue }
            output.io.stdout("$ \(pending)\n")
            if session.run(line: pending, io: output.io) == .exit { return }
            pending = ""
        }
        session.end(io: output.io)
    }

    /// The summary line of `label` (the last line starting with two spaces and the label).
    func scoreLine(_ label: String, in output: String) -> String {
        output.split(separator: "\n").last { $0.hasPrefix("  \(label) ") }.map(String.init) ?? ""
    }

    /// Plays an interview round, answering every fourth question wrongly; returns the output and the ids missed.
    func playInterview(language: QuizLanguage, folder: URL) -> (output: String, missed: [String], session: QuizSession) {
        let store = QuizProgressStore(dataDirectory: folder)
        let plan = QuizPlan.make(bank: bank, mode: .interview, topic: nil, count: 20, seed: 7, progress: store.load().progress)
        XCTAssertEqual(plan.questions.count, 20)
        var script: [String] = []
        var missed: [String] = []
        for (index, question) in plan.questions.enumerated() {
            if index % 4 == 0, let wrong = question.wrongExamples.first {
                script.append(typed(wrong, for: question))
                missed.append(question.id)
            } else {
                script.append(question.sampleCorrectAnswer ?? "skip")
            }
        }
        let session = QuizSession(plan: plan, bank: bank, language: language, progress: store.load().progress,
                                  store: store, seed: 7)
        let output = QuizTestSupport.Output()
        session.start(io: output.io)
        feed(session, script, output: output)
        return (output.text, missed, session)
    }

    func testInterviewRoundInEnglishScoresByTopicAndMissedQuestionsComeBack() throws {
        let folder = QuizTestSupport.scratchFolder("interview-en")
        let (output, missed, session) = playInterview(language: .english, folder: folder)
        XCTAssertTrue(session.isFinished)
        XCTAssertEqual(session.answered.filter { !$0.correct }.map(\.id), missed, output)
        XCTAssertTrue(output.hasPrefix("Interview round: 20 questions."), output)
        XCTAssertTrue(output.contains("Question 20/20 · "))
        XCTAssertTrue(output.contains("Score by topic\n"))
        XCTAssertTrue(scoreLine("Total", in: output).hasSuffix("████████░░   15/20   75%"), output)
        for topic in Set(session.answered.compactMap { bank.question(id: $0.id)?.primaryTopic }) {
            XCTAssertTrue(output.contains("\n  \(topic) "), "no score line for \(topic)")
        }
        for id in missed { XCTAssertTrue(output.contains("  - \(id): "), "\(id) not listed as missed") }
        XCTAssertTrue(output.contains("5 missed questions will come back in review: kubetutor quiz --mode review"))
        XCTAssertTrue(output.contains("✗ Not quite."))
        XCTAssertTrue(output.contains("Why: "))

        // Next time: the review round asks exactly the missed questions; answering them right clears the queue.
        let store = QuizProgressStore(dataDirectory: folder)
        let saved = store.load().progress
        XCTAssertEqual(Set(saved.dueQuestionIDs), Set(missed))
        let review = QuizPlan.make(bank: bank, mode: .review, topic: nil, count: 20, seed: 7, progress: saved)
        XCTAssertEqual(Set(review.questions.map(\.id)), Set(missed))
        let reviewSession = QuizSession(plan: review, bank: bank, language: .english, progress: saved, store: store, seed: 7)
        let reviewOutput = QuizTestSupport.Output()
        reviewSession.start(io: reviewOutput.io)
        XCTAssertTrue(reviewOutput.text.hasPrefix("Review: 5 questions you missed before."))
        feed(reviewSession, review.questions.map { $0.sampleCorrectAnswer ?? "skip" }, output: reviewOutput)
        XCTAssertTrue(scoreLine("Total", in: reviewOutput.text).hasSuffix("██████████     5/5  100%"), reviewOutput.text)
        let after = store.load().progress
        XCTAssertEqual(after.reviewRounds, 1)
        XCTAssertEqual(after.rounds, 2)
        XCTAssertEqual(after.dueQuestionIDs, [])
        XCTAssertTrue(missed.allSatisfy { after.questions[$0]?.box == 2 })
        let nothing = QuizPlan.make(bank: bank, mode: .review, topic: nil, count: 20, seed: 7, progress: after)
        let empty = QuizSession(plan: nothing, bank: bank, language: .english, store: nil, seed: 7)
        let emptyOutput = QuizTestSupport.Output()
        empty.start(io: emptyOutput.io)
        XCTAssertEqual(emptyOutput.text, "Nothing is due for review. Come back after another round.\n")
        XCTAssertTrue(empty.isFinished)
    }

    func testInterviewRoundInTraditionalChinese() {
        let folder = QuizTestSupport.scratchFolder("interview-zh")
        let (output, missed, _) = playInterview(language: .traditionalChinese, folder: folder)
        XCTAssertTrue(output.hasPrefix("面試練習：共 20 題。"), output)
        XCTAssertTrue(output.contains("第 1/20 題 · "))
        XCTAssertTrue(output.contains("✓ 答對了。"))
        XCTAssertTrue(output.contains("✗ 不太對。"))
        XCTAssertTrue(output.contains("說明："))
        XCTAssertTrue(output.contains("各主題得分\n"))
        XCTAssertTrue(output.contains("  總分"), output)
        XCTAssertTrue(output.contains("15/20   75%"))
        XCTAssertTrue(output.contains("5 題答錯的題目會在複習時再出現"))
        XCTAssertEqual(Set(QuizProgressStore(dataDirectory: folder).load().progress.dueQuestionIDs), Set(missed))
    }

    func testRoundsAreSeededAndSpreadOverTopics() {
        let empty = QuizProgress()
        let first = QuizPlan.make(bank: bank, mode: .interview, topic: nil, count: 20, seed: 7, progress: empty)
        let again = QuizPlan.make(bank: bank, mode: .interview, topic: nil, count: 20, seed: 7, progress: empty)
        let other = QuizPlan.make(bank: bank, mode: .interview, topic: nil, count: 20, seed: 8, progress: empty)
        XCTAssertEqual(first.questions.map(\.id), again.questions.map(\.id))
        XCTAssertNotEqual(first.questions.map(\.id), other.questions.map(\.id))
        XCTAssertGreaterThanOrEqual(Set(first.questions.map(\.primaryTopic)).count, 15)
        XCTAssertFalse(first.questions.contains { $0.kind == .task })
        var played = empty
        played.rounds = 1
        let next = QuizPlan.make(bank: bank, mode: .interview, topic: nil, count: 20, seed: 7, progress: played)
        XCTAssertNotEqual(first.questions.map(\.id), next.questions.map(\.id), "the next round asks something new")
        let probes = QuizPlan.make(bank: bank, mode: .interview, topic: "Probes", count: 50, seed: 1, progress: empty)
        XCTAssertFalse(probes.questions.isEmpty)
        XCTAssertTrue(probes.questions.allSatisfy { $0.topics.contains("probes") })
    }

    func testCommandAnswerFeedbackNamesTheDifference() throws {
        let question = try XCTUnwrap(bank.question(id: "crash-previous-logs"))
        let plan = QuizPlan(mode: .interview, questions: [question], timeLimit: nil)
        let session = QuizSession(plan: plan, bank: bank, language: .english, store: nil, seed: 1)
        let output = QuizTestSupport.Output()
        session.start(io: output.io)
        _ = session.run(line: "hint", io: output.io)
        XCTAssertTrue(output.text.hasSuffix("Hint: It starts with `kubectl logs`.\n"), output.text)
        _ = session.run(line: "kubectl logs web-1", io: output.io)
        XCTAssertTrue(output.text.contains("""
            ✗ Not quite.
              - --previous (-p) is missing: without it you see the current container's logs, which has only just started
            Answer: kubectl logs web-1 --previous
            """), output.text)
    }

    /// What a lesson step uses to ask one bank question.
    func testQuestionTextForLessonSteps() throws {
        let question = try XCTUnwrap(bank.question(id: "svc-default-type"))
        XCTAssertEqual(QuestionText.question(question, language: .traditionalChinese), """
            第 1/1 題 · services · ★☆☆
            Service 預設的類型是什麼？
            請輸入簡短的答案。

            """)
        let checker = QuestionChecker(matcher: bank.matcher)
        let verdict = checker.check(question, answer: "cluster ip")
        XCTAssertEqual(verdict.outcome, .correct)
        XCTAssertTrue(QuestionText.verdict(question, verdict, language: .english).hasPrefix("✓ Correct.\nWhy: ClusterIP gives"))
        XCTAssertEqual(QuestionText.hint(question, language: .english), "It starts with “C”.")
    }

    /// At the terminal a heredoc arrives one line at a time; the session gathers it behind a `> ` prompt.
    func testManifestHeredocTypedLineByLine() throws {
        let question = try XCTUnwrap(bank.question(id: "res-manifest-limits"))
        let plan = QuizPlan(mode: .interview, questions: [question], timeLimit: nil)
        let session = QuizSession(plan: plan, bank: bank, language: .english, store: nil, seed: 1)
        let output = QuizTestSupport.Output()
        session.start(io: output.io)
        let lines = try XCTUnwrap(question.sampleCorrectAnswer).split(separator: "\n").map(String.init)
        for line in lines.dropLast() {
            XCTAssertEqual(session.run(line: line, io: output.io), .continue)
            XCTAssertEqual(session.prompt, "> ")
        }
        XCTAssertEqual(session.run(line: lines.last ?? "", io: output.io), .exit)
        XCTAssertEqual(session.answered.map(\.correct), [true], output.text)
        XCTAssertTrue(output.text.contains("✓ Correct.\n  - pod/api spec.containers[name=api].resources.requests.cpu is 250m"), output.text)
    }

    func testUnreadableAnswersAskAgainWithoutPenalty() throws {
        let question = try XCTUnwrap(bank.question(id: "pods-smallest-unit"))
        let plan = QuizPlan(mode: .interview, questions: [question], timeLimit: nil)
        let session = QuizSession(plan: plan, bank: bank, language: .english, store: nil, seed: 1)
        let output = QuizTestSupport.Output()
        session.start(io: output.io)
        XCTAssertEqual(session.run(line: "z", io: output.io), .continue)
        XCTAssertTrue(output.text.hasSuffix("Answer with one letter (a–d).\n"))
        XCTAssertEqual(session.answered.count, 0)
        XCTAssertEqual(session.prompt, "interview 1/1 > ")
        XCTAssertEqual(session.run(line: "B", io: output.io), .exit)
        XCTAssertEqual(session.answered.map(\.correct), [true])
    }

    func testExamHasTasksATimeLimitAndScoresPerTopic() throws {
        let plan = QuizPlan.make(bank: bank, mode: .exam, topic: nil, count: 8, seed: 3, progress: QuizProgress())
        XCTAssertEqual(plan.questions.count, 8)
        let tasks = plan.questions.filter { $0.kind == .task }
        XCTAssertEqual(tasks.count, 2)
        let limit = try XCTUnwrap(plan.timeLimit)
        XCTAssertEqual(limit, plan.questions.map(QuizPlan.allowance).reduce(0, +))
        let session = QuizSession(plan: plan, bank: bank, language: .english, store: nil, seed: 3)
        let output = QuizTestSupport.Output()
        session.start(io: output.io)
        XCTAssertTrue(output.text.hasPrefix("Exam: 8 questions and tasks in "), output.text)
        XCTAssertTrue(session.prompt.hasPrefix("exam 1/8 ["), session.prompt)
        // Dawdle until the simulated clock runs out.
        let lines = Int(limit / QuizSession.secondsPerLine) + 2
        var outcome = SessionOutcome.continue
        for _ in 0..<lines where outcome == .continue {
            outcome = session.run(line: "progress", io: output.io)
        }
        XCTAssertEqual(outcome, .exit)
        XCTAssertTrue(output.text.contains("⏰ Time is up. Unanswered questions count as missed."))
        XCTAssertTrue(scoreLine("Total", in: output.text).hasSuffix("░░░░░░░░░░     0/8    0%"), output.text)
        XCTAssertEqual(session.answered.count, 8)
    }

    func testLiveTaskRunsCommandsOnItsOwnCluster() throws {
        let question = try XCTUnwrap(bank.question(id: "task-fix-image"))
        let plan = QuizPlan(mode: .exam, questions: [question], timeLimit: 600)
        let session = QuizSession(plan: plan, bank: bank, language: .english, store: nil, seed: 1)
        let output = QuizTestSupport.Output()
        session.start(io: output.io)
        XCTAssertEqual(session.prompt, "task 1/1 [9:40] (default) $ ".replacingOccurrences(of: "9:40", with: "10:00"))
        _ = session.run(line: "kubectl get deployments", io: output.io)
        XCTAssertTrue(output.text.contains("front   0/2"), output.text)
        XCTAssertEqual(session.run(line: "check", io: output.io), .exit)
        XCTAssertTrue(output.text.contains("✗ Not quite.\n  - deployment/front spec.template.spec.containers[name=web].image is ngnix:1.27, expected nginx:1.27"),
                      output.text)
        XCTAssertTrue(output.text.contains("$ kubectl set image deployment/front web=nginx:1.27"))
    }
}
