import Foundation
import KubeCluster
import KubeCtl

/// A challenge in progress: when it began (cluster time), the commands typed and the hints taken.
final class ChallengeRun {
    let challenge: Challenge
    let startedAt: Double
    var commands = 0
    var hintsUsed = 0
    /// Words that do not count as commands (asking about the challenge itself).
    static let uncounted: Set<String> = ["check", "hint", "challenge", "challenges", "help", "why", "draw"]

    init(challenge: Challenge, startedAt: Double) {
        self.challenge = challenge
        self.startedAt = startedAt
    }

    /// The score for solving it after `seconds`: 100, less 1 per 15 s over par (at most 40), 3 per command
    /// over par (at most 30) and 10 per hint (at most 30); never below 10.
    func score(seconds: Double) -> (total: Int, time: Int, commands: Int, hints: Int) {
        let time = min(40, Int(max(0, seconds - challenge.parSeconds) / 15))
        let extra = min(30, 3 * max(0, commands - challenge.parCommands))
        let hints = min(30, 10 * hintsUsed)
        return (max(10, 100 - time - extra - hints), time, extra, hints)
    }
}

/// `challenges`, `challenge NAME`, `check`, `hint`.
extension SandboxSession {
    var language: String { options.language }

    /// `challenges`: the list.
    func challengesCommand(_ call: TutorialCommandCall) -> Int32 {
        guard !library.challenges.isEmpty else {
            call.err("no challenges found (looked in \(options.challengeDirectory?.path ?? "lessons/challenges"); "
                + "set KUBETUTOR_LESSONS_DIR to the lessons folder)")
            library.problems.forEach { call.err("  \($0)") }
            return 1
        }
        var rows = [["ID", "PROFILE", "PAR", "TITLE"]]
        for challenge in library.challenges {
            rows.append([challenge.id, challenge.profile.rawValue,
                         "\(Self.minutes(challenge.parSeconds)), \(challenge.parCommands) cmds", challenge.title.text(language)])
        }
        Self.aligned(rows).forEach(call.out)
        library.problems.forEach { call.err("skipped \($0)") }
        call.out("\nstart one with: challenge ID   (a fresh cluster is set up broken; `check` when you think it works)")
        return 0
    }

    /// `challenge` (status), `challenge ID` (start), `challenge stop`.
    func challengeCommand(_ call: TutorialCommandCall) -> Int32 {
        let args = Array(call.argv.dropFirst())
        guard let word = args.first else {
            guard let run = challenge else {
                call.out("no challenge in progress: `challenges` lists them, `challenge ID` starts one")
                return 0
            }
            describe(run, call: call)
            return 0
        }
        if word == "stop" || word == "quit" || word == "give-up" {
            guard let run = challenge else { call.out("no challenge in progress"); return 0 }
            endChallenge()
            call.out("stopped challenge \(run.challenge.id); the cluster stays as it is (`reset` for a fresh one)")
            return 0
        }
        guard let found = library.find(word) else {
            let hint = Suggestions.closest(to: word, among: library.challenges.map(\.id)).map { "; did you mean \"\($0)\"?" } ?? ""
            call.err("challenge: no challenge \"\(word)\"\(hint) (`challenges` lists them)")
            return 1
        }
        return start(found, call: call)
    }

