import Foundation
@testable import Terminal

/// A minimal session for the `ReplLoop` and completion unit tests: a `sandbox (default) $ ` prompt,
/// `help`, `exit`/`quit`, and `unknown command: X` for anything else. Completes the first word
/// and kubectl's verbs.
final class DemoSession: ReplSession {
    /// The fixed demo prompt.
    let prompt = "sandbox (default) $ "
    /// First words and kubectl verbs.
    let completion: CompletionProvider = WordListCompletion(
        commands: ["kubectl", "help", "exit", "quit", "lessons"],
        subcommands: ["kubectl": ["get", "describe", "delete", "apply", "logs", "rollout"]])

    /// A fresh demo session.
    init() {}

    /// Answers `help`, `exit` and `quit`; reports anything else as unknown.
    func run(line: String, output: ReplOutput) -> ReplAction {
        let words = line.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard let command = words.first else { return .continue }
        switch command {
        case "help":
            output.write("""
                Commands:
                  kubectl ...   talk to the sandbox cluster (coming soon)
                  lessons       list the lessons (coming soon)
                  help          show this list
                  exit, quit    leave (Ctrl-D works too)

                """)
        case "exit", "quit":
            return .exit
        default:
            output.writeErrorLine("unknown command: \(command)")
        }
        return .continue
    }
}
