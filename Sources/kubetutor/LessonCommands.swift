import ArgumentParser
import Foundation
import KubeCtl
import Terminal
import Tutor

/// Where lesson files come from: `--lessons-dir`, else `LessonLibrary.locate()`.
struct LessonFolderOption: ParsableArguments {
    @Option(help: "Folder with the lesson files (default: $KUBETUTOR_LESSONS, ./lessons, or the lessons folder of the kubetutor checkout).")
    var lessonsDir: String?

    /// The value given for `--lessons-dir`, as a plain value.
    var folder: LessonFolder { LessonFolder(lessonsDir: lessonsDir) }

    /// The lessons folder, or an error saying where it was looked for.
    func directory() throws -> URL { try folder.directory() }

    /// The index of the lessons (cached in `dataDirectory` between launches), with a warning for each broken one.
    func index(dataDirectory: URL) throws -> LessonIndex { try folder.index(dataDirectory: dataDirectory) }

    static func warn(_ issues: [LessonIssue]) {
        for issue in issues where issue.severity == .error {
            FileHandle.standardError.write(Data("kubetutor: skipping a broken lesson: \(issue)\n".utf8))
        }
    }

    /// This build of the lesson reader: the version, and the executable's size and modification time (a rebuilt
    /// kubetutor may judge lesson files differently, so its cached index is not reused).
    static var readerVersion: String {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        let attributes = (try? FileManager.default.attributesOfItem(atPath: executable)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(KubetutorCommand.configuration.version) \(executable) \(size) \(modified)"
    }
}

/// `--lessons-dir` as a plain value, and the folder and index it leads to.
struct LessonFolder {
    /// `--lessons-dir`.
    var lessonsDir: String?

    /// The lessons folder, or an error saying where it was looked for.
    func directory() throws -> URL {
        guard let folder = lessonsDir.map({ URL(fileURLWithPath: $0) }) ?? LessonLibrary.locate() else {
            throw ValidationError("no lessons folder found: run kubetutor from its checkout, set KUBETUTOR_LESSONS or pass --lessons-dir")
        }
        return folder
    }

    /// The index of the lessons (cached in `dataDirectory` between launches), with a warning for each broken one.
    func index(dataDirectory: URL) throws -> LessonIndex {
        let cache = dataDirectory.appendingPathComponent("cache/lesson-index.json")
        let index = LessonIndex.load(directory: try directory(), cacheFile: cache, readerVersion: LessonFolderOption.readerVersion)
        LessonFolderOption.warn(index.issues)
        return index
    }
}

/// `kubetutor lessons`: the lesson list with progress.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lessons", abstract: "List the guided lessons and your progress.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var folder: LessonFolderOption

    func run() throws {
        let dataDirectory = global.dataDirectory()
        let index = try folder.index(dataDirectory: dataDirectory)
        let store = LessonProgressStore(directory: dataDirectory)
        let progress = store.load()
        if let notice = store.notice { FileHandle.standardError.write(Data("warning: \(notice)\n".utf8)) }
        print(LessonListing.render(index.catalog, progress: progress, language: LessonLanguage.choose(flag: global.lang)), terminator: "")
    }
}

/// `kubetutor lesson NAME`: start or resume one lesson.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lesson", abstract: "Start or resume a lesson.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var folder: LessonFolderOption
    @Argument(help: "The lesson's name, as `kubetutor lessons` lists it.") var name: String
    @Option(help: "Run the lesson on a real cluster: a context of your kubeconfig (kubectl lines run your own kubectl, in a namespace kubetutor creates and deletes).")
    var cluster: String?
    @Option(help: "With --cluster: confirm, by repeating the context's name, a cluster that is not on this computer or whose name says prod.")
    var confirmCluster: String?

    func run() throws {
        if let cluster {
            let index = try folder.index(dataDirectory: global.dataDirectory())
            let lesson = try LessonLaunch.pick(name, from: index)
            return try RealClusterLesson(global: global, context: cluster, confirmation: confirmCluster).run(lesson, catalog: index.catalog)
        }
        try LessonLaunch(global: global.settings, folder: folder.folder, name: name).run()
    }
}

/// What `kubetutor lesson NAME` does (on the simulated cluster) with its options' values.
struct LessonLaunch {
    /// The global options.
    var global: GlobalSettings
    /// `--lessons-dir`.
    var folder: LessonFolder
    /// The lesson's name.
    var name: String

