import ArgumentParser
import Foundation
import KubeCtl
import Tutor

/// Where lesson files come from: `--lessons-dir`, else `LessonLibrary.locate()`.
struct LessonFolderOption: ParsableArguments {
    @Option(help: "Folder with the lesson files (default: $KUBETUTOR_LESSONS, ./lessons, or the lessons folder of the kubetutor checkout).")
    var lessonsDir: String?

    /// The lessons, or an error saying where they were looked for.
    func library() throws -> LessonLibrary {
        guard let folder = lessonsDir.map({ URL(fileURLWithPath: $0) }) ?? LessonLibrary.locate() else {
            throw ValidationError("no lessons folder found: run kubetutor from its checkout, set KUBETUTOR_LESSONS or pass --lessons-dir")
        }
        let library = LessonLibrary.load(directory: folder)
        for issue in library.issues where issue.severity == .error {
            FileHandle.standardError.write(Data("kubetutor: skipping a broken lesson: \(issue)\n".utf8))
        }
        return library
    }
}

/// `kubetutor lessons`: the lesson list with progress.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lessons", abstract: "List the guided lessons and your progress.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var folder: LessonFolderOption

    func run() throws {
        let library = try folder.library()
        let store = LessonProgressStore(directory: global.dataDirectory())
        let progress = store.load()
        if let notice = store.notice { FileHandle.standardError.write(Data("warning: \(notice)\n".utf8)) }
        print(LessonListing.render(library.lessons, progress: progress, language: LessonLanguage.choose(flag: global.lang)), terminator: "")
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
        let library = try folder.library()
        let lesson: Lesson
        switch library.lesson(named: name) {
        case .success(let found): lesson = found
        case .failure(let error): throw LessonCommandError(description: error.description)
        }
        if let cluster {
            return try RealClusterLesson(global: global, context: cluster, confirmation: confirmCluster).run(lesson, catalog: library.lessons)
        }
        let dataDirectory = global.dataDirectory()
        let workFolder = dataDirectory.appendingPathComponent("work/lesson-\(lesson.id)", isDirectory: true)
        try? FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let manual = global.clockMode == .manual
        let start = manual ? SandboxFactory.fixedStart : Date().timeIntervalSince1970.rounded(.down)
        let options = LessonWorld.Options(seed: global.seed, start: start, files: DirectorySessionFiles(root: workFolder))
        let session: LessonSession
        do {
            session = try LessonSession(lesson: lesson, catalog: library.lessons, language: LessonLanguage.choose(flag: global.lang),
                                        options: options, progress: LessonProgressStore(directory: dataDirectory),
                                        wallClock: manual ? nil : { Date().timeIntervalSince1970 })
        } catch {
            throw LessonCommandError(description: "the lesson \(lesson.id) could not be set up: \(error)")
        }
        print(session.openingText, terminator: "")
        LearnerLauncher.run(session, dataDirectory: dataDirectory, followsWallClock: !manual)
    }
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
