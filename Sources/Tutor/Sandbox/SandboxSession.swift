import Foundation
import KubeCluster
import KubeCtl

/// Free play: a fresh cluster of the chosen profile, every kubectl command and shell line, and the
/// sandbox's own powers — time control (`speed`, `pause`, `resume`, `ff`), `reset`, `save`/`load`,
/// fault injection (`break`, `fix`, `faults`, `load DEPLOY --cpu`), pictures (`draw`, `why`) and
/// break-fix challenges (`challenges`, `challenge`, `check`, `hint`).
public final class SandboxSession: LearnerSession {
    /// The shell the learner types into (replaced by `reset`, `load` and `challenge`).
    public private(set) var shell: TutorialShell
    /// How the sandbox was set up; `reset` builds the same again.
    public internal(set) var options: SandboxOptions
    /// The pictures' memory of the current cluster.
    public private(set) var history: ClusterHistory
    /// Speed and pause of simulated time against the wall clock.
    public internal(set) var clock = SandboxClock()
    /// The break-fix challenge in progress, if any.
    var challenge: ChallengeRun?
    /// The challenges `challenges` lists, read when first needed (not at launch).
    lazy var library = ChallengeLibrary.load(from: options.challengeDirectory ?? ChallengeLibrary.defaultDirectory())
    private let help: SessionHelp

    public init(shell: TutorialShell, options: SandboxOptions) {
        self.shell = shell
        self.options = options
        history = ClusterHistory(cluster: shell.kubectl.cluster)
        help = SessionHelp(mode: "sandbox")
        installCommands(on: shell)
    }

    /// The style pictures are painted with.
    var pictureStyle: PictureStyle { PictureStyle(colour: options.colour) }
    /// The cluster in use.
    public var cluster: Cluster { shell.kubectl.cluster }

    /// `sandbox (NAMESPACE) $ `, marked while paused or in a challenge.
    public var prompt: String {
        if let attached = shell.attachedPrompt { return attached }
        let marker = challenge.map { "challenge \($0.challenge.id) " } ?? ""
        let paused = clock.paused && options.followsWallClock ? "⏸ " : ""
        return "\(paused)\(marker)\(Self.prompt(namespace: shell.kubectl.config.defaultNamespace))"
    }

    /// The prompt of a sandbox in `namespace`, neither paused nor in a challenge.
    static func prompt(namespace: String) -> String { "sandbox (\(namespace)) $ " }

    /// The prompt a sandbox made from `options` shows first, known before its cluster is built.
    public static func openingPrompt(_ options: SandboxOptions) -> String {
        prompt(namespace: KubeConfig.forProfile(options.profile, serverAddress: "").defaultNamespace)
    }

    /// Runs one line (counting it for a challenge in progress).
    public func run(line: String, io: ShellIO) -> SessionOutcome {
        if shell.isAttached {
            shell.run(line: line, io: io)
            return .continue
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed == "exit" || trimmed == "quit" || trimmed.hasPrefix("exit ") { return .exit }
        if !trimmed.isEmpty, let run = challenge, !ChallengeRun.uncounted.contains(firstWord(trimmed)) {
            run.commands += 1
        }
        shell.run(line: line, io: io)
        return .continue
    }

    /// The sandbox's shell.
    public var activeShell: TutorialShell? { shell }

    /// Completes sandbox commands, kubectl and the shell.
    public func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        if let attached = shell.attachedCompletions(line: line, cursor: cursor) { return attached }
        return SandboxCompletion(session: self).complete(line: line, cursor: cursor)
    }

    /// Moves simulated time by the wall-clock seconds times the speed, unless paused.
    public func wallClockAdvanced(by seconds: Double) {
        guard !clock.paused, seconds > 0 else { return }
        cluster.advance(by: min(seconds * clock.speed, SandboxClock.longestCatchUp))
    }

