import ArgumentParser
import Foundation
import Tutor

/// `kubetutor quiz`: interview-style questions.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quiz", abstract: "Answer interview-style questions.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only questions on this topic.") var topic: String?
    @Option(help: "How many questions.") var count: Int = 20
    func run() throws { throw NotYetAvailable(feature: "Quizzes") }
}