    private func start(_ challenge: Challenge, call: TutorialCommandCall) -> Int32 {
        let start = options.followsWallClock ? cluster.now.rounded(.down) : options.start
        let fresh = Cluster.make(profile: challenge.profile, seed: options.seed, start: start, workers: challenge.workers)
        _ = fresh.faults
        do {
            for step in challenge.setup {
                switch step {
                case .apply(let manifest): try fresh.applyObjects(fromYAML: manifest)
                case .wait(let seconds): fresh.advance(by: seconds)
                case .fault(let spec): try fresh.faults.inject(spec)
                }
            }
        } catch {
            call.err("challenge \(challenge.id): its setup failed: \(error)")
            return 1
        }
        let kubectl = KubectlSession(cluster: fresh, profile: challenge.profile, files: options.files)
        endChallenge()
        replaceCluster(fresh, profile: challenge.profile, clusterName: kubectl.clusterName, config: kubectl.config)
        options.workers = challenge.workers
        self.challenge = ChallengeRun(challenge: challenge, startedAt: fresh.now)
        clock.paused = false
        call.out(pictureStyle.paint("challenge \(challenge.id): \(challenge.title.text(language))", .strong))
        let story = challenge.story.text(language).trimmingCharacters(in: .whitespacesAndNewlines)
        if !story.isEmpty { call.out(story) }
        call.out(pictureStyle.paint("goal: ", .strong) + challenge.goal.text(language).trimmingCharacters(in: .whitespacesAndNewlines))
        call.out("par: \(Self.minutes(challenge.parSeconds)) and \(challenge.parCommands) commands. "
            + "`check` tests the goal, `hint` helps (costs points), `challenge stop` gives up.")
        return 0
    }

    /// `check`: evaluates the goal; solves the challenge when every check passes.
    func checkCommand(_ call: TutorialCommandCall) -> Int32 {
        guard let run = challenge else {
            call.err("check: no challenge in progress (`challenges` lists them)")
            return 1
        }
        cluster.settle()
        var allPassed = true
        for check in run.challenge.checks {
            let result = check.evaluate(in: cluster)
            allPassed = allPassed && result.passed
            let mark = result.passed ? pictureStyle.paint("✔", .good) : pictureStyle.paint("✘", .bad)
            call.out("\(mark) \(result.detail)")
        }
        guard allPassed else {
            call.out("not yet — " + (run.hintsUsed < run.challenge.hints.count ? "`hint` if you are stuck" : "no hints left"))
            return 1
        }
        let seconds = cluster.now - run.startedAt
        let score = run.score(seconds: seconds)
        call.out(pictureStyle.paint("solved \(run.challenge.id) in \(Self.minutes(seconds)) with \(run.commands) commands and "
            + "\(run.hintsUsed) hint\(run.hintsUsed == 1 ? "" : "s"): score \(score.total)/100", .good))
        call.out("  (time −\(score.time), commands −\(score.commands), hints −\(score.hints); "
            + "par \(Self.minutes(run.challenge.parSeconds)), \(run.challenge.parCommands) commands)")
        endChallenge()
        return 0
    }

    /// `hint`: the next hint.
    func hintCommand(_ call: TutorialCommandCall) -> Int32 {
        guard let run = challenge else {
            call.err("hint: no challenge in progress")
            return 1
        }
        guard run.hintsUsed < run.challenge.hints.count else {
            call.out("no more hints: \(run.challenge.hints.count) given. `why POD` and `draw service NAME` may help.")
            return 0
        }
        let hint = run.challenge.hints[run.hintsUsed]
        run.hintsUsed += 1
        call.out("hint \(run.hintsUsed)/\(run.challenge.hints.count): \(hint.text(language).trimmingCharacters(in: .whitespacesAndNewlines))")
        return 0
    }

    /// Ends the challenge in progress, if any.
    func endChallenge() {
        challenge = nil
    }

    private func describe(_ run: ChallengeRun, call: TutorialCommandCall) {
        call.out("challenge \(run.challenge.id): \(run.challenge.title.text(language))")
        call.out("goal: \(run.challenge.goal.text(language).trimmingCharacters(in: .whitespacesAndNewlines))")
        call.out("so far: \(Self.minutes(cluster.now - run.startedAt)), \(run.commands) commands, \(run.hintsUsed) hints")
    }

    /// `4m05s`-style durations for scores.
    static func minutes(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded()))
        return total >= 60 ? String(format: "%dm%02ds", total / 60, total % 60) : "\(total)s"
    }
}
