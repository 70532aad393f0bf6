import ArgumentParser
import Foundation
import KubeCtl
import Tutor

extension QuizMode: ExpressibleByArgument {}

/// `kubetutor quiz`: an interview round, an exam, or a review of missed questions.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz", abstract: "Answer interview-style questions, take a timed exam, or review what you missed.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only questions on this topic (e.g. pods, services, probes).") var topic: String?
    @Option(help: "How many questions.") var count: Int = 20
    @Option(help: "interview: a mixed round; exam: questions and live tasks against a time limit; review: missed questions that are due.")
    var mode: QuizMode = .interview
    @Flag(help: "Show your scores by topic and exit.") var progress = false
    @Flag(help: "Check every question of the bank and exit.") var lint = false
    @Option(help: "The question bank folder (default: lessons/quiz of this checkout or install).") var bank: String?

    func validate() throws {
        if !(1...500).contains(count) { throw ValidationError("--count must be between 1 and 500") }
    }

    func run() throws {
        guard let folder = QuizBankLocator.find(explicit: bank) else {
            throw ValidationError("the question bank (lessons/quiz) was not found; pass --bank DIR or set KUBETUTOR_LESSONS_DIR")
        }
        if lint { return try runLint(folder) }
        let questions = QuizBank.load(directory: folder)
        if !questions.problems.isEmpty {
            fputs("kubetutor: the question bank has \(questions.problems.count) problem(s); run `kubetutor quiz --lint`\n", stderr)
        }
        let dataDirectory = global.dataDirectory()
        let language = QuizLanguage.from(global.lang ?? ProcessInfo.processInfo.environment["LANG"])
        let store = QuizProgressStore(dataDirectory: dataDirectory)
        let stdoutIO = ShellIO(stdout: { fputs($0, stdout); fflush(stdout) }, stderr: { fflush(stdout); fputs($0, stderr) })
        let (saved, notice) = store.load()
        if let notice { fputs("kubetutor: \(notice)\n", stderr) }
        if progress {
            print(QuizSession.progressReport(saved, language: language), terminator: "")
            return
        }
        let plan = QuizPlan.make(bank: questions, mode: mode, topic: topic, count: count, seed: global.seed, progress: saved)
        let manual = global.clockMode == .manual
        let session = QuizSession(plan: plan, bank: questions, language: language, progress: saved, store: store,
                                  seed: global.seed, followsWallClock: !manual)
        session.start(io: stdoutIO)
        if !session.isFinished {
            defer { session.end(io: stdoutIO) }
            try LearnerLauncher.run(session, dataDirectory: dataDirectory, followsWallClock: !manual)
        }
    }

    private func runLint(_ folder: URL) throws {
        let problems = QuizLint.check(directory: folder)
        for problem in problems { print(problem) }
        let errors = problems.filter { $0.severity == .error }.count
        print("\(QuizBank.load(directory: folder).questions.count) questions, \(errors) errors, \(problems.count - errors) warnings")
        if errors > 0 { throw ExitCode.failure }
    }
}