    /// Puts a new cluster in place of the current one (reset, load, a challenge's setup), keeping the
    /// shell's variables and the working files.
    func replaceCluster(_ cluster: Cluster, profile: ClusterProfile, clusterName: String, config: KubeConfig) {
        history.detach()
        let kubectl = KubectlSession(cluster: cluster, profile: profile, clusterName: clusterName, files: options.files,
                                     config: config)
        let fresh = TutorialShell(kubectl: kubectl)
        fresh.listen(to: shell.kubectl.isInterrupted)
        for (name, variable) in shell.interpreter.variables {
            _ = fresh.interpreter.setVariable(name, variable.value, exported: variable.exported)
        }
        installCommands(on: fresh)
        shell = fresh
        options.profile = profile
        history = ClusterHistory(cluster: cluster)
    }

    private func installCommands(on shell: TutorialShell) {
        shell.extraCommands["help"] = { [help] call in help.run(call) }
        let commands: [(String, (SandboxSession) -> (TutorialCommandCall) -> Int32)] = [
            ("speed", SandboxSession.speedCommand), ("pause", SandboxSession.pauseCommand),
            ("resume", SandboxSession.resumeCommand), ("ff", SandboxSession.fastForwardCommand),
            ("sleep", SandboxSession.sleepCommand), ("reset", SandboxSession.resetCommand),
            ("save", SandboxSession.saveCommand), ("load", SandboxSession.loadCommand),
            ("break", SandboxSession.breakCommand), ("fix", SandboxSession.fixCommand),
            ("faults", SandboxSession.faultsCommand), ("draw", SandboxSession.drawCommand),
            ("why", SandboxSession.whyCommand), ("challenges", SandboxSession.challengesCommand),
            ("challenge", SandboxSession.challengeCommand), ("check", SandboxSession.checkCommand),
            ("hint", SandboxSession.hintCommand),
        ]
        for (name, method) in commands {
            shell.extraCommands[name] = { [unowned self] call in method(self)(call) }
        }
    }

    private func drawCommand(_ call: TutorialCommandCall) -> Int32 {
        PictureCommands.draw(call.argv, session: shell.kubectl, history: history, style: pictureStyle, io: call.io)
    }

    private func whyCommand(_ call: TutorialCommandCall) -> Int32 {
        PictureCommands.why(call.argv, session: shell.kubectl, style: pictureStyle, io: call.io)
    }

    private func firstWord(_ line: String) -> String {
        String(line.split(separator: " ", maxSplits: 1).first ?? "")
    }
}

/// How a sandbox is set up: the cluster's profile, size and seed, when it starts, where its files
/// live, whether pictures are coloured and whether time follows the wall clock.
public struct SandboxOptions {
    /// The cluster profile.
    public var profile: ClusterProfile
    /// Extra worker nodes (nil: the profile's default).
    public var workers: Int?
    /// The seed of every random choice.
    public var seed: UInt64
    /// The simulated instant the cluster starts at.
    public var start: Double
    /// The working folder (save, load, kubectl -f).
    public var files: SessionFiles
    /// Pictures use ANSI colour (a terminal without NO_COLOR).
    public var colour: Bool
    /// Simulated time follows the wall clock between commands (interactive sessions).
    public var followsWallClock: Bool
    /// Where the challenge files are; nil looks in the default places.
    public var challengeDirectory: URL?
    /// The language of challenge texts: `en` or `zh-TW`.
    public var language: String

    public init(profile: ClusterProfile, workers: Int? = nil, seed: UInt64, start: Double, files: SessionFiles,
                colour: Bool = false, followsWallClock: Bool = false, challengeDirectory: URL? = nil, language: String = "en") {
        self.profile = profile
        self.workers = workers
        self.seed = seed
        self.start = start
        self.files = files
        self.colour = colour
        self.followsWallClock = followsWallClock
        self.challengeDirectory = challengeDirectory
        self.language = language
    }
}
