import Foundation
import KubeCtl

/// A quiz round at the learner's prompt: asks each question of a plan, checks answers (live tasks run in
/// their own prepared cluster), explains, keeps the exam clock, and saves results and review state at the end.
public final class QuizSession: LearnerSession {
    /// Simulated seconds each line costs on the exam clock when time does not follow the wall clock.
    public static let secondsPerLine: Double = 20

    private let plan: QuizPlan
    private let language: QuizLanguage
    private let checker: QuestionChecker
    private let store: QuizProgressStore?
    private var reportedSaveFailure = false
    private let seed: UInt64
    private let followsWallClock: Bool
    private let rendering: QuizRendering
    private var progress: QuizProgress
    private var index = 0
    private var results: [RoundResult] = []
    private var task: LiveTaskRunner?
    private var elapsed: Double = 0
    private var finished = false
    private var heredocBuffer = ""

    /// A session playing `plan` in `language`, starting from `progress` (as `store.load()` gave it);
    /// results are saved to `store` when the round ends (nil: not saved).
    public init(plan: QuizPlan, bank: QuizBank, language: QuizLanguage, progress: QuizProgress = QuizProgress(),
                store: QuizProgressStore?, seed: UInt64, followsWallClock: Bool = false) {
        self.plan = plan
        self.language = language
        self.progress = progress
        self.store = store
        self.seed = seed
        self.followsWallClock = followsWallClock
        checker = QuestionChecker(matcher: bank.matcher, seed: seed)
        rendering = QuizRendering(language: language)
    }

    /// Results so far: (question id, correct), in order asked.
    public var answered: [(id: String, correct: Bool)] { results.map { ($0.id, $0.correct) } }

    /// The progress as it stands (saved when the round ends).
    public var currentProgress: QuizProgress { progress }

    /// Prints the round's introduction and the first question; call before the first line.
    public func start(io: ShellIO) {
        guard !plan.questions.isEmpty else {
            io.stdout(rendering.text(plan.mode == .review ? QuizText.nothingDue : QuizText.noQuestions) + "\n")
            finished = true
            return
        }
        io.stdout(Self.introText(mode: plan.mode, count: plan.questions.count, timeLimit: plan.timeLimit, rendering: rendering))
        present(io: io)
    }

    /// What `start` prints for a round of `count` questions (at least one) in `mode` with `timeLimit`, whose first
    /// question is `first`: known before the rest of the bank is read (issue #9).
    public static func openingText(mode: QuizMode, count: Int, timeLimit: Double?, first: Question, language: QuizLanguage) -> String {
        let rendering = QuizRendering(language: language)
        return introText(mode: mode, count: count, timeLimit: timeLimit, rendering: rendering)
            + rendering.question(first, number: 1, total: count)
    }

    /// The prompt of such a round before its first answer when that question is not a live task.
    public static func openingPrompt(mode: QuizMode, count: Int, timeLimit: Double?) -> String {
        answerPrompt(mode: mode, number: min(1, count), total: count, remaining: timeLimit)
    }

    private static func introText(mode: QuizMode, count: Int, timeLimit: Double?, rendering: QuizRendering) -> String {
        let minutes = timeLimit.map { Int(($0 / 60).rounded(.up)) }
        return rendering.text(QuizText.intro(mode, count: count, minutes: minutes)) + "\n\n"
    }

    /// `interview 3/20 > ` or `exam 2/8 [12:40] > `.
    private static func answerPrompt(mode: QuizMode, number: Int, total: Int, remaining: Double?) -> String {
        let clock = remaining.map { " [\(clockText(max(0, $0)))]" } ?? ""
        return "\(mode.rawValue) \(number)/\(total)\(clock) > "
    }

    /// True once the round is over (every question answered, time up, or quit).
    public var isFinished: Bool { finished }

    /// `interview 3/20 > `, `exam 2/8 [12:40] > `, `task 2/8 [12:40] (default) $ `, or `> ` inside a heredoc.
    public var prompt: String {
        if let attached = task?.shell.attachedPrompt { return attached }
        if !heredocBuffer.isEmpty { return "> " }
        let number = min(index + 1, plan.questions.count)
        let remaining = plan.timeLimit.map { $0 - elapsed }
        if let task {
            let clock = remaining.map { " [\(Self.clockText(max(0, $0)))]" } ?? ""
            return "task \(number)/\(plan.questions.count)\(clock) (\(task.shell.kubectl.config.defaultNamespace)) $ "
        }
        return Self.answerPrompt(mode: plan.mode, number: number, total: plan.questions.count, remaining: remaining)
    }

    /// Handles one line: a quiz command, an answer, or (in a live task) a command for the task's cluster.
    public func run(line: String, io: ShellIO) -> SessionOutcome {
        if finished { return .exit }
        if let interruption = io.interruption { task?.shell.listen(to: interruption) }
        if let shell = task?.shell, shell.isAttached {
            shell.run(line: line, io: io)
            return .continue
        }
        // A heredoc typed line by line at the terminal (`apply <<EOF` …) is gathered until it is complete.
        let gathered = heredocBuffer.isEmpty ? line : heredocBuffer + "\n" + line
        if gathered.contains("<<") && !ShellScriptReader.isComplete(gathered) {
            heredocBuffer = gathered
            return .continue
        }
        heredocBuffer = ""
        return process(gathered, io: io)
    }

