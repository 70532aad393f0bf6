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
    /// The shell the learner types into now, if the session has one (the sandbox, a lesson, a live quiz task).
    var activeShell: TutorialShell? { get }
}

extension LearnerSession {
    /// Sessions without a shell (a quiz between live tasks) have none.
    public var activeShell: TutorialShell? { nil }

    /// True while a program inside a pod or on a node holds the terminal (`kubectl exec -it`, `minikube
    /// ssh`): lines, `exit` and Ctrl-D go to it and the prompt is its own.
    public var isAttached: Bool { activeShell?.isAttached ?? false }

    /// Ctrl-D (or the end of piped input): ends the attached program and stays, or leaves the session.
    public func endOfInput(io: ShellIO) -> SessionOutcome {
        guard let shell = activeShell, shell.isAttached else { return .exit }
        shell.endOfInput(io: io)
        return .continue
    }
}

/// Whether the learner stays at the prompt.
public enum SessionOutcome: Equatable {
    case `continue`, exit
}
