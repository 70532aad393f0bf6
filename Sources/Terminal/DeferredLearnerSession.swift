import Foundation
import KubeCtl
import Tutor

/// A learner session built on a background thread while the prompt is already up (issue #9: the
/// prompt within 10 ms of launch; building a bootstrapped cluster takes longer).
///
/// The session is built exactly as it would be on the main thread — the build runs alone, touches
/// nothing the main thread uses, and its result does not depend on when it finishes — so every
/// transcript is the same. The first line, Tab, or `finish()` waits for it. Until then the prompt is
/// `openingPrompt` (what the built session shows first), and wall-clock time reported by the front end
/// is kept and handed to the session, in order, once it exists.
public final class DeferredLearnerSession: LearnerSession {
    private let openingPrompt: String
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the building thread before `done` is signalled; read only after waiting on it.
    private var builtSession: LearnerSession?
    private var session: LearnerSession?
    private var pendingWallClock: [Double] = []

    /// Starts building the session with `build` at once, on a thread of its own.
    public init(openingPrompt: String, build: @escaping () -> LearnerSession) {
        self.openingPrompt = openingPrompt
        let thread = Thread { [self] in
            builtSession = build()
            done.signal()
        }
        // The bootstrap's Codable recursion wants the main thread's stack size, not a secondary thread's default.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The built session, waiting for it the first time.
    public func finish() -> LearnerSession {
        if let session { return session }
        done.wait()
        let built = builtSession ?? UnavailableSession()
        session = built
        for seconds in pendingWallClock { built.wallClockAdvanced(by: seconds) }
        pendingWallClock = []
        return built
    }

    /// The built session's prompt, or the opening prompt while it is still being built.
    public var prompt: String { session?.prompt ?? openingPrompt }

    /// The built session's shell (an attached pod or node shell lives there); nil while it is being built.
    public var activeShell: TutorialShell? { session?.activeShell }

    /// Runs `line` in the built session (waiting for it first).
    public func run(line: String, io: ShellIO) -> SessionOutcome { finish().run(line: line, io: io) }

    /// Completes in the built session (waiting for it first).
    public func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        finish().completions(line: line, cursor: cursor)
    }

    /// Passes the time on, or keeps it for the session while it is being built.
    public func wallClockAdvanced(by seconds: Double) {
        if let session {
            session.wallClockAdvanced(by: seconds)
        } else {
            pendingWallClock.append(seconds)
        }
    }
}

/// Stands in if a build produced nothing (it always produces a session; this keeps the type total).
private final class UnavailableSession: LearnerSession {
    var prompt: String { "$ " }
    func run(line: String, io: ShellIO) -> SessionOutcome {
        io.stderr("kubetutor: the session could not be started\n")
        return .exit
    }
    func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) { (cursor, []) }
    func wallClockAdvanced(by seconds: Double) {}
}
