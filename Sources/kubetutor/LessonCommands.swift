import ArgumentParser
import Foundation
import Tutor

/// `kubetutor lessons`: the lesson list with progress.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lessons", abstract: "List the guided lessons and your progress.")
    @OptionGroup var global: GlobalOptions
    func run() throws { throw NotYetAvailable(feature: "Guided lessons") }
}

/// `kubetutor lesson NAME`: start or resume one lesson.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lesson", abstract: "Start or resume a lesson.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The lesson's name, as `kubetutor lessons` lists it.") var name: String
    func run() throws { throw NotYetAvailable(feature: "Guided lessons") }
}

/// `kubetutor lint PATH…`: validate lesson and question files.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Check lesson and question files.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Lesson files or folders.") var paths: [String] = []
    func run() throws { throw NotYetAvailable(feature: "Lesson files (and their linter)") }
}
