import ArgumentParser
import Foundation
import KubeCtl
import Terminal
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
        if let problem = QuizLaunch.problem(count: count) { throw ValidationError(problem) }
    }

    func run() throws {
        try QuizLaunch(global: global.settings, topic: topic, count: count, mode: mode, progress: progress, lint: lint, bank: bank).run()
    }
}

/// What `kubetutor quiz` does with its options' values.
struct QuizLaunch {
    /// The global options.
    var global: GlobalSettings
    /// `--topic`.
    var topic: String?
    /// `--count`.
    var count: Int = 20
    /// `--mode`.
    var mode: QuizMode = .interview
    /// `--progress`.
    var progress = false
    /// `--lint`.
    var lint = false
    /// `--bank`.
    var bank: String?

    /// What is wrong with a `--count` value, if anything.
    static func problem(count: Int) -> String? {
        (1...500).contains(count) ? nil : "--count must be between 1 and 500"
    }

    /// Lints the bank, shows the scores, or plays a round (its first question shown before the bank is read).
    func run() throws {
        guard let folder = QuizBankLocator.find(explicit: bank) else {
            throw ValidationError("the question bank (lessons/quiz) was not found; pass --bank DIR or set KUBETUTOR_LESSONS_DIR")
        }
        if lint { return try runLint(folder) }
        let dataDirectory = global.dataDirectory()
        let source = QuizBankSource.read(directory: folder)
        let cacheFile = dataDirectory.appendingPathComponent("cache/quiz-outline.txt")
        let readerVersion = LessonFolderOption.readerVersion
        // The outline of the bank (cached) is enough to draw the round and show its first question; the bank is
        // then read in full behind the prompt (issue #9). Without a cached outline it is read here, as before.
        var fullBank: QuizBank?
        let outline: QuizBankOutline
        if let cached = QuizBankOutline.cached(in: cacheFile, source: source, readerVersion: readerVersion) {
            outline = cached
        } else {
            let full = QuizBank.load(source)
            outline = QuizBankOutline(of: full)
            outline.save(to: cacheFile, source: source, readerVersion: readerVersion)
            fullBank = full
        }
        if outline.problemCount > 0 {
            fputs("kubetutor: the question bank has \(outline.problemCount) problem(s); run `kubetutor quiz --lint`\n", stderr)
        }
        let language = QuizLanguage.from(global.lang ?? ProcessInfo.processInfo.environment["LANG"])
        let store = QuizProgressStore(dataDirectory: dataDirectory)
        let stdoutIO = ShellIO(stdout: { fputs($0, stdout); fflush(stdout) }, stderr: { fflush(stdout); fputs($0, stderr) })
        let (saved, notice) = store.load()
        if let notice { fputs("kubetutor: \(notice)\n", stderr) }
        if progress {
            print(QuizSession.progressReport(saved, language: language), terminator: "")
            return
        }
        let (mode, topic, count, seed) = (self.mode, self.topic, self.count, global.seed)
        let manual = global.clockMode == .manual
        let makeSession = { (questions: QuizBank) -> QuizSession in
            let plan = QuizPlan.make(bank: questions, mode: mode, topic: topic, count: count, seed: seed, progress: saved)
            return QuizSession(plan: plan, bank: questions, language: language, progress: saved, store: store,
                               seed: seed, followsWallClock: !manual)
        }
        let round = outline.round(mode: mode, topic: topic, count: count, seed: seed, progress: saved)
        if fullBank == nil, let firstOutline = round.questions.first, firstOutline.kind != .task,
           let first = outline.question(firstOutline, in: source) {
            // The first question's own file is read for the opening; the round itself is drawn again from the
            // whole bank behind the prompt (the same draw: the outline was made from these very files).
            let total = round.questions.count
            stdoutIO.stdout(QuizSession.openingText(mode: mode, count: total, timeLimit: round.timeLimit, first: first, language: language))
            let prompt = QuizSession.openingPrompt(mode: mode, count: total, timeLimit: round.timeLimit)
            let deferred = DeferredLearnerSession(openingPrompt: prompt) {
                let session = makeSession(QuizBank.load(source))
                session.start(io: ShellIO(stdout: { _ in }, stderr: { _ in }))
                return session
            }
            // Ctrl-C in batch mode ends the launcher by throwing its exit status: the quiz is still ended and saved.
            defer { (deferred.finish() as? QuizSession)?.end(io: stdoutIO) }
            try LearnerLauncher.run(deferred, dataDirectory: dataDirectory, followsWallClock: !manual)
            return
        }
        let session = makeSession(fullBank ?? QuizBank.load(source))
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
