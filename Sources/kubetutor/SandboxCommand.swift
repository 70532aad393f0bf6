import ArgumentParser
import Foundation
import KubeCluster
import KubeCtl
import Terminal
import Tutor

extension ClusterProfile: ExpressibleByArgument {}

/// `kubetutor sandbox`: free play in a fresh cluster, interactive on a terminal, a transcript otherwise.
struct SandboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sandbox", abstract: "Free play in a fresh simulated cluster.")
    @OptionGroup var global: GlobalOptions

    @Option(help: "The cluster to start: minikube, kind or multi-node.")
    var profile: ClusterProfile = .minikube

    @Option(help: "How many worker nodes (kind and multi-node profiles; minikube adds extra nodes).")
    var nodes: Int?

    func validate() throws {
        if let problem = SandboxLaunch.problem(nodes: nodes) { throw ValidationError(problem) }
    }

    func run() throws {
        try SandboxLaunch(global: global.settings, profile: profile, nodes: nodes).run()
    }
}

/// What `kubetutor sandbox` does with its options' values.
struct SandboxLaunch {
    /// The global options.
    var global: GlobalSettings
    /// `--profile`.
    var profile: ClusterProfile = .minikube
    /// `--nodes`.
    var nodes: Int?

    /// What is wrong with a `--nodes` value, if anything.
    static func problem(nodes: Int?) -> String? {
        if let nodes, !(0...100).contains(nodes) { return "--nodes must be between 0 and 100" }
        return nil
    }

    /// Starts the sandbox: its prompt at once, its cluster built behind it.
    func run() throws {
        let dataDirectory = global.dataDirectory()
        let workFolder = dataDirectory.appendingPathComponent("work", isDirectory: true)
        try? FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let files = DirectorySessionFiles(root: workFolder)
        let manual = global.clockMode == .manual
        let start = manual ? SandboxFactory.fixedStart : Date().timeIntervalSince1970.rounded(.down)
        let options = SandboxOptions(
            profile: profile, workers: nodes, seed: global.seed, start: start, files: files,
            colour: isatty(STDIN_FILENO) == 1 && TerminalStyle.detect().isEnabled, followsWallClock: !manual,
            language: global.lang ?? (ProcessInfo.processInfo.environment["LANG"]?.hasPrefix("zh") == true ? "zh-TW" : "en"))
        // The cluster is built while the prompt is already up; the first command waits for it.
        let session = DeferredLearnerSession(openingPrompt: SandboxSession.openingPrompt(options)) {
            SandboxFactory.make(options)
        }
        try LearnerLauncher.run(session, dataDirectory: dataDirectory, followsWallClock: !manual)
    }
}

/// Runs a learner session interactively (libedit) or as a batch transcript, by what stdin is.
enum LearnerLauncher {
    /// Throws `ExitCode(130)` when SIGINT stopped a batch run (callers' cleanup runs on the way out).
    static func run(_ session: LearnerSession, dataDirectory: URL, followsWallClock: Bool) throws {
        signal(SIGPIPE, SIG_IGN)
        var interrupted = false
        if isatty(STDIN_FILENO) == 1 {
            try? FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
            let editor = LineEditor(programName: "kubetutor", historyFile: dataDirectory.appendingPathComponent("history"))
            ReplLoop(session: LearnerRepl(session: session, followsWallClock: followsWallClock), input: editor).run()
        } else {
            var transcript = BatchTranscript(session: session, write: { text in
                fputs(text, stdout)
                fflush(stdout)
            }, writeError: { text in
                fflush(stdout)
                fputs(text, stderr)
                fflush(stderr)
            })
            transcript.interruption = { SigintMonitor.isPending }
            interrupted = runBatch(transcript) == .interrupted
        }
        // A session still being built is finished before the process exits (nothing runs behind `exit`).
        if let deferred = session as? DeferredLearnerSession { _ = deferred.finish() }
        if interrupted { throw ExitCode(130) }
    }

    /// Batch mode as a shell runs a script: SIGINT while a command runs stops that command and the run (the
    /// caller exits with 130); SIGINT while waiting for input does what it did before kubetutor (ends it).
    private static func runBatch(_ transcript: BatchTranscript) -> BatchTranscript.End {
        transcript.run {
            SigintMonitor.uninstall()
            let line = Swift.readLine(strippingNewline: true)
            SigintMonitor.install()
            return line
        }
    }
}