    private func process(_ line: String, io: ShellIO) -> SessionOutcome {
        if !followsWallClock { elapsed += Self.secondsPerLine }
        if let limit = plan.timeLimit, elapsed > limit {
            io.stdout(rendering.text(QuizText.timeUp) + "\n")
            return finish(io: io)
        }
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        switch trimmed.lowercased() {
        case "":
            return .continue
        case "quit", "exit", "q":
            io.stdout(rendering.text(QuizText.quitEarly) + "\n")
            return finish(io: io)
        case "help", "?":
            io.stdout(rendering.text(QuizText.help))
            return .continue
        case "hint":
            let hint = current.flatMap(rendering.hint).map { rendering.text(QuizText.hint) + $0 }
            io.stdout((hint ?? rendering.text(QuizText.noHint)) + "\n")
            return .continue
        case "question", "repeat":
            present(io: io, announce: false)
            return .continue
        case "progress":
            io.stdout(rendering.progress(progress))
            return .continue
        case "skip":
            return conclude(outcome: nil, feedback: [], io: io)
        default:
            return answer(line, trimmed: trimmed, io: io)
        }
    }

    /// Completes kubectl in live tasks and the quiz's own commands otherwise.
    /// The live task's shell, when one is running.
    public var activeShell: TutorialShell? { task?.shell }

    public func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        if let attached = task?.shell.attachedCompletions(line: line, cursor: cursor) { return attached }
        if let task { return KubectlCompletion(shell: task.shell).complete(line: line, cursor: cursor) }
        let words = ["check", "help", "hint", "progress", "question", "quit", "skip"]
        let prefix = String(line.prefix(cursor))
        return (0, words.filter { $0.hasPrefix(prefix) })
    }

    /// Moves the exam clock and the live task's cluster with the wall clock.
    public func wallClockAdvanced(by seconds: Double) {
        guard !finished else { return }
        elapsed += seconds
        task?.cluster.advance(by: seconds)
    }

    private var current: Question? {
        plan.questions.indices.contains(index) ? plan.questions[index] : nil
    }

    private func present(io: ShellIO, announce: Bool = true) {
        guard let question = current else { return }
        if announce, question.kind == .task, case .task(let spec) = question.body {
            task = LiveTaskRunner(task: spec, seed: seed &+ UInt64(index))
        }
        io.stdout(rendering.question(question, number: index + 1, total: plan.questions.count))
    }

    private func answer(_ line: String, trimmed: String, io: ShellIO) -> SessionOutcome {
        guard let question = current else { return finish(io: io) }
        if let task {
            guard trimmed.lowercased() == "check" || trimmed.lowercased() == "done" else {
                task.shell.run(line: line, io: io)
                return .continue
            }
            let outcomes = task.evaluate()
            let passed = outcomes.allSatisfy(\.passed)
            return conclude(outcome: passed ? .correct : .wrong, feedback: outcomes.map(\.message), io: io)
        }
        let verdict = checker.check(question, answer: line)
        if verdict.outcome == .unreadable {
            io.stdout(verdict.feedback.map(rendering.text).joined(separator: "\n") + "\n")
            return .continue
        }
        return conclude(outcome: verdict.outcome, feedback: verdict.feedback, io: io)
    }

    /// Records the result (nil outcome: skipped), explains, and moves to the next question or the summary.
    private func conclude(outcome: AnswerVerdict.Outcome?, feedback: [LocalizedText], io: ShellIO) -> SessionOutcome {
        guard let question = current else { return finish(io: io) }
        let correct = outcome == .correct
        results.append(RoundResult(id: question.id, topic: question.primaryTopic, prompt: question.prompt, correct: correct))
        progress.record(question.id, topic: question.primaryTopic, correct: correct, inReview: plan.mode == .review)
        io.stdout(rendering.verdict(question, outcome: outcome, feedback: feedback))
        task = nil
        index += 1
        if index >= plan.questions.count { return finish(io: io) }
        saveAnswer(io: io)
        present(io: io)
        return .continue
    }

    /// Saves after every answer, so a round cut short (a crash, a closed terminal) loses nothing; a failure
    /// is reported once and saving is tried again at the next answer.
    private func saveAnswer(io: ShellIO) {
        guard let store else { return }
        do {
            try store.save(progress)
        } catch {
            if !reportedSaveFailure { io.stderr("kubetutor: your answer could not be saved: \(error)\n") }
            reportedSaveFailure = true
        }
    }

    /// The learner's scores by topic with bars (what `progress` prints).
    public static func progressReport(_ progress: QuizProgress, language: QuizLanguage) -> String {
        QuizRendering(language: language).progress(progress)
    }

    /// Ends the round if it is still going (input ran out): prints the summary and saves what was answered.
    public func end(io: ShellIO) {
        if !finished { _ = finish(io: io) }
    }

    /// Counts what is left as missed, prints the summary and saves.
    private func finish(io: ShellIO) -> SessionOutcome {
        guard !finished else { return .exit }
        finished = true
        task = nil
        let timedOut = plan.timeLimit.map { elapsed > $0 } ?? false
        if timedOut {
            for question in plan.questions.dropFirst(index) {
                results.append(RoundResult(id: question.id, topic: question.primaryTopic, prompt: question.prompt, correct: false))
                progress.record(question.id, topic: question.primaryTopic, correct: false, inReview: plan.mode == .review)
            }
        }
        progress.rounds += 1
        if plan.mode == .review { progress.reviewRounds += 1 }
        let comingBack = results.filter { !$0.correct }.count
        if !results.isEmpty { io.stdout(rendering.summary(results, comingBack: comingBack)) }
        if let store {
            do { try store.save(progress) } catch { io.stderr("kubetutor: your results could not be saved: \(error)\n") }
        }
        return .exit
    }

    static func clockText(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.down))
        let minutes = whole / 60
        let rest = whole % 60
        return "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
