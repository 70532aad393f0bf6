import KubeCluster

/// A program that holds the learner's terminal after the command that started it has returned: a shell
/// inside a pod (`kubectl exec -it POD -- sh`, `kubectl run --rm -it`, `kubectl attach -it`) or on a node
/// (`minikube ssh`). While one is attached, every line the learner types goes to it and its prompt replaces
/// the tutorial shell's, until it ends (`exit`, Ctrl-D).
public protocol AttachedProgram: AnyObject {
    /// The prompt the program shows now (`/ # `, `root@web:/# `, `docker@minikube:~$ `).
    var prompt: String { get }
    /// Runs one typed line; says whether the program goes on or ended (and with which status).
    func run(line: String, io: ShellIO) -> AttachedLineOutcome
    /// Ctrl-D at an empty prompt: the program ends, printing what its shell prints; returns its status.
    func endOfInput(io: ShellIO) -> Int32
    /// Completion candidates for the word under `cursor` (counted in Unicode scalars).
    func completions(line: String, cursor: Int) -> (start: Int, candidates: [String])
}

/// What became of an attached program after one line.
public enum AttachedLineOutcome: Equatable {
    /// It is still running; the line's exit status.
    case running(Int32)
    /// It ended (`exit N`) with this status.
    case ended(Int32)
}

/// An attached program and what the command that started it does once it ends (kubectl's
/// `command terminated with exit code N`, `Session ended, …`, `pod "x" deleted`).
public struct ProgramAttachment {
    /// The program lines go to.
    public let program: AttachedProgram
    /// Called with the program's exit status when it ends; prints the command's closing lines and returns
    /// the command's own exit status (what `$?` becomes).
    public let finish: (Int32, ShellIO) -> Int32

    public init(program: AttachedProgram, finish: @escaping (Int32, ShellIO) -> Int32) {
        self.program = program
        self.finish = finish
    }
}

extension TutorialShell {
    /// The prompt of the attached program, or nil at the tutorial shell's own prompt.
    public var attachedPrompt: String? { kubectl.attachment?.program.prompt }

    /// True while lines go to a program inside a pod or on a node.
    public var isAttached: Bool { kubectl.attachment != nil }

    /// Sends one line to the attached program; returns its status. Ends the attachment after `exit`.
    func runAttached(_ attachment: ProgramAttachment, line: String, io: ShellIO) -> Int32 {
        switch attachment.program.run(line: line, io: io) {
        case .running(let status):
            kubectl.cluster.settle()
            return status
        case .ended(let status):
            return detach(attachment, status: status, io: io)
        }
    }

    /// Ctrl-D: the attached program ends as its shell does at end of input. Does nothing when detached.
    @discardableResult
    public func endOfInput(io: ShellIO) -> Int32 {
        guard let attachment = kubectl.attachment else { return interpreter.lastStatus }
        let status = attachment.program.endOfInput(io: io)
        return detach(attachment, status: status, io: io)
    }

    private func detach(_ attachment: ProgramAttachment, status: Int32, io: ShellIO) -> Int32 {
        kubectl.attachment = nil
        let final = attachment.finish(status, io)
        kubectl.cluster.settle()
        interpreter.lastStatus = final
        return final
    }

    /// Completion while attached: answered by the attached program.
    public func attachedCompletions(line: String, cursor: Int) -> (start: Int, candidates: [String])? {
        kubectl.attachment?.program.completions(line: line, cursor: cursor)
    }
}
