import KubeCtl

/// What the learner's prompt is connected to: the sandbox, a lesson or a quiz. The terminal front end
/// drives one of these; it knows nothing of the terminal.
public protocol LearnerSession: AnyObject {
    /// The prompt text, e.g. `sandbox (default) $ `.
    var prompt: String { get }
    /// Runs one complete command text; says whether the session goes on.
    func run(line: String, io: ShellIO) -> SessionOutcome
    /// Completion candidates for the word under `cursor` (counted in Unicode scalars).
    func completions(line: String, cursor: Int) -> (start: Int, candidates: [String])
    /// Simulated time follows the wall clock: called with the seconds elapsed since the last call.
    func wallClockAdvanced(by seconds: Double)
}

/// Whether the learner stays at the prompt.
public enum SessionOutcome: Equatable {
    case `continue`, exit
}
