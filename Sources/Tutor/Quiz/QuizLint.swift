import Foundation

/// Checks a question bank: every question reads, its own answer passes its own checker, command answers
/// parse with kubectl's grammar, manifests apply, live tasks start unsolved and end solved, and every wrong
/// example answer fails. The lessons linter calls `check(directory:)` for `lessons/quiz`.
public enum QuizLint {
    /// Every problem of the bank in `directory` (errors and warnings), in file order.
    public static func check(directory: URL) -> [LintProblem] {
        check(bank: QuizBank.load(directory: directory))
    }

    /// Every problem of an already loaded bank.
    public static func check(bank: QuizBank) -> [LintProblem] {
        var problems = bank.problems
        for question in bank.questions {
            problems += check(question, matcher: bank.matcher)
        }
        return problems
    }

    /// The problems of one question.
    public static func check(_ question: Question, matcher: ShortAnswerMatcher) -> [LintProblem] {
        var linter = QuestionLinter(question: question, checker: QuestionChecker(matcher: matcher))
        linter.run()
        return linter.problems
    }
}

/// Lints one question.
private struct QuestionLinter {
    let question: Question
    let checker: QuestionChecker
    var problems: [LintProblem] = []

    mutating func error(_ message: String) {
        problems.append(LintProblem(question.location, message, questionID: question.id))
    }

    mutating func warning(_ message: String) {
        problems.append(LintProblem(question.location, message, questionID: question.id, severity: .warning))
    }

    mutating func run() {
        if question.seed.count != 3 || !question.seed.allSatisfy(\.isNumber) {
            error("`seed` must name a seed note by its number, e.g. 004")
        }
        if question.wrongExamples.isEmpty { error("give at least one wrong example answer under `wrong:`") }
        switch question.body {
        case .task(let spec):
            lintTask(spec)
        case .manifest(let spec):
            lintManifest(spec)
        case .command(let spec):
            lintCommand(spec)
            lintAnswers(correct: spec.equivalents)
        default:
            lintAnswers(correct: question.sampleCorrectAnswer.map { [$0] } ?? [])
        }
    }

    mutating func lintAnswers(correct: [String]) {
        if case .short(let spec) = question.body {
            for accepted in spec.accepted where checker.check(question, answer: accepted).outcome != .correct {
                error("accepted answer `\(accepted)` does not pass its own checker (it normalises to nothing?)")
            }
        }
        for answer in correct where checker.check(question, answer: answer).outcome != .correct {
            error("the correct answer `\(answer)` does not pass")
        }
        for wrong in question.wrongExamples {
            let verdict = checker.check(question, answer: wrong)
            if verdict.outcome == .correct { error("wrong example `\(wrong)` passes") }
            if verdict.outcome == .unreadable && question.kind != .manifest {
                error("wrong example `\(wrong)` is not even a readable answer; use a plausible mistake")
            }
        }
    }

    mutating func lintCommand(_ spec: CommandAnswerSpec) {
        for answer in spec.answers + spec.equivalents {
            if case .failure(let difference) = CommandAnswerChecker.meaning(of: answer, contextNamespace: spec.namespace) {
                error("command `\(answer)` does not parse: \(difference.message(.english, note: nil))")
            } else if !CommandAnswerChecker.check(answer, spec: spec).passed {
                error("command `\(answer)` does not pass its own checker")
            }
        }
        guard case .success(let invocation) = CommandAnswerChecker.invocation(of: spec.answers.first ?? "") else { return }
        for key in spec.notes.keys.sorted() where !Self.noteKeys.contains(key) && !invocation.accepts(key) {
            error("note key `\(key)` is neither a flag of `kubectl \(invocation.commandPath.joined(separator: " "))` "
                + "nor one of \(Self.noteKeys.sorted().joined(separator: ", "))")
        }
    }

    static let noteKeys: Set<String> = ["command", "object", "namespace", "all-namespaces", "arguments"]

    mutating func lintManifest(_ spec: ManifestAnswerSpec) {
        let solved = checker.checkManifest(spec.solution, spec: spec)
        if solved.outcome != .correct {
            let why = solved.feedback.map(\.english).joined(separator: "; ")
            error("the solution manifest does not pass its checks: \(why)")
        }
        if let typed = question.sampleCorrectAnswer, checker.check(question, answer: typed).outcome != .correct {
            error("the solution typed as `apply <<EOF … EOF` does not pass")
        }
        if let starter = spec.starter, checker.checkManifest(starter, spec: spec).outcome == .correct {
            error("the starter manifest already passes; the question asks for nothing")
        }
        for wrong in question.wrongExamples where checker.checkManifest(wrong, spec: spec).outcome == .correct {
            error("wrong example manifest passes: \(wrong.split(separator: "\n").prefix(3).joined(separator: " / "))")
        }
    }

    mutating func lintTask(_ spec: LiveTaskSpec) {
        let fresh = LiveTaskRunner(task: spec, seed: 1)
        if let setupError = fresh.setupError {
            error(setupError)
            return
        }
        if fresh.evaluate().allSatisfy(\.passed) { error("the task's checks already pass before anything is done") }
        let scripts = [spec.solution] + question.wrongExamples.map { $0.split(separator: "\n").map(String.init) }
        let missing = scripts.flatMap(LiveTaskRunner.missingVerbs).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if !missing.isEmpty {
            warning("not verified yet: kubetutor does not simulate " + missing.map { "`kubectl \($0)`" }.joined(separator: ", "))
            return
        }
        let solved = LiveTaskRunner(task: spec, seed: 1)
        let output = solved.run(script: spec.solution)
        let failed = solved.evaluate().filter { !$0.passed }
        if !failed.isEmpty {
            error("the solution does not pass: " + failed.map(\.message.english).joined(separator: "; ")
                + (output.isEmpty ? "" : " (output: \(output.prefix(300)))"))
        }
        for wrong in question.wrongExamples {
            let runner = LiveTaskRunner(task: spec, seed: 1)
            runner.run(script: wrong.split(separator: "\n").map(String.init))
            if runner.evaluate().allSatisfy(\.passed) { error("wrong example script passes: \(wrong)") }
        }
    }
}
