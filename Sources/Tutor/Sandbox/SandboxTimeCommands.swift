import Foundation
import KubeCluster
import KubeCtl

/// How simulated time runs against the wall clock in an interactive sandbox.
public struct SandboxClock: Equatable {
    /// Simulated seconds per wall-clock second.
    public var speed: Double = 1
    /// Time stands still between commands (sleep and ff still move it).
    public var paused = false
    /// The fastest speed `speed` accepts.
    public static let fastest: Double = 1000
    /// The most simulated time one catch-up between commands may cover (a day).
    public static let longestCatchUp: Double = 86_400
    /// Waits longer than this (in `sleep`) narrate what changed.
    public static let narratedSleep: Double = 30
    public init() {}
}

/// `speed`, `pause`, `resume`, `ff` and the narrating `sleep`.
extension SandboxSession {
    /// `speed` shows the clock; `speed X` (or `Xx`) sets simulated seconds per wall second.
    func speedCommand(_ call: TutorialCommandCall) -> Int32 {
        let args = Array(call.argv.dropFirst())
        guard let text = args.first else {
            call.out(clockDescription())
            return 0
        }
        let number = text.hasSuffix("x") || text.hasSuffix("×") ? String(text.dropLast()) : text
        guard args.count == 1, let value = Double(number), value.isFinite, value >= 0.1, value <= SandboxClock.fastest else {
            call.err("speed: expected a number of simulated seconds per real second, from 0.1 to \(Int(SandboxClock.fastest)) "
                + "(e.g. speed 10); got \"\(args.joined(separator: " "))\"")
            return 1
        }
        clock.speed = value
        var message = "simulated time now runs at \(Self.speedText(value)) the wall clock"
        if !options.followsWallClock {
            message += " (this session's clock is manual, so it only moves with sleep, ff, rollout status and wait)"
        } else if clock.paused {
            message += " once you `resume`"
        }
        call.out(message)
        return 0
    }

    /// `pause`: simulated time stops following the wall clock.
    func pauseCommand(_ call: TutorialCommandCall) -> Int32 {
        guard !clock.paused else {
            call.out("already paused at \(clockText()); `resume` lets time run again")
            return 0
        }
        clock.paused = true
        call.out("paused at \(clockText()): the cluster waits for you (sleep and ff still move time; `resume` continues)")
        return 0
    }

    /// `resume`: simulated time follows the wall clock again.
    func resumeCommand(_ call: TutorialCommandCall) -> Int32 {
        guard clock.paused else {
            call.out("time is already running (\(Self.speedText(clock.speed)) the wall clock)")
            return 0
        }
        clock.paused = false
        call.out("resumed at \(clockText()), \(Self.speedText(clock.speed)) the wall clock")
        return 0
    }

    /// `ff DURATION`: fast-forwards, printing one line per notable change.
    func fastForwardCommand(_ call: TutorialCommandCall) -> Int32 {
        let operands = Array(call.argv.dropFirst())
        guard !operands.isEmpty else {
            call.err("ff: how far? e.g. ff 30s, ff 5m, ff 1h")
            return 1
        }
        guard let total = Self.duration(operands) else {
            call.err("ff: invalid duration '\(operands.joined(separator: " "))' (use 30s, 5m, 1h, 1d)")
            return 1
        }
        return narrate(total, closing: true, io: call.io)
    }

    /// `sleep N…`: like coreutils' sleep in simulated time; waits over 30 s narrate what changed.
    func sleepCommand(_ call: TutorialCommandCall) -> Int32 {
        let operands = Array(call.argv.dropFirst())
        guard !operands.isEmpty else {
            call.err("sleep: missing operand\nTry 'sleep --help' for more information.")
            return 1
        }
        for operand in operands where Self.seconds(operand) == nil {
            call.err("sleep: invalid time interval '\(operand)'\nTry 'sleep --help' for more information.")
            return 1
        }
        let total = Self.duration(operands) ?? 0
        if total > SandboxClock.narratedSleep { return narrate(total, closing: false, io: call.io) }
        return cluster.advance(by: total) ? 0 : stoppedStatus
    }

    /// Fast-forwards with a narration; returns 0, or 130 when Ctrl-C stopped it (the narration then says
    /// how far time moved).
    private func narrate(_ seconds: Double, closing: Bool, io: ShellIO) -> Int32 {
        let log = FastForwardLog(cluster: cluster)
        for line in log.run(seconds: min(seconds, SleepCommand.longestWait), closing: closing, style: pictureStyle) {
            io.stdout(line + "\n")
        }
        if log.stoppedEarly { return stoppedStatus }
        if seconds > SleepCommand.longestWait {
            io.stdout("(time moves at most \(Int(SleepCommand.longestWait / 86_400)) days at once; repeat to go further)\n")
        }
        return 0
    }

    /// The status of a time command that stopped early: 130 after Ctrl-C, 1 when the cluster stalled.
    private var stoppedStatus: Int32 {
        shell.kubectl.isInterrupted() ? ShellInterpreter.interruptedStatus : 1
    }

    /// The total of several `sleep`-style operands, or nil when one is malformed.
    static func duration(_ operands: [String]) -> Double? {
        var total = 0.0
        for operand in operands {
            guard let seconds = seconds(operand) else { return nil }
            total += seconds
        }
        return total
    }

    /// One operand: `30`, `1.5`, `2m`, `1h`, `1d`.
    static func seconds(_ operand: String) -> Double? {
        var number = operand
        var unit = 1.0
        if let last = operand.last, let scale = ["s": 1.0, "m": 60, "h": 3600, "d": 86_400][String(last)] {
            number = String(operand.dropLast())
            unit = scale
        }
        guard let value = Double(number), value >= 0, value.isFinite else { return nil }
        return value * unit
    }

    static func speedText(_ speed: Double) -> String {
        speed == speed.rounded() ? "\(Int(speed))×" : "\(speed)×"
    }

    func clockText() -> String {
        let seconds = Int(cluster.now.rounded(.down)) % 86_400
        return String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    private func clockDescription() -> String {
        guard options.followsWallClock else {
            return "simulated time: \(clockText()); the clock is manual (batch input): it moves only with sleep, ff, "
                + "rollout status and wait (speed \(Self.speedText(clock.speed)) applies in interactive sessions)"
        }
        let state = clock.paused ? "paused" : "running at \(Self.speedText(clock.speed)) the wall clock"
        return "simulated time: \(clockText()), \(state)"
    }
}