    /// Starts or resumes the lesson: its opening and prompt first, its full read and world behind the prompt.
    func run() throws {
        let dataDirectory = global.dataDirectory()
        let index = try folder.index(dataDirectory: dataDirectory)
        // The opening needs only an outline of the lesson (cached per file); the full read then happens with the
        // world build behind the prompt. Without an outline the lesson is read in full here, as before.
        let name = self.name
        let opened = try LessonLaunch.opening(name, from: index, cacheFolder: dataDirectory.appendingPathComponent("cache"))
        let lesson = opened.lesson
        let fullLesson: () throws -> Lesson = opened.complete ? { opened.lesson } : { try LessonLaunch.pick(name, from: index) }
        let workFolder = dataDirectory.appendingPathComponent("work/lesson-\(lesson.id)", isDirectory: true)
        try? FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let manual = global.clockMode == .manual
        let start = manual ? SandboxFactory.fixedStart : Date().timeIntervalSince1970.rounded(.down)
        let options = LessonWorld.Options(seed: global.seed, start: start, files: DirectorySessionFiles(root: workFolder))
        let language = LessonLanguage.choose(flag: global.lang)
        let progress = LessonProgressStore(directory: dataDirectory)
        let catalog = index.catalog
        let wallClock: (() -> Double)? = manual ? nil : { Date().timeIntervalSince1970 }
        let make = { try LessonSession(lesson: try fullLesson(), catalog: catalog, language: language, options: options,
                                       progress: progress, wallClock: wallClock) }
        let opening = LessonSession.opening(lesson: lesson, language: language, progress: progress)
        guard let prompt = opening.prompt else {
            let session = try LessonLaunch.setUp(lesson, make)
            print(session.openingText, terminator: "")
            return try LearnerLauncher.run(session, dataDirectory: dataDirectory, followsWallClock: !manual)
        }
        // The world is built while the prompt is already up; the first line waits for it. A setup that
        // fails ends the lesson at that line with the message it would have had before the opening text.
        print(opening.text, terminator: "")
        let failure = SetupFailure()
        let session = DeferredLearnerSession(openingPrompt: prompt) {
            do { return try LessonLaunch.setUp(lesson, make) } catch {
                failure.error = error
                return failure
            }
        }
        try LearnerLauncher.run(session, dataDirectory: dataDirectory, followsWallClock: !manual)
        if let error = failure.error { throw error }
    }

    /// The session, or the error saying the lesson could not be set up.
    private static func setUp(_ lesson: Lesson, _ make: () throws -> LessonSession) throws -> LessonSession {
        do {
            return try make()
        } catch {
            throw LessonCommandError(description: "the lesson \(lesson.id) could not be set up: \(error)")
        }
    }

    /// The lesson `name` picks as far as its opening needs it (an outline when one is cached for its file), and
    /// whether that is the lesson in full.
    private static func opening(_ name: String, from index: LessonIndex, cacheFolder: URL) throws -> (lesson: Lesson, complete: Bool) {
        if case .success(let id) = index.lessonID(named: name),
           let opened = index.openingLesson(id: id, cacheFolder: cacheFolder, readerVersion: LessonFolderOption.readerVersion) {
            return opened
        }
        return (try pick(name, from: index), true)
    }

    /// The lesson `name` picks, read in full; every file is read when the cached index does not match its files.
    static func pick(_ name: String, from index: LessonIndex) throws -> Lesson {
        let picked = index.lessonID(named: name).flatMap { id in
            index.lesson(id: id).map { Result<Lesson, LessonLibrary.LookupError>.success($0) } ?? LessonLibrary.load(directory: index.directory).lesson(named: name)
        }
        switch picked {
        case .success(let lesson): return lesson
        case .failure(let error): throw LessonCommandError(description: error.description)
        }
    }
}

/// The session left when a deferred lesson setup failed: the first line ends it (the error is then reported).
final class SetupFailure: LearnerSession {
    /// Why the lesson could not be set up.
    var error: Error?
    var prompt: String { "$ " }
    func run(line: String, io: ShellIO) -> SessionOutcome { .exit }
    func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) { (cursor, []) }
    func wallClockAdvanced(by seconds: Double) {}
}

/// A lesson command that cannot go on, with a message that says why (no usage text after it).
struct LessonCommandError: Error, CustomStringConvertible {
    let description: String
}

/// `kubetutor lint PATH…`: validate lesson files.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Check lesson and quiz question files.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Lesson files or folders (default: the lessons folder).") var paths: [String] = []

    func run() throws {
        var targets = paths
        if targets.isEmpty {
            guard let folder = LessonLibrary.locate() else { throw ValidationError("no lessons folder found; name the files to check") }
            targets = [folder.path]
        }
        let isQuiz = { (path: String) in path.hasSuffix("/quiz") || path.hasSuffix("/quiz/") || path == "quiz" || path.contains("/quiz/") }
        let isChallenges = { (path: String) in path.hasSuffix("/challenges") || path.contains("/challenges/") || path == "challenges" }
        var quizFolders = targets.filter(isQuiz).map { URL(fileURLWithPath: $0) }
        for target in targets where !isQuiz(target) {
            let nested = URL(fileURLWithPath: target).appendingPathComponent("quiz")
            if FileManager.default.fileExists(atPath: nested.path) { quizFolders.append(nested) }
        }
        for path in targets where isChallenges(path) { print("\(path): skipped (challenges are checked when the sandbox loads them)") }
        let issues = LessonLinter.lint(paths: targets.filter { !isQuiz($0) && !isChallenges($0) })
        for issue in issues { print(issue) }
        var errors = issues.filter { $0.severity == .error }.count
        var warnings = issues.count - errors
        for folder in quizFolders {
            let problems = QuizLint.check(directory: folder)
            for problem in problems { print(problem) }
            let quizErrors = problems.filter { $0.severity == .error }.count
            errors += quizErrors
            warnings += problems.count - quizErrors
        }
        print("\(errors) error(s), \(warnings) warning(s)")
        if errors > 0 { throw ExitCode(1) }
    }
}
